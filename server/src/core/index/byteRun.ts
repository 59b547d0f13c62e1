// A run of bytes inside a larger array (a row of a scan's rows, summaryRows.ts): what a saved
// index's columns copy as they are, instead of decoding and encoding it again.

export interface ByteRun {
  bytes: Uint8Array;
  from: number;
  to: number;
}

export function isByteRun(v: unknown): v is ByteRun {
  return typeof v === 'object' && v !== null && (v as ByteRun).bytes instanceof Uint8Array && typeof (v as ByteRun).from === 'number';
}

/** Copies the run into `column` at `at`; where the next byte goes. */
export function putRun(column: Uint8Array, at: number, run: ByteRun): number {
  column.set(run.bytes.subarray(run.from, run.to), at);
  return at + run.to - run.from;
}
