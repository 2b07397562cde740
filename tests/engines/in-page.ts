// Functions the reader-facing checks run inside the page, in any engine. Each is sent to
// the browser as source text, so each is self-contained: no imports, no outer variables.

/** The column's layout: horizontal overflow, and every note that overlaps another note or a paragraph. */
export function layoutReport() {
  const box = (el: Element) => {
    const { left, top, width, height } = el.getBoundingClientRect();
    return { id: el.id || el.className, x: left, y: top + window.scrollY, width, height };
  };
  type Box = ReturnType<typeof box>;
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
  const notes = visible('.column-text .note').map(box);
  const paragraphs = visible('.column-text > p').map(box);
  const collisions: string[] = [];
  notes.forEach((note, i) => {
    for (const other of notes.slice(i + 1)) if (overlap(note, other)) collisions.push(`${note.id} × ${other.id}`);
    for (const p of paragraphs) if (overlap(note, p)) collisions.push(`${note.id} × ${p.id}`);
  });
  // Where each note group starts against its paragraph: beside it (margin) or below it (folded).
  const groups = [...document.querySelectorAll('.column-text > .notes')].map((group) => {
    const paragraph = group.previousElementSibling!.getBoundingClientRect();
    const own = group.getBoundingClientRect();
    return { paragraphTop: paragraph.top, paragraphBottom: paragraph.bottom, top: own.top, left: own.left };
  });
  return {
    viewport: window.innerWidth,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    notes: notes.length,
    paragraphs: paragraphs.length,
    collisions,
    textRight: Math.max(...paragraphs.map((p) => p.x + p.width)),
    notesLeft: Math.min(...notes.map((n) => n.x)),
    groups,
  };
}

/** `true` when the element is rendered, in no closed <details> and at least partly in the viewport; else why not. */
export function landed(id: string): true | string {
  const el = document.getElementById(id);
  if (!el) return 'missing';
  if (!el.checkVisibility()) return 'not visible';
  if (el.closest('details:not([open])')) return 'inside a closed <details>';
  const box = el.getBoundingClientRect();
  if (box.top >= window.innerHeight || box.bottom <= 0) return `outside the viewport (top ${Math.round(box.top)})`;
  return true;
}

/** `true` when the note is open, its body shown and the note in view; else why not. */
export function noteOpenInView(id: string): true | string {
  const note = document.getElementById(id) as HTMLDetailsElement | null;
  if (!note) return 'missing';
  if (!note.open) return 'closed';
  const body = note.querySelector('.note-body');
  if (!body?.checkVisibility()) return 'body not visible';
  const box = note.getBoundingClientRect();
  if (box.top >= window.innerHeight || box.bottom <= 0) return `outside the viewport (top ${Math.round(box.top)})`;
  return true;
}

/** The id of the first note in the column, or '' when there is none. */
export const firstNoteId = () => document.querySelector('.column-text .note')?.id ?? '';

/** The lens as a reader sees it: pressed button, notes shown and hidden (by subject), the URL's lens. */
export function lensState() {
  const notes = [...document.querySelectorAll('.column-text .note')];
  const subjects = (shown: boolean) =>
    [
      ...new Set(notes.filter((n) => n.checkVisibility() === shown).map((n) => n.getAttribute('data-subject') ?? '')),
    ].sort();
  return {
    offered: document.querySelector('.lens')?.checkVisibility() ?? false,
    pressed: [...document.querySelectorAll('button[data-lens][aria-pressed="true"]')].map((b) =>
      b.getAttribute('data-lens'),
    ),
    shown: subjects(true),
    shownNotes: notes.filter((n) => n.checkVisibility()).length,
    hidden: subjects(false),
    dimmed: document.querySelectorAll('.column-text > p.is-dimmed').length,
    urlLens: new URL(window.location.href).searchParams.get('lens'),
  };
}

/** `true` once the URL's lens and the pressed button are `lens`; else what they are. */
export function lensIs(lens: string): true | string {
  const url = new URL(window.location.href).searchParams.get('lens');
  const pressed = document.querySelector(`button[data-lens="${lens}"]`)?.getAttribute('aria-pressed');
  return url === lens && pressed === 'true' ? true : `lens in the URL: ${url}, button pressed: ${pressed}`;
}

/** The computed underline of the column's first mention link. */
export function mentionDecoration() {
  const link = document.querySelector('.column-text a.mention');
  if (!link) return { text: '', line: 'no mention link' };
  const style = getComputedStyle(link);
  return { text: link.textContent ?? '', line: style.textDecorationLine, style: style.textDecorationStyle };
}

/** A section's share control as rendered: its links (text and href) and any buttons. */
export function shareControl(sectionId: string) {
  const control = document.querySelector(`#${sectionId} .share`);
  return {
    links: [...(control?.querySelectorAll('a') ?? [])].map((a) => ({
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: a.getAttribute('href'),
      visible: a.checkVisibility(),
    })),
    buttons: control?.querySelectorAll('button').length ?? 0,
  };
}

/** `true` once the page is `path` and its first heading reads `heading`; else where it is. */
export function atPage({ path, heading }: { path: string; heading: string }): true | string {
  const h1 = document.querySelector('h1')?.textContent?.trim();
  return window.location.pathname === path && h1 === heading ? true : `at ${window.location.pathname}, h1 "${h1}"`;
}

/** The issue with the most notes in the column (the lens under which most notes close up). */
export function busiestIssue(issues: string[]) {
  const count = (id: string) => document.querySelectorAll(`.column-text .note[data-subject="${id}"]`).length;
  return issues.reduce((best, id) => (count(id) > count(best) ? id : best), issues[0] ?? '');
}
