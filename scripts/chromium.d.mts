export const chromiumPath: string;
export const chromiumMissing: string;
export function hasChromium(): boolean;
export const chromiumFlags: string[];
