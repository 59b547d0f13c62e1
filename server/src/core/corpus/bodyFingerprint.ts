// An article body reduced to what duplicate detection needs, without the text: a MinHash
// signature of its word 5-gram shingles and two hashes of the whole normalised body.

import type { Article } from './article';
import { findRelatedBlock } from './trailer';
import { toNfc } from '../text/nfc';

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string, seed: number): number {
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

const WORD_CHAR = /[\p{L}\p{N}]/u;
let wordChars: Uint8Array | undefined;

/** 1 for each UTF-16 unit outside the surrogates that is a letter or a digit; built once. */
function wordTable(): Uint8Array {
  if (!wordChars) {
    wordChars = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) wordChars[c] = 1;
  }
  return wordChars;
}

function isAstralWord(s: string, i: number): boolean {
  return WORD_CHAR.test(s.slice(i, i + 2));
}

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
  const raw = text.slice(lines[first].start, lines[end - 1].end);
  const body = toNfc(raw).toLowerCase();
  const words: number[] = [];
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  // The words of /[\p{L}\p{N}]+/u, scanned by hand: no match object or string per word.
  const isWord = wordTable();
  const len = body.length;
  let i = 0;
  while (i < len) {
    let c = body.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) width = 2;
    if (!(width === 1 ? isWord[c] === 1 : isAstralWord(body, i))) {
      i += width;
      continue;
    }
    // One word: its hash (as hashString(word, 0)) and the two running hashes of the body.
    let w = 0x811c9dc5;
    while (i < len) {
      c = body.charCodeAt(i);
      width = c >= 0xd800 && c <= 0xdbff && i + 1 < len && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      if (!(width === 1 ? isWord[c] === 1 : isAstralWord(body, i))) break;
      for (let u = 0; u < width; u++) {
        const cu = body.charCodeAt(i + u);
        w = Math.imul(w ^ cu, 0x01000193);
        h1 = Math.imul(h1 ^ cu, 0x01000193);
        h2 = Math.imul(h2 ^ cu, 0x5bd1e995);
      }
      i += width;
    }
    words.push(fmix32(w));
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

