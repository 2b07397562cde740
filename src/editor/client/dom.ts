/** `h('label', { for: 'x' }, 'Text')`: a small element builder for the desk's panel. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A field's problem line: its id is what the field's `aria-describedby` names. */
export const problemId = (field: string) => `problem-${field.replace(/[^a-z0-9]+/gi, '-')}`;

/** A labelled control with the line under it where its problems appear. */
export function field(
  label: string,
  name: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
) {
  const id = `field-${name.replace(/[^a-z0-9]+/gi, '-')}`;
  control.id = id;
  control.name = name;
  const describedBy = [problemId(name), ...(hint ? [`${id}-hint`] : [])].join(' ');
  control.setAttribute('aria-describedby', describedBy);
  return h(
    'div',
    { class: 'field', 'data-field': name },
    h('label', { for: id }, label),
    ...(hint ? [h('p', { class: 'hint', id: `${id}-hint` }, hint)] : []),
    control,
    h('p', { class: 'problem', id: problemId(name), hidden: '' }),
  );
}

export const input = (attributes: Record<string, string> = {}) => h('input', { type: 'text', ...attributes });

export function select(options: { value: string; label: string }[], attributes: Record<string, string> = {}) {
  return h('select', attributes, ...options.map((o) => h('option', { value: o.value }, o.label)));
}
