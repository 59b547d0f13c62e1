// The one ingest path: the language server's scan, every CLI command and the benchmarks turn
// files into summaries here. A file whose size and mtime match its cache entry is not read; one
// whose bytes still hash the same is not analysed; the rest go to the pool, all cores busy.

import { dependsOnToday, type ArticleSummary } from '../core/summary/articleSummary';
import type { FileStamp, FileStamps, Summarizer, SummaryStore } from '../workspace/corpusHost';
import { statFileSync, type CorpusContext } from './summarizeFile';
import type { IndexedHashes } from './savedIndex';

export type IngestResult =
  | { kind: 'summary'; path: string; summary: ArticleSummary; fromCache: boolean; /** The content hash of the bytes it was made from. */ hash?: string }
  /** The index read back at start already holds this file's summary (IngestOptions.indexed). */
  | { kind: 'indexed'; path: string; hash: string; /** Its row in the saved index. */ row: number }
  | { kind: 'unreadable'; path: string; reason: string }
  | { kind: 'gone'; path: string };

export interface IngestOptions {
  pool: Summarizer;
  cache?: SummaryStore;
  /** Size and mtime of a file, to check cache hits (default: the disk's). */
  stat?: (file: string) => FileStamp | undefined;
  /** The files' stamps, in the order of the files, taken meanwhile (instead of `stat`): each
   *  batch of files waits for its own only. */
  stamps?: FileStamps;
  /** Called once per file, in completion order, on the calling thread. */
  onResult(result: IngestResult): void;
  /** Stops handing out files; those in flight still report. */
  isCancelled?(): boolean;
  /** Files an index read back at start holds, with the content hash of what it holds: when the
   *  cache says the file still has those bytes, the summary is neither read nor applied. */
  indexed?: IndexedHashes;
}

export interface IngestCounts {
  analysed: number;
  fromCache: number;
  /** Of those from the cache, the ones the index read back already held. */
  indexed: number;
  unreadable: number;
  gone: number;
}

/** Files in flight at once: enough to keep every worker fed and the stat calls overlapping. */
const CONCURRENCY = 64;

/** Cache hits are checked this many files at a time, the event loop free in between. */
const STAT_BATCH = 2000;

export async function ingestFiles(corpus: CorpusContext, files: readonly string[], options: IngestOptions): Promise<IngestCounts> {
  const { pool, cache } = options;
  const stat = options.stat ?? statFileSync;
  const stamps = options.stamps;
  const counts: IngestCounts = { analysed: 0, fromCache: 0, indexed: 0, unreadable: 0, gone: 0 };
  const indexed = options.indexed;
  /** The index read back holds the summary of these very bytes: nothing to read or apply. */
  const alreadyIndexed = (file: string, hash: string): boolean => {
    const row = indexed?.rowOf(file);
    return row !== undefined && indexed!.hashAt(row) === hash && reportIndexed(file, row);
  };
  const reportIndexed = (file: string, row: number): boolean => {
    const hash = indexed!.hashAt(row);
    if (!hash) return false;
    counts.fromCache++;
    counts.indexed++;
    options.onResult({ kind: 'indexed', path: file, hash, row });
    return true;
  };
  /** The file's size and modification time (none when it is no regular file). */
  const stampOf = (j: number, file: string): FileStamp | undefined => {
    if (stamps) return stamps.values[2 * j] < 0 ? undefined : { size: stamps.values[2 * j], mtimeMs: stamps.values[2 * j + 1] };
    return stat(file);
  };
  // First the cache: a synchronous stat is several times faster than an asynchronous one, and
  // a warm start is mostly stats. What the cache cannot answer goes to the pool.
  const work: Array<{ file: string; knownHash?: string }> = [];
  for (let i = 0; i < files.length; i += STAT_BATCH) {
    const end = Math.min(files.length, i + STAT_BATCH);
    if (stamps) await stamps.through(end);
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    if (options.isCancelled?.()) return counts;
    for (let j = i; j < end; j++) {
      const file = files[j];
      // A file the index read back holds, with the size and time it had: not even the cache
      // is asked (its table is read when first needed).
      const row = indexed?.rowOf(file);
      let stamp = row !== undefined ? stampOf(j, file) : undefined;
      if (row !== undefined && stamp && indexed!.hasStamp(row, stamp.size, stamp.mtimeMs) && reportIndexed(file, row)) continue;
      const cached = cache?.get(file);
      if (!cached) {
        work.push({ file });
        continue;
      }
      if (row === undefined) stamp = stampOf(j, file);
      const size = stamp ? stamp.size : -1;
      const mtimeMs = stamp ? stamp.mtimeMs : 0;
      if (size < 0 || size !== cached.size || mtimeMs !== cached.mtimeMs) {
        work.push({ file, knownHash: cached.hash });
        continue;
      }
      if (alreadyIndexed(file, cached.hash)) continue;
      const summary = cache!.summary(file);
      if (!summary || dependsOnToday(summary, corpus.today)) {
        work.push({ file });
        continue;
      }
      counts.fromCache++;
      options.onResult({ kind: 'summary', path: file, summary, fromCache: true, hash: cached.hash });
    }
  }
  let next = 0;
  const one = async ({ file, knownHash }: { file: string; knownHash?: string }): Promise<void> => {
    const result = await pool.summarize({ path: file, corpusKey: corpus.key, knownHash, record: cache !== undefined }, work.length);
    switch (result.kind) {
      case 'unchanged': {
        if (alreadyIndexed(file, result.hash)) {
          cache!.touch(file, { size: result.size, mtimeMs: result.mtimeMs, hash: result.hash });
          return;
        }
        const summary = cache!.summary(file);
        // The bytes are the same, but the summary may be a day too old or unreadable: analyse.
        if (!summary || dependsOnToday(summary, corpus.today)) return one({ file });
        counts.fromCache++;
        cache!.touch(file, { size: result.size, mtimeMs: result.mtimeMs, hash: result.hash });
        options.onResult({ kind: 'summary', path: file, summary, fromCache: true, hash: result.hash });
        return;
      }
      case 'summary':
        counts.analysed++;
        cache?.set(file, { size: result.size, mtimeMs: result.mtimeMs, hash: result.hash }, result.summary, result.record);
        options.onResult({ kind: 'summary', path: file, summary: result.summary, fromCache: false, hash: result.hash });
        return;
      case 'unreadable':
        counts.unreadable++;
        cache?.delete(file);
        options.onResult({ kind: 'unreadable', path: file, reason: result.reason });
        return;
      case 'gone':
        counts.gone++;
        cache?.delete(file);
        options.onResult({ kind: 'gone', path: file });
    }
  };
  const lane = async () => {
    while (next < work.length && !options.isCancelled?.()) await one(work[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, work.length) }, lane));
  return counts;
}
