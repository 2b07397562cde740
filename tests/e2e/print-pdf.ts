// Reads a printed page's PDF for the print test and `npm run bench:print`: each sheet's
// text (the page's own, without what the margins carry: running head, page number,
// address) and how full it is. Self-contained, so a benchmark script can import it.
import { getDocumentProxy } from 'unpdf';

/** The page margins of src/styles/print.css, in points (72 to the inch): top, bottom. */
export const PRINT_MARGINS = { top: 36, bottom: 39.6 } as const;

export interface PrintedSheet {
  /** The sheet's text in the order it was printed, lines joined by newlines. */
  text: string;
  /** What the sheet's margins carry: running head, page number, address. */
  margins: string;
  /**
   * How far down the text area the sheet's text reaches, from 0 to 1; on a sheet set in
   * two columns, the mean of the two columns' depths (a sheet with one full column and one
   * empty one is half full). Drawings are not text: a figure counts through its caption.
   */
  fill: number;
}

interface Item {
  str: string;
  x: number;
  y: number;
  eol: boolean;
}

/** Every sheet of a PDF, its text and its fill. */
export async function readPdf(pdf: Uint8Array): Promise<PrintedSheet[]> {
  const document = await getDocumentProxy(pdf);
  const sheets: PrintedSheet[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const page = await document.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const top = height - PRINT_MARGINS.top;
    const bottom = PRINT_MARGINS.bottom;
    const all: Item[] = (await page.getTextContent()).items
      .filter((item) => 'str' in item)
      .map((item) => ({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        eol: item.hasEOL,
      }));
    const inside = (item: Item) => item.y > bottom && item.y < top;
    const joined = (items: Item[]) => items.map((item) => item.str + (item.eol ? '\n' : '')).join('');
    const items = all.filter(inside);
    const text = joined(items);
    const margins = joined(all.filter((item) => !inside(item)));
    const shown = items.filter((item) => item.str.trim() !== '');
    const depth = (column: Item[]) =>
      column.length === 0 ? 0 : Math.min(1, (top - Math.min(...column.map((item) => item.y))) / (top - bottom));
    // Two columns when lines start in the right half (past a gutter) as well as in the left.
    const middle = width / 2;
    const right = shown.filter((item) => item.x > middle);
    const left = shown.filter((item) => item.x <= middle);
    const twoColumns = right.length > 0 && left.some((item) => item.x < middle / 2);
    const fill = twoColumns ? (depth(left) + depth(right)) / 2 : depth(shown);
    sheets.push({ text, margins, fill });
  }
  await document.cleanup();
  return sheets;
}

/** Text compared as printed: without whitespace, so line breaks and justification do not matter. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
