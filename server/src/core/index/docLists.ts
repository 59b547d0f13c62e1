// One indexed document's lists, as variable-length integers in bytes: its distinct entity
// numbers, its mentions (entity, start, length and flags), and its (entity, surface, count)
// and (entity, title, count) triples. A mention's entity is its place in the document's own
// entity list (one byte), its start the distance from the previous one's: about 4.5 bytes a
// mention instead of 12. At 100,000 articles (9 million mentions) the lists were 170 MB of
// memory and of the saved index; they are about 70 MB this way.
//
// Layout (LEB128: leb128.ts): the counts E and M; E entity numbers, ascending, each
// after the first as the difference from the one before; M × (place, zigzag(start − previous
// start), length << 5 | flags); S × (place, surface, count); T × (place, title, count).
//
// The readers take the bytes and where the document's sections lie in them (`start` for the
// counts, then `mentionsAt`, `surfacesAt`, `titlesAt` and `end`), not an object per document:
// a warm start's documents all lie in the saved index's one array (docTable.ts).

import type { Slabs } from './slabs';
import { next, position, put as write, seek, skip, unzigzag, zigzag } from './leb128';

/** Ints per mention in `packed`: entity number, start, length << 5 | flags. */
export const INTS_PER_MENTION = 3;

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
export function docBytes(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array): Uint8Array {
  return writeDoc(packed, entities, surfaces, titles).slice();
}

/** docBytes into `slabs`: where they start in its `lastSlab`. Their length is in
 *  `lengthWritten` until the next write. */
export function docBytesInto(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array, slabs: Slabs<Uint8Array>): number {
  return slabs.place(writeDoc(packed, entities, surfaces, titles));
}

export function lengthWritten(): number {
  return filled;
}

/** The document's bytes, in the scratch array until the next write. */
function writeDoc(packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array): Uint8Array {
  filled = 0;
  put(entities.length);
  put(packed.length / INTS_PER_MENTION);
  let previous = 0;
  for (let i = 0; i < entities.length; i++) {
    put(entities[i] - previous);
    previous = entities[i];
  }
  written.mentionsAt = filled;
  putMentions(packed, entities);
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
export function withMentions(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, titlesAt: number, end: number, packed: Int32Array): Uint8Array {
  const entities = entitiesAt(b, start);
  openEntities(b, start);
  const entitiesFrom = position();
  filled = 0;
  put(entities.length);
  put(packed.length / INTS_PER_MENTION);
  putBytes(b.subarray(entitiesFrom, mentionsAt));
  written.mentionsAt = filled;
  putMentions(packed, entities);
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
  seek(start);
  next(b);
  return next(b);
}

/** The distinct entity numbers, ascending. */
export function entitiesAt(b: Uint8Array, start: number): Int32Array {
  const out = new Int32Array(openEntities(b, start));
  let e = 0;
  for (let i = 0; i < out.length; i++) out[i] = e += next(b);
  return out;
}

/** The mentions in text order, INTS_PER_MENTION each. */
export function packedAt(b: Uint8Array, start: number, mentionsAt: number): Int32Array {
  const entities = entitiesAt(b, start);
  const out = new Int32Array(mentionCountAt(b, start) * INTS_PER_MENTION);
  seek(mentionsAt);
  let from = 0;
  for (let k = 0; k < out.length; k += INTS_PER_MENTION) {
    out[k] = entities[next(b)];
    out[k + 1] = from += unzigzag(next(b));
    out[k + 2] = next(b);
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

/** Where the document mentions entity `e`: (start, length << 5 | flags) pairs. */
export function mentionsOf(b: Uint8Array, start: number, mentionsAt: number, surfacesAt: number, e: number): number[] {
  const place = placeOf(b, start, e);
  const out: number[] = [];
  if (place < 0) return out;
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
    let z = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      z += (c & 0x7f) * scale;
    }
    from += unzigzag(z);
    if (p !== place) {
      while (b[i++] >= 0x80);
      continue;
    }
    c = b[i++];
    let v = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      c = b[i++];
      v += (c & 0x7f) * scale;
    }
    out.push(from, v);
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
    // The start and the length, not needed: skipped byte by byte.
    while (b[i++] >= 0x80);
    while (b[i++] >= 0x80);
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
export function countTypes(b: Uint8Array, mentionsAt: number, surfacesAt: number, counts: Float64Array, by = 1): void {
  seek(mentionsAt);
  while (position() < surfacesAt) {
    skip(b);
    skip(b);
    counts[next(b) & 7] += by;
  }
}

/** The number of entities, the reading position left at the first (after the two counts). */
function openEntities(b: Uint8Array, start: number): number {
  seek(start);
  const n = next(b);
  next(b);
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
