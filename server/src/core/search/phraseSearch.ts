// Finds a phrase in an article the way entities are matched: whole words, NFC, tone placement
// (`hoà` = `hòa`), case, and optionally diacritics ignored; any run of spaces between words,
// spacing around a dash ignored, never across a line break.

import { CLASS, WORD, normalizeKey, searchKey } from '../entities/normalize';

export interface PhraseQuery {
  /** Keys of the phrase's words. */
  words: string[];
  /** What stands between word i and word i+1 (spaces removed, dashes as '-'): '' for spaces only. */
  separators: string[];
  ignoreDiacritics: boolean;
  /** Base letter of the first word's first character: a cheap test before folding a word. */
  first: number;
  /** The first word's base letters, marks left out (mayBeWord); absent when it holds a letter
   *  they do not judge. */
  firstBases?: number[];
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** The base letter of each BMP code unit, lower case, without diacritics (`Ệ` → `e`, `Đ` → `d`),
 *  worked out when first met (0: not yet): the whole table took 20 ms, paid by each thread's
 *  first search. */
const BASE = new Uint16Array(65536);

function baseOf(c: number): number {
  const b = BASE[c];
  return b !== 0 || c === 0 ? b : (BASE[c] = computeBase(c));
}

function computeBase(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c;
  if (c === 0x110 || c === 0x111 || c === 0xd0 || c === 0xf0) return 0x64;
  const first = String.fromCharCode(c).normalize('NFD')[0].toLowerCase();
  return first.length === 1 ? first.charCodeAt(0) : c;
}

/** Splits a phrase into words and what separates them; undefined when it has no word. */
export function compilePhrase(phrase: string, ignoreDiacritics = false): PhraseQuery | undefined {
  const words: string[] = [];
  const separators: string[] = [];
  for (const { start, end, sepBefore } of wordsOf(phrase)) {
    if (words.length) separators.push(separatorKey(sepBefore));
    words.push(keyOf(phrase.slice(start, end), ignoreDiacritics));
  }
  if (!words.length || words[0] === '') return undefined;
  return { words, separators, ignoreDiacritics, first: baseOf(words[0].charCodeAt(0)), firstBases: basesOf(words[0]) };
}

/** Every occurrence of the phrase in the text, in text order. */
export function findPhrase(text: string, query: PhraseQuery): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const n = text.length;
  // Words of the text as they are walked: start, end, and the key once it is needed.
  let i = 0;
  while (i < n) {
    if (CLASS[text.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && CLASS[text.charCodeAt(i)] === WORD) i++;
    if (baseOf(text.charCodeAt(start)) !== query.first) continue;
    if (query.firstBases && !mayBeWord(text, start, i, query.firstBases)) continue;
    const end = matchFrom(text, start, i, query);
    if (end >= 0) out.push({ start, end });
  }
  return out;
}

/** A combining mark: NFC and the tone's placement move it, the search key drops it. */
const isMark = (c: number) => c >= 0x300 && c <= 0x36f;

/** A code unit whose base letter NFC, the tone's placement, case and the search key keep: the
 *  Latin letters Vietnamese is written in (below U+0370, and U+1E00–U+1EFF). Not so from another
 *  letter on: Greek's final sigma, Hangul's conjoining letters, the Kelvin sign. */
const keepsBase = (c: number) => c < 0x370 || (c >= 0x1e00 && c <= 0x1eff);

/**
 * Whether text[start, end) may have `bases` (a key's base letters, marks left out) as its base
 * letters: false only when it surely has not, without making its key; from a letter whose base
 * may change on, the key decides. Most words that start with the phrase's first letter are told
 * apart here (`học`, `hội` for `hà`): the key of a word costs more than the whole walk over the text.
 */
function mayBeWord(text: string, start: number, end: number, bases: readonly number[]): boolean {
  let k = 0;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isMark(c)) continue;
    if (!keepsBase(c)) return true;
    if (k === bases.length || baseOf(c) !== bases[k]) return false;
    k++;
  }
  return k === bases.length;
}

/** A key's base letters, marks left out; undefined when it holds a letter whose base may change. */
function basesOf(key: string): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < key.length; j++) {
    const c = key.charCodeAt(j);
    if (isMark(c)) continue;
    if (!keepsBase(c)) return undefined;
    out.push(baseOf(c));
  }
  return out;
}

/** The end of the phrase when it starts with the word [start, end), else -1. */
function matchFrom(text: string, start: number, end: number, q: PhraseQuery): number {
  if (keyOf(text.slice(start, end), q.ignoreDiacritics) !== q.words[0]) return -1;
  let at = end;
  for (let w = 1; w < q.words.length; w++) {
    let j = at;
    while (j < text.length && CLASS[text.charCodeAt(j)] !== WORD) {
      const c = text.charCodeAt(j);
      if (c === 0x0a || c === 0x0d) return -1;
      j++;
    }
    if (separatorKey(text.slice(at, j)) !== q.separators[w - 1]) return -1;
    const ws = j;
    while (j < text.length && CLASS[text.charCodeAt(j)] === WORD) j++;
    if (j === ws || keyOf(text.slice(ws, j), q.ignoreDiacritics) !== q.words[w]) return -1;
    at = j;
  }
  return at;
}

function keyOf(word: string, ignoreDiacritics: boolean): string {
  return ignoreDiacritics ? searchKey(word) : normalizeKey(word);
}

/** Spaces and invisible characters dropped, dashes as '-'. */
function separatorKey(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (/\s|[\u200b-\u200d\u2060\u00ad\ufeff]/u.test(ch)) continue;
    out += /\p{Pd}|\u2212/u.test(ch) ? '-' : ch;
  }
  return out;
}

function* wordsOf(s: string): Generator<{ start: number; end: number; sepBefore: string }> {
  let i = 0;
  let last = 0;
  while (i < s.length) {
    if (CLASS[s.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && CLASS[s.charCodeAt(i)] === WORD) i++;
    yield { start, end: i, sepBefore: s.slice(last, start) };
    last = i;
  }
}
