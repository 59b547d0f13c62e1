// Character tables and key normalisation shared by the gazetteer, the recognizer and the index.
//
// The gazetteer walks text one UTF-16 code unit at a time through these tables, so they are
// flat typed arrays over the BMP, built once:
//   FOLD[c]  lower-case form of c, with the Icelandic eth (Ð/ð) read as Đ/đ, every space
//            in disguise read as ' ', and every dash or hyphen read as '-'.
//   CLASS[c] WORD (letter, digit, combining mark), SPACE, DASH or OTHER.

import { toNfc } from '../text/nfc';
import { everyCodeUnit, markRuns } from '../text/codeUnitTables';

export const OTHER = 0;
export const WORD = 1;
export const SPACE = 2;
export const DASH = 3;

export const FOLD = new Uint16Array(65536);
export const CLASS = new Uint8Array(65536);
/** 1 where the code unit is an upper-case letter. */
export const UPPER = new Uint8Array(65536);

(function buildTables() {
  const all = everyCodeUnit();
  const word = new Uint8Array(65536);
  markRuns(all, /[\p{L}\p{N}\p{M}]+/gu, word);
  markRuns(all, /\p{Lu}+/gu, UPPER);
  // (Only a character that changes when lower-cased needs toLowerCase.)
  const lowered = new Uint8Array(65536);
  markRuns(all, /\p{Changes_When_Lowercased}+/gu, lowered);
  for (let c = 0; c < 65536; c++) {
    FOLD[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      // Surrogates: astral letters are rare in news; treat them as word characters.
      CLASS[c] = WORD;
      continue;
    }
    if (c < 128) {
      const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      CLASS[c] = isWord ? WORD : OTHER;
      UPPER[c] = c >= 65 && c <= 90 ? 1 : 0;
      if (c >= 65 && c <= 90) FOLD[c] = c + 32;
      continue;
    }
    if (word[c] === 0) {
      UPPER[c] = 0;
      continue;
    }
    CLASS[c] = WORD;
    if (lowered[c] === 1) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) FOLD[c] = lower.charCodeAt(0);
    }
  }
  for (const c of [0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x2009, 0x202f, 0x3000, 0x2002, 0x2003, 0x2007, 0x2008, 0x200a]) {
    CLASS[c] = SPACE;
    FOLD[c] = 0x20;
  }
  // A line break is a space for spacing purposes but names never run across it: the
  // gazetteer stops at it (see Gazetteer.scan).
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]) {
    CLASS[c] = DASH;
    FOLD[c] = 0x2d;
  }
  // Eth stands in for Đ in scraped text.
  FOLD[0xd0] = 0x111;
  FOLD[0xf0] = 0x111;
  FOLD[0x110] = 0x111;
  UPPER[0xd0] = 1;
  // Invisible junk: zero-width characters and the soft hyphen are skipped by the walkers.
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xad, 0xfeff]) CLASS[c] = OTHER;
})();

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * The key a surface form is compared on: NFC, eth → Đ, spaces collapsed, spacing around
 * dashes removed (`khoa học - công nghệ` = `khoa học-công nghệ`), tone placement of open
 * `-oa/-oe/-uy` syllables moved to the new style (`hoà` → `hòa`), case folded.
 */
export function normalizeKey(s: string): string {
  return foldTonePlacement(normalizeSpacing(toNfc(s))).toLowerCase().replace(/[Ðð]/g, 'đ');
}

/** Like normalizeKey, then diacritics removed: the key of a diacritic-insensitive search. */
export function searchKey(s: string): string {
  return normalizeKey(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Collapses runs of spaces and removes spacing around dashes; keeps case. */
export function normalizeSpacing(s: string): string {
  // Fast path: single plain spaces between words, no dash, no eth: nothing to do.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = CLASS[c];
    if (k === DASH || c === 0xd0 || c === 0xf0 || (k === SPACE && (c !== 0x20 || i === 0 || i === s.length - 1 || CLASS[s.charCodeAt(i - 1)] === SPACE))) {
      plain = false;
      break;
    }
  }
  if (plain) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n && CLASS[s.charCodeAt(i)] === SPACE) i++;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE || k === DASH) {
      let dash = k === DASH;
      let j = i + 1;
      while (j < n && (CLASS[s.charCodeAt(j)] === SPACE || (!dash && CLASS[s.charCodeAt(j)] === DASH))) {
        if (CLASS[s.charCodeAt(j)] === DASH) dash = true;
        j++;
      }
      if (dash) {
        // Trailing spaces after the dash are part of its spacing.
        while (j < n && CLASS[s.charCodeAt(j)] === SPACE) j++;
        out += '-';
      } else if (j < n) out += ' ';
      i = j;
      continue;
    }
    out += c === 0xd0 ? 'Đ' : c === 0xf0 ? 'đ' : s[i];
    i++;
  }
  return out;
}

/** Writes open `-oa/-oe/-uy` syllables in the new tone style (`hoà` → `hòa`, `thuỷ` → `thủy`). */
export function foldTonePlacement(s: string): string {
  // Fast path: a syllable changes only when a vowel that reads as o/u (tone marks aside)
  // is followed by one that reads as a/e/y, or when the text carries combining marks.
  let candidate = false;
  const toneFirst = TONE_FIRST ?? buildToneTables();
  const toneSecond = TONE_SECOND;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      candidate = true;
      break;
    }
    if (i > 0 && toneSecond[c] === 1 && toneFirst[s.charCodeAt(i - 1)] === 1) {
      candidate = true;
      break;
    }
  }
  if (!candidate) return s;
  return s.replace(/\p{L}+/gu, foldSyllable);
}

/** The new-style spelling of each syllable seen (tonePlacementVariants(syl)[0]), memoised: keys fold the same few thousand syllables over and over. */
const foldedSyllables = new Map<string, string>();

function foldSyllable(syl: string): string {
  let folded = foldedSyllables.get(syl);
  if (folded === undefined) {
    folded = tonePlacementVariants(syl)[0];
    if (foldedSyllables.size >= 50_000) foldedSyllables.clear();
    foldedSyllables.set(syl, folded);
  }
  return folded;
}

/** 1 where a character is o/u (plain or with a tone mark): the first vowel of `oa`, `oe`, `uy`. */
let TONE_FIRST: Uint8Array | undefined;
/** 1 where a character is a/e/y (plain or with a tone mark): the second vowel. */
let TONE_SECOND = new Uint8Array(0);
/** Made at the first key folded, not at start-up (a start from the cache folds none before it is ready). */
function buildToneTables(): Uint8Array {
  TONE_FIRST = new Uint8Array(65536);
  TONE_SECOND = new Uint8Array(65536);
  // Only a Latin letter decomposes to a Latin vowel and marks: the others are not tried.
  const latin = new Uint8Array(65536);
  markRuns(everyCodeUnit(), /\p{Script=Latin}+/gu, latin);
  for (let c = 0; c < 65536; c++) {
    if (latin[c] === 0) continue;
    const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    if (/^[oOuU]$/.test(base)) TONE_FIRST[c] = 1;
    if (/^[aAeEyY]$/.test(base)) TONE_SECOND[c] = 1;
  }
  return TONE_FIRST;
}

/** The tone tables (tests: the same as reading every character's decomposition). */
export function toneTables(): { first: Uint8Array; second: Uint8Array } {
  return { first: TONE_FIRST ?? buildToneTables(), second: TONE_SECOND };
}

/**
 * Both spellings of a syllable whose tone placement is a matter of style: `hòa`/`hoà`,
 * `khỏe`/`khoẻ`, `thủy`/`thuỷ`. The first is the new (`hòa`) style. Other syllables come
 * back alone.
 */
export function tonePlacementVariants(syllable: string): string[] {
  const nfd = syllable.normalize('NFD');
  const tone = TONES.exec(nfd);
  if (!tone) return [syllable];
  const base = nfd.replace(TONES, '');
  // The vowel cluster must end the syllable (open syllable), and `qu` + `y` is not ambiguous.
  const m = /^(.*?)([oO][aAeE]|[uU][yY])$/.exec(base);
  if (!m) return [syllable];
  const head = m[1];
  if (/[qQ]$/.test(head) && /^[uU]/.test(m[2])) return [syllable];
  const cluster = m[2];
  const first = cluster[0];
  const rest = cluster.slice(1);
  const onFirst = (head + first + tone[0] + rest).normalize('NFC');
  const onSecond = (head + cluster + tone[0]).normalize('NFC');
  const isNew = onFirst; // `hòa`, `khỏe`, `thủy`
  const isOld = onSecond; // `hoà`, `khoẻ`, `thuỷ`
  return isNew === isOld ? [syllable] : [isNew, isOld];
}

/** All tone-placement spellings of a phrase (capped, in case of long lists of ambiguous syllables). */
export function phraseToneVariants(phrase: string, cap = 16): string[] {
  const parts = phrase.split(/(\p{L}+)/u);
  let out = [''];
  for (const p of parts) {
    const vs = /^\p{L}+$/u.test(p) ? tonePlacementVariants(p) : [p];
    const next: string[] = [];
    for (const o of out) for (const v of vs) if (next.length < cap) next.push(o + v);
    out = next;
  }
  return out;
}

export function isUpperInitial(s: string): boolean {
  return s.length > 0 && UPPER[s.charCodeAt(0)] === 1;
}
