import { stringify } from 'yaml';
import type { TextQuoteSelector } from '../../schemas/selector.ts';
import type { NoteDraft, SourceDraft } from '../protocol.ts';

const filled = (value: string) => value.trim() !== '';
const isEmptySource = (source: SourceDraft) => !Object.values(source).some(filled);

/**
 * A note's frontmatter as the form filled it: empty fields left out, sources with nothing
 * typed dropped, the verdict only on a fact-check, and `created` the day it was written.
 */
export function noteData(draft: NoteDraft, target: TextQuoteSelector, today: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (filled(draft.subject)) data.subject = draft.subject.trim();
  data.type = draft.type;
  data.summary = draft.summary.trim();
  data.target = target;
  if (filled(draft.event)) data.event = draft.event.trim();
  const sources = draft.sources.filter((source) => !isEmptySource(source));
  if (sources.length)
    data.sources = sources.map(({ title, publisher, date, url }) => ({
      title: title.trim(),
      publisher: publisher.trim(),
      date: date.trim(),
      url: url.trim(),
    }));
  if (draft.type === 'fact-check')
    data.verdict = {
      rating: draft.verdict.rating,
      claim: draft.verdict.claim.trim(),
      evidence: draft.verdict.evidence.split(/\s+/).filter(filled),
    };
  data.created = today;
  return data;
}

/** The note file: YAML frontmatter (every string quoted, so a date stays the text typed), then the body. */
export function noteFileText(data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
