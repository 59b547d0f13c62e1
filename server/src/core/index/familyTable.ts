// The duplicate index's families by the two hashes of their body (BodyFingerprint.exact), as a
// Map from `${a}:${b}` to family number would keep them, order of setting included. At 100,000
// families the keys were 4 MB of strings and the Map 3.7 MB of hash table; here the hashes are
// two columns by family number and the table one Int32Array of family numbers over them, all
// saved and read back as they are.
//
// Open addressing with linear probing, up to three quarters full; a deletion shifts the
// following entries back (no tombstones: a keystroke renames a family each time).

import { grown } from './grown';

export interface FamilyTableState {
  /** By family number: the body's two hashes. */
  first: Uint32Array;
  second: Uint32Array;
  /** Family number + 1 by its hashes; 0 for an empty slot. The families in the table are numbers
   *  0 to its size − 1, in the order they were set. */
  slots: Int32Array;
}

export class FamilyTable {
  /** By family number: its hashes, kept when it leaves the table. */
  private first: Uint32Array = new Uint32Array(0);
  private second: Uint32Array = new Uint32Array(0);
  /** By family number: the one set before and after it, −1 for none (a Map's order, without a
   *  counter to sort by). */
  private prev: Int32Array = new Int32Array(0);
  private next: Int32Array = new Int32Array(0);
  private head = -1;
  private tail = -1;
  private slots: Int32Array = new Int32Array(16);
  private mask = 15;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The family in the table with hashes a, b; −1 for none. */
  get(a: number, b: number): number {
    a >>>= 0;
    b >>>= 0;
    for (let i = home(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const f = this.slots[i] - 1;
      if (f < 0) return -1;
      if (this.first[f] === a && this.second[f] === b) return f;
    }
  }

  /** Family f's hashes (also after it left the table). */
  firstOf(f: number): number {
    return this.first[f];
  }

  secondOf(f: number): number {
    return this.second[f];
  }

  /** Puts family f, not in the table, in it with hashes a, b, which no family in it has; it
   *  comes last in the order. */
  set(f: number, a: number, b: number): void {
    if (f >= this.first.length) this.makeRoom(f);
    this.first[f] = a;
    this.second[f] = b;
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    this.insert(f);
    this.count++;
    this.prev[f] = this.tail;
    this.next[f] = -1;
    if (this.tail >= 0) this.next[this.tail] = f;
    else this.head = f;
    this.tail = f;
  }

  /** Takes family f, in the table, out of it (its hashes stay). */
  delete(f: number): void {
    let i = home(this.first[f], this.second[f]) & this.mask;
    while (this.slots[i] !== f + 1) {
      if (this.slots[i] === 0) throw new Error(`family ${f} is not in the table`);
      i = (i + 1) & this.mask;
    }
    // Moves back the entries after the hole that probed past it (their home not in (hole, j]).
    let hole = i;
    for (let j = (i + 1) & this.mask; this.slots[j] !== 0; j = (j + 1) & this.mask) {
      const g = this.slots[j] - 1;
      const h = home(this.first[g], this.second[g]) & this.mask;
      if (((j - h) & this.mask) >= ((j - hole) & this.mask)) {
        this.slots[hole] = this.slots[j];
        hole = j;
      }
    }
    this.slots[hole] = 0;
    this.count--;
    const p = this.prev[f];
    const n = this.next[f];
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
  }

  /** The families in the table, in the order they were set. */
  *families(): Generator<number> {
    for (let f = this.head; f >= 0; f = this.next[f]) yield f;
  }

  /**
   * The table with its families renumbered: `numbers[f]` for family f, numbers 0 to size − 1 for
   * those in it in their order (toState's); `length` families in all, the others' hashes kept.
   */
  toState(numbers: Int32Array, length: number): FamilyTableState {
    const first = new Uint32Array(length);
    const second = new Uint32Array(length);
    for (let f = 0; f < numbers.length; f++) {
      const n = numbers[f];
      if (n < 0) continue;
      first[n] = this.first[f];
      second[n] = this.second[f];
    }
    // The same slots: a renumbered family sits where its hashes put it.
    const slots = this.slots.map((v) => (v === 0 ? 0 : numbers[v - 1] + 1));
    return { first, second, slots };
  }

  /** The table of a state, its arrays adopted: only the order's links are made again. */
  static fromState(s: FamilyTableState): FamilyTable {
    const n = s.slots.length;
    if (n < 16 || (n & (n - 1)) !== 0 || s.first.length !== s.second.length) throw new Error('a damaged family table');
    const t = new FamilyTable();
    t.first = s.first;
    t.second = s.second;
    t.slots = s.slots;
    t.mask = n - 1;
    for (let i = 0; i < n; i++) if (s.slots[i] !== 0) t.count++;
    t.prev = new Int32Array(s.first.length);
    t.next = new Int32Array(s.first.length);
    for (let f = 0; f < t.count; f++) {
      t.prev[f] = f - 1;
      t.next[f] = f + 1;
    }
    if (t.count > 0) {
      t.next[t.count - 1] = -1;
      t.head = 0;
      t.tail = t.count - 1;
    }
    return t;
  }

  private insert(f: number): void {
    let i = home(this.first[f], this.second[f]) & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.slots[i] = f + 1;
  }

  /** Half again as many family numbers as `f` (a restored table has exactly as many as saved). */
  private makeRoom(f: number): void {
    const length = Math.max(16, Math.ceil((f + 1) * 1.5));
    this.first = grown(this.first, length);
    this.second = grown(this.second, length);
    this.prev = grown(this.prev, length);
    this.next = grown(this.next, length);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const v of old) if (v !== 0) this.insert(v - 1);
  }
}

/** Both hashes mixed into a slot number: they are hashes already, so a multiply will do. */
function home(a: number, b: number): number {
  return (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
}
