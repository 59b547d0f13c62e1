// One indexed document's lists, as variable-length integers in bytes: its distinct entity
// numbers, its mentions (entity, start, length and flags), and its (entity, surface, count)
// and (entity, title, count) triples. A mention's entity is its place in the document's own
// entity list (one byte), its start the distance from the previous one's, its type and flags
// nothing when they are its entity's type alone (95% of mentions): about 3.1 bytes a mention
// instead of 12. At 100,000 articles (9.6 million mentions) the lists were 170 MB of memory
// and of the saved index; they are about 43 MB this way (53 MB with the type and flags written
// for every mention and the distances zigzagged).
//
// Layout (LEB128: leb128.ts): the counts E and M × 2 + unordered; E entity numbers, ascending,
// each after the first as the difference from the one before; M × (place, start − previous
// start, length × 2 + own), and when `own` is 1 the mention's type and flags (the low
// LENGTH_SHIFT bits of the index's third int); S × (place, surface, count); T × (place, title,
// count). Mentions come in text order; `unordered` (mentions out of it: none the recognizer
// makes) zigzags the distances instead.
//
// The readers take the bytes and where the document's sections lie in them (`start` for the
// counts, then `mentionsAt`, `surfacesAt`, `titlesAt` and `end`), not an object per document:
// a warm start's documents all lie in the saved index's one array (docTable.ts).

import type { Slabs } from './slabs';
import { next, position, put as write, seek, skip, unzigzag, zigzag } from './leb128';

/** Ints per mention in `packed`: entity number, start, length << LENGTH_SHIFT | type and flags. */
export const INTS_PER_MENTION = 3;
/** Bits under a mention's length in `packed`: its type code (3) and flags. */
export const LENGTH_SHIFT = 5;
const TYPE_AND_FLAGS = (1 << LENGTH_SHIFT) - 1;
/** The type code's bits of them. */
const TYPE_CODE_BITS = 7;

/** An entity's type code, by entity number: a mention of that type and no flags is written
 *  without them. */
export type TypeCodeOf = (e: number) => number;

let scratch = new Uint8Array(4096);
let filled = 0;

function put(v: number): void {
  // (An integer of up to 2^53 takes 8 bytes.)
  if (filled + 8 > scratch.length) {
    const grown = new Uint8Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
  }
  filled = write(scratch, filled, v);
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

/** True when no mention of `packed` starts before the one ahead of it. */
function inTextOrder(packed: Int32Array): boolean {
  for (let k = INTS_PER_MENTION; k < packed.length; k += INTS_PER_MENTION) if (packed[k + 1] < packed[k + 1 - INTS_PER_MENTION]) return false;
  return true;
}

/** The mentions' count as written: twice it, plus one when they are out of text order. */
function putMentionCount(packed: Int32Array): boolean {
  const ordered = inTextOrder(packed);
  put((packed.length / INTS_PER_MENTION) * 2 + (ordered ? 0 : 1));
  return ordered;
}

/** Writes the mentions of `packed`, each entity as its place in `entities`. */
function putMentions(packed: Int32Array, entities: Int32Array, ordered: boolean, typeOf: TypeCodeOf): void {
  let start = 0;
  for (let k = 0; k < packed.length; k += INTS_PER_MENTION) {
    const e = packed[k];
    put(placeIn(entities, e));
    put(ordered ? packed[k + 1] - start : zigzag(packed[k + 1] - start));
    start = packed[k + 1];
    const v = packed[k + 2];
    const own = v & TYPE_AND_FLAGS;
    const length = v >>> LENGTH_SHIFT;
    if (own === typeOf(e)) put(length * 2);
    else {
      put(length * 2 + 1);
      put(own);
    }
  }
}

/** A mention's third int in `packed` from its written `length × 2 + own` (and what follows it
 *  when `own`), the reading position after it. */
function lengthAndFlags(b: Uint8Array, lf: number, typeCode: number): number {
  return ((lf >>> 1) << LENGTH_SHIFT) | (lf & 1 ? next(b) : typeCode);
}


/** Where the mentions, surfaces and titles start in the bytes a writer returned. */
export interface Sections {
  mentionsAt: number;
  surfacesAt: number;
  titlesAt: number;
}

/** One writer's answer, overwritten by the next (a keystroke makes no object for it). */
const written: Sections = { mentionsAt: 0, surfacesAt: 0, titlesAt: 0 };

/** A document's bytes from its lists: `packed` (INTS_PER_MENTION a mention, entity numbers),
 *  `entities` (its distinct entity numbers, ascending), and the (entity, string, count)
 *  triples. Its sections are in `sectionsWritten` until the next write. */
export function docBytes(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array, typeOf: TypeCodeOf): Uint8Array {
  return writeDoc(packed, entities, surfaces, titles, typeOf).slice();
}

/** docBytes into `slabs`: where they start in its `lastSlab`. Their length is in
 *  `lengthWritten` until the next write. */
export function docBytesInto(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array, typeOf: TypeCodeOf, slabs: Slabs<Uint8Array>): number {
  return slabs.place(writeDoc(packed, entities, surfaces, titles, typeOf));
}

export function lengthWritten(): number {
  return filled;
}

/** The document's bytes, in the scratch array until the next write. */
function writeDoc(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array, typeOf: TypeCodeOf): Uint8Array {
  filled = 0;
  put(entities.length);
  const ordered = putMentionCount(packed);
  let previous = 0;
  for (let i = 0; i < entities.length; i++) {
    put(entities[i] - previous);
    previous = entities[i];
  }
  written.mentionsAt = filled;
  putMentions(packed, entities, ordered, typeOf);
  written.surfacesAt = filled;
  for (let k = 0; k < surfaces.length; k += 3) {
    put(placeIn(entities, surfaces[k]));
    put(surfaces[k + 1]);
    put(surfaces[k + 2]);
  }
  written.titlesAt = filled;
  for (let k = 0; k < titles.length; k += 3) {
    put(placeIn(entities, titles[k]));
    put(titles[k + 1]);
    put(titles[k + 2]);
  }
  return scratch.subarray(0, filled);
}

/** The bytes of a document with other mentions of the same entities, surfaces and titles (an
 *  edit that moved them): only the mentions are written again, the other bytes copied. */
export function withMentions(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, titlesAt: number, end: number, packed: Int32Array, typeOf: TypeCodeOf): Uint8Array {
  const entities = entitiesAt(b, start);
  openEntities(b, start);
  const entitiesFrom = position();
  filled = 0;
  put(entities.length);
  const ordered = putMentionCount(packed);
  putBytes(b.subarray(entitiesFrom, mentionsAt));
  written.mentionsAt = filled;
  putMentions(packed, entities, ordered, typeOf);
  written.surfacesAt = filled;
  putBytes(b.subarray(surfacesAt, end));
  written.titlesAt = written.surfacesAt + (titlesAt - surfacesAt);
  return scratch.slice(0, filled);
}

/** The sections of the bytes docBytes or withMentions returned last. */
export function sectionsWritten(): Readonly<Sections> {
  return written;
}

export function mentionCountAt(b: Uint8Array, start: number): number {
  openEntities(b, start);
  return mentionCount;
}

/** The distinct entity numbers, ascending. */
export function entitiesAt(b: Uint8Array, start: number): Int32Array {
  const out = new Int32Array(openEntities(b, start));
  let e = 0;
  for (let i = 0; i < out.length; i++) out[i] = e += next(b);
  return out;
}

/** The mentions in text order, INTS_PER_MENTION each. */
export function packedAt(b: Uint8Array, start: number, mentionsAt: number, typeOf: TypeCodeOf): Int32Array {
  const entities = entitiesAt(b, start);
  const out = new Int32Array(mentionCount * INTS_PER_MENTION);
  const ordered = !unordered;
  seek(mentionsAt);
  let from = 0;
  for (let k = 0; k < out.length; k += INTS_PER_MENTION) {
    const e = (out[k] = entities[next(b)]);
    out[k + 1] = from += ordered ? next(b) : unzigzag(next(b));
    out[k + 2] = lengthAndFlags(b, next(b), typeOf(e));
  }
  return out;
}

/** (entity, string, count) triples of the section [from, to): surfaces or titles. */
export function triplesAt(b: Uint8Array, start: number, from: number, to: number): Int32Array {
  const entities = entitiesAt(b, start);
  const out: number[] = [];
  seek(from);
  while (position() < to) out.push(entities[next(b)], next(b), next(b));
  return Int32Array.from(out);
}

/** Where the document mentions entity `e`, of type `typeCode`: (start, length << LENGTH_SHIFT |
 *  type and flags) pairs. */
export function mentionsOf(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, e: number, typeCode: number): number[] {
  const place = placeOf(b, start, e);
  const out: number[] = [];
  if (place < 0) return out;
  const ordered = !unordered;
  // A local position, as in countOf: references walk every document of an entity. (Each
  // integer decoded inline: a helper, its end kept in a module variable or a reader object,
  // measured 15–60% slower over 1,000 documents.)
  let i = mentionsAt;
  let from = 0;
  while (i < surfacesAt) {
    let c = b[i++];
    let p = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      p += (c & 0x7f) * scale;
    }
    c = b[i++];
    let d = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      d += (c & 0x7f) * scale;
    }
    from += ordered ? d : unzigzag(d);
    if (p !== place) {
      // The length's low bit is its first byte's: one more integer (type and flags) when set.
      const own = b[i] & 1;
      while (b[i++] >= 0x80);
      if (own) while (b[i++] >= 0x80);
      continue;
    }
    c = b[i++];
    let lf = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      lf += (c & 0x7f) * scale;
    }
    let flags = typeCode;
    if (lf & 1) {
      c = b[i++];
      flags = c & 0x7f;
      for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
        c = b[i++];
        flags += (c & 0x7f) * scale;
      }
    }
    out.push(from, ((lf >>> 1) << LENGTH_SHIFT) | flags);
  }
  return out;
}

/** How many times the document mentions entity `e`. */
export function countOf(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, e: number): number {
  const place = placeOf(b, start, e);
  if (place < 0) return 0;
  let n = 0;
  // A local position, not the module's: this loop runs over every document of an entity.
  let i = mentionsAt;
  while (i < surfacesAt) {
    // A place is one byte but in a document of more than 127 entities.
    let c = b[i++];
    let p = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      p += (c & 0x7f) * scale;
    }
    if (p === place) n++;
    // The start and the length (with the type and flags after it when its low bit is set),
    // not needed: skipped byte by byte.
    while (b[i++] >= 0x80);
    const own = b[i] & 1;
    while (b[i++] >= 0x80);
    if (own) while (b[i++] >= 0x80);
  }
  return n;
}

/** Adds one to `counts[o]` for each entity o of the document but `except`. */
export function addEntities(b: Uint8Array, start: number, counts: Int32Array, except: number): void {
  const n = openEntities(b, start);
  let e = 0;
  for (let i = 0; i < n; i++) {
    e += next(b);
    if (e !== except) counts[e]++;
  }
}

/** The (title, count) pairs the document gives entity `e`. */
export function titlesOf(b: Uint8Array, start: number, titlesAt: number, end: number, e: number): number[] {
  const place = placeOf(b, start, e);
  const out: number[] = [];
  if (place < 0) return out;
  seek(titlesAt);
  while (position() < end) {
    const p = next(b);
    const title = next(b);
    const count = next(b);
    if (p === place) out.push(title, count);
  }
  return out;
}

/** Adds `by` to `counts[type code]` for each mention. */
export function countTypes(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, typeOf: TypeCodeOf, counts: Float64Array, by = 1): void {
  const entities = entitiesAt(b, start);
  seek(mentionsAt);
  while (position() < surfacesAt) {
    const e = entities[next(b)];
    skip(b);
    counts[lengthAndFlags(b, next(b), typeOf(e)) & TYPE_CODE_BITS] += by;
  }
}

/** The mention count and order openEntities read last. */
let mentionCount = 0;
let unordered = false;

/** The number of entities, the reading position left at the first (after the two counts). */
function openEntities(b: Uint8Array, start: number): number {
  seek(start);
  const n = next(b);
  const m = next(b);
  mentionCount = Math.floor(m / 2);
  unordered = m % 2 === 1;
  return n;
}

/** The place of entity `e` in the document's entity list, or -1. */
function placeOf(b: Uint8Array, start: number, e: number): number {
  const n = openEntities(b, start);
  let v = 0;
  for (let i = 0; i < n; i++) {
    v += next(b);
    if (v === e) return i;
    if (v > e) return -1;
  }
  return -1;
}
