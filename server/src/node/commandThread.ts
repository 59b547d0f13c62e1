// A command of the command line run on a thread of its own, whose heap can be given limits: the
// process's own cannot be, once it runs. V8 lets a thread's young generation (where new objects
// start) grow to 16 MB a semi-space; `stats` keeps its index while the summaries of 100,000
// articles pass through that space, which then held 28 MB (11 used) at the scan's end, when the
// index is largest and the pool's threads still run. With 12 MB (semi-spaces of 4 MB, as the
// server's process has them: serverProcess.SERVER_EXEC_ARGV), `stats` of 100,000 articles peaked
// at 388–394 MB against 409–414 on the command's own thread, the same counts (two of each,
// alternating); 24 MB gave 400, 48 MB 415.
//
// The thread's output goes to the process's own (Node pipes it, waiting for the reader), its
// exit code is the command's. A thread that cannot start leaves the command to the caller.

import { Worker } from 'node:worker_threads';

/** The command's thread's young generation, in MB (two semi-spaces and the space for large new
 *  objects: three semi-spaces' worth). */
export const COMMAND_YOUNG_GENERATION_MB = 12;

/**
 * Runs `script` again on a new thread, with `args` as its command line; resolves with the exit
 * code the thread ends with. Undefined when no thread could start.
 */
export function runOnThread(script: string, args: readonly string[]): Promise<number> | undefined {
  let worker: Worker;
  try {
    worker = new Worker(script, { argv: [...args], resourceLimits: { maxYoungGenerationSizeMb: COMMAND_YOUNG_GENERATION_MB } });
  } catch {
    return undefined;
  }
  return new Promise((resolve) => {
    // An error the command did not catch (the thread out of memory): said as the command says
    // its own errors; the thread then ends with status 1.
    worker.on('error', (e: Error) => process.stderr.write(`corpus-lens: ${e.message}\n`));
    worker.on('exit', resolve);
  });
}
