import { FONT } from './theme.ts';
import { el, text } from './svg.ts';

/** One legend entry: a swatch (SVG drawn in a 16×16 box at the origin) and its words. */
export interface LegendEntry {
  swatch: string;
  words: string;
}

/** Legend entries in a row that wraps, starting at `y`; returns the SVG and the height used. */
export function legend(entries: LegendEntry[], y: number, width: number): { svg: string; height: number } {
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const { swatch, words } of entries) {
    const w = 22 + words.length * FONT * 0.55 + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const top = y + row * (FONT + 10);
    parts.push(el('g', { transform: `translate(${x} ${top})` }, swatch), text(x + 22, top + 13, words, 'label muted'));
    x += w;
  }
  return { svg: parts.join(''), height: entries.length > 0 ? (row + 1) * (FONT + 10) : 0 };
}
