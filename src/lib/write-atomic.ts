import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes `file` under a temporary name of this process and thread, then renames it, so
 * that no other build, thread or reader ever sees half a file. Makes the folder if needed.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}
