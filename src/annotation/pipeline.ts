import { unified, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { markdownOptions } from '../markdown/options.ts';
import rehypeAnnotate, { type Options as AnnotateOptions } from './rehype-annotate.ts';
import rehypeParagraphIds, { type Options as ParagraphOptions } from './rehype-paragraph-ids.ts';
import { textBlocks } from './text-blocks.ts';
import type { AnnotatedArticle, AnnotationIndex, ArticleBlock } from './types.ts';

/** Everything the annotation plugins need to know about one article. */
export interface ArticleInput extends AnnotateOptions {
  /** Paragraphs that are not the column's prose. */
  marks?: ParagraphOptions['marks'];
}

/**
 * The article pipeline: the site's one markdown pipeline (parse, raw HTML,
 * sanitize), then paragraph ids, then anchoring. The annotation plugins run after
 * the sanitizer, so their ids and classes are never stripped, and they only add
 * elements around text the sanitizer already let through.
 */
export async function annotateMarkdown(markdown: string, input: Readonly<ArticleInput>): Promise<AnnotatedArticle> {
  const captured: { index?: AnnotationIndex; blocks?: ArticleBlock[]; failure?: Error } = {};
  const paragraphIds = rehypeParagraphIds({ marks: input.marks, file: input.file });
  const annotate = rehypeAnnotate(input);
  const rehypePlugins: RehypePlugins = [
    ...(markdownOptions.rehypePlugins ?? []),
    () => (tree: Root, file: VFile) => {
      try {
        paragraphIds(tree, file);
        annotate(tree, file);
      } catch (error) {
        // Astro's renderer would print any error thrown here itself, prefixed with
        // 'Failed to parse Markdown file "undefined"', before the build prints it again:
        // keep it, and throw it as written once rendering is over.
        captured.failure = error as Error;
        return;
      }
      captured.index = file.data.annotationIndex;
      captured.blocks = splitBlocks(tree);
    },
  ];
  const renderer = await unified({ ...markdownOptions, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(markdown);
  if (captured.failure) throw captured.failure;
  return { html: code, blocks: captured.blocks ?? [], index: captured.index! };
}

/** The top-level elements of the rendered tree, each with the ids of the paragraphs it is or holds. */
function splitBlocks(tree: Root): ArticleBlock[] {
  return tree.children
    .filter((node) => node.type === 'element')
    .map((node) => ({
      paragraphIds: textBlocks({ type: 'root', children: [node] }).map((p) => String(p.properties.id)),
      html: toHtml(node, { allowDangerousHtml: true }),
    }));
}
