import { defineToolbarApp } from 'astro/toolbar';
import { requester } from './ask.ts';
import { h } from './dom.ts';
import { noteForm } from './note-form.ts';
import { showSiteProblems } from './problem-list.ts';
import { selectedPassage, watchSelection, type Passage } from './selection.ts';
import { STYLES } from './styles.ts';

/** Where a page keeps, for the page the dev server reloads next, which note it saved. */
const SAVED_KEY = 'floorboards-editor:saved';

/** The article a page belongs to: its first path segment (`/blinken-beijing-2023/` → `blinken-beijing-2023`). */
const articleOfPage = () => location.pathname.split('/').filter(Boolean)[0] ?? '';

/**
 * The editor's desk (dev only): on a column's page, a new note on the words the editor
 * selects, checked by the build's rules before it is written; on every page, every content
 * problem with its file and line, and the notes that have one outlined.
 */
export default defineToolbarApp({
  async init(canvas, app, server) {
    const ask = requester(server);
    const article = articleOfPage();
    const panel = document.createElement('astro-dev-toolbar-window');
    const status = h('p', { class: 'status', role: 'status' });
    const problemList = h('ul', { class: 'problems', 'aria-label': 'Content problems' });
    const noteArea = h('div', { class: 'note-area' });
    const checkAgain = h('button', { type: 'button', class: 'secondary' }, 'Check again');
    panel.append(
      h('style', {}, STYLES),
      h('h2', {}, 'Editor’s desk'),
      noteArea,
      status,
      h('h3', {}, 'Problems in content/'),
      checkAgain,
      problemList,
    );
    canvas.append(panel);

    const refreshProblems = async () => {
      problemList.replaceChildren(h('li', {}, 'Checking content/…'));
      const { problems } = await ask.problems();
      const count = showSiteProblems(problemList, problems, article);
      app.toggleNotification(count > 0 ? { state: true, level: 'error' } : { state: false });
    };
    checkAgain.addEventListener('click', () => void refreshProblems());
    void refreshProblems();

    const showSaved = (file: string, note: string) =>
      status.replaceChildren(
        `Saved ${file}. `,
        h('a', { href: `/${article}/#note-${note}` }, 'Show the note on the page'),
      );
    const saved = sessionStorage.getItem(SAVED_KEY);
    if (saved) {
      sessionStorage.removeItem(SAVED_KEY);
      const { file, note } = JSON.parse(saved) as { file: string; note: string };
      showSaved(file, note);
      app.toggleState({ state: true });
    }

    const { context, problem } = await ask.context(article);
    if (!context) {
      noteArea.append(h('p', {}, problem ?? ''));
      return;
    }
    let lastPassage: Passage | undefined;
    const newNote = h('button', { type: 'button', disabled: '' }, 'New note');
    const chosen = h('p', { class: 'hint' }, 'Select words of the column, then choose New note.');
    const form = noteForm(context, (draft) => {
      status.textContent = 'Checking…';
      void ask.save(draft).then((reply) => {
        form.showProblems(reply.problems);
        if (reply.saved) {
          // The dev server reloads the page when the new file lands: the next page says it was saved.
          sessionStorage.setItem(SAVED_KEY, JSON.stringify({ file: reply.saved.file, note: draft.name }));
          showSaved(reply.saved.file, draft.name);
          form.form.hidden = true;
        } else {
          status.textContent = `Not saved: ${reply.problems.length} problem${reply.problems.length === 1 ? '' : 's'} to fix, each under its field.`;
        }
      });
    });
    form.form.hidden = true;
    const remember = (passage: Passage) => {
      lastPassage = passage;
      newNote.removeAttribute('disabled');
      chosen.textContent = `Selected: “${passage.exact.trim()}”`;
    };
    const now = selectedPassage();
    if (now) remember(now);
    watchSelection(remember);
    newNote.addEventListener('click', () => {
      if (!lastPassage) return;
      form.setPassage(lastPassage);
      form.form.hidden = false;
      status.textContent = '';
      form.form.querySelector<HTMLElement>('select, input')?.focus();
    });
    noteArea.append(h('h3', {}, `New note on “${context.title}”`), chosen, newNote, form.form);
  },
});
