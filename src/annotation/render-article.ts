import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/options.ts';
import { ContentError } from '../lib/content-error.ts';
import type { Article } from '../lib/site-data.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import type { AnnotatedArticle, ArticleBlock, ParagraphEntry } from './types.ts';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

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
    return { html: code, blocks: splitBlocks(code), index: { paragraphs, notes: {}, anchors: [], sections: {} } };
  } catch (error) {
    throw error instanceof ContentError ? error : new ContentError(file, (error as Error).message);
  }
}

/** The top-level elements of rendered HTML, each with its paragraph id if it has one. */
function splitBlocks(html: string): ArticleBlock[] {
  return fromHtml(html, { fragment: true })
    .children.filter((node) => node.type === 'element')
    .map((node) => ({
      paragraphId: typeof node.properties.id === 'string' && node.tagName === 'p' ? node.properties.id : undefined,
      html: toHtml(node),
    }));
}
