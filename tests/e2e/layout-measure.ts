/**
 * How the reading page lays out its column and margin notes, measured in the page
 * itself. One plain function with no imports and no closures, so every engine's
 * driver can run it as it is: Playwright's and Puppeteer's `evaluate(measureLayout)`,
 * or WebDriver's `executeScript(`return (${measureLayout})()`)`.
 *
 * All figures are CSS pixels, rounded to tenths:
 * - `gaps`: for each pair of consecutive blocks of the column (paragraphs, lists,
 *   quotes), the space between them beyond their normal spacing (the larger of the
 *   first's bottom margin and the second's top margin). 0 when the text runs on.
 * - `notes`: each shown note in reading order, its `drift` (its top minus its first
 *   passage's top: 0 is level with it, more is lower), its `slack` (its top minus
 *   where it could start: level with its passage, or just below the note before it,
 *   whichever is lower) and whether it sits in the margin, right of the text.
 * - `overlaps`: every pair of notes, or note and block, whose boxes intersect.
 * - `orderKept`: every note starts below the one before it.
 */
export function measureLayout() {
  const round = (n: number) => Math.round(n * 10) / 10 || 0;
  const column = document.querySelector('.column-text');
  if (!column) throw new Error('measureLayout: no .column-text on this page');
  const blocks = [...column.children].filter((el) => !el.classList.contains('notes'));
  const gaps = blocks.slice(1).map((block, i) => {
    const before = blocks[i]!;
    const spacing = Math.max(
      parseFloat(getComputedStyle(before).marginBottom),
      parseFloat(getComputedStyle(block).marginTop),
    );
    const gap = block.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
    return { after: before.id || before.tagName.toLowerCase(), gap: round(gap - spacing) };
  });
  const textRight = Math.max(...blocks.map((b) => b.getBoundingClientRect().right));
  const shown = [...column.querySelectorAll<HTMLElement>('.note')].filter((n) => n.getClientRects().length > 0);
  let previousBottom = -Infinity;
  const notes = shown.map((note) => {
    const box = note.getBoundingClientRect();
    const passage =
      document.getElementById(`a-${note.dataset.note}-1`) ?? note.closest('.notes')!.previousElementSibling!;
    const passageTop = passage.getBoundingClientRect().top;
    const slack = box.top - Math.max(passageTop, previousBottom);
    previousBottom = box.bottom;
    return {
      id: note.id,
      drift: round(box.top - passageTop),
      slack: round(slack),
      inMargin: box.left >= textRight,
    };
  });
  const boxes = [...shown, ...blocks].map((el) => ({
    id: el.id || el.tagName.toLowerCase(),
    r: el.getBoundingClientRect(),
  }));
  const overlaps: string[] = [];
  shown.forEach((_, i) => {
    const a = boxes[i]!;
    for (const b of boxes.slice(i + 1)) {
      const hit = a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom;
      if (hit) overlaps.push(`${a.id} × ${b.id}`);
    }
  });
  const tops = shown.map((n) => n.getBoundingClientRect().top);
  const max = (values: number[]) => (values.length ? Math.max(...values) : 0);
  return {
    width: innerWidth,
    gaps,
    notes,
    overlaps,
    orderKept: tops.every((top, i) => i === 0 || top >= tops[i - 1]!),
    maxGap: max(gaps.map((g) => g.gap)),
    maxDrift: max(notes.map((n) => n.drift)),
    minDrift: notes.length ? Math.min(...notes.map((n) => n.drift)) : 0,
    maxSlack: max(notes.map((n) => n.slack)),
  };
}

export type LayoutFigures = ReturnType<typeof measureLayout>;
