// Which positions of a text the fixes chosen so far already edit, so a candidate fix is
// checked against them in time proportional to its own edits, not to every edit taken (a
// file of 500,000 trailing spaces made that check quadratic: `fix` ran for many minutes).

import type { TextEdit } from '../diagnostic';

/** Character p is replaced by a taken edit. */
const REPLACED = 1;
/** A taken edit that replaces characters starts at p. */
const STARTS = 2;
/** A taken insertion stands at p. */
const INSERTS = 4;

/**
 * Two edits conflict when they overlap, when both insert at one place, or when one inserts
 * strictly inside the range the other replaces: none of these has one right order.
 */
export class EditOccupancy {
  private readonly flags: Uint8Array;

  constructor(textLength: number) {
    this.flags = new Uint8Array(textLength + 1);
  }

  /** True when `e` conflicts with an edit taken before. */
  conflicts(e: TextEdit): boolean {
    const f = this.flags;
    if (e.start === e.end) {
      const p = e.start;
      if (f[p] & INSERTS) return true;
      return p > 0 && (f[p - 1] & REPLACED) !== 0 && (f[p] & REPLACED) !== 0 && (f[p] & STARTS) === 0;
    }
    for (let p = e.start; p < e.end; p++) {
      if (f[p] & REPLACED) return true;
      if (p > e.start && f[p] & INSERTS) return true;
    }
    return false;
  }

  take(e: TextEdit): void {
    const f = this.flags;
    if (e.start === e.end) {
      f[e.start] |= INSERTS;
      return;
    }
    f[e.start] |= STARTS;
    for (let p = e.start; p < e.end; p++) f[p] |= REPLACED;
  }
}

/** True when two edits of one fix conflict with each other; a sort and one sweep. */
export function selfConflicting(edits: TextEdit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // The furthest end of the replacing edits seen so far (they all start at or before this one).
  let reach = -1;
  let lastInsert = -1;
  for (const e of sorted) {
    if (e.start === e.end) {
      // An earlier replacing edit starts before p (one starting at p sorts after it).
      if (reach > e.start || lastInsert === e.start) return true;
      lastInsert = e.start;
    } else {
      if (reach > e.start) return true;
      reach = Math.max(reach, e.end);
    }
  }
  return false;
}
