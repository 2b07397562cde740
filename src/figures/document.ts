import type { DrawOptions, Drawing } from './options.ts';
import { el, escapeXml } from './svg.ts';
import { figureStyle } from './theme.ts';

/**
 * The standalone SVG file: its own stylesheet, a title for anyone who opens it directly, and
 * no script, no external reference and no `style` attribute (the site's CSP allows none).
 */
export function svgDocument(title: string, width: number, height: number, body: string, options: DrawOptions): Drawing {
  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' },
    `<title>${escapeXml(title)}</title>`,
    figureStyle(options.scheme),
    body,
  );
  return { svg, width, height };
}
