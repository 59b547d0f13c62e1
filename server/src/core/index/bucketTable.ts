// The buckets of one LSH band: band key → the representatives in it (one id, nearly always, or
// a few). A Map of 100,000 entries per band, 16 bands, cost a warm start 1.6 million inserts;
// this table lives in two typed arrays that are saved and read back as they are.
//
// Open addressing with linear probing; the band keys are hashes already, so a key's own low
// bits choose its slot. A removal shifts the following entries back (no tombstones), so the
// table never fills with dead slots however many keystrokes move articles between buckets.

/** Ids are 1 and up: 0 marks an empty slot. A negative value is −(1 + n) for list n. */
export interface BucketTableState {
  keys: Uint32Array;
  values: Int32Array;
  /** Buckets of several ids, as (length, ids…) one after another, in the order of their numbers. */
  lists: Int32Array;
  size: number;
}

export class BucketTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;
  /** Buckets holding several ids; a freed number is reused. */
  private lists: Array<number[] | undefined> = [];
  private freeLists: number[] = [];
  /** The lists of a table read back, as its state packs them (length, ids…), and where list n
   *  starts in it: made into an array only when its bucket changes. An array each was 38,000
   *  of them at a start from the cache of 100,000 articles, for the collector to copy twice. */
  private packed: Int32Array | undefined;
  private packedAt: Int32Array | undefined;

  constructor(capacity = 16) {
    const n = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Uint32Array(n);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The id, or the ids, in a bucket (the list is the table's own: do not change it). */
  get(key: number): number | readonly number[] | Int32Array | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const v = this.values[slot];
    return v > 0 ? v : this.idsOf(-v - 1);
  }

  /** List n's ids: its array, or a view of the packed lists while it is as read back. */
  private idsOf(n: number): readonly number[] | Int32Array {
    const list = this.lists[n];
    if (list !== undefined || !this.packedAt || n >= this.packedAt.length) return list!;
    const at = this.packedAt[n];
    return this.packed!.subarray(at + 1, at + 1 + this.packed![at]);
  }

  /** List n as an array of its own, to change. */
  private listOf(n: number): number[] {
    const list = this.lists[n];
    if (list !== undefined) return list;
    const ids = this.idsOf(n);
    const made: number[] = new Array(ids.length);
    for (let q = 0; q < ids.length; q++) made[q] = ids[q];
    return (this.lists[n] = made);
  }

  /** Adds an id to a bucket when it holds fewer than `cap`. */
  add(key: number, id: number, cap: number): void {
    if (id <= 0) throw new Error(`bucket ids start at 1, not ${id}`);
    let slot = this.find(key);
    if (slot < 0) {
      // Up to three quarters full: the keys are hashes, so runs stay short; at half, the
      // 16 bands of 100,000 articles took 32 MB where 16 do.
      if ((this.count + 1) * 4 > this.keys.length * 3) this.grow();
      slot = key & this.mask;
      while (this.values[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = id;
      this.count++;
      return;
    }
    const v = this.values[slot];
    if (v > 0) {
      const n = this.freeLists.pop() ?? this.lists.length;
      this.lists[n] = [v, id];
      this.values[slot] = -(n + 1);
    } else {
      const list = this.listOf(-v - 1);
      if (list.length < cap) list.push(id);
    }
  }

  /** Takes an id out of a bucket; an empty bucket goes. */
  remove(key: number, id: number): void {
    const slot = this.find(key);
    if (slot < 0) return;
    const v = this.values[slot];
    if (v > 0) {
      if (v === id) this.deleteSlot(slot);
      return;
    }
    const n = -v - 1;
    const list = this.listOf(n);
    const i = list.indexOf(id);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 1) {
      this.values[slot] = list[0];
      this.lists[n] = undefined;
      this.freeLists.push(n);
    }
  }

  toState(): BucketTableState {
    // Lists renumbered in order, none free: the state is the same for the same buckets.
    const flat: number[] = [];
    const values = this.values.slice();
    let next = 0;
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] >= 0) continue;
      const list = this.idsOf(-values[slot] - 1);
      values[slot] = -(++next);
      flat.push(list.length, ...list);
    }
    return { keys: this.keys.slice(), values, lists: Int32Array.from(flat), size: this.count };
  }

  static fromState(s: BucketTableState): BucketTable {
    const n = s.keys.length;
    if (n < 16 || (n & (n - 1)) !== 0 || s.values.length !== n) throw new Error('a damaged bucket table');
    const t = new BucketTable();
    t.keys = s.keys;
    t.values = s.values;
    t.mask = n - 1;
    t.count = s.size;
    const lists = s.lists;
    let count = 0;
    for (let at = 0; at < lists.length; at += 1 + lists[at]) count++;
    const packedAt = new Int32Array(count);
    for (let at = 0, n = 0; n < count; at += 1 + lists[at]) packedAt[n++] = at;
    t.packed = lists;
    t.packedAt = packedAt;
    // Numbers past the packed lists' for new lists.
    t.lists.length = count;
    return t;
  }

  private find(key: number): number {
    let slot = key & this.mask;
    while (this.values[slot] !== 0) {
      if (this.keys[slot] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** Empties a slot and moves back the entries after it that probed past it. */
  private deleteSlot(slot: number): void {
    let hole = slot;
    let next = (slot + 1) & this.mask;
    while (this.values[next] !== 0) {
      const home = this.keys[next] & this.mask;
      // The entry at `next` may fill the hole when its home is not in (hole, next].
      if (((next - home) & this.mask) >= ((next - hole) & this.mask)) {
        this.keys[hole] = this.keys[next];
        this.values[hole] = this.values[next];
        hole = next;
      }
      next = (next + 1) & this.mask;
    }
    this.keys[hole] = 0;
    this.values[hole] = 0;
    this.count--;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (values[slot] === 0) continue;
      let s = keys[slot] & this.mask;
      while (this.values[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = keys[slot];
      this.values[s] = values[slot];
    }
  }
}
