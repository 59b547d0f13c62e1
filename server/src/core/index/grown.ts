// Typed arrays that grow: a column of an index widened to hold more numbers.

type Grown = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;

/** A typed array of `length` beginning with `a`'s values. */
export function grown<T extends Grown>(a: T, length: number): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a);
  return b;
}
