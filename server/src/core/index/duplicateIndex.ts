// Finds articles with the same or nearly the same body across a corpus, incrementally and
// without keeping texts. Identical bodies form families (by a hash of the whole body);
// near-duplicates are proposed by locality-sensitive hashing over MinHash signatures, where a
// family has one representative and a bucket holds a bounded number of them. So adding,
// removing or looking up an article costs the same with 100 or 100,000 others, even when
// thousands of them are copies of one another.
//
// Each article gets at most one finding, pointing at one other file (the family's first by
// path, or the most similar article), never one per pair: a family of k copies gives k
// findings, not k(k−1), and adding a copy changes the findings of a bounded few others.

import type { Finding } from '../diagnostic';
import type { CorpusConfig } from '../config/corpusConfig';
import { parseArticle } from '../corpus/article';
import { baseName } from '../corpus/fileNames';
import { corpusDuplicateArticle, withConfiguredSeverity } from '../rules/corpus';
import { bodyFingerprint, fmix32, type BodyFingerprint } from '../corpus/bodyFingerprint';
import { translator } from '../i18n';
import { BucketTable, type BucketTableState } from './bucketTable';
import { FamilyTable } from './familyTable';
import { grown } from './grown';

export { bodyFingerprint, type BodyFingerprint } from '../corpus/bodyFingerprint';

export interface DuplicateIndexOptions {
  /** Estimated Jaccard similarity of shingle sets from which two bodies are duplicates (default 0.8). */
  threshold?: number;
  /** Words per shingle (default 5). */
  shingleSize?: number;
  /** LSH bands (default 16) and rows per band (default 4); their product is the signature length. */
  bands?: number;
  rows?: number;
  /** Bodies with fewer words are not compared (default 25): short texts look alike by chance. */
  minWords?: number;
}

export interface DuplicateMatch {
  path: string;
  /** Estimated Jaccard similarity of the two bodies' shingle sets, 0..1 (1 for identical bodies). */
  similarity: number;
  /** The normalised bodies are exactly the same. */
  identical: boolean;
}

/** A DuplicateIndex as typed arrays and lists of strings (see EntityIndexState). */
export interface DuplicateIndexState {
  /** Bands and rows it was made with. */
  shape: [number, number];
  paths: string[];
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1: has a signature; 2: a representative. */
  flags: Uint8Array;
  /** Each entry's family as a number into the family columns; −1 for none. */
  families: Int32Array;
  /** The signatures of the entries that have one, in entry order (low 16 bits of each value). */
  signatures: Uint16Array;
  /** By family: the two hashes of its body (BodyFingerprint.exact), not a string of them (4 MB
   *  at 100,000). One with no members is an entry's family that has no family list. */
  familyFirstHashes: Uint32Array;
  familySecondHashes: Uint32Array;
  /** The families with members by their hashes (FamilyTable), read back as it is. */
  familySlots: Int32Array;
  familySizes: Int32Array;
  /** Members of each family by position in `paths`, in their sorted order. */
  familyMembers: Int32Array;
  buckets: BucketTableState[];
  nextId: number;
  freeIds: Int32Array;
  slotKeys: Uint16Array;
}

/** Representatives an LSH bucket keeps: more would make a big near-duplicate family quadratic. */
const BUCKET_CAP = 32;

/** An entry's flags, as saved (DuplicateIndexState.flags). */
const SIGNED = 1;
const REPRESENTATIVE = 2;

/** Signatures set in the index itself go in chunks of 256 slots: no chunk is copied to grow, and
 *  only the last is part empty (an array doubled to grow leaves up to 25 MB unused at 100,000). */
const CHUNK_BITS = 8;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * Of each MinHash value only the low 16 bits are kept and compared ("b-bit minwise hashing",
 * Li & König 2010): two different minima then agree by chance once in 65,536, which moves an
 * estimated similarity by 1/64 that rarely, while the signatures take half the memory (25 →
 * 13 MB at 100,000 articles). Band keys are made from the same bits.
 */
const VALUE_MASK = 0xffff;

// An entry is its number: what is known of it is kept in arrays by that number, not in an object
// of its own. A warm start at 100,000 articles made 200,000 objects and 100,000 signature views
// for the collector to copy and follow.
export class DuplicateIndex {
  private readonly threshold: number;
  private readonly shingleSize: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minWords: number;
  /** Path → entry number; its order is the entries' order (toState, pairs). Read back from a
   *  saved state, made when first asked (idOf). */
  private idMap: Map<string, number> | undefined = new Map();
  /** The saved entries' paths and numbers, in their order, until idOf is made from them;
   *  `made` of them are in `map` (makeIdOf). */
  private savedEntries: { paths: readonly string[]; ids: Int32Array; map: Map<string, number>; made: number } | undefined;
  /** By entry number: the path, undefined once gone. */
  private pathOf: Array<string | undefined> = [];
  /** By entry number: the first body line, where findings are placed. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  /** By entry number: SIGNED, REPRESENTATIVE (in the LSH buckets on behalf of its family). */
  private flags = new Uint8Array(0);
  /** By entry number: its family's number, −1 for none. */
  private familyOf = new Int32Array(0);
  /** By entry number: where its signature is, 0 for nowhere yet: n > 0, slot n − 1 of the index's
   *  own chunks; n < 0, slot −n − 1 of the signatures read back with it, which are never written
   *  (the saved state's array). A number reused keeps its own slot. */
  private signatureAt = new Int32Array(0);
  private savedSignatures: Uint16Array = new Uint16Array(0);
  private signatureChunks: Uint16Array[] = [];
  private ownSlots = 0;
  /** The whole normalised body's two hashes → family number, and by family number its hashes,
   *  for the families with members; its order is the order they were made in, which toState
   *  keeps. */
  private families = new FamilyTable();
  /** By family number: its member, or its members sorted by path (most bodies have no copy: no
   *  list for them); undefined for a number free to reuse. As long as there are family numbers. */
  private familyMembers: Array<number | number[] | undefined> = [];
  private readonly freeFamilies: number[] = [];
  /** One table per band: band hash → representative ids (at most BUCKET_CAP). */
  private buckets: BucketTable[];
  private nextId = 1;
  /** Numbers of entries gone, to reuse: the arrays by entry number stay as long as the corpus. */
  private readonly freeIds: number[] = [];
  /** The low 16 bits of the band keys by entry number, `bands` each: a match reads a
   *  candidate's keys from one cache line instead of through its entry and its own array (a
   *  large corpus has millions of candidates to turn away). Two keys that differ agree in
   *  these bits once in 65,536, which only lets a candidate on to the full comparison (6 MB →
   *  3 MB at 100,000 articles); the buckets are looked up by whole keys, made again from the
   *  signature (bandKeyOf). */
  private slotKeys = new Uint16Array(0);
  /** The walk over buckets that last looked at each entry number (eachSharingBucket). */
  private seenBy = new Int32Array(0);
  private walkNumber = 0;

  constructor(options: DuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.8;
    this.shingleSize = options.shingleSize ?? 5;
    this.bands = options.bands ?? 16;
    this.rows = options.rows ?? 4;
    this.minWords = options.minWords ?? 25;
    this.buckets = Array.from({ length: this.bands }, () => new BucketTable());
  }

  /** The map of a saved state is made when first needed: a warm start is ready without
   *  100,000 paths hashed, and the work after ready makes it. */
  private get idOf(): Map<string, number> {
    if (!this.idMap) this.makeIdOf(() => true);
    return this.idMap!;
  }

  /** Makes the map of a saved state's entries, a thousand at a time while `more()` says so:
   *  true once it is made (anything that changes the entries asks for it first). */
  makeIdOf(more: () => boolean): boolean {
    const saved = this.savedEntries;
    if (!saved) return true;
    const { paths, ids, map } = saved;
    let i = saved.made;
    do {
      const to = Math.min(paths.length, i + 1024);
      for (; i < to; i++) map.set(paths[i], ids[i]);
    } while (i < paths.length && more());
    saved.made = i;
    if (i < paths.length) return false;
    this.idMap = map;
    this.savedEntries = undefined;
    return true;
  }

  get size(): number {
    return this.idOf.size;
  }

  has(path: string): boolean {
    return this.idOf.has(path);
  }

  /** The body's fingerprint: what the index keeps instead of the text. */
  fingerprint(text: string): BodyFingerprint {
    return bodyFingerprint(text, parseArticle(text), { shingleSize: this.shingleSize, minWords: this.minWords, bins: this.bands * this.rows });
  }

  /**
   * Indexes (or re-indexes) an article. Returns the paths whose duplicate findings may have
   * changed: this one, and a bounded few others.
   */
  set(path: string, text: string): string[] {
    return this.setFingerprint(path, this.fingerprint(text));
  }

  /** Indexes an article from its fingerprint (an ArticleSummary's): no text needed.
   *  `track` false: the caller republishes everything anyway (a scan), so the others whose
   *  findings change are not worked out. */
  setFingerprint(path: string, fp: BodyFingerprint, track = true): string[] {
    if (fp.signature && fp.signature.length !== this.bands * this.rows) throw new Error(`fingerprint of ${fp.signature.length} values, expected ${this.bands * this.rows}`);
    if (this.sameButHash(path, fp)) return [path];
    const affected = new Set<string>(this.remove(path));
    const id = this.freeIds.pop() ?? this.nextId++;
    this.makeRoom(id);
    this.idOf.set(path, id);
    this.pathOf[id] = path;
    this.starts[id] = fp.start;
    this.ends[id] = fp.end;
    affected.add(path);
    if (!fp.signature || !fp.exact) return [...affected];
    // A copy: the fingerprint's array may be a view of a whole cache record.
    this.storeSignature(id, fp.signature);
    if ((id + 1) * this.bands > this.slotKeys.length) {
      // Half again: at 100,000 articles the keys are 6 MB, and a new article grows them.
      const grown = new Uint16Array(Math.max(1024, Math.ceil((id + 1) * 1.5)) * this.bands);
      grown.set(this.slotKeys);
      this.slotKeys = grown;
    }
    for (let b = 0; b < this.bands; b++) this.slotKeys[id * this.bands + b] = this.bandKey(fp.signature, 0, b);
    let f = this.families.get(fp.exact[0], fp.exact[1]);
    const made = f < 0;
    if (made) {
      f = this.freeFamilies.pop() ?? this.familyMembers.length;
      this.families.set(f, fp.exact[0], fp.exact[1]);
    }
    this.familyOf[id] = f;
    if (made) {
      this.represent(id);
      // A new body: the articles it resembles may find it a better match.
      if (track) for (const c of this.candidates(id)) affected.add(c);
    }
    const at = this.join(f, id);
    if (!track) return [...affected];
    // Members point at the family's first path; the first points at the second; articles
    // nearly the same point at the first too.
    const count = this.memberCount(f);
    if (at === 0) {
      for (let i = 0; i < count; i++) affected.add(this.pathOf[this.memberAt(f, i)]!);
      for (const c of this.candidates(id)) affected.add(c);
    } else if (at === 1 || count === 2) affected.add(this.pathOf[this.memberAt(f, 0)]!);
    return [...affected];
  }

  /**
   * A keystroke in an article like no other: its body hash changes, but its signature and first
   * line mostly do not. It then only changes family name, alone in both: no bucket moves, and
   * no other article's finding changes (their matches and the places they point at are the same).
   */
  private sameButHash(path: string, fp: BodyFingerprint): boolean {
    const id = this.idOf.get(path);
    if (id === undefined || this.familyOf[id] < 0 || !(this.flags[id] & SIGNED) || !fp.signature || !fp.exact || this.starts[id] !== fp.start || this.ends[id] !== fp.end) return false;
    const values = this.signatureArray(id);
    const from = this.signatureStart(id);
    for (let i = 0; i < fp.signature.length; i++) if ((fp.signature[i] & VALUE_MASK) !== values[from + i]) return false;
    const f = this.familyOf[id];
    const [a, b] = fp.exact;
    if (a >>> 0 === this.families.firstOf(f) && b >>> 0 === this.families.secondOf(f)) return true;
    if (this.families.get(a, b) >= 0 || this.memberCount(f) !== 1) return false;
    // Renamed, not remade: made last, as a family made now would be (toState keeps the order).
    this.families.delete(f);
    this.families.set(f, a, b);
    return true;
  }

  /** Forgets an article; returns the paths whose duplicate findings may have changed. */
  delete(path: string): string[] {
    if (!this.idOf.has(path)) return [];
    return [...new Set([path, ...this.remove(path)])];
  }

  /** The other article this one duplicates, if any: one entry at most (see findingsFor). */
  duplicatesOf(path: string): DuplicateMatch[] {
    const m = this.match(path);
    return m ? [m] : [];
  }

  private match(path: string): DuplicateMatch | undefined {
    const id = this.idOf.get(path);
    if (id === undefined || !(this.flags[id] & SIGNED) || this.familyOf[id] < 0) return undefined;
    const f = this.familyOf[id];
    if (this.memberCount(f) > 1) {
      const first = this.memberAt(f, 0);
      return { path: this.pathOf[first === id ? this.memberAt(f, 1) : first]!, similarity: 1, identical: true };
    }
    let best: DuplicateMatch | undefined;
    // A signature agreeing in a share `threshold` of its positions disagrees in at most
    // (1 − threshold)·length of them, and each disagreement breaks at most one band: fewer
    // shared bands than that cannot reach the threshold, and are not compared.
    const needed = this.bands - Math.floor((1 - this.threshold) * this.bands * this.rows + 1e-9);
    // In a large corpus, 16 full buckets of 32: most turned away on their band keys.
    this.eachSharingBucket(id, (other) => (best = this.closer(id, other, needed, best)));
    return best;
  }

  /** `best`, or representative `id` when it is a closer match of entry `e` (or as close, by path). */
  private closer(e: number, id: number, needed: number, best: DuplicateMatch | undefined): DuplicateMatch | undefined {
    const keys = this.slotKeys;
    const a = e * this.bands;
    const b = id * this.bands;
    let shared = 0;
    // Stops as soon as the bands left cannot make up the number needed.
    for (let k = 0; k < this.bands && shared + this.bands - k >= needed; k++) if (keys[a + k] === keys[b + k]) shared++;
    if (shared < needed) return best;
    // Its own family has the same keys: turned away here, after the keys, not before.
    const f = this.familyOf[id];
    if (f === this.familyOf[e]) return best;
    const similarity = this.estimate(e, id);
    if (similarity < this.threshold) return best;
    const other = this.pathOf[this.memberAt(f, 0)]!;
    return !best || similarity > best.similarity || (similarity === best.similarity && other < best.path) ? { path: other, similarity, identical: false } : best;
  }

  /** `corpus/duplicate-article` for one article, pointing at the other file. */
  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    const id = this.idOf.get(path);
    const d = this.match(path);
    if (id === undefined || !d) return [];
    const other = this.idOf.get(d.path)!;
    const pct = d.identical ? 100 : Math.min(99, Math.round(d.similarity * 100));
    const t = translator(config?.language);
    const finding: Finding = {
      code: corpusDuplicateArticle.code,
      severity: corpusDuplicateArticle.defaultSeverity,
      message: d.identical ? t('corpus.duplicate.identical', { file: baseName(d.path) }) : t('corpus.duplicate.similar', { percent: pct, file: baseName(d.path) }),
      start: this.starts[id],
      end: this.ends[id],
      related: [{ path: d.path, start: this.starts[other], end: this.ends[other], message: d.identical ? t('corpus.duplicate.related.identical') : t('corpus.duplicate.related.similar', { percent: pct }) }],
    };
    return withConfiguredSeverity([finding], config);
  }

  /** Each article and the one it duplicates (a before b), for reports over the whole corpus. */
  *pairs(): Generator<{ a: string; b: string; similarity: number; identical: boolean }> {
    for (const path of this.idOf.keys()) {
      const d = this.match(path);
      if (d && (path < d.path || this.match(d.path)?.path !== path)) yield { a: path < d.path ? path : d.path, b: path < d.path ? d.path : path, similarity: d.similarity, identical: d.identical };
    }
  }

  /** Paths of the representatives sharing a bucket with entry `e` (of other families). */
  private candidates(e: number): string[] {
    const out: string[] = [];
    this.eachSharingBucket(e, (id) => {
      if (this.familyOf[id] !== this.familyOf[e]) out.push(this.pathOf[id]!);
    });
    return out;
  }

  /** Calls `visit` once for each other representative sharing a bucket with entry `e`; a
   *  representative in several of its buckets is marked as seen, in an array by entry number. */
  private eachSharingBucket(e: number, visit: (id: number) => void): void {
    if (!(this.flags[e] & SIGNED)) return;
    if (this.seenBy.length < this.nextId) {
      const grown = new Int32Array(this.nextId * 2);
      grown.set(this.seenBy);
      this.seenBy = grown;
    }
    if (this.walkNumber === 0x7fffffff) {
      this.seenBy.fill(0);
      this.walkNumber = 0;
    }
    const mark = ++this.walkNumber;
    this.seenBy[e] = mark;
    const one = (id: number) => {
      if (this.seenBy[id] === mark) return;
      this.seenBy[id] = mark;
      visit(id);
    };
    for (let b = 0; b < this.bands; b++) {
      const ids = this.buckets[b].get(this.bandKeyOf(e, b));
      if (typeof ids === 'number') one(ids);
      else if (ids) for (const id of ids) one(id);
    }
  }

  private represent(id: number): void {
    this.flags[id] |= REPRESENTATIVE;
    for (let b = 0; b < this.bands; b++) this.buckets[b].add(this.bandKeyOf(id, b), id, BUCKET_CAP);
  }

  private unrepresent(id: number): void {
    this.flags[id] &= ~REPRESENTATIVE;
    for (let b = 0; b < this.bands; b++) this.buckets[b].remove(this.bandKeyOf(id, b), id);
  }

  /** Takes an article out; returns the others whose findings may change. */
  private remove(path: string): string[] {
    const id = this.idOf.get(path);
    if (id === undefined) return [];
    this.idOf.delete(path);
    this.pathOf[id] = undefined;
    this.freeIds.push(id);
    const f = this.familyOf[id];
    const representative = (this.flags[id] & REPRESENTATIVE) !== 0;
    const affected: string[] = [];
    if (f >= 0) {
      const at = this.leave(f, id);
      const left = this.memberCount(f);
      if (at === 0) for (let i = 0; i < left; i++) affected.push(this.pathOf[this.memberAt(f, i)]!);
      else if (at === 1 || left === 1) affected.push(this.pathOf[this.memberAt(f, 0)]!);
      // Its number still holds its signature, band keys and family for the walk.
      if (at === 0 || representative) for (const c of this.candidates(id)) affected.push(c);
      if (representative) {
        this.unrepresent(id);
        if (left) this.represent(this.memberAt(f, 0));
      }
      if (left === 0) {
        this.families.delete(f);
        this.freeFamilies.push(f);
      }
    }
    this.flags[id] = 0;
    this.familyOf[id] = -1;
    return affected;
  }

  /** Puts entry `id` among family `f`'s members by path; returns its place. */
  private join(f: number, id: number): number {
    const members = this.familyMembers[f];
    if (members === undefined) {
      this.familyMembers[f] = id;
      return 0;
    }
    const list = typeof members === 'number' ? [members] : members;
    const path = this.pathOf[id]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pathOf[list[mid]]! < path) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, id);
    this.familyMembers[f] = list;
    return lo;
  }

  /** Takes entry `id` out of family `f`'s members; returns the place it had. */
  private leave(f: number, id: number): number {
    const members = this.familyMembers[f]!;
    if (typeof members === 'number') {
      this.familyMembers[f] = undefined;
      return 0;
    }
    const at = members.indexOf(id);
    members.splice(at, 1);
    if (members.length === 1) this.familyMembers[f] = members[0];
    return at;
  }

  private memberCount(f: number): number {
    const members = this.familyMembers[f];
    return members === undefined ? 0 : typeof members === 'number' ? 1 : members.length;
  }

  private memberAt(f: number, i: number): number {
    const members = this.familyMembers[f]!;
    return typeof members === 'number' ? members : members[i];
  }

  /** Makes the arrays by entry number long enough for `id` (doubled, unless told how long). */
  private makeRoom(id: number, length = Math.max(1024, (id + 1) * 2)): void {
    if (id < this.starts.length) return;
    this.starts = grown(this.starts, length);
    this.ends = grown(this.ends, length);
    this.flags = grown(this.flags, length);
    this.familyOf = grown(this.familyOf, length).fill(-1, this.familyOf.length);
    this.signatureAt = grown(this.signatureAt, length);
  }

  /** Copies a signature in as entry `id`'s, into a slot of the index's own. */
  private storeSignature(id: number, signature: Uint32Array): void {
    const width = this.bands * this.rows;
    let at = this.signatureAt[id];
    if (at <= 0) {
      const slot = this.ownSlots++;
      if (slot >> CHUNK_BITS === this.signatureChunks.length) this.signatureChunks.push(new Uint16Array((CHUNK_MASK + 1) * width));
      at = this.signatureAt[id] = slot + 1;
    }
    // (A Uint16Array keeps the low 16 bits of what it is given.)
    this.signatureChunks[(at - 1) >> CHUNK_BITS].set(signature, ((at - 1) & CHUNK_MASK) * width);
    this.flags[id] |= SIGNED;
  }

  /** The array holding entry `id`'s signature, from signatureStart(id). */
  private signatureArray(id: number): Uint16Array {
    const at = this.signatureAt[id];
    return at < 0 ? this.savedSignatures : this.signatureChunks[(at - 1) >> CHUNK_BITS];
  }

  private signatureStart(id: number): number {
    const at = this.signatureAt[id];
    return (at < 0 ? -at - 1 : (at - 1) & CHUNK_MASK) * this.bands * this.rows;
  }

  /** The whole index as plain arrays (DuplicateIndexState): entries in their order, families,
   *  buckets with their representatives in order, entry numbers as they were. */
  toState(): DuplicateIndexState {
    const width = this.bands * this.rows;
    const ids = Int32Array.from(this.idOf.values());
    const position = new Int32Array(this.nextId);
    ids.forEach((id, i) => (position[id] = i));
    let signed = 0;
    for (const id of ids) if (this.flags[id] & SIGNED) signed++;
    const signatures = new Uint16Array(signed * width);
    signed = 0;
    for (const id of ids) {
      if (!(this.flags[id] & SIGNED)) continue;
      const values = this.signatureArray(id);
      const from = this.signatureStart(id);
      signatures.set(values.subarray(from, from + width), signed++ * width);
    }
    const familySizes: number[] = [];
    const familyMembers: number[] = [];
    // Family numbers as saved: in the order the families were made, none free.
    const savedNumber = new Int32Array(this.familyMembers.length).fill(-1);
    for (const f of this.families.families()) {
      savedNumber[f] = familySizes.length;
      const count = this.memberCount(f);
      familySizes.push(count);
      for (let i = 0; i < count; i++) familyMembers.push(position[this.memberAt(f, i)]);
    }
    const families = ids.map((id) => {
      const f = this.familyOf[id];
      if (f < 0) return -1;
      if (savedNumber[f] < 0) savedNumber[f] = familySizes.push(0) - 1;
      return savedNumber[f];
    });
    const familyTable = this.families.toState(savedNumber, familySizes.length);
    const keysInUse = new Uint16Array(this.nextId * this.bands);
    keysInUse.set(this.slotKeys.subarray(0, keysInUse.length));
    return {
      shape: [this.bands, this.rows],
      paths: [...this.idOf.keys()],
      ids,
      starts: ids.map((id) => this.starts[id]),
      ends: ids.map((id) => this.ends[id]),
      flags: Uint8Array.from(ids, (id) => this.flags[id]),
      families,
      signatures,
      familyFirstHashes: familyTable.first,
      familySecondHashes: familyTable.second,
      familySlots: familyTable.slots,
      familySizes: Int32Array.from(familySizes),
      familyMembers: Int32Array.from(familyMembers),
      buckets: this.buckets.map((b) => b.toState()),
      nextId: this.nextId,
      freeIds: Int32Array.from(this.freeIds),
      slotKeys: keysInUse,
    };
  }

  /** An index holding exactly what toState() saw (made with the same options). */
  static fromState(s: DuplicateIndexState, options: DuplicateIndexOptions = {}): DuplicateIndex {
    const x = new DuplicateIndex(options);
    if (s.shape[0] !== x.bands || s.shape[1] !== x.rows) throw new Error(`duplicate index of ${s.shape.join('×')} bands, expected ${x.bands}×${x.rows}`);
    x.makeRoom(s.nextId - 1, s.nextId);
    x.pathOf = new Array<string | undefined>(s.nextId).fill(undefined);
    // The state's signatures stay where they are, read in place: 100,000 arrays or views of
    // their own cost a warm start as many allocations (a replaced entry's old values stay in
    // it, as the others' do).
    x.savedSignatures = s.signatures;
    let signed = 0;
    s.paths.forEach((path, i) => {
      const id = s.ids[i];
      x.pathOf[id] = path;
      x.starts[id] = s.starts[i];
      x.ends[id] = s.ends[i];
      x.flags[id] = s.flags[i];
      x.familyOf[id] = s.families[i];
      if (s.flags[i] & SIGNED) x.signatureAt[id] = -1 - signed++;
    });
    x.idMap = undefined;
    x.savedEntries = { paths: s.paths, ids: s.ids, map: new Map(), made: 0 };
    // Family numbers as saved; one with no members is never given to another family. Those with
    // members are the table's, numbers 0 to its size − 1 in the order they were made.
    x.families = FamilyTable.fromState({ first: s.familyFirstHashes, second: s.familySecondHashes, slots: s.familySlots });
    if (s.familySizes.length !== s.familyFirstHashes.length) throw new Error('a damaged duplicate index');
    let at = 0;
    for (let f = 0; f < s.familySizes.length; f++) {
      const size = s.familySizes[f];
      if ((size > 0) !== (f < x.families.size)) throw new Error('a damaged duplicate index');
      if (size === 0) x.familyMembers.push(undefined);
      else if (size === 1) x.familyMembers.push(s.ids[s.familyMembers[at++]]);
      else {
        const members: number[] = [];
        for (let k = 0; k < size; k++) members.push(s.ids[s.familyMembers[at++]]);
        x.familyMembers.push(members);
      }
    }
    if (s.buckets.length !== x.bands) throw new Error('a duplicate index with another number of bands');
    x.buckets = s.buckets.map((b) => BucketTable.fromState(b));
    x.nextId = s.nextId;
    for (const id of s.freeIds) x.freeIds.push(id);
    // As many as there are entry numbers: the first new article grows them (setFingerprint).
    x.slotKeys = new Uint16Array(Math.max(1024, s.nextId) * x.bands);
    x.slotKeys.set(s.slotKeys);
    return x;
  }

  /** The key of band `band` of the signature at `from` of `values` (a fingerprint's, or one kept). */
  private bandKey(values: Uint32Array | Uint16Array, from: number, band: number): number {
    let h = fmix32(band + 0x51ed27);
    for (let r = 0; r < this.rows; r++) h = fmix32(Math.imul(h, 31) + (values[from + band * this.rows + r] & VALUE_MASK));
    return h;
  }

  /** Entry `id`'s whole key of band `band`, from its signature (still kept after it left). */
  private bandKeyOf(id: number, band: number): number {
    return this.bandKey(this.signatureArray(id), this.signatureStart(id), band);
  }

  /** The share of positions where two entries' signatures agree. */
  private estimate(a: number, b: number): number {
    const width = this.bands * this.rows;
    const x = this.signatureArray(a);
    const y = this.signatureArray(b);
    const i = this.signatureStart(a);
    const j = this.signatureStart(b);
    let same = 0;
    for (let k = 0; k < width; k++) if (x[i + k] === y[j + k]) same++;
    return same / width;
  }
}
