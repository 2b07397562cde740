export const PLACEHOLDER_SITE: string;
export function siteUrl(): string;
export function deploySiteProblem(value: string | undefined): string | undefined;
