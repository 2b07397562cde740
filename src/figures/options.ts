/** How a figure is drawn: for the page (both colour schemes, labelled) or the preview card. */
export interface DrawOptions {
  /** `auto` follows the reader's colour scheme; `light` is for the always-light preview card. */
  scheme: 'auto' | 'light';
  /** Text labels. The card leaves them out: it has its own words, and no fonts for the SVG. */
  labels: boolean;
}

export const PAGE: DrawOptions = { scheme: 'auto', labels: true };
export const CARD: DrawOptions = { scheme: 'light', labels: false };

/** A drawn figure: its SVG and the size of its viewBox. */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}
