// v8.deserialize returns each typed array as a view of the bytes it read: keeping any of them
// keeps the whole buffer. A registry snapshot is 7.7 MB of which its typed arrays are 2.4 MB
// (the rest is strings, copied out): the arrays are moved into one buffer of their own, so the
// read bytes can be freed.

type View = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

/** Replaces, in place, each typed array in `value` that views `buffer` by a view of one new
 *  buffer holding only those arrays. Plain objects, arrays and maps' values are walked. */
export function compactViews(value: unknown, buffer: ArrayBufferLike): void {
  const found: Array<{ view: View; put: (v: View) => void }> = [];
  const seen = new Set<object>();
  const visit = (v: unknown, put: (v: View) => void): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer === buffer && !(v instanceof DataView)) found.push({ view: v as View, put });
      return;
    }
    // (Only objects are visited: no closure is made for each of the strings and numbers.)
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (isObject(v[i])) visit(v[i], (x) => (v[i] = x));
    } else if (v instanceof Map) {
      for (const [k, x] of v) if (isObject(x)) visit(x, (y) => v.set(k, y));
    } else {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (isObject(o[k])) visit(o[k], (x) => (o[k] = x));
    }
  };
  visit(value, () => undefined);
  if (found.length === 0) return;
  const at = (offset: number) => Math.ceil(offset / 8) * 8;
  let total = 0;
  for (const f of found) total = at(total) + f.view.byteLength;
  const into = new ArrayBuffer(total);
  let offset = 0;
  for (const { view, put } of found) {
    offset = at(offset);
    new Uint8Array(into, offset, view.byteLength).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    const Type = view.constructor as new (b: ArrayBuffer, o: number, n: number) => View;
    put(new Type(into, offset, view.length));
    offset += view.byteLength;
  }
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}
