/** A `_headers` file as hosts read it: each rule's path → its lines (trimmed, in order), comments left out. */
export function headerBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.set(line.trim(), (current = []));
    else current.push(line.trim());
  }
  return blocks;
}

/** The value a block's lines give the header `name`, if they set it. */
export function headerValue(lines: readonly string[] | undefined, name: string): string | undefined {
  const line = lines?.findLast((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
