import { unified, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { buildTextMap } from '../../annotation/text-map.ts';
import { splitFrontmatter } from '../../content-loaders/yaml.ts';
import { markdownOptions } from '../../markdown/options.ts';
import type { TextQuoteSelector } from '../../schemas/selector.ts';
import { anchorCount } from './passage-selector.ts';

/**
 * A column's text as the annotation engine anchors in it: the body through the site's one
 * markdown pipeline, every paragraph's text joined by PARAGRAPH_BREAK (src/annotation/text-map.ts).
 */
export async function columnText(markdown: string): Promise<string> {
  let text = '';
  const rehypePlugins: RehypePlugins = [
    ...(markdownOptions.rehypePlugins ?? []),
    () => (tree: Root) => {
      text = buildTextMap(tree).text;
    },
  ];
  const renderer = await unified({ ...markdownOptions, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  await renderer.render(markdown);
  return text;
}

/** How often a selector anchors in an article file's column, as the build counts it. */
export async function anchorsInArticle(articleFile: string, selector: TextQuoteSelector): Promise<number> {
  return anchorCount(await columnText(splitFrontmatter(articleFile).body), selector);
}
