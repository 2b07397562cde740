// On wide screens CSS floats each paragraph's notes into the margin below that
// paragraph (reading.css). This lifts every shown note level with its first
// passage, or just below the note before it when that one reaches further down,
// and does it again whenever a note opens, closes or hides (the lens) or the
// column changes width: a ResizeObserver sees all of these, before the paint.
//
// It observes only what placing does not resize: each note (placing sets its `top`)
// and each of the column's blocks (placing leaves them be), never the column, whose
// height placing sets. An observed box that placing resized would be reported again in
// the same frame, and browsers then give up with "ResizeObserver loop completed with
// undelivered notifications" (https://drafts.csswg.org/resize-observer/#deliver-resize-error).
import { anchorId } from '../annotation/markup.ts';

const column = document.querySelector<HTMLElement>('.column-text');
const wide = matchMedia('(min-width:68.75rem)');

if (column) {
  const notes = [...column.querySelectorAll<HTMLElement>('.note')];
  const blocks = [...column.children].filter((block) => !block.classList.contains('notes'));
  const place = () => {
    let floor = 0;
    if (wide.matches) {
      // Read every position first, then write, so the page is laid out once.
      const top = column.getBoundingClientRect().top;
      const boxes = notes.map((note) => [
        // A note with no passage found sits where its group begins, after its paragraph.
        (document.getElementById(anchorId(note.dataset.note!, 1)) ?? note.parentElement!).getBoundingClientRect().top -
          top,
        note.offsetHeight,
      ]);
      notes.forEach((note, i) => {
        const [at, height] = boxes[i]!;
        if (note.hidden) return;
        floor = Math.max(at!, floor);
        note.style.top = `${floor}px`;
        floor += height! + 8;
      });
    }
    column.style.minHeight = wide.matches ? `${floor}px` : '';
  };
  // Notes leave the flow (or return to it) when the width crosses the breakpoint: that is
  // done here, outside the observer's callback, and the observer then sees what it resized.
  const layOut = () => {
    column.classList.toggle('is-placed', wide.matches);
    place();
  };
  layOut();
  wide.addEventListener('change', layOut);
  const observer = new ResizeObserver(place);
  for (const el of [...blocks, ...notes]) observer.observe(el);
}
