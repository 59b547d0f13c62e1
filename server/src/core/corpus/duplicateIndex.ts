// Finds articles with the same or nearly the same body across a corpus, incrementally and
// without keeping texts: each article is reduced to a MinHash signature of its word
// 5-gram shingles, and locality-sensitive hashing (bands of the signature) proposes the
// candidates, so adding or looking up an article costs the same with 100 or 100,000 others.

import type { Finding } from '../diagnostic';
import type { CorpusConfig } from '../config/corpusConfig';
import { parseArticle, type Article } from './article';
import { findRelatedBlock } from './trailer';
import { baseName } from './fileNames';
import { corpusDuplicateArticle, withConfiguredSeverity } from '../rules/corpus';

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

/** What the index keeps of one article: about 300 bytes. */
interface Entry {
  id: number;
  path: string;
  signature?: Uint32Array;
  /** Two independent 32-bit hashes of the whole normalised body. */
  exact?: [number, number];
  bandKeys?: Uint32Array;
  /** The first body line, where findings are placed. */
  start: number;
  end: number;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

export interface BodyFingerprint {
  signature?: Uint32Array;
  exact?: [number, number];
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export interface FingerprintOptions {
  shingleSize?: number;
  minWords?: number;
  /** Signature length: a power of two (default 64). */
  bins?: number;
}

/**
 * MinHash signature of the body's word shingles by one-permutation hashing: each shingle is
 * hashed once and lands in one of `bins` bins by its top bits, each bin keeping its smallest
 * value; empty bins borrow from the next full one (rotation densification). One hash per
 * shingle instead of one per signature value, with the same Jaccard estimate.
 */
export function bodyFingerprint(text: string, article: Article, options: FingerprintOptions = {}): BodyFingerprint {
  const k = options.shingleSize ?? 5;
  const minWords = options.minWords ?? 25;
  const n = options.bins ?? 64;
  const lines = article.lines;
  const related = findRelatedBlock(lines);
  const end = related >= 0 ? related : lines.length;
  let first = article.bodyStartLine;
  while (first < end && lines[first].text.trim() === '') first++;
  const range = first < end ? { start: lines[first].start, end: lines[first].end } : { start: 0, end: 0 };
  if (first >= end) return range;
  const body = text.slice(lines[first].start, lines[end - 1].end).normalize('NFC').toLowerCase();
  const words: number[] = [];
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (const m of body.matchAll(WORD)) {
    const w = m[0];
    words.push(hashString(w, 0));
    // Two running hashes of the normalised body (words joined by one space) for exact equality.
    for (let i = 0; i < w.length; i++) {
      h1 = Math.imul(h1 ^ w.charCodeAt(i), 0x01000193);
      h2 = Math.imul(h2 ^ w.charCodeAt(i), 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 32, 0x01000193);
    h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
  }
  if (words.length < minWords) return range;
  const exact: [number, number] = [fmix32(h1 ^ words.length), fmix32(h2)];
  const shift = 32 - Math.log2(n);
  const signature = new Uint32Array(n).fill(0xffffffff);
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < k; j++) h = fmix32(Math.imul(h, 31) + words[i + j]);
    const bin = h >>> shift;
    const v = fmix32(h ^ 0x9e3779b9);
    if (v < signature[bin]) signature[bin] = v;
  }
  densify(signature);
  return { ...range, signature, exact };
}

/** Fills each empty bin from the next full one to its right (wrapping), offset by the distance. */
function densify(sig: Uint32Array): void {
  const n = sig.length;
  let full = -1;
  for (let i = 0; i < n; i++) if (sig[i] !== 0xffffffff) { full = i; break; }
  if (full < 0) return;
  for (let i = 0; i < n; i++) {
    if (sig[i] !== 0xffffffff) continue;
    let d = 1;
    while (sig[(i + d) % n] === 0xffffffff && d < n) d++;
    sig[i] = fmix32(sig[(i + d) % n] + Math.imul(d, 0x632be5ab)) & 0x7fffffff;
  }
}

export class DuplicateIndex {
  private readonly threshold: number;
  private readonly shingleSize: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minWords: number;
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<number, Entry>();
  /** One map per band: band hash → id, or ids when several articles share the bucket. */
  private readonly buckets: Array<Map<number, number | number[]>>;
  private nextId = 1;

  constructor(options: DuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.8;
    this.shingleSize = options.shingleSize ?? 5;
    this.bands = options.bands ?? 16;
    this.rows = options.rows ?? 4;
    this.minWords = options.minWords ?? 25;
    this.buckets = Array.from({ length: this.bands }, () => new Map());
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
   * changed: this one, and the articles it resembled before or resembles now.
   */
  set(path: string, text: string): string[] {
    return this.setFingerprint(path, this.fingerprint(text));
  }

  /** Indexes an article from its fingerprint (an ArticleSummary's): no text needed. */
  setFingerprint(path: string, fp: BodyFingerprint): string[] {
    const before = this.entries.has(path) ? this.duplicatesOf(path).map((d) => d.path) : [];
    this.remove(path);
    if (fp.signature && fp.signature.length !== this.bands * this.rows) throw new Error(`fingerprint of ${fp.signature.length} values, expected ${this.bands * this.rows}`);
    const entry: Entry = { id: this.nextId++, path, start: fp.start, end: fp.end, signature: fp.signature, exact: fp.exact };
    if (fp.signature) {
      entry.bandKeys = new Uint32Array(this.bands);
      for (let b = 0; b < this.bands; b++) {
        const key = this.bandKey(fp.signature, b);
        entry.bandKeys[b] = key;
        const bucket = this.buckets[b];
        const cur = bucket.get(key);
        if (cur === undefined) bucket.set(key, entry.id);
        else if (typeof cur === 'number') bucket.set(key, [cur, entry.id]);
        else cur.push(entry.id);
      }
    }
    this.entries.set(path, entry);
    this.byId.set(entry.id, entry);
    const after = this.duplicatesOf(path).map((d) => d.path);
    return [...new Set([path, ...before, ...after])];
  }

  /** Forgets an article; returns the paths whose duplicate findings may have changed. */
  delete(path: string): string[] {
    if (!this.entries.has(path)) return [];
    const before = this.duplicatesOf(path).map((d) => d.path);
    this.remove(path);
    return [path, ...before];
  }

  /** The other articles whose bodies are duplicates of this one's, most similar first. */
  duplicatesOf(path: string): DuplicateMatch[] {
    const e = this.entries.get(path);
    if (!e?.signature || !e.bandKeys) return [];
    const seen = new Set<number>([e.id]);
    const out: DuplicateMatch[] = [];
    for (let b = 0; b < this.bands; b++) {
      const cur = this.buckets[b].get(e.bandKeys[b]);
      if (cur === undefined) continue;
      for (const id of typeof cur === 'number' ? [cur] : cur) {
        if (seen.has(id)) continue;
        seen.add(id);
        const o = this.byId.get(id)!;
        const identical = o.exact![0] === e.exact![0] && o.exact![1] === e.exact![1];
        const similarity = identical ? 1 : this.estimate(e.signature, o.signature!);
        if (similarity >= this.threshold) out.push({ path: o.path, similarity, identical });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity || (a.path < b.path ? -1 : 1));
  }

  /** `corpus/duplicate-article` findings for one article, each pointing at the other file. */
  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    const e = this.entries.get(path);
    if (!e) return [];
    const findings: Finding[] = this.duplicatesOf(path).map((d) => {
      const other = this.entries.get(d.path)!;
      const pct = d.identical ? 100 : Math.min(99, Math.round(d.similarity * 100));
      return {
        code: corpusDuplicateArticle.code,
        severity: corpusDuplicateArticle.defaultSeverity,
        message: d.identical
          ? `This article has the same body as ${baseName(d.path)}.`
          : `This article's body is ${pct}% the same as ${baseName(d.path)} (shared word 5-grams, estimated).`,
        start: e.start,
        end: e.end,
        related: [{ path: d.path, start: other.start, end: other.end, message: d.identical ? 'the same body' : `${pct}% the same body` }],
      };
    });
    return withConfiguredSeverity(findings, config);
  }

  /** Every pair of duplicates once (a before b), for reports over the whole corpus. */
  *pairs(): Generator<{ a: string; b: string; similarity: number; identical: boolean }> {
    for (const [path] of this.entries) {
      for (const d of this.duplicatesOf(path)) if (path < d.path) yield { a: path, b: d.path, similarity: d.similarity, identical: d.identical };
    }
  }

  private remove(path: string): void {
    const e = this.entries.get(path);
    if (!e) return;
    this.entries.delete(path);
    this.byId.delete(e.id);
    if (!e.bandKeys) return;
    for (let b = 0; b < this.bands; b++) {
      const bucket = this.buckets[b];
      const cur = bucket.get(e.bandKeys[b]);
      if (cur === undefined) continue;
      if (typeof cur === 'number') {
        if (cur === e.id) bucket.delete(e.bandKeys[b]);
        continue;
      }
      const i = cur.indexOf(e.id);
      if (i >= 0) cur.splice(i, 1);
      if (cur.length === 1) bucket.set(e.bandKeys[b], cur[0]);
    }
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
