// Stamps of a corpus's files taken on a thread of their own: at a warm start the main thread
// restores the saved index meanwhile, then checks the files against it as their stamps come.

import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileStamps } from '../workspace/corpusHost';

/** Files a message of stamps holds: the ingest checks each batch as soon as it is in, while
 *  the thread stats the rest (100,000 stat calls are 0.3-0.7 s, the checks 0.25 s). */
const CHUNK = 8192;

/** The thread's whole program: small enough to need no bundle of its own. Answers with
 *  (size, mtime) pairs, size -1 where there is no regular file (FileStamps), CHUNK files a
 *  message. It listens on after answering (until terminated): a thread that ended by itself
 *  could report its exit before its answer. */
const STAT_THREAD = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
parentPort.on('message', ({ files, chunk }) => {
  for (let at = 0; at < files.length; at += chunk) {
    const end = Math.min(files.length, at + chunk);
    const out = new Float64Array((end - at) * 2);
    for (let i = at; i < end; i++) {
      let s;
      try { s = fs.statSync(files[i], { throwIfNoEntry: false }); } catch {}
      const k = 2 * (i - at);
      if (s && s.isFile()) { out[k] = s.size; out[k + 1] = s.mtimeMs; } else out[k] = -1;
    }
    parentPort.postMessage({ at, out }, [out.buffer]);
  }
});`;

/** The thread's young generation, in MB: its 100,000 Stats objects die young, and with V8's
 *  default (up to 48 MB here) the thread held ~40 MB more at a warm start's peak, which it
 *  reaches while the main thread restores the index. */
const STAT_THREAD_YOUNG_GENERATION_MB = 4;

/** Below this many files a thread costs more than it saves. */
const MIN_FILES_FOR_THREAD = 2000;

/** Stamps written in order, from `done` on. */
class StampsInOrder implements FileStamps {
  readonly values: Float64Array;
  private done = 0;
  private waiting: Array<{ n: number; resolve: () => void }> = [];

  constructor(private readonly files: readonly string[]) {
    this.values = new Float64Array(files.length * 2);
  }

  get count(): number {
    return this.done;
  }

  through(n: number): Promise<void> {
    if (n <= this.done) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ n, resolve }));
  }

  /** The next files' stamps, from the thread. */
  add(at: number, out: Float64Array): void {
    if (at !== this.done) return;
    this.values.set(out, 2 * at);
    this.advance(at + out.length / 2);
  }

  /** Stats the files not in yet here, on the calling thread. */
  statRest(): void {
    statInto(this.files, this.done, this.files.length, this.values);
    this.advance(this.files.length);
  }

  private advance(done: number): void {
    this.done = done;
    const still = [];
    for (const w of this.waiting) if (w.n <= done) w.resolve();
    else still.push(w);
    this.waiting = still;
  }
}

function statInto(files: readonly string[], from: number, to: number, out: Float64Array): void {
  for (let i = from; i < to; i++) {
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
}

/** Each file's size and mtime, in the order given (FileStamps: size −1 where there is no
 *  regular file), as a thread takes them. Falls back to the calling thread when a thread
 *  cannot start or fails. */
export function statFiles(files: readonly string[], minFilesForThread = MIN_FILES_FOR_THREAD, chunk = CHUNK): FileStamps {
  const stamps = new StampsInOrder(files);
  if (files.length === 0 || files.length < minFilesForThread) {
    stamps.statRest();
    return stamps;
  }
  let worker: Worker;
  try {
    worker = new Worker(STAT_THREAD, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: STAT_THREAD_YOUNG_GENERATION_MB } });
  } catch {
    stamps.statRest();
    return stamps;
  }
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    void worker.terminate().catch(() => undefined);
    if (stamps.count < files.length) stamps.statRest();
  };
  worker.on('message', ({ at, out }: { at: number; out: Float64Array }) => {
    stamps.add(at, out);
    if (stamps.count === files.length) settle();
  });
  // Terminating it fires 'exit' too, after the last stamps: settled by then.
  worker.once('error', settle);
  worker.once('exit', settle);
  worker.postMessage({ files, chunk });
  return stamps;
}
