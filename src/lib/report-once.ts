/** Errors a page of this build has already failed with. */
const reported = new WeakSet<object>();

/**
 * Awaits work that several pages share (a column's annotation). Pages are generated
 * several at a time, so when that work fails, each of the column's pages in flight
 * fails with the same error: the first throws it, naming the file and what is wrong,
 * and the others a line that points to it, so the reader sees the message once.
 */
export async function reportedOnce<T>(work: Promise<T>, page: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (typeof error === 'object' && error !== null) {
      if (reported.has(error)) throw new Error(`${page}: not built, for the content error above`, { cause: error });
      reported.add(error);
    }
    throw error;
  }
}
