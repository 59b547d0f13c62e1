// A full garbage collection and a compaction, asked for when the server has just finished a scan. A scan
// leaves much garbage behind: the typed arrays of 100,000 summaries applied, the copy of the
// index made for its save. V8 frees an array's memory only when it collects the array, and it
// does not collect without more allocation to prompt it: a server left quiet after its first
// start at 100,000 articles stayed at 613 MB for a minute; one collection brought it to about
// 510 (with the large arrays in pages of their own, serverProcess.SERVER_ENV); compacting its
// pages after that, about 447 (collectAllGarbage).
//
// V8 has the function only when started with --expose-gc; setting the flag once the process
// runs gives it to contexts made after that, so one is made for it (as jest-leak-detector and
// the expose-gc package do).

import * as v8 from 'node:v8';
import * as vm from 'node:vm';

type GcFunction = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => Promise<void> | void;

let gcFunction: GcFunction | null | undefined;

/**
 * Sets the flag. V8's code cache records the flags it was made under and is rejected under
 * others: a process that keeps one (the server's entry) sets it before it loads any code, so that
 * the flag is the same when the cache is made, after a scan, and when the next start reads it.
 */
export function allowFullCollections(): void {
  v8.setFlagsFromString('--expose-gc');
}

function gc(): GcFunction | null {
  if (gcFunction !== undefined) return gcFunction;
  const exposed = (globalThis as { gc?: GcFunction }).gc;
  if (typeof exposed === 'function') return (gcFunction = exposed);
  try {
    allowFullCollections();
    const made = vm.runInNewContext('gc') as unknown;
    gcFunction = typeof made === 'function' ? (made as GcFunction) : null;
  } catch {
    gcFunction = null;
  }
  return gcFunction;
}

/** A full collection: the resident memory before it, in bytes, and how long it took. (The
 *  memory it freed goes back over the next moments: V8 frees large arrays on another thread.) */
export interface Collection {
  rssBefore: number;
  ms: number;
}

/**
 * Collects all garbage, then compacts what is left (each a task of its own on this thread, not a
 * call that blocks the caller); undefined when this Node.js cannot be asked for one.
 *
 * The compaction: V8 moves objects out of a page only when the page is mostly empty and then
 * only a few megabytes' worth, so the pages a scan's garbage left half-used stay resident. With
 * every page compacted once, the server settled at 447 MB after a first start of 100,000 articles
 * against 493–506 MB (two of each, the same build), its peak unchanged (584–596 MB against
 * 595–628); the two collections took 520 ms, once, while the editor is quiet. Compacting in the
 * collection that frees the garbage moved the peak too: 625 MB.
 * The flag is set back at once: V8's code cache, written after this, holds the flags it was
 * made under (allowFullCollections).
 */
export async function collectAllGarbage(): Promise<Collection | undefined> {
  const collect = gc();
  if (!collect) return undefined;
  const rssBefore = process.memoryUsage.rss();
  const t0 = performance.now();
  await collect({ type: 'major', execution: 'async' });
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    await collect({ type: 'major', execution: 'async' });
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return { rssBefore, ms: performance.now() - t0 };
}
