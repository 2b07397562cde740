/**
 * An Aho–Corasick automaton: finds every occurrence of many patterns in one
 * pass over the text, so the cost is the text's length plus the number of
 * matches, however many notes and terms an article has.
 * https://doi.org/10.1145/360825.360855
 */
export interface Automaton {
  /** Per state: code unit → next state. */
  next: Map<number, number>[];
  /** Per state: the longest proper suffix that is also a state. */
  fail: Int32Array;
  /** Per state: patterns ending exactly here. */
  output: number[][];
  /** Per state: the nearest state along `fail` links that ends a pattern, or -1. */
  dictionary: Int32Array;
  /** Length of each pattern. */
  lengths: number[];
  /** The root's transitions as a table over all code units (0: stay at the root), the hottest lookup. */
  root: Int32Array;
}

/** Builds the automaton for `patterns` (empty patterns are ignored). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        output.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    output[state]!.push(index);
  });

  const fail = new Int32Array(next.length);
  const dictionary = new Int32Array(next.length).fill(-1);
  // Breadth-first, so a state's fail link is final before its children need it.
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const via = fail[child]!;
      dictionary[child] = output[via]!.length > 0 ? via : dictionary[via]!;
      queue.push(child);
    }
  }
  const root = new Int32Array(0x10000);
  for (const [code, to] of next[0]!) root[code] = to;
  return { next, fail, output, dictionary, lengths: patterns.map((p) => p.length), root };
}

/** Calls `found(pattern, start)` for every occurrence of every pattern in `text`, in order of end. */
export function findAll(automaton: Automaton, text: string, found: (pattern: number, start: number) => void): void {
  const { next, fail, output, dictionary, lengths, root } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let to = state === 0 ? root[code] : next[state]!.get(code);
    while (to === undefined) {
      state = fail[state]!;
      to = state === 0 ? root[code] : next[state]!.get(code);
    }
    state = to;
    for (let s = output[state]!.length > 0 ? state : dictionary[state]!; s !== -1; s = dictionary[s]!) {
      for (const pattern of output[s]!) found(pattern, i + 1 - lengths[pattern]!);
    }
  }
}
