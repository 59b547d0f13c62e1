// The `corpus-lens` command's process starts here: it loads the command line (dist/cliMain.js)
// on this thread, or, for a command that keeps a whole corpus's index and prints little, on a
// thread whose young generation is capped (node/commandThread): this thread then loads nothing
// more (the command line's code and data on it were 19 MB more of the process).

import './node/pretenuring';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runOnThread } from './node/commandThread';

const ON_THREAD: ReadonlySet<string> = new Set(['stats']);

const main = path.join(__dirname, 'cliMain.js');
const args = process.argv.slice(2);
const threaded = isMainThread && ON_THREAD.has(args[0]) ? runOnThread(main, args) : undefined;
if (threaded) {
  // `corpus-lens stats DIR | head`: the reader went away; that is the end, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void threaded.then((code) => {
    process.exitCode = code;
  });
} else require(main);
