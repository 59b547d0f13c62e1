// A map from pairs of small integers to values, for lookups in hot loops: open addressing over
// one Int32Array (the two keys of a slot side by side), so a lookup hashes two numbers and
// reads a cache line or two, where a Map of Maps follows several objects.

/** Keys are integers ≥ -1 (the phrase sets use -1 for "no second word"). */
export class PairMap<V> {
  /** Per slot, its two keys; FREE in the first when the slot is free. */
  private keys = new Int32Array(32).fill(FREE);
  private values: Array<V | undefined> = new Array(16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(a: number, b: number): V | undefined {
    const keys = this.keys;
    const mask = (keys.length >> 1) - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const ka = keys[slot << 1];
      if (ka === FREE) return undefined;
      if (ka === a && keys[(slot << 1) + 1] === b) return this.values[slot];
    }
  }

  set(a: number, b: number, value: V): void {
    // At most half full: probes stay short.
    if ((this.count + 1) * 2 > this.keys.length >> 1) this.grow();
    const keys = this.keys;
    const mask = (keys.length >> 1) - 1;
    let slot = hash(a, b) & mask;
    for (; keys[slot << 1] !== FREE; slot = (slot + 1) & mask) {
      if (keys[slot << 1] === a && keys[(slot << 1) + 1] === b) {
        this.values[slot] = value;
        return;
      }
    }
    keys[slot << 1] = a;
    keys[(slot << 1) + 1] = b;
    this.values[slot] = value;
    this.count++;
  }

  /** Every [a, b, value], in no particular order. */
  *entries(): IterableIterator<[number, number, V]> {
    const keys = this.keys;
    for (let slot = 0; slot < keys.length >> 1; slot++) if (keys[slot << 1] !== FREE) yield [keys[slot << 1], keys[(slot << 1) + 1], this.values[slot] as V];
  }

  private grow(): void {
    const old = [...this.entries()];
    const slots = this.keys.length; // twice the slots
    this.keys = new Int32Array(slots * 2).fill(FREE);
    this.values = new Array(slots);
    this.count = 0;
    for (const [a, b, v] of old) this.set(a, b, v);
  }
}

const FREE = -2;

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 2, 0x85ebca77);
  return h ^ (h >>> 16);
}
