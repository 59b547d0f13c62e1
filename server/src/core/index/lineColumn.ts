// The line starts of a saved index's articles, one article after another, as the lengths of
// their lines (start[k] − start[k − 1], line break included) in variable-length integers:
// what a warm start holds for every article, decoded into the article's starts when asked.
// Four bytes a line were 10.5 MB at 100,000 articles (2.6 million lines); most lines of news
// are shorter than 16,384 characters, one or two bytes here.
//
// Layout (LEB128: leb128.ts): an article's run is its lines' lengths but the last's (the
// text's length ends it), no count: the run's length (per article in the state) bounds it.
// The first start is always 0, not written: every text has a first line (an empty one too,
// article.ts splitLines), so an article of one line takes no bytes.

import { countIn, next, put, seek, sizeOf } from './leb128';
import { Slabs } from './slabs';
import { putRun, type ByteRun } from './byteRun';

/** Every article's line starts in one column, and each article's length in bytes in it
 *  (written in two passes, sizes then bytes: the column is made once a save, at its exact
 *  length). */
export function lineColumn(list: readonly Uint32Array[]): { column: Uint8Array; lengths: Int32Array } {
  return lineColumnOf(list.length, (i) => list[i]);
}

/** lineColumn of `n` articles, each given as its starts or as its run already encoded (a
 *  scan's row: summaryRows.ts), copied as it is. */
export function lineColumnOf(n: number, article: (i: number) => Uint32Array | ByteRun): { column: Uint8Array; lengths: Int32Array } {
  const lengths = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const starts = article(i);
    let size = 0;
    if (starts instanceof Uint32Array) for (let k = 1; k < starts.length; k++) size += sizeOf(starts[k] - starts[k - 1]);
    else size = starts.to - starts.from;
    lengths[i] = size;
    total += size;
  }
  const column = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const starts = article(i);
    at = starts instanceof Uint32Array ? putLineLengths(column, at, starts) : putRun(column, at, starts);
  }
  return { column, lengths };
}

/** Writes an article's line lengths at `at` of `column` as the column holds them; where the
 *  next byte goes. */
export function putLineLengths(column: Uint8Array, at: number, starts: Uint32Array): number {
  for (let k = 1; k < starts.length; k++) at = put(column, at, starts[k] - starts[k - 1]);
  return at;
}

/** How many lines the article whose run is [from, to) has, without decoding it. */
export function lineCountAt(column: Uint8Array, from: number, to: number): number {
  return 1 + countIn(column, from, to);
}

const decoded = new Slabs((n) => new Uint32Array(n));

/** The line starts of the article whose run is [from, to) of the column (a view of a slab
 *  shared with the articles decoded around it: slabs.ts). */
export function lineStartsAt(column: Uint8Array, from: number, to: number): Uint32Array {
  const n = lineCountAt(column, from, to);
  const out = decoded.take(n);
  seek(from);
  let start = 0;
  out[0] = 0;
  for (let k = 1; k < n; k++) out[k] = start += next(column);
  return out;
}
