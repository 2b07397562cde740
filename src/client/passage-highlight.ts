// While a note is hovered or focused, its passages light up, and the reverse:
// the reader sees which words a margin note is about without moving.
import { noteCardId, NOTE_ID_PREFIX } from '../lib/constants.ts';

const namesFor = (target: EventTarget | null): string[] => {
  if (!(target instanceof Element)) return [];
  const card = target.closest<HTMLElement>('.note[data-note]');
  if (card) return [card.dataset.note!];
  const ref = target.closest('a[data-n]');
  if (ref) return [ref.getAttribute('href')!.slice(`#${NOTE_ID_PREFIX}`.length)];
  return (target.closest('mark.passage')?.getAttribute('data-notes') ?? '').split(' ').filter(Boolean);
};

const link = (event: Event, on: boolean) => {
  for (const name of namesFor(event.target)) {
    for (const el of document.querySelectorAll(
      `[data-notes~="${name}"],[data-note="${name}"],a[href="#${noteCardId(name)}"]`,
    )) {
      el.classList.toggle('is-linked', on);
    }
  }
};

for (const [type, on] of [
  ['mouseover', true],
  ['mouseout', false],
  ['focusin', true],
  ['focusout', false],
] as const) {
  document.addEventListener(type, (event) => link(event, on));
}
