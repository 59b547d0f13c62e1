// Vietnamese tone marks on syllables: where a word carries its tone, and how to move it.
// Works on NFC words; every function here is pure and total (an odd word gives undefined).

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

export function syllableParts(word: string): SyllableParts {
  const chars = [...word];
  const bases: string[] = [];
  let toneAt = -1;
  let tone = '';
  let multipleTones = false;
  chars.forEach((ch, i) => {
    const d = ch.normalize('NFD');
    const marks = d.match(TONE_MARK);
    if (marks) {
      if (toneAt >= 0 || marks.length > 1) multipleTones = true;
      toneAt = i;
      tone = marks[0];
    }
    bases.push(d.replace(TONE_MARK, '').normalize('NFC').toLowerCase());
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
