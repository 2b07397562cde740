import type { SiteProblem } from '../protocol.ts';
import { h } from './dom.ts';

/** How a note with a problem is marked on the page. */
const OUTLINE = '3px solid #d9480f';

/**
 * Lists every content problem with its file and line, and outlines on the page each note of
 * this page's article that has one. Returns how many problems there are.
 */
export function showSiteProblems(list: HTMLElement, problems: readonly SiteProblem[], article: string): number {
  list.replaceChildren(
    ...(problems.length === 0
      ? [h('li', {}, 'No problems: content/ passes every rule the build and the content lint check.')]
      : problems.map((p) => h('li', { 'data-file': p.file }, h('code', {}, `${p.file}:${p.line}`), ' ', p.problem))),
  );
  for (const marked of document.querySelectorAll<HTMLElement>('[data-desk-problem]')) {
    marked.style.removeProperty('outline');
    marked.removeAttribute('data-desk-problem');
  }
  for (const problem of problems) {
    if (problem.article !== article || !problem.note) continue;
    const note = document.querySelector<HTMLElement>(`[data-note="${CSS.escape(problem.note)}"]`);
    if (!note) continue;
    note.style.outline = OUTLINE;
    note.setAttribute('data-desk-problem', problem.problem);
  }
  return problems.length;
}
