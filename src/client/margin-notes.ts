// On wide screens CSS floats each paragraph's notes into the margin below that
// paragraph (reading.css). This lifts every shown note level with its first
// passage, or just below the note before it when that one reaches further down,
// and does it again whenever a note opens, closes or hides (the lens) or the
// column changes width: a ResizeObserver sees all of these, before the paint.
import { anchorId } from '../annotation/markup.ts';

const column = document.querySelector<HTMLElement>('.column-text');
const wide = matchMedia('(min-width:68.75rem)');

if (column) {
  const notes = [...column.querySelectorAll<HTMLElement>('.note')];
  const place = () => {
    const on = wide.matches;
    let floor = 0;
    column.classList.toggle('is-placed', on);
    if (on) {
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
    column.style.minHeight = on ? `${floor}px` : '';
  };
  place();
  const observer = new ResizeObserver(place);
  for (const el of [column, ...notes]) observer.observe(el);
}
