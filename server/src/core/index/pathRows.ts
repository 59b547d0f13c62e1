// Path → row of a table read back (a saved index's, a summary cache's), for rows that only ever
// leave. A Map of 100,000 paths is 3.7 MB of hash table beside the paths; this is one Int32Array
// of row numbers (1 MB) over the table's own column of paths, which the lookups compare with.

export class PathRows {
  /** Row + 1 by the path's hash (open addressing, linear probing); 0 for an empty slot. None
   *  for a table in ascending order, which is searched in place. */
  private readonly slots: Int32Array | undefined;
  private readonly mask: number = 0;
  /** Rows that left (or whose path a later row repeats): 1. */
  private readonly gone: Uint8Array;
  private count = 0;
  /** The path get() was last asked about, and its row (−1 for none). */
  private lastPath: string | undefined;
  private lastRow = -1;
  /** The row last found in an ascending table: the next lookup tries the row after it first. */
  private cursor = -1;

  constructor(private readonly paths: readonly string[]) {
    this.gone = new Uint8Array(paths.length);
    // A table in ascending order (each path after the one before, so none repeated: a saved
    // index's, a cache's written after a scan) needs no slots: a warm start asks about its paths
    // in the same order, each found by one comparison, and any other by a binary search.
    // Hashing 100,000 paths into slots cost 45 ms, and a lookup by hash 0.4 µs.
    if (ascending(paths)) {
      this.count = paths.length;
      return;
    }
    let size = 16;
    while (size < paths.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
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

  /** The path of a row, while it has not left. */
  pathAt(row: number): string | undefined {
    return this.gone[row] ? undefined : this.paths[row];
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

  /** The row of `path`, −1 for none (left or not). */
  private find(path: string): number {
    const slots = this.slots;
    if (!slots) return this.search(path);
    for (let i = hashOf(path) & this.mask; ; i = (i + 1) & this.mask) {
      const r = slots[i] - 1;
      if (r < 0) return -1;
      if (this.paths[r] === path) return r;
    }
  }

  /** In an ascending table: the row after the last one found, or a binary search. */
  private search(path: string): number {
    const paths = this.paths;
    const next = this.cursor + 1;
    if (next < paths.length && paths[next] === path) return (this.cursor = next);
    let lo = 0;
    let hi = paths.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = paths[mid];
      if (p === path) return (this.cursor = mid);
      if (p < path) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private insert(row: number): void {
    const path = this.paths[row];
    const slots = this.slots!;
    for (let i = hashOf(path) & this.mask; ; i = (i + 1) & this.mask) {
      const r = slots[i] - 1;
      if (r < 0) {
        slots[i] = row + 1;
        this.count++;
        return;
      }
      if (this.paths[r] === path) {
        // The same path again (no table repeats one): the later row answers for it.
        this.gone[r] = 1;
        slots[i] = row + 1;
        return;
      }
    }
  }
}

/** Each path after the one before it, by UTF-16 code units (as a binary search compares them). */
function ascending(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if (!(paths[i - 1] < paths[i])) return false;
  return true;
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
