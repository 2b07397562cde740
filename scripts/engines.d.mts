export const firefoxPath: string;
export const webkitDriverPath: string;
export const miniBrowserPath: string;
export const xvfbPath: string;
export function enginesMissing(): string | undefined;
