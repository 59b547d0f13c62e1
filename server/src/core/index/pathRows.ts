// Path → row of a table read back (a saved index's, a summary cache's), for rows that only ever
// leave. A Map of 100,000 paths is 3.7 MB of hash table beside the paths; this is one Int32Array
// of row numbers (1 MB) over the table's own column of paths, which the lookups compare with.

export class PathRows {
  /** Row + 1 by the path's hash (open addressing, linear probing); 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Rows that left (or whose path a later row repeats): 1. */
  private readonly gone: Uint8Array;
  private count = 0;
  /** The path get() was last asked about, and its row (−1 for none). */
  private lastPath: string | undefined;
  private lastRow = -1;

  constructor(private readonly paths: readonly string[]) {
    let size = 16;
    while (size < paths.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.gone = new Uint8Array(paths.length);
    for (let row = 0; row < paths.length; row++) this.insert(row);
  }

  get size(): number {
    return this.count;
  }

  /** The row of `path`, while it has not left. */
  get(path: string): number | undefined {
    // A warm start asks about each path twice in a row (its hash, then the index's copy of it):
    // the second time, the same string finds its row without hashing.
    const row = path === this.lastPath ? this.lastRow : (this.lastRow = this.find((this.lastPath = path)));
    return row < 0 || this.gone[row] ? undefined : row;
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** The path's row leaves; false when it had none. */
  delete(path: string): boolean {
    const row = this.get(path);
    if (row === undefined) return false;
    this.gone[row] = 1;
    this.count--;
    return true;
  }

  /** The paths of the rows still here, in row order (a Map's keys in the order they were set). */
  *keys(): IterableIterator<string> {
    for (let row = 0; row < this.paths.length; row++) if (!this.gone[row]) yield this.paths[row];
  }

  /** The slot's row for `path`, −1 for none (left or not). */
  private find(path: string): number {
    for (let i = hashOf(path) & this.mask; ; i = (i + 1) & this.mask) {
      const r = this.slots[i] - 1;
      if (r < 0) return -1;
      if (this.paths[r] === path) return r;
    }
  }

  private insert(row: number): void {
    const path = this.paths[row];
    for (let i = hashOf(path) & this.mask; ; i = (i + 1) & this.mask) {
      const r = this.slots[i] - 1;
      if (r < 0) {
        this.slots[i] = row + 1;
        this.count++;
        return;
      }
      if (this.paths[r] === path) {
        // The same path again (no table repeats one): the later row answers for it.
        this.gone[r] = 1;
        this.slots[i] = row + 1;
        return;
      }
    }
  }
}

/** FNV-1a over the length and the last 24 UTF-16 code units, mixed at the end: the paths of a
 *  corpus share their beginning and differ in their file names, and a lookup (several per file
 *  at a warm start) should not read all of a long path. */
function hashOf(s: string): number {
  let h = Math.imul(0x811c9dc5 ^ s.length, 0x01000193);
  for (let i = Math.max(0, s.length - 24); i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
