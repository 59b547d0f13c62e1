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
