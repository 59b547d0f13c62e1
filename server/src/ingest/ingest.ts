// The one ingest path: the language server's scan, every CLI command and the benchmarks turn
// files into summaries here. A file whose size and mtime match its cache entry is not read; one
// whose bytes still hash the same is not analysed; the rest go to the pool, all cores busy.

import type { SummaryCache } from './summaryCache';
import { dependsOnToday, type ArticleSummary } from '../core/summary/articleSummary';
import { statFile, type CorpusContext } from './summarizeFile';
import type { SummaryPool } from './summaryPool';

export type IngestResult =
  | { kind: 'summary'; path: string; summary: ArticleSummary; fromCache: boolean }
  | { kind: 'unreadable'; path: string; reason: string }
  | { kind: 'gone'; path: string };

export interface IngestOptions {
  pool: SummaryPool;
  cache?: SummaryCache;
  /** Called once per file, in completion order, on the calling thread. */
  onResult(result: IngestResult): void;
  /** Stops handing out files; those in flight still report. */
  isCancelled?(): boolean;
}

export interface IngestCounts {
  analysed: number;
  fromCache: number;
  unreadable: number;
  gone: number;
}

/** Files in flight at once: enough to keep every worker fed and the stat calls overlapping. */
const CONCURRENCY = 64;

export async function ingestFiles(corpus: CorpusContext, files: readonly string[], options: IngestOptions): Promise<IngestCounts> {
  const { pool, cache } = options;
  const counts: IngestCounts = { analysed: 0, fromCache: 0, unreadable: 0, gone: 0 };
  let next = 0;
  const one = async (file: string) => {
    const cached = cache?.get(file);
    let knownHash: string | undefined;
    if (cached && !dependsOnToday(cached.summary, corpus.today)) {
      const stat = await statFile(file);
      if (stat && stat.size === cached.size && stat.mtimeMs === cached.mtimeMs) {
        counts.fromCache++;
        options.onResult({ kind: 'summary', path: file, summary: cached.summary, fromCache: true });
        return;
      }
      knownHash = cached.hash;
    }
    const result = await pool.summarize({ path: file, corpusKey: corpus.key, knownHash });
    switch (result.kind) {
      case 'unchanged':
        counts.fromCache++;
        cache!.set(file, { ...cached!, size: result.size, mtimeMs: result.mtimeMs });
        options.onResult({ kind: 'summary', path: file, summary: cached!.summary, fromCache: true });
        return;
      case 'summary':
        counts.analysed++;
        cache?.set(file, { size: result.size, mtimeMs: result.mtimeMs, hash: result.hash, summary: result.summary });
        options.onResult({ kind: 'summary', path: file, summary: result.summary, fromCache: false });
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
    while (next < files.length && !options.isCancelled?.()) await one(files[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, lane));
  return counts;
}
