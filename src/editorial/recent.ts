/**
 * `compute`, remembered for the `limit` keys asked for most recently. A build renders
 * one article's pages after another, so they share its annotation; remembering every
 * article's would grow the build's memory with the archive.
 */
export function recentlyUsed<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const found = kept.get(key);
    if (found !== undefined || kept.has(key)) {
      // Map keeps insertion order: moving the key to the end makes the first key the least recent.
      kept.delete(key);
      kept.set(key, found as V);
      return found as V;
    }
    const value = compute(key);
    kept.set(key, value);
    if (kept.size > limit) kept.delete(kept.keys().next().value as K);
    return value;
  };
}
