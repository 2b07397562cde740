// `npm run review`: lists what is due for re-checking in content/ (or CONTENT_DIR), each
// with its file and line: issues and people whose reviewed or role-as-of date is more than
// 90 days old, scheduled events whose day has passed, and sources that repost an original
// whose own site is in content/publishers.yaml (src/editorial/review.ts). REVIEW_TODAY
// (YYYY-MM-DD) reviews as of another day. Lists only: it changes nothing and always exits 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadContent } from '../src/editorial/lint/load.ts';
import { dueForReview, REVIEW_DAYS } from '../src/editorial/review.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const today = process.env.REVIEW_TODAY ?? new Date().toISOString().slice(0, 10);
const publishersPath = join(root, 'publishers.yaml');
const publishers = { file: publishersPath, data: parse(readFileSync(publishersPath, 'utf8')), body: '' };
const due = dueForReview(loadContent(root), publishers, today);

const lines = new Map();
const lineOf = (file, at) => {
  if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
  const index = lines.get(file).findIndex((line) => line.includes(at));
  return index === -1 ? 1 : index + 1;
};

const HEADINGS = {
  reviewed: `Issues last reviewed more than ${REVIEW_DAYS} days ago`,
  role: `People whose title is dated more than ${REVIEW_DAYS} days ago`,
  scheduled: 'Scheduled events whose day has passed',
  repost: 'Sources that repost an original whose site is in publishers.yaml',
};
console.log(`Due for review on ${today}:`);
for (const [kind, heading] of Object.entries(HEADINGS)) {
  const items = due.filter((item) => item.kind === kind);
  console.log(`\n${heading}: ${items.length === 0 ? 'none' : items.length}`);
  for (const item of items) console.log(`  ${item.file}:${lineOf(item.file, item.at)}: ${item.what}`);
}
console.log(`\nreview: ${due.length} due`);
