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
  /** Each entry's family as a number into familyKeys; −1 for none (100,000 strings the same
   *  as the keys were as many to read back and keep twice). */
  families: Int32Array;
  /** The signatures of the entries that have one, in entry order. */
  signatures: Uint32Array;
  /** The families' keys; one with no members is an entry's family that has no family list. */
  familyKeys: string[];
  familySizes: Int32Array;
  /** Members of each family by position in `paths`, in their sorted order. */
  familyMembers: Int32Array;
  buckets: BucketTableState[];
  nextId: number;
  freeIds: Int32Array;
  slotKeys: Uint32Array;
}

/** Representatives an LSH bucket keeps: more would make a big near-duplicate family quadratic. */
const BUCKET_CAP = 32;

interface Entry {
  id: number;
  path: string;
  signature?: Uint32Array;
  /** The whole normalised body's two hashes, as one key. */
  family?: string;
  /** In the LSH buckets on behalf of its family (its first member to arrive). */
  representative: boolean;
  /** The first body line, where findings are placed. */
  start: number;
  end: number;
}

export class DuplicateIndex {
  private readonly threshold: number;
  private readonly shingleSize: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minWords: number;
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<number, Entry>();
  /** Family key → member paths, sorted. */
  private readonly families = new Map<string, string[]>();
  /** One table per band: band hash → representative ids (at most BUCKET_CAP). */
  private buckets: BucketTable[];
  private nextId = 1;
  /** Numbers of entries gone, to reuse: the per-number arrays below stay as long as the corpus. */
  private readonly freeIds: number[] = [];
  /** Band keys by entry number, `bands` each: a match reads a candidate's keys from one cache
   *  line instead of through its entry and its own array (a large corpus has millions of
   *  candidates to turn away). */
  private slotKeys = new Uint32Array(0);
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

  get size(): number {
    return this.entries.size;
  }

  has(path: string): boolean {
    return this.entries.has(path);
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
    const entry: Entry = { id: this.freeIds.pop() ?? this.nextId++, path, start: fp.start, end: fp.end, representative: false };
    this.entries.set(path, entry);
    this.byId.set(entry.id, entry);
    affected.add(path);
    if (!fp.signature || !fp.exact) return [...affected];
    entry.family = `${fp.exact[0]}:${fp.exact[1]}`;
    // A copy: the fingerprint's array may be a view of a whole cache record.
    entry.signature = fp.signature.slice();
    if ((entry.id + 1) * this.bands > this.slotKeys.length) {
      const grown = new Uint32Array(Math.max(1024, entry.id + 1) * 2 * this.bands);
      grown.set(this.slotKeys);
      this.slotKeys = grown;
    }
    for (let b = 0; b < this.bands; b++) this.slotKeys[entry.id * this.bands + b] = this.bandKey(fp.signature, b);
    let members = this.families.get(entry.family);
    if (!members) {
      this.families.set(entry.family, (members = []));
      this.represent(entry);
      // A new body: the articles it resembles may find it a better match.
      if (track) for (const c of this.candidates(entry)) affected.add(c.path);
    }
    const at = insertSorted(members, path);
    if (!track) return [...affected];
    // Members point at the family's first path; the first points at the second; articles
    // nearly the same point at the first too.
    if (at === 0) {
      for (const m of members) affected.add(m);
      for (const c of this.candidates(entry)) affected.add(c.path);
    } else if (at === 1 || members.length === 2) affected.add(members[0]);
    return [...affected];
  }

  /**
   * A keystroke in an article like no other: its body hash changes, but its signature and first
   * line mostly do not. It then only changes family name, alone in both: no bucket moves, and
   * no other article's finding changes (their matches and the places they point at are the same).
   */
  private sameButHash(path: string, fp: BodyFingerprint): boolean {
    const e = this.entries.get(path);
    if (!e?.family || !e.signature || !fp.signature || !fp.exact || e.start !== fp.start || e.end !== fp.end) return false;
    const family = `${fp.exact[0]}:${fp.exact[1]}`;
    for (let i = 0; i < fp.signature.length; i++) if (fp.signature[i] !== e.signature[i]) return false;
    if (family === e.family) return true;
    if (this.families.has(family) || this.families.get(e.family)!.length !== 1) return false;
    this.families.delete(e.family);
    this.families.set(family, [path]);
    e.family = family;
    return true;
  }

  /** Forgets an article; returns the paths whose duplicate findings may have changed. */
  delete(path: string): string[] {
    if (!this.entries.has(path)) return [];
    return [...new Set([path, ...this.remove(path)])];
  }

  /** The other article this one duplicates, if any: one entry at most (see findingsFor). */
  duplicatesOf(path: string): DuplicateMatch[] {
    const m = this.match(path);
    return m ? [m] : [];
  }

  private match(path: string): DuplicateMatch | undefined {
    const e = this.entries.get(path);
    if (!e?.signature || !e.family) return undefined;
    const members = this.families.get(e.family)!;
    if (members.length > 1) return { path: members[0] === path ? members[1] : members[0], similarity: 1, identical: true };
    let best: DuplicateMatch | undefined;
    // A signature agreeing in a share `threshold` of its positions disagrees in at most
    // (1 − threshold)·length of them, and each disagreement breaks at most one band: fewer
    // shared bands than that cannot reach the threshold, and are not compared.
    const needed = this.bands - Math.floor((1 - this.threshold) * this.bands * this.rows + 1e-9);
    // In a large corpus, 16 full buckets of 32: most turned away on their band keys.
    this.eachSharingBucket(e, (id) => (best = this.closer(e, id, needed, best)));
    return best;
  }

  /** `best`, or representative `id` when it is a closer match of `e` (or as close, by path). */
  private closer(e: Entry, id: number, needed: number, best: DuplicateMatch | undefined): DuplicateMatch | undefined {
    const keys = this.slotKeys;
    const a = e.id * this.bands;
    const b = id * this.bands;
    let shared = 0;
    // Stops as soon as the bands left cannot make up the number needed.
    for (let k = 0; k < this.bands && shared + this.bands - k >= needed; k++) if (keys[a + k] === keys[b + k]) shared++;
    if (shared < needed) return best;
    // Its own family has the same keys: turned away here, after the keys, not before.
    const o = this.byId.get(id)!;
    if (o.family === e.family) return best;
    const similarity = this.estimate(e.signature!, o.signature!);
    if (similarity < this.threshold) return best;
    const other = this.families.get(o.family!)![0];
    return !best || similarity > best.similarity || (similarity === best.similarity && other < best.path) ? { path: other, similarity, identical: false } : best;
  }

  /** `corpus/duplicate-article` for one article, pointing at the other file. */
  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    const e = this.entries.get(path);
    const d = this.match(path);
    if (!e || !d) return [];
    const other = this.entries.get(d.path)!;
    const pct = d.identical ? 100 : Math.min(99, Math.round(d.similarity * 100));
    const t = translator(config?.language);
    const finding: Finding = {
      code: corpusDuplicateArticle.code,
      severity: corpusDuplicateArticle.defaultSeverity,
      message: d.identical ? t('corpus.duplicate.identical', { file: baseName(d.path) }) : t('corpus.duplicate.similar', { percent: pct, file: baseName(d.path) }),
      start: e.start,
      end: e.end,
      related: [{ path: d.path, start: other.start, end: other.end, message: d.identical ? t('corpus.duplicate.related.identical') : t('corpus.duplicate.related.similar', { percent: pct }) }],
    };
    return withConfiguredSeverity([finding], config);
  }

  /** Each article and the one it duplicates (a before b), for reports over the whole corpus. */
  *pairs(): Generator<{ a: string; b: string; similarity: number; identical: boolean }> {
    for (const [path] of this.entries) {
      const d = this.match(path);
      if (d && (path < d.path || this.match(d.path)?.path !== path)) yield { a: path < d.path ? path : d.path, b: path < d.path ? d.path : path, similarity: d.similarity, identical: d.identical };
    }
  }

  /** Representatives sharing a bucket with this entry (of other families). */
  private candidates(e: Entry): Entry[] {
    const out: Entry[] = [];
    this.eachSharingBucket(e, (id) => {
      const o = this.byId.get(id)!;
      if (o.family !== e.family) out.push(o);
    });
    return out;
  }

  /** Calls `visit` once for each other representative sharing a bucket with `e`; a
   *  representative in several of its buckets is marked as seen, in an array by entry number. */
  private eachSharingBucket(e: Entry, visit: (id: number) => void): void {
    if (!e.signature) return;
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
    this.seenBy[e.id] = mark;
    const one = (id: number) => {
      if (this.seenBy[id] === mark) return;
      this.seenBy[id] = mark;
      visit(id);
    };
    for (let b = 0; b < this.bands; b++) {
      const ids = this.buckets[b].get(this.slotKeys[e.id * this.bands + b]);
      if (typeof ids === 'number') one(ids);
      else if (ids) for (const id of ids) one(id);
    }
  }

  private represent(e: Entry): void {
    e.representative = true;
    for (let b = 0; b < this.bands; b++) this.buckets[b].add(this.slotKeys[e.id * this.bands + b], e.id, BUCKET_CAP);
  }

  private unrepresent(e: Entry): void {
    e.representative = false;
    for (let b = 0; b < this.bands; b++) this.buckets[b].remove(this.slotKeys[e.id * this.bands + b], e.id);
  }

  /** Takes an article out; returns the others whose findings may change. */
  private remove(path: string): string[] {
    const e = this.entries.get(path);
    if (!e) return [];
    this.entries.delete(path);
    this.byId.delete(e.id);
    this.freeIds.push(e.id);
    if (!e.family) return [];
    const affected: string[] = [];
    const members = this.families.get(e.family)!;
    const at = members.indexOf(path);
    members.splice(at, 1);
    if (at === 0) affected.push(...members);
    else if (at === 1 || members.length === 1) affected.push(members[0]);
    if (at === 0 || e.representative) for (const c of this.candidates(e)) affected.push(c.path);
    if (e.representative) {
      this.unrepresent(e);
      if (members.length) this.represent(this.entries.get(members[0])!);
    }
    if (members.length === 0) this.families.delete(e.family);
    return affected;
  }

  /** The whole index as plain arrays (DuplicateIndexState): entries in their order, families,
   *  buckets with their representatives in order, entry numbers as they were. */
  toState(): DuplicateIndexState {
    const entries = [...this.entries.values()];
    const position = new Map(entries.map((e, i) => [e.path, i]));
    const signed = entries.filter((e) => e.signature);
    const signatures = new Uint32Array(signed.length * this.bands * this.rows);
    signed.forEach((e, i) => signatures.set(e.signature!, i * this.bands * this.rows));
    const familyKeys: string[] = [];
    const familySizes: number[] = [];
    const familyMembers: number[] = [];
    const familyNumber = new Map<string, number>();
    for (const [key, members] of this.families) {
      familyNumber.set(key, familyKeys.push(key) - 1);
      familySizes.push(members.length);
      for (const m of members) familyMembers.push(position.get(m)!);
    }
    const families = Int32Array.from(entries, (e) => {
      if (!e.family) return -1;
      let n = familyNumber.get(e.family);
      if (n === undefined) {
        familyNumber.set(e.family, (n = familyKeys.push(e.family) - 1));
        familySizes.push(0);
      }
      return n;
    });
    const keysInUse = new Uint32Array(this.nextId * this.bands);
    keysInUse.set(this.slotKeys.subarray(0, keysInUse.length));
    return {
      shape: [this.bands, this.rows],
      paths: entries.map((e) => e.path),
      ids: Int32Array.from(entries, (e) => e.id),
      starts: Int32Array.from(entries, (e) => e.start),
      ends: Int32Array.from(entries, (e) => e.end),
      flags: Uint8Array.from(entries, (e) => (e.signature ? 1 : 0) | (e.representative ? 2 : 0)),
      families,
      signatures,
      familyKeys,
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
    const width = x.bands * x.rows;
    const entries: Entry[] = [];
    let signed = 0;
    s.paths.forEach((path, i) => {
      const e: Entry = { id: s.ids[i], path, start: s.starts[i], end: s.ends[i], representative: (s.flags[i] & 2) !== 0 };
      if (s.families[i] >= 0) e.family = s.familyKeys[s.families[i]];
      // Views of the state's one array: 100,000 small buffers of their own cost a warm start
      // as many allocations (a replaced entry's old values stay in it, as the others' do).
      if (s.flags[i] & 1) e.signature = s.signatures.subarray(signed * width, ++signed * width);
      entries.push(e);
      x.entries.set(path, e);
      x.byId.set(e.id, e);
    });
    let at = 0;
    s.familyKeys.forEach((key, f) => {
      const members: string[] = [];
      for (let k = 0; k < s.familySizes[f]; k++) members.push(entries[s.familyMembers[at++]].path);
      if (members.length) x.families.set(key, members);
    });
    if (s.buckets.length !== x.bands) throw new Error('a duplicate index with another number of bands');
    x.buckets = s.buckets.map((b) => BucketTable.fromState(b));
    x.nextId = s.nextId;
    for (const id of s.freeIds) x.freeIds.push(id);
    x.slotKeys = new Uint32Array(Math.max(1024, s.nextId) * 2 * x.bands);
    x.slotKeys.set(s.slotKeys);
    return x;
  }

  private bandKey(sig: Uint32Array, band: number): number {
    let h = fmix32(band + 0x51ed27);
    for (let r = 0; r < this.rows; r++) h = fmix32(Math.imul(h, 31) + sig[band * this.rows + r]);
    return h;
  }

  private estimate(a: Uint32Array, b: Uint32Array): number {
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    return same / a.length;
  }
}

/** Inserts into a sorted array; returns the index. */
function insertSorted(list: string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
  return lo;
}
