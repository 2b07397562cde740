import { expect } from 'vitest';
import type { LayoutFigures } from './layout-measure.ts';

/** The space the script leaves between a note and the one above it (margin-notes.ts), plus rounding. */
export const NOTE_GAP = 9;

/** One line of figures for the test output (and the README). */
export const layoutLine = (engine: string, label: string, result: LayoutFigures) =>
  `margin layout, ${engine}, ${label}: ${result.notes.length} notes, max gap ${result.maxGap} px, ` +
  `drift ${result.minDrift}..${result.maxDrift} px, max slack ${result.maxSlack} px, ` +
  `${result.overlaps.length} overlaps, order ${result.orderKept ? 'kept' : 'broken'}`;

/** What holds with or without the script: the text runs on, notes sit in the margin, apart and in order. */
export function expectContinuous(result: LayoutFigures) {
  expect(result.gaps.length).toBeGreaterThan(10);
  expect(result.notes.length).toBeGreaterThan(0);
  expect(result.gaps.filter((g) => g.gap > 1)).toEqual([]);
  expect(result.overlaps).toEqual([]);
  expect(result.orderKept).toBe(true);
  expect(result.notes.filter((n) => !n.inMargin)).toEqual([]);
  // Never above its passage.
  expect(result.minDrift).toBeGreaterThanOrEqual(-1);
}

/** With the script: each note level with its passage, or directly below the note before it. */
export function expectPlaced(result: LayoutFigures) {
  expectContinuous(result);
  expect(result.notes.filter((n) => n.slack > NOTE_GAP)).toEqual([]);
  expect(result.notes.filter((n) => n.drift < 1).length).toBeGreaterThan(0);
}
