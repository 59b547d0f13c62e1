// A column of values kept as JSON in UTF-8, one run per item, read one item at a time: for
// what a saved index holds of every article but is asked of few (findings, titles). Read back
// as objects and strings they were most of the state's header and of a warm start's garbage
// collection; as bytes, nothing is made until an item is asked for.

import { isByteRun } from './byteRun';

export interface JsonRuns {
  bytes: Uint8Array;
  /** Where item i's run starts (n + 1 entries); an empty run is an item left out (undefined). */
  at: Float64Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function jsonRuns(values: readonly unknown[]): JsonRuns {
  return jsonRunsOf(values.length, (i) => values[i]);
}

/** jsonRuns of `n` items, each given as its value or as its run already encoded (a scan's row:
 *  summaryRows.ts; its bytes read at once, as the run may be the same object for the next item). */
export function jsonRunsOf(n: number, item: (i: number) => unknown): JsonRuns {
  const parts = Array.from({ length: n }, (_, i) => {
    const v = item(i);
    return v === undefined ? undefined : isByteRun(v) ? v.bytes.subarray(v.from, v.to) : encoder.encode(JSON.stringify(v));
  });
  const at = new Float64Array(n + 1);
  parts.forEach((p, i) => (at[i + 1] = at[i] + (p?.length ?? 0)));
  const bytes = new Uint8Array(at[n]);
  parts.forEach((p, i) => p && bytes.set(p, at[i]));
  return { bytes, at };
}

/** Item i, or undefined when it was left out. */
export function jsonRunAt<T>(runs: JsonRuns, i: number): T | undefined {
  const from = runs.at[i];
  const to = runs.at[i + 1];
  return from === to ? undefined : (JSON.parse(decoder.decode(runs.bytes.subarray(from, to))) as T);
}
