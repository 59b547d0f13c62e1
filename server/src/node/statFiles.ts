// Stamps of a corpus's files taken on a thread of their own: at a warm start the main thread
// restores the saved index meanwhile (100,000 stat calls are about 0.3 s, the restore 1 s).

import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileStamps } from '../workspace/corpusHost';

/** The thread's whole program: small enough to need no bundle of its own. Answers with
 *  (size, mtime) pairs, size -1 where there is no regular file (FileStamps). It listens on
 *  after answering (until terminated): a thread that ended by itself could report its exit
 *  before its answer. */
const STAT_THREAD = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
parentPort.on('message', (files) => {
  const out = new Float64Array(files.length * 2);
  for (let i = 0; i < files.length; i++) {
    let s;
    try { s = fs.statSync(files[i], { throwIfNoEntry: false }); } catch {}
    if (s && s.isFile()) { out[2 * i] = s.size; out[2 * i + 1] = s.mtimeMs; } else out[2 * i] = -1;
  }
  parentPort.postMessage(out, [out.buffer]);
});`;

/** The thread's young generation, in MB: its 100,000 Stats objects die young, and with V8's
 *  default (up to 48 MB here) the thread held ~40 MB more at a warm start's peak, which it
 *  reaches while the main thread restores the index. */
const STAT_THREAD_YOUNG_GENERATION_MB = 4;

/** Below this many files a thread costs more than it saves. */
const MIN_FILES_FOR_THREAD = 2000;

function statHere(files: readonly string[]): FileStamps {
  const out = new Float64Array(files.length * 2);
  for (let i = 0; i < files.length; i++) {
    let s: fs.Stats | undefined;
    try {
      s = fs.statSync(files[i], { throwIfNoEntry: false });
    } catch {
      s = undefined;
    }
    if (s?.isFile()) {
      out[2 * i] = s.size;
      out[2 * i + 1] = s.mtimeMs;
    } else out[2 * i] = -1;
  }
  return out;
}

/** Each file's size and mtime, in the order given (FileStamps: size −1 where there is no
 *  regular file). Falls back to the calling thread when a thread cannot start or fails. */
export function statFiles(files: readonly string[], minFilesForThread = MIN_FILES_FOR_THREAD): Promise<FileStamps> {
  if (files.length < minFilesForThread) return Promise.resolve(statHere(files));
  let worker: Worker;
  try {
    worker = new Worker(STAT_THREAD, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: STAT_THREAD_YOUNG_GENERATION_MB } });
  } catch {
    return Promise.resolve(statHere(files));
  }
  return new Promise<FileStamps>((resolve) => {
    let settled = false;
    const settle = (stamps: () => FileStamps) => {
      if (settled) return;
      settled = true;
      void worker.terminate().catch(() => undefined);
      resolve(stamps());
    };
    worker.once('message', (out: Float64Array) => settle(() => out));
    // Terminating it fires 'exit' too, after the answer: settled by then.
    worker.once('error', () => settle(() => statHere(files)));
    worker.once('exit', () => settle(() => statHere(files)));
    worker.postMessage(files);
  });
}
