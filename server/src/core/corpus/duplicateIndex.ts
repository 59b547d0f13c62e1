// Finds articles with the same or nearly the same body across a corpus, incrementally and
// without keeping texts: each article is reduced to a MinHash signature of its word
// 5-gram shingles, and locality-sensitive hashing (bands of the signature) proposes the
// candidates, so adding or looking up an article costs the same with 100 or 100,000 others.

import type { Finding } from '../diagnostic';
import type { CorpusConfig } from '../config/corpusConfig';
import { parseArticle } from './article';
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

export class DuplicateIndex {
  private readonly threshold: number;
  private readonly shingleSize: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minWords: number;
  private readonly seeds: Uint32Array;
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
    const n = this.bands * this.rows;
    this.seeds = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.seeds[i] = fmix32(0x9e3779b9 + i * 0x632be5ab);
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
    const article = parseArticle(text);
    const lines = article.lines;
    const related = findRelatedBlock(lines);
    const end = related >= 0 ? related : lines.length;
    let first = article.bodyStartLine;
    while (first < end && lines[first].text.trim() === '') first++;
    const range = first < end ? { start: lines[first].start, end: lines[first].end } : { start: 0, end: 0 };
    if (first >= end) return range;
    const body = text.slice(lines[first].start, lines[end - 1].end).normalize('NFC').toLowerCase();
    const words: number[] = [];
    const normal: string[] = [];
    for (const m of body.matchAll(WORD)) {
      words.push(hashString(m[0], 0));
      normal.push(m[0]);
    }
    if (words.length < this.minWords) return range;
    const joined = normal.join(' ');
    const exact: [number, number] = [hashString(joined, 1), hashString(joined, 2)];
    const n = this.seeds.length;
    const signature = new Uint32Array(n).fill(0xffffffff);
    const k = this.shingleSize;
    for (let i = 0; i + k <= words.length; i++) {
      let h = 0x2545f491;
      for (let j = 0; j < k; j++) h = fmix32(Math.imul(h, 31) + words[i + j]);
      for (let s = 0; s < n; s++) {
        const v = fmix32(h ^ this.seeds[s]);
        if (v < signature[s]) signature[s] = v;
      }
    }
    return { ...range, signature, exact };
  }

  /**
   * Indexes (or re-indexes) an article. Returns the paths whose duplicate findings may have
   * changed: this one, and the articles it resembled before or resembles now.
   */
  set(path: string, text: string): string[] {
    const before = this.entries.has(path) ? this.duplicatesOf(path).map((d) => d.path) : [];
    this.remove(path);
    const fp = this.fingerprint(text);
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
