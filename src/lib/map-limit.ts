/**
 * Runs `work` on every item, at most `limit` at a time, and returns the results in
 * the items' order. The passes after a build read and write thousands of files:
 * one at a time, each waits out the file system's round trip while the processor idles.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
