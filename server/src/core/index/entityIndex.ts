// The corpus-wide entity index: which entity is mentioned where, kept up to date one
// document at a time.
//
// Sized for ~100,000 articles and ~9M mentions:
//   * Each document keeps its mentions (entity number, start, length << 5 | flags << 3 | type),
//     its entities, surfaces and titles as variable-length integers in bytes (docLists.ts),
//     about 4.5 bytes a mention, in columns by document number (docTable.ts): a warm start
//     reads them in the saved array, with no object per document. No article text is kept.
//   * Each entity keeps the list of documents that mention it (an Int32Array that grows
//     by doubling; a document is removed by swapping with the last), its mention count,
//     the surfaces (aliases) and titles seen, with counts — all updated incrementally, so
//     a hover or a code lens reads counters and never walks postings.
//   * Co-mentions come from the per-document entity sets: an entity's co-mention counts are
//     summed over its documents the first time they are asked for (a hover), then kept up to
//     date as documents come and go, so a hover right after an edit costs a scan of one
//     counter array, not of 90,000 documents (pair counters for every entity would cost
//     gigabytes; only entities someone looked at have them).
//   * First/last dates the same way, from a count of documents per date.
//   * Entities no document mentions any more, and strings no entity uses, are freed and
//     their numbers reused: typing names in an article does not grow the index.
// Entity keys are registry ids, or `unknown:<type>:<normalised name>` for entities the
// registry does not know (see recognize.ts: unknownKey).

import type { Slabs } from './slabs';
import type { EntityMention, EntityType } from '../entities/types';
import { ENTITY_TYPES } from '../entities/types';
import { searchKey } from '../entities/normalize';
import { SearchQuery, SearchText, bestHits, joinSearchKeys } from './searchRanking';
import { arrayChunks, joined, type ArrayChunks } from './arrayChunks';
import { INTS_PER_MENTION, LENGTH_SHIFT } from './docLists';
import { DocTable } from './docTable';
import { DatedCounts } from './datedCounts';
import { FLAG_AUTHOR, FLAG_NESTED, MENTION_INTS, TYPE_CODE, packMentions, typeOfFlags, type PackedMentions } from '../summary/packedMentions';
import { scratchFloats, scratchInts, type ScratchArray } from './scratchArrays';

export interface IndexedMention {
  docKey: string;
  start: number;
  end: number;
  type: EntityType;
}

export interface DocumentMention {
  start: number;
  end: number;
  type: EntityType;
  entityKey: string;
  nested: boolean;
  author: boolean;
}

export interface TitleSeen {
  title: string;
  count: number;
  firstDate?: string;
  lastDate?: string;
}

export interface EntityStats {
  entityKey: string;
  type: EntityType;
  /** The most frequent surface form (the name to show for an unknown entity). */
  displayName: string;
  mentions: number;
  documents: number;
  firstDate?: string;
  lastDate?: string;
  /** Surface forms as written in the articles, most frequent first. */
  aliasesSeen: string[];
  titlesSeen: TitleSeen[];
  coMentioned: Array<{ entityKey: string; count: number }>;
}

export interface EntityRow {
  key: string;
  type: EntityType;
  /** The surface written most often. */
  name: string;
  mentions: number;
  documents: number;
  /** searchKey() of every surface seen. */
  searchKeys: string[];
}

export interface SearchHit {
  entityKey: string;
  type: EntityType;
  displayName: string;
  mentions: number;
  documents: number;
}

// A mention in the index: entity number, start, and its length above LENGTH_SHIFT bits of type
// and flags (12 bytes; 9.6 million mentions at 100,000 articles).
const IDX_NESTED = 1 << 3;
const IDX_AUTHOR = 1 << 4;
const INTS = INTS_PER_MENTION;

interface EntityRec {
  key: string;
  type: EntityType;
  mentions: number;
  docs: Int32Array;
  docCount: number;
  /** Surface id → count. */
  surfaces: Map<number, number>;
  /** Title id → its counts by date number (0: undated). Undefined for an entity of a saved
   *  index until asked for (titlesOf): most are never asked for in a session. */
  titles?: Map<number, DatedCounts>;
  /** Where its titles start in the saved state's entityTitles (their count first), while
   *  `titles` is not made. */
  savedTitlesAt?: number;
  searchKeys: Set<string>;
  /** searchKey of the registry id, for search (computed on first use). */
  keySearch?: string;
  /** The search keys joined (joinSearchKeys): one `includes` tests them all. */
  searchJoined?: string;
  /** Kept up to date once asked for (a hover): documents shared with each other entity
   *  number, and documents per header date. An edit then costs a few additions, not a walk
   *  over every document of the entity. */
  coCounts?: Int32Array;
  dateCounts?: Map<number, number>;
  /** The answers built from them, dropped when one of the entity's documents changes. */
  cachedCo?: Array<{ entityKey: string; count: number }>;
  cachedCoN?: number;
  cachedDates?: { first?: number; last?: number };
  /** (day, title, document) of every dated document that gives the entity a title, by day;
   *  built when asked for (entity/title-conflict), dropped when one of its documents changes. */
  titleDays?: TitleDays;
}

export class EntityIndex {
  /** Document key → number; an index read back makes it when first asked (docIds), or in
   *  slices while nobody waits (makeDocIds): `docIdsMade` numbers are in `docIdsSoFar`. */
  private docIdMap: Map<string, number> | undefined = new Map();
  private docIdsSoFar: Map<string, number> | undefined;
  private docIdsMade = 0;
  private readonly docs = new DocTable((e) => TYPE_CODE[this.entities[e].type]);
  private readonly freeDocs: number[] = [];
  /** Where primeCoMentions is: the entity being counted, its next document, its counts so far,
   *  and the index's version they were counted at. */
  private priming: { e: number; d: number; counts: Int32Array | undefined; version: number } | undefined;
  /** The entities primeTitleDays has looked at. */
  private titleDaysPrimed = 0;
  private readonly entityIds = new Map<string, number>();
  private readonly entities: EntityRec[] = [];
  /** Numbers of entities no document mentions any more, to reuse: typing must not grow the index. */
  private readonly freeEntities: number[] = [];
  /** How many (entity, surface) and (entity, title) pairs use each string; 0 frees it. */
  private readonly stringRefs: number[] = [];
  private readonly freeStrings: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  /** searchKey() of each string, computed once. */
  private readonly stringSearchKeys: string[] = [];
  private totalMentions = 0;
  /** The entityTitles of the state this index was read back from: the titles of the entities
   *  not asked about since (EntityRec.savedTitlesAt). */
  private savedTitles: Int32Array | undefined;
  /** Mentions by type code, kept as documents come and go: a walk over 9 million mentions
   *  for the counts `stats` prints cost more than the rest of a run from the cache. */
  private readonly typeCounts = new Float64Array(8);
  /** Moves on every change: answers built from the whole index are kept until it does. */
  private version = 0;
  /** The mentions setPacked was given last for one document, outside a scan (see there). */
  private lastGiven?: GivenMentions;
  /** Moves on every change but a document's mentions moving (see titlesVersion). */
  private titlesChanged = 0;
  private rows?: { version: number; rows: EntityRow[] };
  /** Every live entity's search strings in one text (searchTextOf), made again when an entity
   *  comes, goes, or gains or loses a surface. */
  private searchText?: EntitySearchText;

  /** An entity's number while some document mentions it (storedTitled.ts). */
  entityNumber(key: string): number | undefined {
    return this.entityIds.get(key);
  }

  /** A surface's or title's number while some document gives it. */
  stringNumber(s: string): number | undefined {
    return this.stringIds.get(s);
  }

  keyOfNumber(e: number): string {
    return this.entities[e].key;
  }

  stringOfNumber(n: number): string {
    return this.strings[n];
  }

  /** The documents' numbers by key. Read back from a saved state, the index makes the map the
   *  first time it is asked for one: a warm start is ready without 100,000 paths hashed (50 ms),
   *  and the work after ready makes it. In the order of the numbers, as fromState set it. */
  private get docIds(): Map<string, number> {
    if (!this.docIdMap) this.makeDocIds(() => true);
    return this.docIdMap!;
  }

  /** Makes the map of documents' numbers, a thousand at a time while `more()` says so: true
   *  once it is made. (Anything that changes the documents asks for the map first, which
   *  finishes it: the numbers a slice added stay true.) */
  makeDocIds(more: () => boolean): boolean {
    if (this.docIdMap) return true;
    const map = (this.docIdsSoFar ??= new Map());
    let id = this.docIdsMade;
    do {
      const to = Math.min(this.docs.length, id + 1024);
      for (; id < to; id++) if (this.docs.has(id)) map.set(this.docs.key(id), id);
    } while (id < this.docs.length && more());
    this.docIdsMade = id;
    if (id < this.docs.length) return false;
    this.docIdMap = map;
    this.docIdsSoFar = undefined;
    return true;
  }

  /** Number of indexed documents. */
  get documentCount(): number {
    return this.docs.length - this.freeDocs.length;
  }

  /** Number of mentions over all documents. */
  get mentionCount(): number {
    return this.totalMentions;
  }

  /** Mentions over all documents by the type each was recognised as. */
  mentionsByType(): Record<EntityType, number> {
    const out = {} as Record<EntityType, number>;
    ENTITY_TYPES.forEach((type, code) => (out[type] = this.typeCounts[code]));
    return out;
  }

  /** Moves when a document's date or the titles it gives may have changed (an edit that
   *  changes only other names, or moves mentions, leaves it): the documents' dates and
   *  titles are as they were while it stays. */
  get titlesVersion(): number {
    return this.titlesChanged;
  }

  /** Every document key. */
  documentKeys(): string[] {
    return [...this.docIds.keys()];
  }

  /** Replaces a document's mentions (adds the document when new). */
  setDocument(docKey: string, mentions: readonly EntityMention[], meta: { date?: string } = {}): void {
    this.setPacked(docKey, packMentions(mentions), meta);
  }

  /** Replaces a document's mentions from an ArticleSummary's packed form. `slabs`: where its
   *  lists go (a scan's), instead of an array of their own. */
  setPacked(docKey: string, mentions: PackedMentions, meta: { date?: string; slabs?: Slabs<Uint8Array> } = {}): string[] {
    const kept = this.docIds.get(docKey);
    // The document given last, given again (an open article at each keystroke) with the same
    // mentions, or the same ones moved: told from what it was given then, without a look-up.
    const last = this.lastGiven;
    if (kept !== undefined && last?.docKey === docKey && last.version === this.version && last.date === dateNumber(meta.date) && !meta.slabs) {
      const moved = movedFromLast(last, mentions);
      if (moved === SAME_MENTIONS) return [];
      if (moved) {
        this.version++;
        this.docs.setMentions(kept, moved);
        this.rememberGiven(docKey, mentions, moved, last.date);
        return [];
      }
    }
    // Outside a scan, on the same date (an edit): what changed is counted, not the whole document.
    if (kept !== undefined && !meta.slabs && this.docs.date(kept) === dateNumber(meta.date)) return this.replaceMentions(docKey, kept, mentions);
    // A rescan's article whose entities, surfaces and titles are as they were: its mention list
    // alone is replaced, every count stays as it is.
    const moved = kept === undefined ? undefined : this.movedOnly(kept, mentions, dateNumber(meta.date));
    if (moved) {
      this.version++;
      this.docs.countTypes(kept!, this.typeCounts, -1);
      this.docs.setMentions(kept!, moved);
      this.docs.countTypes(kept!, this.typeCounts, +1);
      return [];
    }
    // A keystroke rarely changes an article's date or the titles it gives: the entities' lists
    // of titled days then stay as they are, instead of being rebuilt over all their documents.
    const before = this.titlesBefore(docKey);
    this.deleteDocument(docKey);
    this.version++;
    this.titlesChanged++;
    const id = this.freeDocs.pop() ?? this.docs.length;
    const date = dateNumber(meta.date);
    const { packed, entities, surfaces, titles } = this.listsOf(mentions);
    for (const e of entities) this.joinDocument(e, id, entities, date);
    // (Counts only rise here: no string is let go.)
    const none: number[] = [];
    for (let k = 0; k < surfaces.length; k += 3) this.moveSurface(surfaces[k], surfaces[k + 1], surfaces[k + 2], none);
    for (let k = 0; k < titles.length; k += 3) this.moveTitle(titles[k], titles[k + 1], date, titles[k + 2], none);
    this.totalMentions += packed.length / INTS;
    for (let k = 2; k < packed.length; k += INTS) this.typeCounts[packed[k] & 7]++;
    this.docs.set(id, docKey, date, packed, entities, surfaces, titles, meta.slabs);
    this.docIds.set(docKey, id);
    if (!meta.slabs) this.rememberGiven(docKey, mentions, packed, date);
    return this.titlesAfter(before, id, titles);
  }

  /** What setPacked was given last for a document outside a scan, and the mention list it made of it (copies). */
  private rememberGiven(docKey: string, mentions: PackedMentions, packed: Int32Array, date: number): void {
    this.lastGiven = { docKey, version: this.version, date, strings: mentions.strings, data: mentions.data.slice(), packed: packed.slice() };
  }

  /**
   * Replaces the mentions of document `id` on the same date by what changed: the counts of
   * entities, surfaces and titles move by the difference, and only the entities it gained or
   * lost change their document lists and co-mention counts. Taking the document out and in
   * again did that for each of its hundreds of mentions at every keystroke that changed a
   * name. The index answers as after deleteDocument and setPacked (the property tests hold
   * the two to each other), only the numbers of new entities and strings may differ.
   */
  private replaceMentions(docKey: string, id: number, mentions: PackedMentions): string[] {
    const date = this.docs.date(id);
    // The list given at the keystroke before, when nothing changed since, is the one kept
    // (rememberGiven): not decoded again.
    const last = this.lastGiven;
    const oldPacked = last?.docKey === docKey && last.version === this.version ? last.packed : this.docs.packed(id);
    const oldEntities = this.docs.entities(id);
    const oldSurfaces = this.docs.surfaces(id);
    const oldTitles = this.docs.titles(id);
    this.uncountMentions(oldPacked);
    const { packed, entities, surfaces, titles } = this.listsOf(mentions);
    for (let k = 2; k < packed.length; k += INTS) this.typeCounts[packed[k] & 7]++;
    this.totalMentions += (packed.length - oldPacked.length) / INTS;
    let titlesMoved = false;

    // The entities it lost and gained; those it kept only change co-mention counts of those.
    const lost: number[] = [];
    const gained: number[] = [];
    for (let i = 0, j = 0; i < oldEntities.length || j < entities.length; ) {
      if (j === entities.length || (i < oldEntities.length && oldEntities[i] < entities[j])) lost.push(oldEntities[i++]);
      else if (i === oldEntities.length || entities[j] < oldEntities[i]) gained.push(entities[j++]);
      else (i++, j++);
    }
    if (lost.length || gained.length) {
      for (const e of lost) {
        // (track() forgets an entity's title days; one the document gave no title keeps them.)
        const days = hasEntity(oldTitles, e) ? undefined : this.entities[e].titleDays;
        this.leaveDocument(e, id, oldEntities, date);
        if (days) this.entities[e].titleDays = days;
      }
      for (const e of gained) this.joinDocument(e, id, entities, date);
      for (const e of entities) {
        const rec = this.entities[e];
        if (gained.includes(e)) continue;
        rec.cachedCo = undefined;
        if (!rec.coCounts) continue;
        for (const o of lost) rec.coCounts[o]--;
        for (const o of gained) (rec.coCounts = withRoomFor(rec.coCounts, o))[o]++;
      }
    }

    // (entity, surface) counts: by the difference of the two sorted lists.
    const released: number[] = [];
    changedCounts(oldSurfaces, surfaces, (e, s, delta) => this.moveSurface(e, s, delta, released));

    // (entity, title) counts on the document's date; an entity whose titles here changed
    // loses its title days and is named in the answer.
    const retitled = new Set<string>();
    changedCounts(oldTitles, titles, (e, t, delta, both) => {
      titlesMoved = true;
      if (!both) {
        // Given here or no more: the titles the document gives the entity changed.
        retitled.add(this.entities[e].key);
        this.entities[e].titleDays = undefined;
      }
      this.moveTitle(e, t, date, delta, released);
    });
    for (const s of released) this.release(s);
    for (const e of lost) this.freeIfUnmentioned(e);
    this.version++;
    if (titlesMoved) this.titlesChanged++;
    this.docs.set(id, docKey, date, packed, entities, surfaces, titles);
    this.rememberGiven(docKey, mentions, packed, date);
    return [...retitled];
  }

  /**
   * A document's lists from its summary's mentions, in this index's numbers (its strings
   * interned, its entities made when new, each entity's mention count raised): the mention
   * list, its entities (sorted) and its (entity, surface, count) and (entity, title, count)
   * triples (sorted). Scratch arrays: read them before the next call.
   */
  private listsOf(mentions: PackedMentions): { packed: Int32Array; entities: Int32Array; surfaces: Int32Array; titles: Int32Array } {
    const src = mentions.data;
    const n = src.length / MENTION_INTS;
    const packed = SCRATCH.packed.take(n * INTS);
    // The summary's string table numbers → this index's entity and string numbers.
    const strings = mentions.strings;
    const entityOf = SCRATCH.entityOf.take(strings.length).fill(-1);
    const stringOf = SCRATCH.stringOf.take(strings.length).fill(-1);
    const str = (i: number) => (stringOf[i] >= 0 ? stringOf[i] : (stringOf[i] = this.intern(strings[i])));
    // (entity, surface) and (entity, title) pairs, counted by sorting: no Map per document.
    const surfacePairs = SCRATCH.surfacePairs.take(n);
    const titlePairs = SCRATCH.titlePairs.take(n);
    let titleCount = 0;
    const entityList = SCRATCH.entityList.take(n);
    for (let i = 0; i < n; i++) {
      const k = i * MENTION_INTS;
      const flags = src[k + 3];
      const type = typeOfFlags(flags);
      let e = entityOf[src[k]];
      if (e < 0) e = entityOf[src[k]] = this.entityFor(strings[src[k]], type);
      packed[i * INTS] = e;
      packed[i * INTS + 1] = src[k + 1];
      packed[i * INTS + 2] = lengthAndFlags(src[k + 2], flags);
      this.entities[e].mentions++;
      entityList[i] = e;
      surfacePairs[i] = pairKey(e, str(src[k + 4]));
      if (src[k + 5] >= 0) titlePairs[titleCount++] = pairKey(e, str(src[k + 5]));
    }
    return { packed, entities: distinctSorted(entityList), surfaces: countedPairs(surfacePairs, SCRATCH.surfaces), titles: countedPairs(titlePairs.subarray(0, titleCount), SCRATCH.titles) };
  }

  /**
   * The new mention list of a document when only its mentions' places, lengths, types or flags
   * changed: the same date and the same (entity, surface) and (entity, title) pairs with the
   * same counts. Undefined otherwise, or when a key or string is one the index does not hold.
   */
  private movedOnly(id: number, mentions: PackedMentions, date: number): Int32Array | undefined {
    if (this.docs.date(id) !== date) return undefined;
    const src = mentions.data;
    const n = src.length / MENTION_INTS;
    if (n !== this.docs.mentionCount(id)) return undefined;
    const strings = mentions.strings;
    // (The document table copies the list it keeps: see setPacked.)
    const packed = SCRATCH.packed.take(n * INTS);
    const surfacePairs = SCRATCH.surfacePairs.take(n);
    const titlePairs = SCRATCH.titlePairs.take(n);
    let titleCount = 0;
    for (let i = 0; i < n; i++) {
      const k = i * MENTION_INTS;
      const e = this.entityIds.get(strings[src[k]]);
      const surface = this.stringIds.get(strings[src[k + 4]]);
      if (e === undefined || surface === undefined) return undefined;
      const flags = src[k + 3];
      packed[i * INTS] = e;
      packed[i * INTS + 1] = src[k + 1];
      packed[i * INTS + 2] = lengthAndFlags(src[k + 2], flags);
      surfacePairs[i] = pairKey(e, surface);
      if (src[k + 5] >= 0) {
        const title = this.stringIds.get(strings[src[k + 5]]);
        if (title === undefined) return undefined;
        titlePairs[titleCount++] = pairKey(e, title);
      }
    }
    return sameInts(countedPairs(surfacePairs, SCRATCH.surfaces), this.docs.surfaces(id)) && sameInts(countedPairs(titlePairs.subarray(0, titleCount), SCRATCH.titles), this.docs.titles(id)) ? packed : undefined;
  }

  /** What a document gives each entity it titles (by string number and by text), and the built
   *  title-day lists of its entities, taken before it is replaced. */
  private titlesBefore(docKey: string): { id: number; date: number; byEntity: Map<number, { key: string; numbers: string; texts: string; days?: TitleDays }> } | undefined {
    const id = this.docIds.get(docKey);
    if (id === undefined || !this.docs.has(id)) return undefined;
    const byEntity = new Map<number, { key: string; numbers: string; texts: string; days?: TitleDays }>();
    const titles = this.docs.titles(id);
    for (const e of this.docs.entities(id)) {
      const rec = this.entities[e];
      const given = this.titlesGiven(titles, e);
      if (given.numbers || rec.titleDays) byEntity.set(e, { key: rec.key, ...given, days: rec.titleDays });
    }
    return { id, date: this.docs.date(id), byEntity };
  }

  /**
   * After a document was replaced: the title-day lists that still hold are kept (the same
   * document number, and the same title numbers and date, or no title either side), and the
   * keys of the entities whose titles in it or its date changed are returned. `titles`: its
   * (entity, title, count) triples as setPacked built them, not decoded again.
   */
  private titlesAfter(before: ReturnType<EntityIndex['titlesBefore']>, id: number, titles: Int32Array): string[] {
    const date = this.docs.date(id);
    const changed = new Set<string>();
    if (!before) {
      // A new document (a scan adds 100,000): every entity it titles is news, nothing to keep.
      for (let k = 0; k < titles.length; k += 3) changed.add(this.entities[titles[k]].key);
      return [...changed];
    }
    const now = new Map<number, { numbers: string; texts: string }>();
    for (const e of this.docs.entities(id)) {
      const given = this.titlesGiven(titles, e);
      if (given.numbers) now.set(e, given);
    }
    for (const [e, given] of now) {
      const was = before?.byEntity.get(e);
      if (!was || was.key !== this.entities[e].key || was.texts !== given.texts || before!.date !== date) changed.add(this.entities[e].key);
    }
    for (const [e, was] of before?.byEntity ?? []) {
      const rec = this.entities[e];
      const given = now.get(e) ?? { numbers: '', texts: '' };
      if (was.numbers && (rec.key !== was.key || !now.has(e))) changed.add(was.key);
      const sameDoc = before!.id === id && rec.key === was.key && was.numbers === given.numbers;
      if (was.days && sameDoc && (before!.date === date || !was.numbers)) rec.titleDays = was.days;
    }
    return [...changed];
  }

  /** The titles a document gives an entity, as comparable strings of their numbers and texts. */
  private titlesGiven(titles: Int32Array, e: number): { numbers: string; texts: string } {
    const numbers: number[] = [];
    for (let k = 0; k < titles.length; k += 3) if (titles[k] === e) numbers.push(titles[k + 1]);
    numbers.sort((a, b) => a - b);
    return { numbers: numbers.join(','), texts: numbers.map((n) => this.strings[n]).sort().join('\u0000') };
  }

  /** The keys of the entities a document gives a title. */
  titledEntitiesOf(docKey: string): string[] {
    const id = this.docIds.get(docKey);
    if (id === undefined || !this.docs.has(id)) return [];
    const out = new Set<string>();
    const titles = this.docs.titles(id);
    for (let k = 0; k < titles.length; k += 3) out.add(this.entities[titles[k]].key);
    return [...out];
  }

  /** Removes a document and its mentions; unknown keys are ignored. */
  deleteDocument(docKey: string): boolean {
    const id = this.docIds.get(docKey);
    if (id === undefined) return false;
    this.version++;
    this.titlesChanged++;
    const date = this.docs.date(id);
    const packed = this.docs.packed(id);
    const entities = this.docs.entities(id);
    const surfaces = this.docs.surfaces(id);
    const titles = this.docs.titles(id);
    this.uncountMentions(packed);
    for (const e of entities) this.leaveDocument(e, id, entities, date);
    const released: number[] = [];
    for (let k = 0; k < surfaces.length; k += 3) this.moveSurface(surfaces[k], surfaces[k + 1], -surfaces[k + 2], released);
    for (let k = 0; k < titles.length; k += 3) this.moveTitle(titles[k], titles[k + 1], date, -titles[k + 2], released);
    for (const s of released) this.release(s);
    for (const e of entities) this.freeIfUnmentioned(e);
    this.totalMentions -= packed.length / INTS;
    this.docs.remove(id);
    this.docIds.delete(docKey);
    this.freeDocs.push(id);
    return true;
  }

  /** Entities and strings held (for tests and the benchmark: typing must not grow them). */
  get sizes(): { entities: number; strings: number } {
    return { entities: this.entityIds.size, strings: this.stringIds.size };
  }

  /** A document's mention list leaves its entities' and the types' counts. */
  private uncountMentions(packed: Int32Array): void {
    for (let k = 0; k < packed.length; k += INTS) {
      this.entities[packed[k]].mentions--;
      this.typeCounts[packed[k + 2] & 7]--;
    }
  }

  /** Document `id` (with these entities, on this date) mentions entity `e` now. */
  private joinDocument(e: number, id: number, docEntities: Int32Array, date: number): void {
    const rec = this.entities[e];
    if (rec.docCount === rec.docs.length) {
      const grown = new Int32Array(Math.max(4, rec.docs.length * 2));
      grown.set(rec.docs);
      rec.docs = grown;
    }
    rec.docs[rec.docCount++] = id;
    this.track(rec, e, docEntities, date, +1);
  }

  /** Document `id` (with these entities, on this date) no longer mentions entity `e`. */
  private leaveDocument(e: number, id: number, docEntities: Int32Array, date: number): void {
    const rec = this.entities[e];
    // From the end: a document being edited was put last by its previous keystroke, so an
    // entity in 85,000 documents is not searched through on every keystroke.
    let at = rec.docCount - 1;
    while (at >= 0 && rec.docs[at] !== id) at--;
    if (at >= 0) {
      rec.docs[at] = rec.docs[rec.docCount - 1];
      rec.docCount--;
    }
    this.track(rec, e, docEntities, date, -1);
  }

  /** Mentioned nowhere any more: the entity's number and key are free again. */
  private freeIfUnmentioned(e: number): void {
    const rec = this.entities[e];
    if (rec.docCount > 0) return;
    this.entityIds.delete(rec.key);
    this.entities[e] = emptyEntity('', rec.type);
    this.freeEntities.push(e);
  }

  /** Moves entity `e`'s count of surface string `s` by `delta`. A surface it no longer has goes
   *  to `released`: the caller lets its string go once every count has moved (a string one
   *  pair leaves may be one another pair takes in the same change). */
  private moveSurface(e: number, s: number, delta: number, released: number[]): void {
    const rec = this.entities[e];
    const had = rec.surfaces.get(s);
    const now = (had ?? 0) + delta;
    if (had === undefined) {
      this.stringRefs[s]++;
      rec.searchKeys.add(this.stringSearchKeys[s]);
      rec.searchJoined = undefined;
      this.searchText = undefined;
    }
    if (now > 0) {
      rec.surfaces.set(s, now);
      return;
    }
    rec.surfaces.delete(s);
    rec.searchKeys = new Set([...rec.surfaces.keys()].map((x) => this.stringSearchKeys[x]));
    rec.searchJoined = undefined;
    this.searchText = undefined;
    released.push(s);
  }

  /** Moves entity `e`'s count of title string `t` on `date` by `delta`; a title it no longer
   *  has on any date goes to `released`, as in moveSurface. */
  private moveTitle(e: number, t: number, date: number, delta: number, released: number[]): void {
    const recTitles = this.titlesOf(this.entities[e]);
    let byDate = recTitles.get(t);
    if (delta > 0) {
      if (!byDate) {
        recTitles.set(t, (byDate = new DatedCounts()));
        this.stringRefs[t]++;
      }
      byDate.add(date, delta);
      return;
    }
    if (!byDate) return;
    byDate.subtract(date, -delta);
    if (byDate.size === 0) {
      recTitles.delete(t);
      released.push(t);
    }
  }

  /** A document with these entities and this date came (+1) or went (-1): the entity's
   *  maintained counters move, its cached answers go. */
  private track(rec: EntityRec, e: number, docEntities: Int32Array, date: number, delta: 1 | -1): void {
    rec.cachedDates = undefined;
    rec.titleDays = undefined;
    rec.cachedCo = undefined;
    if (rec.coCounts) for (const o of docEntities) if (o !== e) (rec.coCounts = withRoomFor(rec.coCounts, o))[o] += delta;
    if (rec.dateCounts && date > 0) {
      const left = (rec.dateCounts.get(date) ?? 0) + delta;
      if (left > 0) rec.dateCounts.set(date, left);
      else rec.dateCounts.delete(date);
    }
  }

  private release(s: number): void {
    if (--this.stringRefs[s] > 0) return;
    this.stringIds.delete(this.strings[s]);
    this.strings[s] = '';
    this.stringSearchKeys[s] = '';
    this.freeStrings.push(s);
  }

  /** How many mentions the entity has (0 for one no document mentions). */
  mentionsOfEntity(entityKey: string): number {
    const e = this.entityIds.get(entityKey);
    return e === undefined ? 0 : this.entities[e].mentions;
  }

  hasDocument(docKey: string): boolean {
    return this.docIds.has(docKey);
  }

  /** Every mention of an entity, grouped by document (documents in index order). */
  mentionsOf(entityKey: string): IndexedMention[] {
    const out: IndexedMention[] = [];
    // One page of them all: spread into push, a million arguments overflow the stack.
    for (const page of this.mentionPages(entityKey, Infinity)) for (const m of page) out.push(m);
    return out;
  }

  /**
   * The mentions of an entity a page at a time, so the first page of 800,000 is ready at
   * once. Pages end at document boundaries once they hold `pageSize` mentions. The documents
   * are those the entity had when the walk started; one removed meanwhile is skipped.
   */
  *mentionPages(entityKey: string, pageSize = 1000): Generator<IndexedMention[]> {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return;
    const rec = this.entities[e];
    const docIds = rec.docs.slice(0, rec.docCount);
    let page: IndexedMention[] = [];
    for (const id of docIds) {
      if (!this.docs.has(id)) continue;
      const p = this.docs.mentionsOf(id, e);
      const docKey = this.docs.key(id);
      for (let k = 0; k < p.length; k += 2) page.push({ docKey, start: p[k], end: p[k] + (p[k + 1] >>> LENGTH_SHIFT), type: ENTITY_TYPES[p[k + 1] & 7] });
      if (page.length >= pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length) yield page;
  }

  /** Documents that mention an entity. */
  documentsOf(entityKey: string): string[] {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return [];
    const rec = this.entities[e];
    const out: string[] = [];
    for (let d = 0; d < rec.docCount; d++) out.push(this.docs.key(rec.docs[d]));
    return out;
  }

  /** Counters for a hover or a code lens. `top` bounds coMentioned (default 10). */
  stats(entityKey: string, top = 10): EntityStats | undefined {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return undefined;
    const rec = this.entities[e];
    if (rec.mentions === 0 && rec.docCount === 0) return undefined;
    const aliases = [...rec.surfaces.entries()].sort((a, b) => b[1] - a[1] || this.strings[a[0]].localeCompare(this.strings[b[0]]));
    const titlesSeen: TitleSeen[] = [];
    for (const [t, byDate] of this.titlesOf(rec)) {
      let count = 0;
      let first = Infinity;
      let last = -Infinity;
      for (let i = 0; i < byDate.size; i++) {
        const d = byDate.dateAt(i);
        count += byDate.countAt(i);
        if (d > 0) {
          first = Math.min(first, d);
          last = Math.max(last, d);
        }
      }
      titlesSeen.push({ title: this.strings[t], count, firstDate: isoOf(first), lastDate: isoOf(last) });
    }
    titlesSeen.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    const dates = this.datesOf(rec);
    return {
      entityKey,
      type: rec.type,
      displayName: aliases.length ? this.strings[aliases[0][0]] : displayFromKey(entityKey),
      mentions: rec.mentions,
      documents: rec.docCount,
      firstDate: isoOf(dates.first),
      lastDate: isoOf(dates.last),
      aliasesSeen: aliases.map(([s]) => this.strings[s]),
      titlesSeen,
      coMentioned: this.coMentioned(e, top),
    };
  }

  /** A document's mentions, in text order. */
  documentMentions(docKey: string): DocumentMention[] {
    const id = this.docIds.get(docKey);
    if (id === undefined) return [];
    const p = this.docs.packed(id);
    const out: DocumentMention[] = [];
    for (let k = 0; k < p.length; k += INTS) {
      out.push({
        start: p[k + 1],
        end: p[k + 1] + (p[k + 2] >>> LENGTH_SHIFT),
        type: ENTITY_TYPES[p[k + 2] & 7],
        entityKey: this.entities[p[k]].key,
        nested: (p[k + 2] & IDX_NESTED) !== 0,
        author: (p[k + 2] & IDX_AUTHOR) !== 0,
      });
    }
    return out;
  }

  /** Distinct entities per type in a document (`4 people · 3 places · 5 sectors`). */
  countsByType(docKey: string): Record<EntityType, number> {
    const out: Record<EntityType, number> = { person: 0, organization: 0, place: 0, sector: 0, event: 0 };
    const id = this.docIds.get(docKey);
    if (id === undefined) return out;
    for (const e of this.docs.entities(id)) out[this.entities[e].type]++;
    return out;
  }

  /**
   * Entities whose name or any surface seen matches the query, insensitive to case and
   * diacritics (`le hoai trung` finds `Lê Hoài Trung`). Exact matches first, then prefixes,
   * then word prefixes, then substrings; ties by mention count.
   */
  search(query: string, limit = 50): SearchHit[] {
    const q = new SearchQuery(searchKey(query).trim());
    const { text, ids } = (this.searchText ??= this.searchTextOf());
    const hits: EntityRec[] = [];
    const ranks: number[] = [];
    const mentions: number[] = [];
    const hit = (rec: EntityRec, rank: number) => {
      hits.push(rec);
      ranks.push(rank);
      mentions.push(rec.mentions);
    };
    if (q.text === '') for (const e of ids) hit(this.entities[e], 3);
    else {
      // One search through the text finds the entities matching at all; only those are ranked.
      for (const j of text.matches(q.text)) {
        const rec = this.entities[ids[j]];
        // Found but not in a search key: in the registry id (`vn-ha-noi` for `ha noi`), which
        // matches as a name would contain it.
        const rank = q.rank(rec.searchJoined!);
        hit(rec, rank === 4 ? 3 : rank);
      }
    }
    return bestHits(ranks, mentions, (i) => hits[i].key, limit).map((i) => {
      const rec = hits[i];
      return { entityKey: rec.key, type: rec.type, displayName: this.displayNameOf(rec), mentions: rec.mentions, documents: rec.docCount };
    });
  }

  /** Works out every entity's search strings ahead of the first search, which a user would
   *  otherwise wait for (the server calls it once the index is ready). */
  primeSearch(): void {
    this.searchText ??= this.searchTextOf();
  }

  /** Each live entity's search keys joined (joinSearchKeys), then its registry id as a search
   *  key, one entity after another: every part ends with the separator, which no query holds,
   *  so a match lies within one entity's part. */
  private searchTextOf(): EntitySearchText {
    const parts: string[] = [];
    const ids: number[] = [];
    this.entities.forEach((rec, e) => {
      if (rec.docCount === 0) return;
      const keySearch = keySearchOf(rec);
      parts.push((rec.searchJoined ??= joinSearchKeys(rec.searchKeys)) + (keySearch === undefined ? '' : joinSearchKeys([keySearch]).slice(1)));
      ids.push(e);
    });
    return { text: SearchText.of(parts), ids: Int32Array.from(ids) };
  }

  /** The surface written most often (ties: the first in alphabetical order). */
  private displayNameOf(rec: EntityRec): string {
    let best = -1;
    let bestCount = 0;
    for (const [id, count] of rec.surfaces) {
      if (count > bestCount || (count === bestCount && this.strings[id].localeCompare(this.strings[best]) < 0)) {
        best = id;
        bestCount = count;
      }
    }
    return best >= 0 ? this.strings[best] : displayFromKey(rec.key);
  }

  /** Every entity key with at least one mention, with its counters (for a tree view or a report). */
  entityKeys(): Array<{ entityKey: string; type: EntityType; mentions: number; documents: number }> {
    return this.entities.filter((r) => r.docCount > 0).map((r) => ({ entityKey: r.key, type: r.type, mentions: r.mentions, documents: r.docCount }));
  }

  /** The titles the articles give an entity, with how often per month of their header dates
   *  (`undated` counts those without a date). */
  titleMonths(entityKey: string): Array<{ title: string; months: Map<string, number>; undated: number }> {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return [];
    const out: Array<{ title: string; months: Map<string, number>; undated: number }> = [];
    for (const [t, byDate] of this.titlesOf(this.entities[e])) {
      const months = new Map<string, number>();
      let undated = 0;
      for (let i = 0; i < byDate.size; i++) {
        const d = byDate.dateAt(i);
        const c = byDate.countAt(i);
        if (d <= 0) undated += c;
        else {
          const m = isoOf(d)!.slice(0, 7);
          months.set(m, (months.get(m) ?? 0) + c);
        }
      }
      out.push({ title: this.strings[t], months, undated });
    }
    return out;
  }

  /** The name to show for an entity (its most written surface), cheaply. */
  displayName(entityKey: string): string | undefined {
    const e = this.entityIds.get(entityKey);
    return e === undefined ? undefined : this.displayNameOf(this.entities[e]);
  }

  /** One row per entity with a mention, for listings (the Entities view); rebuilt after a change. */
  entityRows(): readonly EntityRow[] {
    if (this.rows?.version === this.version) return this.rows.rows;
    const rows: EntityRow[] = [];
    for (const rec of this.entities) {
      if (rec.docCount === 0) continue;
      rows.push({ key: rec.key, type: rec.type, name: this.displayNameOf(rec), mentions: rec.mentions, documents: rec.docCount, searchKeys: [...rec.searchKeys] });
    }
    this.rows = { version: this.version, rows };
    return rows;
  }

  /** The documents that mention an entity, with their header date and how often they mention it. */
  documentsWithCounts(entityKey: string): Array<{ docKey: string; date?: string; mentions: number }> {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return [];
    const rec = this.entities[e];
    const out: Array<{ docKey: string; date?: string; mentions: number }> = [];
    for (let d = 0; d < rec.docCount; d++) {
      const id = rec.docs[d];
      out.push({ docKey: this.docs.key(id), date: isoOf(this.docs.date(id)), mentions: this.docs.countOf(id, e) });
    }
    return out;
  }

  /** Where a document mentions an entity, in text order. */
  mentionsIn(entityKey: string, docKey: string): Array<{ start: number; end: number }> {
    const e = this.entityIds.get(entityKey);
    const id = this.docIds.get(docKey);
    if (e === undefined || id === undefined) return [];
    const p = this.docs.packed(id);
    const out: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < p.length; k += INTS) if (p[k] === e) out.push({ start: p[k + 1], end: p[k + 1] + (p[k + 2] >>> LENGTH_SHIFT) });
    return out;
  }

  /** Every entity mentioned in a document together with this one: in how many documents, and in how many in all. */
  coDocuments(entityKey: string): Array<{ entityKey: string; type: EntityType; name: string; together: number; documents: number }> {
    const e = this.entityIds.get(entityKey);
    if (e === undefined) return [];
    this.coMentioned(e, 1);
    const counts = this.entities[e].coCounts!;
    const out: Array<{ entityKey: string; type: EntityType; name: string; together: number; documents: number }> = [];
    for (let o = 0; o < counts.length; o++) {
      if (counts[o] <= 0) continue;
      const rec = this.entities[o];
      out.push({ entityKey: rec.key, type: rec.type, name: this.displayNameOf(rec), together: counts[o], documents: rec.docCount });
    }
    return out;
  }

  /**
   * The titles other documents give an entity within `days` days of a date (yyyy-mm-dd): for
   * each title, how many documents give it (and the first few of them), and how many documents
   * give the entity any title then. Binary searches over per-title lists of days: a query costs
   * the same for an entity in 20 documents or in 20,000.
   */
  titlesAround(entityKey: string, iso: string, days: number, exceptDoc?: string): { titles: Array<{ title: string; count: number; docs: string[] }>; documents: number } {
    const e = this.entityIds.get(entityKey);
    const at = this.dayOfIso(iso);
    if (e === undefined || at === undefined) return { titles: [], documents: 0 };
    const rec = this.entities[e];
    const t = (rec.titleDays ??= this.buildTitleDays(e));
    // Counted for each question: kept per entity and day, the windows of a 100,000-article
    // corpus cost hundreds of megabytes for no gain in a warm start.
    const window = (list: Int32Array) => [lowerBound(list, at - days), lowerBound(list, at + days + 1)] as const;
    const counted: TitleWindow['titles'] = [];
    for (const [title, list] of t.byTitle) {
      const [lo, hi] = window(list.days);
      if (hi <= lo) continue;
      const docs: number[] = [];
      for (let i = lo; i < hi && docs.length < WINDOW_DOCS; i++) docs.push(list.docs[i]);
      counted.push({ title, count: hi - lo, docs });
    }
    const [lo, hi] = window(t.any.days);
    const w: TitleWindow = { titles: counted, documents: hi - lo };
    // The excepted document counts in a list when it gives that title and its day is in the
    // window: known from its own titles, without walking the window.
    const except = exceptDoc === undefined ? -1 : (this.docIds.get(exceptDoc) ?? -1);
    const exceptDay = except >= 0 ? dayOf(this.docs.date(except)) : undefined;
    const exceptTitles = new Set<number>();
    if (except >= 0 && exceptDay !== undefined && Math.abs(exceptDay - at) <= days) {
      const own = this.docs.titles(except);
      for (let k = 0; k < own.length; k += 3) if (own[k] === e) exceptTitles.add(own[k + 1]);
    }
    const titles: Array<{ title: string; count: number; docs: string[] }> = [];
    for (const x of w.titles) {
      const count = x.count - (exceptTitles.has(x.title) ? 1 : 0);
      if (count <= 0) continue;
      const docs: string[] = [];
      for (const d of x.docs) if (d !== except && docs.length < 5) docs.push(this.docs.key(d));
      titles.push({ title: this.strings[x.title], count, docs });
    }
    return { titles, documents: w.documents - (exceptTitles.size ? 1 : 0) };
  }

  /** The documents that give an entity any title within `days` days of a date (yyyy-mm-dd). */
  titledDocumentsAround(entityKey: string, iso: string, days: number): string[] {
    const e = this.entityIds.get(entityKey);
    const at = this.dayOfIso(iso);
    if (e === undefined || at === undefined) return [];
    const any = (this.entities[e].titleDays ??= this.buildTitleDays(e)).any;
    const out: string[] = [];
    for (let i = lowerBound(any.days, at - days), hi = lowerBound(any.days, at + days + 1); i < hi; i++) out.push(this.docs.key(any.docs[i]));
    return out;
  }

  /** The day number of a yyyy-mm-dd date, the last one kept: an article asks for its own date
   *  once per titled mention. */
  private dayOfIso(iso: string): number | undefined {
    if (iso !== this.lastIso.iso) this.lastIso = { iso, day: dayOf(dateNumber(iso)) };
    return this.lastIso.day;
  }

  private lastIso: { iso: string; day: number | undefined } = { iso: '', day: undefined };

  /**
   * Builds the title-day lists of the entities given a title that lack them, smallest first,
   * one entity at a time while `more()` says go on; true when none lacks them any more. The
   * problem count after a scan builds them ahead in its slices: counting one article built
   * those of all its people at once, a third of a second at 100,000 articles, during which no
   * request was answered. (The largest entity still takes one step: 55 ms at 100,000.)
   */
  prepareTitleDays(more: () => boolean): boolean {
    const queue = (this.titleDaysQueue ??= this.lackingTitleDays());
    while (queue.length) {
      if (!more()) return false;
      const e = queue.pop()!;
      // (A number freed and given to another entity since: that one is built, if it needs it.)
      if (lacksTitleDays(this.entities[e], this.savedTitles)) this.entities[e].titleDays = this.buildTitleDays(e);
    }
    this.titleDaysQueue = undefined;
    return true;
  }

  private titleDaysQueue: number[] | undefined;

  /** The entities lacking their title-day lists, largest first (popped smallest first). */
  private lackingTitleDays(): number[] {
    const out: number[] = [];
    this.entities.forEach((rec, e) => {
      if (lacksTitleDays(rec, this.savedTitles)) out.push(e);
    });
    return out.sort((a, b) => this.entities[b].docCount - this.entities[a].docCount);
  }

  private buildTitleDays(e: number): TitleDays {
    const rec = this.entities[e];
    // Per title, and for any title: the days and the documents, in the order they are met.
    const byTitle = new Map<number, { days: number[]; docs: number[] }>();
    const anyDays: number[] = [];
    const anyDocs: number[] = [];
    const pairs: number[] = [];
    for (let d = 0; d < rec.docCount; d++) {
      const id = rec.docs[d];
      const titles = this.docs.titlesOf(id, e);
      let titled = false;
      let day: number | undefined;
      for (let k = 0; k < titles.length; k += 2) {
        if (!titled) {
          day = dayOf(this.docs.date(id));
          if (day === undefined) break;
          titled = true;
        }
        pairs.push(day!);
        let list = byTitle.get(titles[k]);
        if (!list) byTitle.set(titles[k], (list = { days: [], docs: [] }));
        list.days.push(day!);
        list.docs.push(id);
      }
      if (titled) {
        anyDays.push(day!);
        anyDocs.push(id);
      }
    }
    const sorted = (list: { days: number[]; docs: number[] }) => this.byDayThenKey(list.days, list.docs);
    return { byTitle: new Map([...byTitle].map(([t, list]) => [t, sorted(list)])), any: this.byDayThenKey(anyDays, anyDocs), pairs: Int32Array.from(pairs).sort() };
  }

  /**
   * Documents with their days, by day, and on the same day by document key (numbers follow the
   * order documents came in). A numeric sort of day and position packed in one number; only
   * the documents of one day are compared by key. Each document is there once.
   */
  private byDayThenKey(days: number[], docs: number[]): { days: Int32Array; docs: Int32Array } {
    const n = days.length;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = days[i] * SLOTS + i;
    keys.sort();
    const outDays = new Int32Array(n);
    const outDocs = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = keys[i] - Math.floor(keys[i] / SLOTS) * SLOTS;
      outDays[i] = days[at];
      outDocs[i] = docs[at];
    }
    // The documents of one day by key: their keys looked up once, not at every comparison.
    const docKeys: string[] = [];
    const order: number[] = [];
    for (let s = 0; s < n; ) {
      let t = s + 1;
      while (t < n && outDays[t] === outDays[s]) t++;
      if (t - s > 1) {
        docKeys.length = 0;
        order.length = 0;
        for (let q = s; q < t; q++) {
          docKeys.push(this.docs.key(outDocs[q]));
          order.push(q - s);
        }
        order.sort((a, b) => (docKeys[a] < docKeys[b] ? -1 : 1));
        const docs = order.map((o) => outDocs[s + o]);
        outDocs.set(docs, s);
      }
      s = t;
    }
    return { days: outDays, docs: outDocs };
  }

  /**
   * An entity's titled days in the index's numbers, built when first asked: per title (by its
   * string number) the days of the documents that give it, sorted; the same for any title; the
   * day of every (document, title) pair. A window's counts are then binary searches
   * (titleConflicts.ts). A new object whenever the entity's titles change, never changed in
   * place, so what a caller derives from one may be keyed on it.
   */
  titleDaysOf(e: number): Readonly<TitleDays> {
    return (this.entities[e].titleDays ??= this.buildTitleDays(e));
  }

  /** A document's number while it is indexed. */
  documentNumber(docKey: string): number | undefined {
    return this.docIds.get(docKey);
  }

  /** The day number (as titleDaysOf counts days) of a document's date; undefined without one. */
  documentDay(doc: number): number | undefined {
    return dayOf(this.docs.date(doc));
  }

  /** The day number of a yyyy-mm-dd date (as titleDaysOf counts days). */
  dayNumber(iso: string): number | undefined {
    return this.dayOfIso(iso);
  }

  /** The (entity, title, count) triples of a document, sorted (a copy). */
  documentTitles(doc: number): Int32Array {
    return this.docs.titles(doc);
  }

  /**
   * Counts ahead of their first hover the co-mentions of the entities in at least `documents`
   * documents (a hover counted them over every document of the entity: 40 ms for the most
   * mentioned place of 100,000 articles), a thousand documents at a time while `more()` says
   * so: true once every such entity has its counts. The index changing between slices starts
   * the entity being counted again.
   */
  primeCoMentions(documents: number, more: () => boolean): boolean {
    const p = (this.priming ??= { e: 0, d: 0, counts: undefined, version: this.version });
    for (; p.e < this.entities.length; p.e++) {
      const rec = this.entities[p.e];
      if (rec.coCounts || rec.docCount < documents) continue;
      if (!p.counts || p.version !== this.version) {
        p.counts = new Int32Array(this.entities.length);
        p.d = 0;
        p.version = this.version;
      }
      while (p.d < rec.docCount) {
        const to = Math.min(rec.docCount, p.d + 1024);
        for (; p.d < to; p.d++) this.docs.addEntities(rec.docs[p.d], p.counts, p.e);
        if (p.d < rec.docCount && !more()) return false;
      }
      rec.coCounts = p.counts;
      p.counts = undefined;
      if (!more()) {
        p.e++;
        if (p.e < this.entities.length) return false;
      }
    }
    this.priming = undefined;
    return true;
  }

  /**
   * Builds ahead of the first article that gives them a title (entity/title-conflict asks) the
   * titles by day of the people in at least `documents` documents, one person at a time while
   * `more()` says so: true once every such person has them. The first article opened at
   * 100,000 articles waited 60 ms for those of the person in 39,000 of them; they take about
   * 30 bytes per document that gives the person a title.
   */
  primeTitleDays(documents: number, more: () => boolean): boolean {
    for (; this.titleDaysPrimed < this.entities.length; this.titleDaysPrimed++) {
      const rec = this.entities[this.titleDaysPrimed];
      if (rec.type !== 'person' || rec.docCount < documents || rec.titleDays) continue;
      rec.titleDays = this.buildTitleDays(this.titleDaysPrimed);
      if (!more()) return ++this.titleDaysPrimed >= this.entities.length;
    }
    return true;
  }

  private coMentioned(e: number, top: number): Array<{ entityKey: string; count: number }> {
    const rec = this.entities[e];
    if (top <= 0) return [];
    if (rec.cachedCo && (rec.cachedCoN ?? 0) >= top) return rec.cachedCo.slice(0, top);
    if (!rec.coCounts) {
      // Counted once over the entity's documents, then kept up to date by track().
      const counts = new Int32Array(this.entities.length);
      for (let d = 0; d < rec.docCount; d++) {
        this.docs.addEntities(rec.docs[d], counts, e);
      }
      rec.coCounts = counts;
    }
    const counts = rec.coCounts;
    const order = (a: number, b: number) => counts[b] - counts[a] || this.entities[a].key.localeCompare(this.entities[b].key);
    let first: number[];
    if (top > 64) {
      first = [];
      for (let o = 0; o < counts.length; o++) if (counts[o] > 0) first.push(o);
      first.sort(order);
    } else {
      // The `top` first of that order in one pass (ties in entity order, as the stable sort
      // leaves them): sorting every entity named with a capital city cost most of a hover
      // right after an edit at 100,000 articles.
      first = [];
      for (let o = 0; o < counts.length; o++) {
        if (counts[o] <= 0 || (first.length === top && counts[o] < counts[first[top - 1]])) continue;
        let i = first.length;
        while (i > 0 && order(o, first[i - 1]) < 0) i--;
        if (i >= top) continue;
        first.splice(i, 0, o);
        if (first.length > top) first.pop();
      }
    }
    const result = first.slice(0, top).map((o) => ({ entityKey: this.entities[o].key, count: counts[o] }));
    rec.cachedCo = result;
    rec.cachedCoN = top;
    return result;
  }

  private datesOf(rec: EntityRec): { first?: number; last?: number } {
    if (rec.cachedDates) return rec.cachedDates;
    if (!rec.dateCounts) {
      rec.dateCounts = new Map();
      for (let d = 0; d < rec.docCount; d++) {
        const date = this.docs.date(rec.docs[d]);
        if (date > 0) rec.dateCounts.set(date, (rec.dateCounts.get(date) ?? 0) + 1);
      }
    }
    let first = Infinity;
    let last = -Infinity;
    for (const date of rec.dateCounts.keys()) {
      if (date < first) first = date;
      if (date > last) last = date;
    }
    rec.cachedDates = { first: Number.isFinite(first) ? first : undefined, last: Number.isFinite(last) ? last : undefined };
    return rec.cachedDates;
  }

  /** The whole index as plain arrays (EntityIndexState). */
  toState(): EntityIndexState {
    const docs = this.docs;
    // The documents' own lists, not a copy of them all: a state file writes them one by one.
    const docLists: Uint8Array[] = [];
    const docListLengths = new Int32Array(docs.length * 4);
    const docDates = new Int32Array(docs.length);
    const docKeys: string[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (!docs.has(i)) {
        docKeys.push('');
        continue;
      }
      docKeys.push(docs.key(i));
      docDates[i] = docs.date(i);
      docLists.push(docs.listsOf(i, docListLengths, i * 4));
    }
    const n = this.entities.length;
    const entityTypes = new Uint8Array(n);
    const entityMentions = new Int32Array(n);
    const entityDocCounts = new Int32Array(n);
    const entitySearchKeyCounts = new Int32Array(n);
    const entitySearchKeys: string[] = [];
    // The long columns are sized first, then filled: pushed into lists of numbers and copied,
    // they were a first start's peak (about 90 MB above the index at 100,000 articles).
    let docsLength = 0;
    let surfacesLength = 0;
    let titlesLength = 0;
    for (const rec of this.entities) {
      docsLength += rec.docCount;
      surfacesLength += 1 + 2 * rec.surfaces.size;
      if (!rec.titles) titlesLength += skipTitles(this.savedTitles!, rec.savedTitlesAt!) - rec.savedTitlesAt!;
      else {
        titlesLength += 1;
        for (const byDate of rec.titles.values()) titlesLength += 2 + 2 * byDate.size;
      }
    }
    const entityDocs = new Int32Array(docsLength);
    const entitySurfaces = new Int32Array(surfacesLength);
    const entityTitles = new Int32Array(titlesLength);
    let docAt = 0;
    let surfaceAt = 0;
    let titleAt = 0;
    this.entities.forEach((rec, e) => {
      entityTypes[e] = TYPE_CODE[rec.type];
      entityMentions[e] = rec.mentions;
      entityDocCounts[e] = rec.docCount;
      entityDocs.set(rec.docs.subarray(0, rec.docCount), docAt);
      docAt += rec.docCount;
      entitySurfaces[surfaceAt++] = rec.surfaces.size;
      for (const [str, count] of rec.surfaces) {
        entitySurfaces[surfaceAt++] = str;
        entitySurfaces[surfaceAt++] = count;
      }
      if (!rec.titles) {
        // Not made since it was read back: its numbers as they were saved.
        const saved = this.savedTitles!;
        const end = skipTitles(saved, rec.savedTitlesAt!);
        entityTitles.set(saved.subarray(rec.savedTitlesAt!, end), titleAt);
        titleAt += end - rec.savedTitlesAt!;
      } else {
        entityTitles[titleAt++] = rec.titles.size;
        for (const [title, byDate] of rec.titles) {
          entityTitles[titleAt++] = title;
          titleAt = byDate.writeTo(entityTitles, titleAt);
        }
      }
      entitySearchKeyCounts[e] = rec.searchKeys.size;
      for (const k of rec.searchKeys) entitySearchKeys.push(k);
    });
    return {
      docKeys,
      docDates,
      docLists: arrayChunks('Uint8Array', docLists),
      docListLengths,
      freeDocs: Int32Array.from(this.freeDocs),
      entityKeys: this.entities.map((r) => r.key),
      entityTypes,
      entityMentions,
      entityDocCounts,
      entityDocs,
      entitySurfaces,
      entityTitles,
      entitySearchKeyCounts,
      entitySearchKeys,
      freeEntities: Int32Array.from(this.freeEntities),
      strings: [...this.strings],
      stringRefs: Int32Array.from(this.stringRefs),
      stringSearchKeys: [...this.stringSearchKeys],
      freeStrings: Int32Array.from(this.freeStrings),
      totalMentions: this.totalMentions,
      typeCounts: Float64Array.from(this.typeCounts),
    };
  }

  /** An index holding exactly what toState() saw. The documents' lists stay in the state's array. */
  static fromState(s: EntityIndexState): EntityIndex {
    const x = new EntityIndex();
    let at = 0;
    const lists = joined(s.docLists, Uint8Array);
    const freeDocs = new Set(s.freeDocs);
    x.docs.reserve(s.docKeys.length);
    s.docKeys.forEach((key, i) => {
      if (freeDocs.has(i)) {
        x.docs.addFree();
        return;
      }
      const l = s.docListLengths;
      x.docs.addSaved(key, s.docDates[i], lists, at, l[i * 4], l[i * 4 + 1], l[i * 4 + 2], l[i * 4 + 3]);
      at += l[i * 4] + l[i * 4 + 1] + l[i * 4 + 2] + l[i * 4 + 3];
    });
    x.docIdMap = undefined;
    pushAll(x.freeDocs, s.freeDocs);
    let docAt = 0;
    let surfaceAt = 0;
    let titleAt = 0;
    let keyAt = 0;
    const free = new Set(s.freeEntities);
    s.entityKeys.forEach((key, e) => {
      const docCount = s.entityDocCounts[e];
      // Its titles are made when first asked for (titlesOf): a start read 400,000 dates into
      // maps at 100,000 articles, most of them for entities no hover or edit then touched.
      const rec = emptyEntity(key, ENTITY_TYPES[s.entityTypes[e]], docCount ? s.entityDocs.slice(docAt, (docAt += docCount)) : undefined, true);
      rec.mentions = s.entityMentions[e];
      rec.docCount = docCount;
      for (let k = s.entitySurfaces[surfaceAt++]; k > 0; k--) rec.surfaces.set(s.entitySurfaces[surfaceAt++], s.entitySurfaces[surfaceAt++]);
      rec.savedTitlesAt = titleAt;
      titleAt = skipTitles(s.entityTitles, titleAt);
      for (let k = s.entitySearchKeyCounts[e]; k > 0; k--) rec.searchKeys.add(s.entitySearchKeys[keyAt++]);
      x.entities.push(rec);
      if (!free.has(e)) x.entityIds.set(key, e);
    });
    pushAll(x.freeEntities, s.freeEntities);
    pushAll(x.strings, s.strings);
    pushAll(x.stringRefs, s.stringRefs);
    pushAll(x.stringSearchKeys, s.stringSearchKeys);
    pushAll(x.freeStrings, s.freeStrings);
    const freeStrings = new Set(s.freeStrings);
    s.strings.forEach((str, id) => {
      if (!freeStrings.has(id)) x.stringIds.set(str, id);
    });
    x.savedTitles = s.entityTitles;
    x.totalMentions = s.totalMentions;
    x.typeCounts.set(s.typeCounts);
    return x;
  }

  /** An entity's titles by date, made from the saved state the first time they are asked for. */
  private titlesOf(rec: EntityRec): Map<number, DatedCounts> {
    if (rec.titles) return rec.titles;
    const saved = this.savedTitles!;
    const titles = new Map<number, DatedCounts>();
    let at = rec.savedTitlesAt!;
    for (let t = saved[at++]; t > 0; t--) {
      const title = saved[at++];
      const dates = saved[at++];
      titles.set(title, DatedCounts.fromPairs(saved, at, dates));
      at += 2 * dates;
    }
    rec.savedTitlesAt = undefined;
    return (rec.titles = titles);
  }

  private entityFor(key: string, type: EntityType): number {
    let e = this.entityIds.get(key);
    if (e === undefined) {
      e = this.freeEntities.pop();
      if (e === undefined) {
        e = this.entities.length;
        this.entities.push(emptyEntity(key, type));
      } else this.entities[e] = emptyEntity(key, type);
      this.entityIds.set(key, e);
    }
    return e;
  }

  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.freeStrings.pop();
      if (id === undefined) {
        id = this.strings.length;
        this.strings.push(s);
        this.stringSearchKeys.push(searchKey(s));
        this.stringRefs.push(0);
      } else {
        this.strings[id] = s;
        this.stringSearchKeys[id] = searchKey(s);
        this.stringRefs[id] = 0;
      }
      this.stringIds.set(s, id);
    }
    return id;
  }
}

/**
 * An EntityIndex as a few typed arrays and lists of strings (no object per document or
 * mention), so that a warm start reads it back at the speed of a copy instead of adding
 * 100,000 documents one by one. Numbers of documents, entities and strings are kept as they
 * were, free ones included, and so are the orders of the lists and maps the answers walk.
 */
export interface EntityIndexState {
  docKeys: string[];
  docDates: Int32Array;
  /** Each document's lists in bytes (docLists.ts), one document after another. */
  docLists: Uint8Array | ArrayChunks;
  /** Four lengths in bytes per document: the counts and entities, the mentions, surfaces and titles. */
  docListLengths: Int32Array;
  freeDocs: Int32Array;
  entityKeys: string[];
  entityTypes: Uint8Array;
  entityMentions: Int32Array;
  entityDocCounts: Int32Array;
  /** Each entity's documents, docCount of them, one entity after another. */
  entityDocs: Int32Array;
  /** Per entity: the number of surfaces, then (string, count) for each, in the map's order. */
  entitySurfaces: Int32Array;
  /** Per entity: the number of titles, then per title its string, its number of dates and (date, count) pairs. */
  entityTitles: Int32Array;
  /** Per entity: the number of search keys; the keys themselves in entitySearchKeys. */
  entitySearchKeyCounts: Int32Array;
  entitySearchKeys: string[];
  freeEntities: Int32Array;
  strings: string[];
  stringRefs: Int32Array;
  stringSearchKeys: string[];
  freeStrings: Int32Array;
  totalMentions: number;
  /** Mentions by type code. */
  typeCounts: Float64Array;
}

/** Appends without spreading: a spread of 100,000 values overflows the stack. */
function pushAll<T>(to: T[], from: ArrayLike<T>): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}

/** A new entity's record; one read back gives its documents, and its titles are then made when
 *  first asked for (`savedTitles`). */
function emptyEntity(key: string, type: EntityType, docs = new Int32Array(4), savedTitles = false): EntityRec {
  return { key, type, mentions: 0, docs, docCount: 0, surfaces: new Map(), titles: savedTitles ? undefined : new Map(), searchKeys: new Set() };
}

/** setPacked's and movedOnly's arrays (the surfaces' and titles' triples are read together). */
const SCRATCH = {
  packed: scratchInts(),
  entityOf: scratchInts(),
  stringOf: scratchInts(),
  entityList: scratchInts(),
  surfacePairs: scratchFloats(),
  titlePairs: scratchFloats(),
  surfaces: scratchInts(),
  titles: scratchInts(),
};

const PAIR = 2 ** 26;
/** Entity and string numbers in one Map key (both stay far below 2^26 at 100,000 articles). */
function pairKey(entity: number, string: number): number {
  return entity * PAIR + string;
}

/** Triples (entity, string, count) of the distinct pairs, from pair keys in any order (sorted
 *  here), in `into`'s array until its next take. */
function countedPairs(keys: Float64Array, into: ScratchArray<Int32Array>): Int32Array {
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  const out = into.take(distinct * 3).fill(0);
  let k = -3;
  for (let i = 0; i < keys.length; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) {
      k += 3;
      out[k] = Math.floor(keys[i] / PAIR);
      out[k + 1] = keys[i] % PAIR;
    }
    out[k + 2]++;
  }
  return out;
}

/** The registry id of an entity as a search key (kept on it); none for an unknown entity. */
function keySearchOf(rec: EntityRec): string | undefined {
  if (rec.key.startsWith('unknown:')) return undefined;
  return (rec.keySearch ??= searchKey(rec.key.replace(/[-_]/g, ' ')));
}

/** The search strings of the live entities: entity `ids[j]`'s is the text's part j. */
interface EntitySearchText {
  text: SearchText;
  ids: Int32Array;
}

/** An entity some document gives a title, its title-day lists not built. */
function lacksTitleDays(rec: EntityRec, savedTitles: Int32Array | undefined): boolean {
  return !rec.titleDays && rec.docCount > 0 && (rec.titles ? rec.titles.size > 0 : savedTitles![rec.savedTitlesAt!] > 0);
}

/** Where the titles saved at `at` (count, then per title its number, its count of dates and
 *  the (date, count) pairs) end. */
function skipTitles(saved: Int32Array, at: number): number {
  for (let t = saved[at++]; t > 0; t--) {
    at++;
    at += 2 * saved[at] + 1;
  }
  return at;
}

/** A document's mentions as setPacked was given them, at `version`, and the list it made. */
interface GivenMentions {
  docKey: string;
  version: number;
  date: number;
  strings: readonly string[];
  data: Int32Array;
  packed: Int32Array;
}

const SAME_MENTIONS = 'same';

/**
 * SAME_MENTIONS when `mentions` are the ones given last; when only their places or lengths
 * differ (the same strings, each mention the same key, flags, surface and title), the mention
 * list made then with the new places; else undefined.
 */
function movedFromLast(last: GivenMentions, mentions: PackedMentions): Int32Array | typeof SAME_MENTIONS | undefined {
  const { data, strings } = mentions;
  const was = last.data;
  if (data.length !== was.length || strings.length !== last.strings.length) return undefined;
  for (let i = 0; i < strings.length; i++) if (strings[i] !== last.strings[i]) return undefined;
  let same = true;
  for (let k = 0; k < data.length; k += MENTION_INTS) {
    if (data[k] !== was[k] || data[k + 3] !== was[k + 3] || data[k + 4] !== was[k + 4] || data[k + 5] !== was[k + 5]) return undefined;
    if (data[k + 1] !== was[k + 1] || data[k + 2] !== was[k + 2]) same = false;
  }
  if (same) return SAME_MENTIONS;
  const packed = last.packed.slice();
  for (let i = 0, k = 0; k < data.length; i++, k += MENTION_INTS) {
    packed[i * INTS + 1] = data[k + 1];
    packed[i * INTS + 2] = lengthAndFlags(data[k + 2], data[k + 3]);
  }
  return packed;
}

/** A mention's third int in the index, from its length and the summary's flags. */
function lengthAndFlags(length: number, flags: number): number {
  return (length << LENGTH_SHIFT) | TYPE_CODE[typeOfFlags(flags)] | (flags & FLAG_NESTED ? IDX_NESTED : 0) | (flags & FLAG_AUTHOR ? IDX_AUTHOR : 0);
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The (entity, x) pairs whose count differs between two lists of (entity, x, count) triples
 * sorted by entity, then x: `visit` gets each with the change of its count and whether both
 * lists have it.
 */
function changedCounts(before: Int32Array, after: Int32Array, visit: (entity: number, x: number, delta: number, both: boolean) => void): void {
  for (let i = 0, j = 0; i < before.length || j < after.length; ) {
    const order = i === before.length ? 1 : j === after.length ? -1 : before[i] - after[j] || before[i + 1] - after[j + 1];
    const e = order <= 0 ? before[i] : after[j];
    const x = order <= 0 ? before[i + 1] : after[j + 1];
    const delta = (order >= 0 ? after[j + 2] : 0) - (order <= 0 ? before[i + 2] : 0);
    if (order <= 0) i += 3;
    if (order >= 0) j += 3;
    if (delta !== 0) visit(e, x, delta, order === 0);
  }
}

/** `counts`, or a copy of it long enough for index `o` (twice as long at least). */
function withRoomFor(counts: Int32Array, o: number): Int32Array {
  if (o < counts.length) return counts;
  const grown = new Int32Array(Math.max(o + 1, counts.length * 2));
  grown.set(counts);
  return grown;
}

/** Whether (entity, x, count) triples sorted by entity have one of entity `e`. */
function hasEntity(triples: Int32Array, e: number): boolean {
  for (let k = 0; k < triples.length && triples[k] <= e; k += 3) if (triples[k] === e) return true;
  return false;
}

function distinctSorted(list: Int32Array): Int32Array {
  const sorted = list.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}

function dateNumber(iso: string | undefined): number {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

/** Per entity, per title: the days of the documents that give it, sorted, with the documents. */
export interface TitleDays {
  byTitle: Map<number, { days: Int32Array; docs: Int32Array }>;
  any: { days: Int32Array; docs: Int32Array };
  /** The day of every (document, title) pair, sorted. */
  pairs: Int32Array;
}

/** The titles given in a window of days, every document counted (none excepted yet). */
interface TitleWindow {
  titles: Array<{ title: number; count: number; docs: number[] }>;
  documents: number;
}

/** Positions packed under a day in byDayThenKey's sort keys: more than an entity's documents. */
const SLOTS = 2 ** 22;

/** Documents kept per title of a window: the 5 shown, and one more in case one is excepted. */
const WINDOW_DOCS = 6;

/** The first index whose value is at least `v` in a sorted array. */
export function lowerBound(a: Int32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Days since 1970-01-01 of a yyyymmdd number (undefined for 0: no date). */
function dayOf(n: number): number | undefined {
  if (!n) return undefined;
  return Math.floor(Date.UTC(Math.floor(n / 10000), (Math.floor(n / 100) % 100) - 1, n % 100) / 86_400_000);
}

function isoOf(n: number | undefined): string | undefined {
  if (n === undefined || !Number.isFinite(n) || n <= 0) return undefined;
  const y = Math.floor(n / 10000);
  const mo = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function displayFromKey(key: string): string {
  const m = /^unknown:[a-z]+:(.*)$/.exec(key);
  return m ? m[1] : key;
}
