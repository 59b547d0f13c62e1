// Unsigned integers as LEB128 (7 bits a byte, the low ones first, every byte but the last
// marked 0x80), which the index's byte lists are made of (docLists.ts, titledColumn.ts,
// lineColumn.ts); a signed one is zigzagged first. An integer ends with the one byte of it under 0x80: a run's count of such
// bytes is its count of integers.

/** Bytes `v` takes. */
export function sizeOf(v: number): number {
  let n = 1;
  // Arithmetic, not shifts: numbers can pass 2^31.
  for (; v >= 0x80; n++) v = Math.floor(v / 0x80);
  return n;
}

/** Writes `v` at `at` of `column`; where the next one goes. */
export function put(column: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    column[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  column[at++] = v;
  return at;
}

/** The integers in [from, to) of `column`. */
export function countIn(column: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (column[i] < 0x80) n++;
  return n;
}

/** The reading position of `next` (module state: no object per read; a reader sets it with
 *  `seek` and reads its run at once, nothing else reading in between). */
let at = 0;

export function seek(to: number): void {
  at = to;
}

export function position(): number {
  return at;
}

/** Moves the reading position past one integer without reading it. */
export function skip(b: Uint8Array): void {
  while (b[at++] >= 0x80);
}

/** The integer at the reading position, which moves past it. */
export function next(b: Uint8Array): number {
  let c = b[at++];
  if (c < 0x80) return c;
  let v = c & 0x7f;
  let scale = 0x80;
  do {
    c = b[at++];
    v += (c & 0x7f) * scale;
    scale *= 0x80;
  } while (c >= 0x80);
  return v;
}

/** A signed integer as an unsigned one: 0, −1, 1, −2… as 0, 1, 2, 3… (no shifts: past 2^31). */
export const zigzag = (d: number): number => (d >= 0 ? 2 * d : -2 * d - 1);
export const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
