import { spawn, type ChildProcess } from 'node:child_process';
import { xvfbPath } from '../../scripts/engines.mjs';

/** A virtual X display for the engines that need one, on the first free display number. */
export interface Display {
  /** e.g. `:99`, for the DISPLAY of the processes that draw on it. */
  name: string;
  stop(): void;
}

/** Starts Xvfb; `-displayfd` makes it pick a free display and tell us which once it is ready. */
export function startXvfb(): Promise<Display> {
  const xvfb: ChildProcess = spawn(
    xvfbPath,
    ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  xvfb.stderr?.on('data', (chunk) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let number = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ name: `:${number.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${errors}`)));
  });
}
