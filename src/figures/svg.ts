/** Small helpers for writing SVG as strings, in Node, with no DOM. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an element or a double-quoted attribute. */
export const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

type Attributes = Record<string, string | number | undefined>;

/** One element: attributes with `undefined` values are left out; children are already SVG. */
export function el(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children.length > 0 ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/** A number rounded to one decimal, the precision every coordinate is written with. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** A text label; `anchor` is SVG's text-anchor. */
export const text = (x: number, y: number, content: string, className = 'label', anchor?: 'start' | 'middle' | 'end') =>
  el(
    'text',
    { x: r1(x), y: r1(y), class: className, 'text-anchor': anchor === 'start' ? undefined : anchor },
    escapeXml(content),
  );

/**
 * Splits `words` into lines of at most `max` characters (a long word gets a line of its own).
 * Labels are short; measuring glyphs would need the reader's font, which the build cannot know.
 */
export function wrap(words: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines of text starting at (x, y), `lineHeight` apart. */
export const lines = (x: number, y: number, content: string[], lineHeight: number, className = 'label') =>
  content.map((line, i) => text(x, y + i * lineHeight, line, className)).join('');
