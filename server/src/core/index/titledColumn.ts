// The titled mentions of a saved index's articles (storedTitled.ts), one article after another,
// as variable-length integers in bytes: what a warm start holds for every article, decoded
// into an article's StoredTitled when asked. Four Int32 a mention were 13.8 MB at 100,000
// articles (860,000 titled mentions); most numbers here take one or two bytes: 4.9 MB, 5.7 a
// mention.
//
// Layout (LEB128: leb128.ts), per mention: entity number, title string number,
// zigzag(start − previous mention's start) (the first's from 0; zigzag as nothing orders the
// mentions), end − start (a span: never negative). An article's run is its bytes alone, no
// count: the run's length (per article in the state) bounds it, and each integer ends with
// the one byte of its run under 0x80, so a run has 4 such bytes a mention.

import { NO_TITLED, type StoredTitled } from './storedTitled';
import { countIn, next, put, seek, sizeOf, unzigzag, zigzag } from './leb128';
import { Slabs } from './slabs';
import { putRun, type ByteRun } from './byteRun';

/** Every article's mentions in one column, and each article's length in bytes in it (written
 *  in two passes, sizes then bytes: the column is made once a save, at its exact length). */
export function titledColumn(list: readonly StoredTitled[]): { column: Uint8Array; lengths: Int32Array } {
  return titledColumnOf(list.length, (i) => list[i]);
}

/** titledColumn of `n` articles, each given as its mentions or as its run already encoded (a
 *  scan's row: summaryRows.ts), copied as it is. */
export function titledColumnOf(n: number, article: (i: number) => StoredTitled | ByteRun): { column: Uint8Array; lengths: Int32Array } {
  const lengths = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t = article(i);
    let size = 0;
    if (t instanceof Int32Array) {
      let start = 0;
      for (let k = 0; k < t.length; k += 4) {
        size += sizeOf(t[k]) + sizeOf(t[k + 1]) + sizeOf(zigzag(t[k + 2] - start)) + sizeOf(t[k + 3] - t[k + 2]);
        start = t[k + 2];
      }
    } else size = t.to - t.from;
    lengths[i] = size;
    total += size;
  }
  const column = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const t = article(i);
    at = t instanceof Int32Array ? putTitled(column, at, t) : putRun(column, at, t);
  }
  return { column, lengths };
}

/** Writes an article's mentions at `at` of `column` as the column holds them; where the next
 *  byte goes. */
export function putTitled(column: Uint8Array, at: number, t: StoredTitled): number {
  let start = 0;
  for (let k = 0; k < t.length; k += 4) {
    at = put(column, at, t[k]);
    at = put(column, at, t[k + 1]);
    // A zigzagged distance between two starts can pass 2^31 (sizeOf and put do arithmetic).
    at = put(column, at, zigzag(t[k + 2] - start));
    start = t[k + 2];
    at = put(column, at, t[k + 3] - start);
  }
  return at;
}

const decoded = new Slabs((n) => new Int32Array(n));

/** The article whose run is [from, to) of the column, four ints a mention again (a view of a
 *  slab shared with the articles decoded around it: slabs.ts). */
export function storedTitledAt(column: Uint8Array, from: number, to: number): StoredTitled {
  if (from === to) return NO_TITLED;
  const out = decoded.take(countIn(column, from, to));
  seek(from);
  let start = 0;
  for (let k = 0; k < out.length; k += 4) {
    out[k] = next(column);
    out[k + 1] = next(column);
    out[k + 2] = start += unzigzag(next(column));
    out[k + 3] = start + next(column);
  }
  return out;
}
