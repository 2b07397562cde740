/** One inline `<script>` or `<style>` as the HTML parser sees it. */
export interface InlineElement {
  tag: 'script' | 'style';
  /** Attribute names (lower case) and raw values, first occurrence winning as in HTML. */
  attributes: Map<string, string>;
  /** The element's text, exactly as a browser hashes it. */
  text: string;
}

// Elements whose content the tokenizer reads as text up to the matching end tag.
// Not noscript: the page is read as with scripting off, where a style inside it
// applies (and needs its hash), as the full parse reads it too.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);
// Where the tree builder would not simply give a script or style its raw text as
// one child (foreign content, template contents, select) or where the input needs
// preprocessing first (CR, NUL): the caller then parses the page in full.
const UNSURE = new Set(['math', 'template', 'select', 'plaintext']);
// SVG elements that may appear inside an inline `<svg>` (icons, timeline scales). In
// SVG, `<style>` and `<script>` are parsed as markup, not raw text, and some HTML
// tags break out of it: any other element inside an `<svg>` sends the page to the parser.
const SVG_SAFE = new Set(['svg', 'g', 'path', 'use', 'line', 'rect', 'circle', 'ellipse', 'polyline', 'polygon']);

/**
 * The inline scripts and styles of a page, found in one forward scan without
 * building a tree: thousands of pages are hashed after every build, and a full
 * parse of each cost more than rendering them. Follows the HTML tokenizer where it
 * matters here (comments, quoted attributes, raw-text elements and their end tags);
 * returns undefined where the outcome would depend on tree construction, so that
 * the caller falls back to a full parse and the answer is never a guess.
 */
export function inlineCode(html: string): InlineElement[] | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const found: InlineElement[] = [];
  /** How many `<svg>` elements the scan is inside. */
  let svg = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      // `<!-->`, `<!--->` and `--!>` also end a comment: rare enough to leave to the parser.
      if (end === -1 || /^-?>/.test(html.slice(i + 4, i + 6)) || html.slice(i, end).includes('--!>')) return undefined;
      i = end + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (svg > 0 && html.startsWith('<![CDATA[', i)) return undefined;
    if (next === '/' && svg > 0 && isEndTag(html, 'svg', i)) svg--;
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', i + 1);
      if (end === -1) return undefined;
      i = end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i++;
      continue;
    }
    const tag = startTag(html, i);
    if (!tag) return undefined;
    if (UNSURE.has(tag.name)) return undefined;
    if (svg > 0 && !SVG_SAFE.has(tag.name)) return undefined;
    i = tag.end;
    if (tag.name === 'svg') {
      // In SVG a self-closing tag has no content.
      if (!tag.selfClosing) svg++;
      continue;
    }
    if (svg > 0) continue;
    // `/>` closes nothing on an HTML element: `<script/>` still opens a script.
    if (!RAW_TEXT.has(tag.name)) continue;
    const close = endTagAt(html, tag.name, i);
    if (close === -1) return undefined;
    const text = html.slice(i, close);
    // `<!--` in a script starts its escaped states, where `</script>` may not end it.
    if (tag.name === 'script' && text.includes('<!--')) return undefined;
    if (tag.name === 'script' || tag.name === 'style') found.push({ tag: tag.name, attributes: tag.attributes, text });
    i = close;
  }
  return found;
}

const SPACE = new Set(['\t', '\n', '\f', ' ']);
// Characters where the tokenizer would report a parse error and recover in ways not
// worth copying here: the page is parsed in full instead.
const NAME_ERRORS = new Set(['"', "'", '<', '=']);
const UNQUOTED_ERRORS = new Set(['"', "'", '<', '=', '`']);

/** A start tag at `at`: its lower-case name, attributes and where it ends; undefined when unsure. */
function startTag(html: string, at: number) {
  let p = at + 1;
  const word = (stop: (c: string) => boolean, errors: Set<string>) => {
    const start = p;
    for (let c = html[p]; c !== undefined && !stop(c); c = html[++p]) if (errors.has(c)) return undefined;
    return html.slice(start, p);
  };
  const tagName = word((c) => SPACE.has(c) || c === '/' || c === '>', new Set());
  const name = tagName && asciiLower(tagName);
  const attributes = new Map<string, string>();
  for (;;) {
    while (SPACE.has(html[p] ?? '')) p++;
    const c = html[p];
    if (c === undefined || !name) return undefined;
    if (c === '>') return { name, attributes, end: p + 1, selfClosing: false };
    if (c === '/') {
      if (html[p + 1] === '>') return { name, attributes, end: p + 2, selfClosing: true };
      p++;
      continue;
    }
    if (NAME_ERRORS.has(c)) return undefined;
    const attribute = word((ch) => SPACE.has(ch) || ch === '/' || ch === '>' || ch === '=', NAME_ERRORS);
    if (attribute === undefined) return undefined;
    const key = asciiLower(attribute);
    while (SPACE.has(html[p] ?? '')) p++;
    let value = '';
    if (html[p] === '=') {
      p++;
      while (SPACE.has(html[p] ?? '')) p++;
      const quote = html[p];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, p + 1);
        if (close === -1) return undefined;
        value = html.slice(p + 1, close);
        p = close + 1;
      } else {
        const unquoted = word((ch) => SPACE.has(ch) || ch === '>', UNQUOTED_ERRORS);
        if (!unquoted) return undefined;
        value = unquoted;
      }
    }
    // A character reference in a `type` would need decoding: leave that to the parser.
    // (Other values are never read, only whether `src` is there.)
    if (key === 'type' && value.includes('&')) return undefined;
    if (!attributes.has(key)) attributes.set(key, value);
  }
}

/** Where the end tag `</name` that closes a raw-text element starts, or -1. */
function endTagAt(html: string, name: string, from: number): number {
  let at = from;
  while ((at = html.indexOf('</', at)) !== -1) {
    if (isEndTag(html, name, at)) return at;
    at += 2;
  }
  return -1;
}

/** Whether an end tag `</name` (any case, then a space, `/`, `>` or the end) starts at `at`. */
function isEndTag(html: string, name: string, at: number): boolean {
  if (!html.startsWith('</', at) || asciiLower(html.slice(at + 2, at + 2 + name.length)) !== name) return false;
  const after = html[at + name.length + 2] ?? '';
  return SPACE.has(after) || after === '/' || after === '>' || after === '';
}

/**
 * Lower case as the tokenizer does it, ASCII letters only. (`toLowerCase` maps other
 * letters too, and on a long page with non-ASCII text is far slower.)
 */
const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
