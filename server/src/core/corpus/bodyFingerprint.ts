// An article body reduced to what duplicate detection needs, without the text: a MinHash
// signature of its word 5-gram shingles and two hashes of the whole normalised body.

import type { Article } from './article';
import { findRelatedBlock } from './trailer';
import { NFC_STABLE_CHAR, toNfc } from '../text/nfc';

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return fmix32(h);
}

export interface BodyFingerprint {
  signature?: Uint32Array;
  exact?: [number, number];
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Per UTF-16 unit, as one int: the unit to hash (low 16 bits), WORD when it is a letter or a
// digit, SPECIAL when the scan must look closer.
export const UNIT = 0xffff;
export const WORD = 1 << 16;
export const SPECIAL = 1 << 17;
/** The running hashes' starting values and multipliers (FNV-1a for the words and h1). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const H2_OFFSET = 0x2545f491;
export const H2_PRIME = 0x5bd1e995;
/** The body's own units: SPECIAL for the surrogates (a pair is one character). */
let bodyUnits: Int32Array | undefined;
/**
 * The text's units read as toNfc(body).toLowerCase() would have them: the unit's lower case.
 * SPECIAL where that does not hold unit by unit: a unit NFC may change (outside text/nfc's
 * stable ranges; Σ, lower-cased by its context, is one), İ (lower case of two units), surrogates.
 */
let foldedUnits: Int32Array | undefined;

function buildTables(): void {
  const body = new Int32Array(0x10000);
  const folded = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (!surrogate && WORD_CHAR.test(String.fromCharCode(c))) body[c] = WORD;
    body[c] |= surrogate ? SPECIAL : c;
  }
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const lower = NFC_STABLE_CHAR.test(ch) ? ch.toLowerCase() : ''; // (no surrogate is stable)
    folded[c] = lower.length === 1 ? body[lower.charCodeAt(0)] : SPECIAL;
  }
  bodyUnits = body;
  foldedUnits = folded;
}

/** The folded units' table (above): rules/lineFacts reads the body's words in its own walk. */
export function foldedUnitTable(): Int32Array {
  if (!foldedUnits) buildTables();
  return foldedUnits!;
}

function isAstralWord(s: string, i: number): boolean {
  return WORD_CHAR.test(s.slice(i, i + 2));
}

/** The words' hashes of the last scan (grown as needed, reused). */
let wordHashes: Uint32Array = new Uint32Array(4096);

/** The body's words as the fingerprint reads them: each word's hash (hashString(word, 0)). */
export interface BodyWords {
  /** How many words (their hashes in hashes[0, count)). */
  count: number;
  hashes: Uint32Array;
}

/**
 * The words of /[\p{L}\p{N}]+/u in s[from, to), scanned by hand: each word's hash (as
 * hashString(word, 0)) into wordHashes. `fold`: s is the raw text, lower-cased here unit by unit; undefined when a unit needs
 * the whole string's NFC and lower-casing (then scan that, not folded).
 */
function scanWords(s: string, from: number, to: number, fold: boolean): BodyWords | undefined {
  if (!bodyUnits) buildTables();
  const units = fold ? foldedUnits! : bodyUnits!;
  let words = wordHashes;
  let count = 0;
  let w = FNV_OFFSET;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const u = units[s.charCodeAt(i)];
    if (u & WORD) {
      w = Math.imul(w ^ (u & UNIT), FNV_PRIME);
      inWord = true;
      continue;
    }
    if (u & SPECIAL) {
      if (fold) return undefined;
      // A surrogate pair is one character, in a word or not; a lone surrogate is not.
      const c = s.charCodeAt(i);
      if (c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (isAstralWord(s, i)) {
          for (let j = i; j < i + 2; j++) {
            w = Math.imul(w ^ s.charCodeAt(j), FNV_PRIME);
          }
          inWord = true;
          i++;
          continue;
        }
        i++;
      }
    }
    if (inWord) {
      if (count === words.length) words = grow(words);
      words[count++] = fmix32(w);
      w = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) {
    if (count === words.length) words = grow(words);
    words[count++] = fmix32(w);
  }
  return { count, hashes: words };
}

function grow(words: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(words.length * 2);
  bigger.set(words);
  return (wordHashes = bigger);
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
export function bodyFingerprint(text: string, article: Article, options: FingerprintOptions = {}, read?: BodyWords): BodyFingerprint {
  const k = options.shingleSize ?? 5;
  const minWords = options.minWords ?? 25;
  const n = options.bins ?? 64;
  const lines = article.lines;
  const { first, end } = bodyLineRange(article);
  const range = first < end ? { start: lines[first].start, end: lines[first].end } : { start: 0, end: 0 };
  if (first >= end) return range;
  // The words of toNfc(body).toLowerCase(): read off the text itself, lower-cased unit by unit,
  // unless a unit needs the whole string's normalising (rare: then the body is made and read).
  // `read`: those words already read (rules/lineFacts reads them in its walk over the units).
  const from = lines[first].start;
  const to = lines[end - 1].end;
  let scan = read ?? scanWords(text, from, to, true);
  if (!scan) {
    const body = toNfc(text.slice(from, to)).toLowerCase();
    scan = scanWords(body, 0, body.length, false)!;
  }
  const { count, hashes: words } = scan;
  if (count < minWords) return range;
  const exact = exactHashes(words, count);
  const signature = shingleSignature(words, count, k, n);
  densify(signature);
  return { start: range.start, end: range.end, signature, exact };
}

/**
 * Two hashes of the body's words in order, which two bodies share when their words are the
 * same (made from the words' hashes: an edit changes the hashes of the words it touched alone,
 * rules/lineFacts keeps the others).
 */
function exactHashes(words: Uint32Array, count: number): [number, number] {
  let h1 = FNV_OFFSET;
  let h2 = H2_OFFSET;
  for (let i = 0; i < count; i++) {
    const w = words[i];
    h1 = Math.imul(h1 ^ w, FNV_PRIME);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 ^ w, H2_PRIME);
    h2 ^= h2 >>> 13;
  }
  return [fmix32(h1 ^ count), fmix32(h2)];
}

/**
 * One permutation min-hash of the k-word shingles of words[0, count) into n bins. A function
 * of its own: compiled inside bodyFingerprint (on stack replacement, in this loop), the code
 * around it had no type feedback yet, and the server, calling it once per keystroke, kept
 * deoptimising it until V8 gave up optimising.
 */
function shingleSignature(words: Uint32Array, count: number, k: number, n: number): Uint32Array {
  const shift = 32 - Math.log2(n);
  const signature = new Uint32Array(n).fill(0xffffffff);
  if (count < k) return signature;
  // Each shingle's hash is a polynomial of its words' hashes, rolled from one shingle to the
  // next (a word in, a word out), then mixed: two mixes a shingle, where hashing its k words
  // anew took k + 1.
  let top = 1; // SHINGLE_BASE ** (k - 1)
  for (let j = 1; j < k; j++) top = Math.imul(top, SHINGLE_BASE);
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, SHINGLE_BASE) + words[j]) | 0;
  for (let i = 0; ; i++) {
    const mixed = fmix32(h);
    const bin = mixed >>> shift;
    const v = fmix32(mixed ^ 0x9e3779b9);
    if (v < signature[bin]) signature[bin] = v;
    if (i + k >= count) break;
    h = (Math.imul((h - Math.imul(words[i], top)) | 0, SHINGLE_BASE) + words[i + k]) | 0;
  }
  return signature;
}

/** The base of the shingles' polynomial hashes (odd: every power of it is a distinct odd number). */
const SHINGLE_BASE = 0x9e3779b1;

/** The lines the fingerprint reads, [first, end): the body from its first line with more than
 *  whitespace, up to a related-articles block (first >= end: none). */
export function bodyLineRange(article: Article): { first: number; end: number } {
  const lines = article.lines;
  const related = findRelatedBlock(lines);
  const end = related >= 0 ? related : lines.length;
  let first = article.bodyStartLine;
  while (first < end && lines[first].text.trim() === '') first++;
  return { first, end };
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

