// Arrays that decoded runs are handed out of: each run a view of a slab shared with the runs
// decoded around it. An array of its own each (memory outside the heap, freed by the collector
// one by one) made decoding 100,000 articles' runs 3× slower. One run kept keeps its slab.
// A scan's index keeps its articles' small arrays in slabs too (CorpusIndex.apply).

export class Slabs<T extends Int32Array | Uint32Array | Uint8Array> {
  private slab: T;
  private used = 0;

  constructor(
    private readonly make: (length: number) => T,
    private readonly length = 2048,
  ) {
    this.slab = make(length);
  }

  /** `n` items not handed out before (a new slab when this one has too few left). */
  take(n: number): T {
    const at = this.room(n);
    return this.slab.subarray(at, at + n) as T;
  }

  /** A copy of `values` in items not handed out before. */
  copy(values: ArrayLike<number>): T {
    const out = this.take(values.length);
    out.set(values);
    return out;
  }

  /** copy() without a view: `values` go into `lastSlab` at the offset returned. A view is an
   *  object of about 100 bytes, and a scan keeps one per article for each kind of list. */
  place(values: ArrayLike<number>): number {
    const at = this.room(values.length);
    this.slab.set(values, at);
    return at;
  }

  /** The slab the last take() or place() used. */
  get lastSlab(): T {
    return this.slab;
  }

  /** Where `n` items not handed out before start in `slab` (a new slab when this one has too
   *  few left); they are handed out. */
  private room(n: number): number {
    if (this.used + n > this.slab.length) {
      this.slab = this.make(Math.max(this.length, n));
      this.used = 0;
    }
    const at = this.used;
    this.used += n;
    return at;
  }
}
