// A summary as the cache on disk keeps it (a record, summaryCache.ts): v8-serialised, typed
// arrays staying typed arrays. A pool thread makes the record of a summary it made when the
// caller keeps a cache (FileJob.record): the caller reads the summary back from those bytes
// and appends the same bytes to its cache, where it serialised each summary again before.

import * as v8 from 'node:v8';
import type { ArticleSummary } from '../core/summary/articleSummary';

export function summaryRecord(summary: ArticleSummary): Uint8Array {
  return v8.serialize(summary);
}

/** The summary of `path` a record holds; undefined when the bytes are not one. */
export function summaryFromRecord(record: Uint8Array, path: string): ArticleSummary | undefined {
  try {
    const s = v8.deserialize(record) as ArticleSummary;
    return s && typeof s === 'object' && s.path === path ? ownLines(s) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * v8.deserialize gives typed arrays that are views of the record they were read from: the
 * lines, which the index keeps, get a buffer of their own, or each article would keep its
 * whole record (several kilobytes) alive. The mentions and the signature are copied by the
 * indexes that keep them.
 */
function ownLines(s: ArticleSummary): ArticleSummary {
  if (!(s.lineStarts instanceof Uint32Array) || !(s.lineEnds instanceof Uint32Array)) return s;
  const n = s.lineStarts.length;
  const both = new Uint32Array(n + s.lineEnds.length);
  both.set(s.lineStarts);
  both.set(s.lineEnds, n);
  s.lineStarts = both.subarray(0, n);
  s.lineEnds = both.subarray(n);
  return s;
}
