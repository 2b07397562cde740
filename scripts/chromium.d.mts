export const chromiumPath: string;
export const chromiumMissing: string;
export function hasChromium(): boolean;
