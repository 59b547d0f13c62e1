// A corpus index saved beside the summaries and read back at the next start: the articles whose
// files still hold the bytes it was made from are neither read from the cache nor added again
// (ingest.ts, `indexed`), so a warm start costs a copy of the index instead of 100,000 adds.

import { CorpusIndex } from '../core/index/corpusIndex';
import type { FileStamp, SavedIndex } from '../workspace/corpusHost';

/** The articles an index read back may answer for, by their rows in it. */
export interface IndexedHashes {
  /** The article's row, while the index holds it as saved and its analysis holds today. */
  rowOf(path: string): number | undefined;
  /** The content hash of the file a row's summary was made from ('' when none is known). */
  hashAt(row: number): string;
  /** Whether the row's summary was made from a file of this size and modification time. */
  hasStamp(row: number, size: number, mtimeMs: number): boolean;
}

export interface RestoredIndex {
  index: CorpusIndex;
  /** The articles it may answer for (ingest.ts, `indexed`). */
  indexed: IndexedHashes;
}

/** The saved index, with the articles it may answer for; undefined when it cannot be read back
 *  (the caller then builds the index from the summaries, as without one). An article whose
 *  summary depends on the day (a header date not yet past) is left to be analysed again. */
export function restoreIndex(saved: SavedIndex, today: string): RestoredIndex | undefined {
  let index: CorpusIndex;
  try {
    index = CorpusIndex.fromState(saved.state);
  } catch {
    return undefined;
  }
  // Read off the saved rows when asked: no map of 100,000 paths made at every start.
  index.setSavedHashes(saved.hashes);
  const stamps = saved.stamps;
  const indexed: IndexedHashes = {
    rowOf: (path) => index.savedRow(path, today),
    hashAt: (row) => index.savedHashAt(row),
    hasStamp: (row, size, mtimeMs) => stamps !== undefined && stamps[2 * row] === size && stamps[2 * row + 1] === mtimeMs,
  };
  return { index, indexed };
}

/**
 * The articles an index read back holds that the listing no longer has (deleted while nothing
 * ran), those `keep` says to keep aside. `indexed`: how many listed files the ingest found in
 * it as saved (ingest's `indexed` count: distinct, each one of its paths). When the index holds
 * no more articles than those, none is gone: no set of 100,000 listed paths is made to find none.
 */
export function goneFromDisk(index: CorpusIndex, files: readonly string[], indexed: number, keep?: (path: string) => boolean): string[] {
  if (index.size === indexed) return [];
  const listed = new Set(files);
  const gone: string[] = [];
  for (const p of index.paths()) if (!listed.has(p) && !keep?.(p)) gone.push(p);
  return gone;
}

/** The index to save, each article with the hash of the file its summary came from ('' when
 *  none is known: the next start analyses it again) and that file's size and modification time
 *  (as the cache has them for that hash; NaN when not known: the next start asks the cache). */
export function indexToSave(index: CorpusIndex, hashOf: (path: string) => string | undefined, stampOf?: (path: string) => (FileStamp & { hash: string }) | undefined): SavedIndex {
  const state = index.toState();
  const hashes = state.paths.map((p) => hashOf(p) ?? '');
  const stamps = new Float64Array(2 * hashes.length).fill(NaN);
  for (let i = 0; i < hashes.length; i++) {
    const s = hashes[i] ? stampOf?.(state.paths[i]) : undefined;
    if (s?.hash !== hashes[i]) continue;
    stamps[2 * i] = s.size;
    stamps[2 * i + 1] = s.mtimeMs;
  }
  return { state, hashes, stamps };
}

/**
 * Whether an index read back may stay on disk as it was saved although `changed` of its
 * `articles` changed since: writing it again costs as much as its size (2 s at 100,000
 * articles) while the next start applies the same few summaries again from the cache in
 * milliseconds, and works out the same touched articles. Saved once the changes pass one
 * article in a hundred.
 */
export function savingCanWait(changed: number, articles: number): boolean {
  return changed * 100 <= articles;
}
