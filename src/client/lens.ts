// The issue lens: show one issue's notes, dim the paragraphs that are not about
// it, keep the choice in `?lens=<issue>` so the view can be shared, and say what
// changed in a live region.
import { PARAGRAPH_ID_PREFIX } from '../annotation/markup.ts';
import { LENS_PARAM } from '../lib/constants.ts';

const control = document.querySelector<HTMLElement>('[data-lens-control]');

if (control) {
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('button[data-lens]')];
  const status = control.querySelector('[role="status"]')!;

  const apply = (wanted: string, announce: boolean) => {
    const button = buttons.find((b) => b.dataset.lens === wanted) ?? buttons[0]!;
    const issue = button.dataset.lens ?? '';
    const about = new Set((button.dataset.paragraphs ?? '').split(' '));
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
    let shown = 0;
    for (const note of document.querySelectorAll<HTMLElement>('.column-text .note')) {
      note.hidden = issue !== '' && note.dataset.subject !== issue;
      if (!note.hidden) shown++;
    }
    // Paragraphs are the column's p-N elements: top-level, in block quotes and list items.
    for (const p of document.querySelectorAll<HTMLElement>(`.column-text [id^="${PARAGRAPH_ID_PREFIX}"]`)) {
      p.classList.toggle('is-dimmed', issue !== '' && !about.has(p.id));
    }
    document.documentElement.toggleAttribute('data-lens', issue !== '');
    const url = new URL(location.href);
    if (issue) url.searchParams.set(LENS_PARAM, issue);
    else url.searchParams.delete(LENS_PARAM);
    history.replaceState(history.state, '', url);
    if (announce || issue) {
      const name = button.textContent!.trim();
      status.textContent = issue
        ? `Lens on ${name}: ${shown} ${shown === 1 ? 'note' : 'notes'} shown, other paragraphs dimmed.`
        : 'All notes shown.';
    }
  };

  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lens]');
    if (button) apply(button.dataset.lens ?? '', true);
  });
  document.addEventListener('lens:clear', () => apply('', true));
  control.hidden = false;
  apply(new URLSearchParams(location.search).get(LENS_PARAM) ?? '', false);
}
