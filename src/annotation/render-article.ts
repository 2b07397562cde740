import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/options.ts';
import { ContentError } from '../lib/content-error.ts';
import type { Article } from '../lib/site-data.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import type { AnnotatedArticle, ParagraphEntry } from './types.ts';

const cache = new Map<string, Promise<AnnotatedArticle>>();

/** Renders an article's column with its annotations, once per build. */
export function renderArticle(article: Article): Promise<AnnotatedArticle> {
  let rendered = cache.get(article.id);
  if (!rendered) {
    rendered = render(article);
    cache.set(article.id, rendered);
  }
  return rendered;
}

async function render(article: Article): Promise<AnnotatedArticle> {
  const file = article.filePath ?? `content/articles/${article.id}.md`;
  const captured: { paragraphs?: ParagraphEntry[] } = {};
  const processor = unified({
    ...markdownOptions,
    rehypePlugins: [
      ...(markdownOptions.rehypePlugins ?? []),
      [rehypeParagraphIds, { marks: article.data.marks, file }],
      () => (_tree: unknown, vfile: { data: Record<string, unknown> }) => {
        captured.paragraphs = vfile.data.paragraphs as ParagraphEntry[];
      },
    ],
  });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  try {
    const { code } = await renderer.render(article.body ?? '');
    const paragraphs = captured.paragraphs ?? [];
    return { html: code, index: { paragraphs, notes: {}, anchors: [], sections: {} } };
  } catch (error) {
    throw error instanceof ContentError ? error : new ContentError(file, (error as Error).message);
  }
}
