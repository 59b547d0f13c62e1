// One indexed document's lists, as variable-length integers in one byte array: its distinct
// entity numbers, its mentions (entity, start, length and flags), and its (entity, surface,
// count) and (entity, title, count) triples. A mention's entity is its place in the
// document's own entity list (one byte), its start the distance from the previous one's: about
// 4.5 bytes a mention instead of 12. At 100,000 articles (9 million mentions) the lists were
// 170 MB of memory and of the saved index; they are about 70 MB this way.
//
// Layout (LEB128, 7 bits a byte): the counts E and M; E entity numbers, ascending, each
// after the first as the difference from the one before; M × (place, zigzag(start − previous
// start), length << 5 | flags); S × (place, surface, count); T × (place, title, count).

/** Ints per mention in `packed`: entity number, start, length << 5 | flags. */
export const INTS_PER_MENTION = 3;

let scratch = new Uint8Array(4096);
let filled = 0;

function put(v: number): void {
  if (filled + 8 > scratch.length) {
    const grown = new Uint8Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
  }
  // Arithmetic, not shifts: a zigzagged distance between two starts can pass 2^31.
  while (v >= 0x80) {
    scratch[filled++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  scratch[filled++] = v;
}

/** Copies bytes as they are (a section of another document's). */
function putBytes(bytes: Uint8Array): void {
  if (filled + bytes.length > scratch.length) {
    const grown = new Uint8Array(Math.max(scratch.length * 2, filled + bytes.length));
    grown.set(scratch.subarray(0, filled));
    scratch = grown;
  }
  scratch.set(bytes, filled);
  filled += bytes.length;
}

/** Where `e` is in `entities` (ascending, and holding it): a binary search, not a map per document. */
function placeIn(entities: Int32Array, e: number): number {
  let lo = 0;
  let hi = entities.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid] < e) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Writes the mentions of `packed`, each entity as its place in `entities`. */
function putMentions(packed: Int32Array, entities: Int32Array): void {
  let start = 0;
  for (let k = 0; k < packed.length; k += INTS_PER_MENTION) {
    put(placeIn(entities, packed[k]));
    put(zigzag(packed[k + 1] - start));
    start = packed[k + 1];
    put(packed[k + 2]);
  }
}

/** A reading position in one document's bytes (module state: no object per read). */
let at = 0;

function next(b: Uint8Array): number {
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

const zigzag = (d: number) => (d >= 0 ? 2 * d : -2 * d - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

export class DocRec {
  constructor(
    readonly key: string,
    readonly date: number,
    readonly bytes: Uint8Array,
    /** Where the mentions, surfaces and titles start in `bytes`. */
    readonly mentionsAt: number,
    readonly surfacesAt: number,
    readonly titlesAt: number,
  ) {}

  /** A document from its lists: `packed` (INTS_PER_MENTION a mention, entity numbers), `entities`
   *  (its distinct entity numbers, ascending), and the (entity, string, count) triples. */
  static of(key: string, date: number, packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array): DocRec {
    filled = 0;
    const m = packed.length / INTS_PER_MENTION;
    put(entities.length);
    put(m);
    let previous = 0;
    for (let i = 0; i < entities.length; i++) {
      put(entities[i] - previous);
      previous = entities[i];
    }
    const mentionsAt = filled;
    putMentions(packed, entities);
    const surfacesAt = filled;
    for (let k = 0; k < surfaces.length; k += 3) {
      put(placeIn(entities, surfaces[k]));
      put(surfaces[k + 1]);
      put(surfaces[k + 2]);
    }
    const titlesAt = filled;
    for (let k = 0; k < titles.length; k += 3) {
      put(placeIn(entities, titles[k]));
      put(titles[k + 1]);
      put(titles[k + 2]);
    }
    return new DocRec(key, date, scratch.slice(0, filled), mentionsAt, surfacesAt, titlesAt);
  }

  /** This document with other mentions of the same entities, surfaces and titles (an edit
   *  that moved them): only the mentions are written again, the other bytes copied. */
  withMentions(packed: Int32Array): DocRec {
    const entities = this.entities;
    const b = this.bytes;
    this.openEntities();
    const entitiesFrom = at;
    filled = 0;
    put(entities.length);
    put(packed.length / INTS_PER_MENTION);
    putBytes(b.subarray(entitiesFrom, this.mentionsAt));
    const mentionsAt = filled;
    putMentions(packed, entities);
    const surfacesAt = filled;
    putBytes(b.subarray(this.surfacesAt));
    return new DocRec(this.key, this.date, scratch.slice(0, filled), mentionsAt, surfacesAt, surfacesAt + (this.titlesAt - this.surfacesAt));
  }

  get mentionCount(): number {
    at = 0;
    next(this.bytes);
    return next(this.bytes);
  }

  /** The distinct entity numbers, ascending. */
  get entities(): Int32Array {
    const b = this.bytes;
    const out = new Int32Array(this.openEntities());
    let e = 0;
    for (let i = 0; i < out.length; i++) out[i] = e += next(b);
    return out;
  }

  /** The mentions in text order, INTS_PER_MENTION each. */
  get packed(): Int32Array {
    const entities = this.entities;
    const b = this.bytes;
    const out = new Int32Array(this.mentionCount * INTS_PER_MENTION);
    at = this.mentionsAt;
    let start = 0;
    for (let k = 0; k < out.length; k += INTS_PER_MENTION) {
      out[k] = entities[next(b)];
      out[k + 1] = start += unzigzag(next(b));
      out[k + 2] = next(b);
    }
    return out;
  }

  /** (entity, surface, count) triples. */
  get surfaces(): Int32Array {
    return this.triples(this.surfacesAt, this.titlesAt);
  }

  /** (entity, title, count) triples. */
  get titles(): Int32Array {
    return this.triples(this.titlesAt, this.bytes.length);
  }

  /** Where this document mentions entity `e`: (start, length << 5 | flags) pairs. */
  mentionsOf(e: number): number[] {
    const place = this.placeOf(e);
    const out: number[] = [];
    if (place < 0) return out;
    const b = this.bytes;
    at = this.mentionsAt;
    let start = 0;
    const end = this.surfacesAt;
    while (at < end) {
      const p = next(b);
      start += unzigzag(next(b));
      if (p === place) out.push(start, next(b));
      else while (b[at++] >= 0x80);
    }
    return out;
  }

  /** How many times this document mentions entity `e`. */
  countOf(e: number): number {
    const place = this.placeOf(e);
    if (place < 0) return 0;
    const b = this.bytes;
    const end = this.surfacesAt;
    let n = 0;
    at = this.mentionsAt;
    while (at < end) {
      if (next(b) === place) n++;
      // The start and the length, not needed: skipped byte by byte.
      while (b[at++] >= 0x80);
      while (b[at++] >= 0x80);
    }
    return n;
  }

  /** Adds one to `counts[o]` for each entity o of this document but `except`. */
  addEntities(counts: Int32Array, except: number): void {
    const b = this.bytes;
    const n = this.openEntities();
    let e = 0;
    for (let i = 0; i < n; i++) {
      e += next(b);
      if (e !== except) counts[e]++;
    }
  }

  /** The (title, count) pairs this document gives entity `e`. */
  titlesOf(e: number): number[] {
    const place = this.placeOf(e);
    const out: number[] = [];
    if (place < 0) return out;
    const b = this.bytes;
    at = this.titlesAt;
    while (at < b.length) {
      const p = next(b);
      const title = next(b);
      const count = next(b);
      if (p === place) out.push(title, count);
    }
    return out;
  }

  /** Adds `by` to `counts[type code]` for each mention. */
  countTypes(counts: Float64Array, by = 1): void {
    const b = this.bytes;
    at = this.mentionsAt;
    const end = this.surfacesAt;
    while (at < end) {
      while (b[at++] >= 0x80);
      while (b[at++] >= 0x80);
      counts[next(b) & 7] += by;
    }
  }

  /** The number of entities, the reading position left at the first (after the two counts). */
  private openEntities(): number {
    at = 0;
    const n = next(this.bytes);
    next(this.bytes);
    return n;
  }

  /** The place of entity `e` in this document's entity list, or -1. */
  private placeOf(e: number): number {
    const b = this.bytes;
    const n = this.openEntities();
    let v = 0;
    for (let i = 0; i < n; i++) {
      v += next(b);
      if (v === e) return i;
      if (v > e) return -1;
    }
    return -1;
  }

  private triples(from: number, to: number): Int32Array {
    const entities = this.entities;
    const b = this.bytes;
    const out: number[] = [];
    at = from;
    while (at < to) out.push(entities[next(b)], next(b), next(b));
    return Int32Array.from(out);
  }
}
