import { foldLower, isWordChar, PARAGRAPH_BREAK } from './fold.ts';

/** A window of the text and how many edits it is from the searched words. */
export interface ClosestPassage {
  start: number;
  end: number;
  edits: number;
}

/**
 * The window of `text` with the fewest edits (insertions, deletions, changes) from
 * `wanted`, by Sellers' approximate substring search. Quadratic, so it runs only
 * on the error path, to tell the author what the column actually says.
 * https://doi.org/10.1016/0196-6774(80)90016-4
 */
export function closestPassage(text: string, wanted: string): ClosestPassage | undefined {
  const hay = foldLower(text);
  const needle = foldLower(wanted);
  const m = needle.length;
  if (m === 0 || hay.length === 0) return undefined;
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) cost[j] = j;
  let best: ClosestPassage | undefined;
  for (let i = 0; i < hay.length; i++) {
    const char = hay[i];
    if (char === PARAGRAPH_BREAK) {
      // No window crosses paragraphs: start afresh after the break.
      for (let j = 0; j <= m; j++) [cost[j], from[j]] = [j, i + 1];
      continue;
    }
    // Any position may start a window, at no cost.
    nextCost[0] = 0;
    nextFrom[0] = i + 1;
    for (let j = 1; j <= m; j++) {
      const change = cost[j - 1]! + (needle[j - 1] === char ? 0 : 1);
      const skipText = cost[j]! + 1;
      const skipWanted = nextCost[j - 1]! + 1;
      if (change <= skipText && change <= skipWanted) {
        nextCost[j] = change;
        nextFrom[j] = from[j - 1]!;
      } else if (skipText <= skipWanted) {
        nextCost[j] = skipText;
        nextFrom[j] = from[j]!;
      } else {
        nextCost[j] = skipWanted;
        nextFrom[j] = nextFrom[j - 1]!;
      }
    }
    if (!best || nextCost[m]! < best.edits) best = { start: nextFrom[m]!, end: i + 1, edits: nextCost[m]! };
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  if (!best) return undefined;
  // Show whole words: "Gil said", not "Gil sa".
  while (best.start > 0 && isWordChar(text[best.start - 1]) && isWordChar(text[best.start])) best.start--;
  while (best.end < text.length && isWordChar(text[best.end]) && isWordChar(text[best.end - 1])) best.end++;
  return best;
}
