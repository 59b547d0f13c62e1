// Vietnamese tone marks on syllables: where a word carries its tone, and how to move it.
// Works on NFC words; every function here is pure and total (an odd word gives undefined).

import { everyCodeUnit } from './codeUnitTables';

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export interface SyllableParts {
  /** The word's characters (NFC code points). */
  chars: string[];
  /** Each character without its tone mark, lower-cased (keeps â, ê, ô, ơ, ư, ă, đ). */
  bases: string[];
  /** Index of the character that carries the tone, or -1 for none. */
  toneAt: number;
  /** The tone mark itself ('' for none). */
  tone: string;
  /** More than one character carries a tone: not a Vietnamese syllable. */
  multipleTones: boolean;
}

/** Per character: its tone marks and its base (worked out once; the alphabet is small). */
const charParts = new Map<string, { marks: string[]; base: string }>();

function partsOf(ch: string): { marks: string[]; base: string } {
  let p = charParts.get(ch);
  if (!p) {
    const d = ch.normalize('NFD');
    p = { marks: d.match(TONE_MARK) ?? [], base: d.replace(TONE_MARK, '').normalize('NFC').toLowerCase() };
    if (charParts.size < 4096) charParts.set(ch, p);
  }
  return p;
}

export function syllableParts(word: string): SyllableParts {
  const chars = [...word];
  const bases: string[] = [];
  let toneAt = -1;
  let tone = '';
  let multipleTones = false;
  chars.forEach((ch, i) => {
    const { marks, base } = partsOf(ch);
    if (marks.length) {
      if (toneAt >= 0 || marks.length > 1) multipleTones = true;
      toneAt = i;
      tone = marks[0];
    }
    bases.push(base);
  });
  return { chars, bases, toneAt, tone, multipleTones };
}

/** Puts `tone` on the character `ch` (which has none), keeping its case. */
export function addTone(ch: string, tone: string): string {
  return (ch.normalize('NFD') + tone).normalize('NFC');
}

/** Removes the tone mark from one character, keeping its case and other diacritics. */
export function stripTone(ch: string): string {
  return ch.normalize('NFD').replace(TONE_MARK, '').normalize('NFC');
}

/** The word with its tone moved from character `from` to character `to`. */
export function moveTone(p: SyllableParts, to: number): string {
  const out = p.chars.slice();
  out[p.toneAt] = stripTone(out[p.toneAt]);
  out[to] = addTone(out[to], p.tone);
  return out.join('');
}

const ONSET = /^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)?$/u;

/**
 * Tone placement styles for open syllables ending in -oa, -oe, -uy, named as Vietnamese
 * orthography names them: the **old** style (kiểu cũ) marks the first vowel (`hòa`, `khỏe`,
 * `thủy`), the **new** style (kiểu mới, the 1980s school rules) the second (`hoà`, `khoẻ`, `thuỷ`).
 */
export type TonePlacement = 'old' | 'new';

export interface AmbiguousTone {
  style: TonePlacement;
  /** The same word written in the other style. */
  other: string;
}

/**
 * For a word whose tone placement is a matter of style (an open syllable ending in -oa, -oe
 * or -uy, not after `qu`, with a tone mark on one of those two vowels), its style and the
 * word in the other style; undefined for every other word.
 */
export function ambiguousTone(word: string): AmbiguousTone | undefined {
  const p = syllableParts(word);
  if (p.toneAt < 0 || p.multipleTones) return undefined;
  const n = p.bases.length;
  if (n < 2) return undefined;
  const pair = p.bases[n - 2] + p.bases[n - 1];
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return undefined;
  if (!ONSET.test(p.bases.slice(0, n - 2).join(''))) return undefined;
  if (p.toneAt === n - 2) return { style: 'old', other: moveTone(p, n - 1) };
  if (p.toneAt === n - 1) return { style: 'new', other: moveTone(p, n - 2) };
  return undefined;
}

const MAIN_SECOND = new Set(['ươ', 'iê', 'uô', 'yê']);

/**
 * The right spelling of a word whose tone sits on the first vowel of ươ, iê, uô or yê
 * (`lựơng` → `lượng`, `nghịêm` → `nghiệm`, `ngừơi` → `người`), or undefined.
 */
export function misplacedTone(word: string): string | undefined {
  const p = syllableParts(word);
  if (p.toneAt < 0 || p.multipleTones || p.toneAt + 1 >= p.bases.length) return undefined;
  if (!MAIN_SECOND.has(p.bases[p.toneAt] + p.bases[p.toneAt + 1])) return undefined;
  return moveTone(p, p.toneAt + 1);
}

/** Words as the tone rules see them: letters with their combining marks. */
export const WORD = /[\p{L}\p{M}]+/gu;

// Cheap filters so the tone rules look only at words that can concern them (the full
// syllable analysis is the slow part): a toned vowel in the ambiguous pairs oa/oe/uy, or a
// toned first vowel of ươ/iê/uô/yê. NFC only, like the rules.
// Tested on each word found by WORD (never `[\p{L}]*X[\p{L}]*` over the text: on one very
// long word that backtracks quadratically).
export const STYLE_CANDIDATE = /[òóỏõọ][aăe]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ]/iu;
export const TYPO_CANDIDATE = /[ừứửữựìíỉĩịùúủũụỳýỷỹỵ][ơêô]/iu;

const LETTER = /[\p{L}\p{M}]/u;

function letterBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  const w = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? 2 : 1;
  return LETTER.test(text.slice(i - w, i)) ? w : 0;
}

function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return LETTER.test(text.slice(i, i + w)) ? w : 0;
}

/**
 * The words (runs of letters and marks, as WORD finds them) that contain a match of `pattern`,
 * in text order: the pattern is searched in the whole text and each hit grown to its word,
 * so the many words without a candidate cost nothing. `pattern` must not backtrack (a short
 * alternation of fixed strings, as the candidates above).
 */
export function* wordsContaining(text: string, pattern: RegExp): Generator<{ word: string; start: number }> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = wordAround(text, m.index, m.index + m[0].length);
    re.lastIndex = w.start + w.word.length;
    yield w;
  }
}

/** The word (run of letters and marks) holding text[start, end). */
export function wordAround(text: string, start: number, end: number): { word: string; start: number } {
  let s = start;
  for (let w = letterBefore(text, s); w; w = letterBefore(text, s)) s -= w;
  let e = end;
  for (let w = letterAt(text, e); w; w = letterAt(text, e)) e += w;
  return { word: text.slice(s, e), start: s };
}

/**
 * STYLE_CANDIDATE and TYPO_CANDIDATE are alternatives of two units each (a class or a letter,
 * then another): per UTF-16 unit, bit k of `first` when it may open alternative k, of `second`
 * when it may close it, as the patterns' own flags read it. A pair of units matches either
 * pattern where first[a] & second[b] is not zero (rules/lineFacts finds them in its walk).
 */
export function candidatePairTables(): { first: Uint8Array; second: Uint8Array } {
  const alternatives = [STYLE_CANDIDATE, TYPO_CANDIDATE].flatMap((re) => re.source.split('|').map((alt) => ({ alt, flags: re.flags })));
  if (alternatives.length > 8 || STYLE_CANDIDATE.flags !== TYPO_CANDIDATE.flags) throw new Error('candidatePairTables: patterns it cannot table');
  const pairs = alternatives.map(({ alt, flags }) => {
    const atoms = alt.match(/\[[^\]]*\]|[^[\]\\]/g) ?? [];
    if (atoms.join('') !== alt || atoms.length !== 2) throw new Error(`candidatePairTables: not two units: ${alt}`);
    return atoms.map((a) => new RegExp(`^${a}$`, flags.replace('g', '')));
  });
  const first = new Uint8Array(0x10000);
  const second = new Uint8Array(0x10000);
  const mark = (c: number) =>
    pairs.forEach(([open, close], k) => {
      const ch = String.fromCharCode(c);
      if (open.test(ch)) first[c] |= 1 << k;
      if (close.test(ch)) second[c] |= 1 << k;
    });
  // Most units are in no atom: one search of a string of every unit finds those that are,
  // instead of 65,536 tests each (the surrogates, U+0000 there, are tried one by one below).
  const anyAtom = new RegExp(pairs.flat().map((re) => re.source.slice(1, -1)).join('|'), `${STYLE_CANDIDATE.flags.replace('g', '')}g`);
  for (const m of everyCodeUnit().matchAll(anyAtom)) mark(m[0].charCodeAt(0));
  for (let c = 0xd800; c < 0xe000; c++) mark(c);
  return { first, second };
}
