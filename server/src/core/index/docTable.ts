// The indexed documents as columns by document number: key, header date, and where the
// document's lists (docLists.ts) lie. A warm start adopts the saved index's one array of lists
// in place and makes no object per document; at 100,000 articles an object and a byte view
// each were 200,000 objects the collector copied at start-up and traced from then on. A
// document added or changed since has bytes of its own.

import * as lists from './docLists';
import type { Slabs } from './slabs';
import { grown } from './grown';

const NONE = new Uint8Array(0);
const NO_SECTIONS: lists.Sections = { mentionsAt: 0, surfacesAt: 0, titlesAt: 0 };

export class DocTable {
  /** `typeOf`: the type code of an entity number (a mention of its entity's type is written
   *  without it, docLists.ts). */
  constructor(private readonly typeOf: lists.TypeCodeOf) {}

  /** Undefined for a free number. */
  private readonly keys: Array<string | undefined> = [];
  /** The array holding each document's lists: the saved one, a scan's slab, or the document's own. */
  private readonly bytes: Uint8Array[] = [];
  private dates = new Int32Array(16);
  /** Where each document's counts, mentions, surfaces and titles start in its bytes, and where they end. */
  private starts = new Int32Array(16);
  private mentionsAts = new Int32Array(16);
  private surfacesAts = new Int32Array(16);
  private titlesAts = new Int32Array(16);
  private ends = new Int32Array(16);

  /** Numbers given so far, free ones included. */
  get length(): number {
    return this.keys.length;
  }

  has(id: number): boolean {
    return this.keys[id] !== undefined;
  }

  key(id: number): string {
    return this.keys[id]!;
  }

  date(id: number): number {
    return this.dates[id];
  }

  /** Sets document `id` (at most `length`) from its lists (docLists.docBytes); `slabs`: its
   *  bytes go there, not into an array of their own. */
  set(id: number, key: string, date: number, packed: Int32Array, entities: Int32Array, surfaces: Int32Array, titles: Int32Array, slabs?: Slabs<Uint8Array>): void {
    if (!slabs) {
      const b = lists.docBytes(packed, entities, surfaces, titles, this.typeOf);
      this.place(id, key, date, b, 0, lists.sectionsWritten(), b.length);
      return;
    }
    // In the slab where they went, as a saved document's lie in the saved array: no view each.
    const at = lists.docBytesInto(packed, entities, surfaces, titles, this.typeOf, slabs);
    const s = lists.sectionsWritten();
    this.place(id, key, date, slabs.lastSlab, at, { mentionsAt: at + s.mentionsAt, surfacesAt: at + s.surfacesAt, titlesAt: at + s.titlesAt }, at + lists.lengthWritten());
  }

  /** Gives document `id` other mentions of the same entities, surfaces and titles. */
  setMentions(id: number, packed: Int32Array): void {
    const b = lists.withMentions(this.bytes[id], this.starts[id], this.mentionsAts[id], this.surfacesAts[id], this.titlesAts[id], this.ends[id], packed, this.typeOf);
    this.place(id, this.keys[id]!, this.dates[id], b, 0, lists.sectionsWritten(), b.length);
  }

  remove(id: number): void {
    this.keys[id] = undefined;
    this.bytes[id] = NONE;
    this.dates[id] = this.starts[id] = this.mentionsAts[id] = this.surfacesAts[id] = this.titlesAts[id] = this.ends[id] = 0;
  }

  /** Adds the next number, free: a saved index's free numbers come back as they were. */
  addFree(): void {
    this.place(this.keys.length, undefined, 0, NONE, 0, NO_SECTIONS, 0);
  }

  /** Adds the next number for a document whose lists are in `b` (kept, never written) from
   *  `start`, its sections at the given lengths. */
  addSaved(key: string, date: number, b: Uint8Array, start: number, countsLength: number, mentionsLength: number, surfacesLength: number, titlesLength: number): void {
    const mentionsAt = start + countsLength;
    const surfacesAt = mentionsAt + mentionsLength;
    const titlesAt = surfacesAt + surfacesLength;
    this.place(this.keys.length, key, date, b, start, { mentionsAt, surfacesAt, titlesAt }, titlesAt + titlesLength);
  }

  /** A document's lists as one array (a view, for a saved one), and its four section lengths. */
  listsOf(id: number, lengths: Int32Array, at: number): Uint8Array {
    const b = this.bytes[id];
    const start = this.starts[id];
    lengths[at] = this.mentionsAts[id] - start;
    lengths[at + 1] = this.surfacesAts[id] - this.mentionsAts[id];
    lengths[at + 2] = this.titlesAts[id] - this.surfacesAts[id];
    lengths[at + 3] = this.ends[id] - this.titlesAts[id];
    return start === 0 && this.ends[id] === b.length ? b : b.subarray(start, this.ends[id]);
  }

  mentionCount(id: number): number {
    return lists.mentionCountAt(this.bytes[id], this.starts[id]);
  }

  entities(id: number): Int32Array {
    return lists.entitiesAt(this.bytes[id], this.starts[id]);
  }

  packed(id: number): Int32Array {
    return lists.packedAt(this.bytes[id], this.starts[id], this.mentionsAts[id], this.typeOf);
  }

  surfaces(id: number): Int32Array {
    return lists.triplesAt(this.bytes[id], this.starts[id], this.surfacesAts[id], this.titlesAts[id]);
  }

  titles(id: number): Int32Array {
    return lists.triplesAt(this.bytes[id], this.starts[id], this.titlesAts[id], this.ends[id]);
  }

  mentionsOf(id: number, e: number): number[] {
    return lists.mentionsOf(this.bytes[id], this.starts[id], this.mentionsAts[id], this.surfacesAts[id], e, this.typeOf(e));
  }

  countOf(id: number, e: number): number {
    return lists.countOf(this.bytes[id], this.starts[id], this.mentionsAts[id], this.surfacesAts[id], e);
  }

  addEntities(id: number, counts: Int32Array, except: number): void {
    lists.addEntities(this.bytes[id], this.starts[id], counts, except);
  }

  titlesOf(id: number, e: number): number[] {
    return lists.titlesOf(this.bytes[id], this.starts[id], this.titlesAts[id], this.ends[id], e);
  }

  countTypes(id: number, counts: Float64Array, by: number): void {
    lists.countTypes(this.bytes[id], this.starts[id], this.mentionsAts[id], this.surfacesAts[id], this.typeOf, counts, by);
  }

  private place(id: number, key: string | undefined, date: number, b: Uint8Array, start: number, at: Readonly<lists.Sections>, end: number): void {
    if (id >= this.dates.length) this.grow();
    this.keys[id] = key;
    this.bytes[id] = b;
    this.dates[id] = date;
    this.starts[id] = start;
    this.mentionsAts[id] = at.mentionsAt;
    this.surfacesAts[id] = at.surfacesAt;
    this.titlesAts[id] = at.titlesAt;
    this.ends[id] = end;
  }

  /** By half, not double: a warm start's columns are made at the saved size (`reserve`). */
  private grow(): void {
    this.reserve(this.dates.length + (this.dates.length >> 1));
  }

  /** Room for `n` numbers. */
  reserve(n: number): void {
    if (n <= this.dates.length) return;
    this.dates = grown(this.dates, n);
    this.starts = grown(this.starts, n);
    this.mentionsAts = grown(this.mentionsAts, n);
    this.surfacesAts = grown(this.surfacesAts, n);
    this.titlesAts = grown(this.titlesAts, n);
    this.ends = grown(this.ends, n);
  }
}
