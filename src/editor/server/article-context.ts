import { loadContent } from '../../editorial/lint/load.ts';
import { list, record, text } from '../../editorial/lint/values.ts';
import { noteTypes } from '../../schemas/note.ts';
import { verdictWords } from '../../schemas/verdict.ts';
import type { ArticleContext } from '../protocol.ts';
import { contentDir } from './content-dir.ts';

/** What the new-note form offers on an article's page: its issues and people, the note types, the events. */
export function articleContext(article: string): ArticleContext | undefined {
  const content = loadContent(contentDir());
  const column = content.articles.find((entry) => entry.file.endsWith(`/articles/${article}.md`));
  if (!column) return undefined;
  const data = record(column.data);
  const nameOf = (kind: 'issues' | 'people', id: string) => {
    const entry = content[kind].find((e) => e.file.endsWith(`/${kind}/${id}.md`));
    return text(record(entry?.data).title) || text(record(entry?.data).name) || id;
  };
  const events = list(content.events.data)
    .map(record)
    .map((event) => ({
      id: text(event.id),
      date: text(event.date),
      label: `${text(event.date)}: ${text(event.title)}`,
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  return {
    article,
    title: text(data.title),
    subjects: [
      ...list(data.issues).map((id) => ({ id: text(id), name: nameOf('issues', text(id)) })),
      ...list(data.people).map((id) => ({ id: text(id), name: nameOf('people', text(id)) })),
    ],
    noteTypes,
    verdictWords,
    events: events.map(({ id, label }) => ({ id, label })),
  };
}
