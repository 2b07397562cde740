import type { ArticleContext, FieldProblem, NoteDraft, SourceDraft } from '../protocol.ts';
import { field, h, input, problemId, select } from './dom.ts';
import type { Passage } from './selection.ts';

/** A file name from the summary: lowercase words joined by hyphens, at most six. */
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');

const SOURCE_FIELDS: { key: keyof SourceDraft; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher', hint: 'The site the URL is on, e.g. “Nasdaq, reposting Reuters”.' },
  { key: 'date', label: 'Date', hint: 'YYYY-MM-DD (or YYYY-MM).' },
  { key: 'url', label: 'URL', hint: 'https only.' },
];

/**
 * The new-note form: the passage, the note's type, subject, summary, body, event, sources
 * and verdict. Problems from the server appear under the field they are about, and the
 * first such field takes the focus.
 */
export function noteForm(context: ArticleContext, onSubmit: (draft: NoteDraft) => void) {
  let passage: Passage | undefined;
  let nameTouched = false;
  const quote = h(
    'blockquote',
    { class: 'passage', id: 'field-passage' },
    'No passage yet: select words of the column.',
  );
  const name = input({ autocomplete: 'off', spellcheck: 'false' });
  const type = select(context.noteTypes.map((t) => ({ value: t, label: t })));
  const subject = select([
    { value: '', label: 'None: a note on the text as received' },
    ...context.subjects.map((s) => ({ value: s.id, label: s.name })),
  ]);
  const summary = input();
  const body = h('textarea', { rows: '5' });
  const event = select([{ value: '', label: 'None' }, ...context.events.map((e) => ({ value: e.id, label: e.label }))]);
  const rating = select(context.verdictWords.map((w) => ({ value: w, label: w })));
  const claim = input();
  const evidence = input({ spellcheck: 'false' });
  const sourceList = h('div', { class: 'sources' });
  const sources: Record<keyof SourceDraft, HTMLInputElement>[] = [];

  const addSource = () => {
    const i = sources.length;
    const inputs = Object.fromEntries(SOURCE_FIELDS.map(({ key }) => [key, input({ spellcheck: 'false' })])) as Record<
      keyof SourceDraft,
      HTMLInputElement
    >;
    inputs.url.type = 'url';
    sources.push(inputs);
    sourceList.append(
      h(
        'fieldset',
        { 'data-field': `sources[${i}]`, 'aria-describedby': problemId(`sources[${i}]`) },
        h('legend', {}, `Source ${i + 1}`),
        ...SOURCE_FIELDS.map(({ key, label, hint }) => field(label, `sources[${i}].${key}`, inputs[key], hint)),
        h('p', { class: 'problem', id: problemId(`sources[${i}]`), hidden: '' }),
      ),
    );
  };
  addSource();

  const eventField = field('Event (update notes)', 'event', event, 'The event in events.yaml that the note reports.');
  const verdictField = h(
    'fieldset',
    { 'data-field': 'verdict' },
    h('legend', {}, 'Verdict (fact-check notes)'),
    h('p', { class: 'problem', id: problemId('verdict'), hidden: '' }),
    field('Rating', 'verdict.rating', rating),
    field('Claim checked', 'verdict.claim', claim),
    field(
      'Evidence',
      'verdict.evidence',
      evidence,
      'The URLs that settle it, separated by spaces; each one of the sources.',
    ),
  );
  const showForType = () => {
    eventField.hidden = type.value !== 'update';
    verdictField.hidden = type.value !== 'fact-check';
  };
  type.addEventListener('change', showForType);
  showForType();
  summary.addEventListener('input', () => {
    if (!nameTouched) name.value = slugOf(summary.value);
  });
  name.addEventListener('input', () => (nameTouched = true));

  const form = h(
    'form',
    { class: 'note-form', novalidate: '' },
    h(
      'div',
      { class: 'field', 'data-field': 'passage' },
      h('p', { class: 'label' }, 'Passage'),
      quote,
      h('p', { class: 'problem', id: problemId('passage'), hidden: '' }),
    ),
    field('Type', 'type', type),
    field('Issue or person', 'subject', subject),
    field('Summary', 'summary', summary, 'One line that stands for the note when it is folded.'),
    field(
      'Note',
      'body',
      body,
      'Markdown. Dates must be events in events.yaml; quotes must be the column’s words or in quotations.yaml.',
    ),
    eventField,
    verdictField,
    h('h4', {}, 'Sources'),
    h('p', { class: 'problem', id: problemId('sources'), hidden: '' }),
    sourceList,
    h('button', { type: 'button', class: 'secondary', 'data-action': 'add-source' }, 'Add a source'),
    field('File name', 'name', name, `Saved as content/notes/${context.article}/<name>.md.`),
    h('p', { class: 'problem', id: problemId('form'), hidden: '' }),
    h('button', { type: 'submit' }, 'Save note'),
  );
  form.querySelector('[data-action="add-source"]')!.addEventListener('click', addSource);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit({
      article: context.article,
      name: name.value.trim(),
      exact: passage?.exact ?? '',
      before: passage?.before ?? '',
      after: passage?.after ?? '',
      type: type.value,
      subject: subject.value,
      summary: summary.value,
      body: body.value,
      event: type.value === 'update' ? event.value : '',
      sources: sources.map((s) => ({
        title: s.title.value,
        publisher: s.publisher.value,
        date: s.date.value,
        url: s.url.value,
      })),
      verdict: { rating: rating.value, claim: claim.value, evidence: evidence.value },
    });
  });

  return {
    form,
    /** Shows the passage the note will be on. */
    setPassage(next: Passage) {
      passage = next;
      quote.textContent = next.exact.trim();
    },
    /** Shows each problem under its field (or the nearest group that has one); focuses the first. */
    showProblems(problems: readonly FieldProblem[]) {
      for (const line of form.querySelectorAll<HTMLElement>('.problem')) {
        line.hidden = true;
        line.textContent = '';
      }
      for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
      let first: HTMLElement | undefined;
      for (const { field: at, problem } of problems) {
        const line =
          form.querySelector<HTMLElement>(`#${problemId(at)}`) ??
          form.querySelector<HTMLElement>(`#${problemId(at.replace(/\.[^.[\]]+$/, ''))}`) ??
          form.querySelector<HTMLElement>(`#${problemId(at.replace(/\[\d+\].*$/, '').replace(/\..*$/, ''))}`) ??
          form.querySelector<HTMLElement>(`#${problemId('form')}`)!;
        line.hidden = false;
        line.append(h('span', {}, problem));
        const control = line.closest('[data-field]')?.querySelector<HTMLElement>('input, select, textarea, blockquote');
        control?.setAttribute('aria-invalid', 'true');
        first ??= control ?? line;
      }
      if (first && !first.hasAttribute('tabindex') && first.tagName === 'BLOCKQUOTE')
        first.setAttribute('tabindex', '-1');
      first?.focus();
    },
  };
}
