// The recognizer's tokens: words of the text with what the passes ask of them (key, case,
// spacing, sentence start, the phrase sets that have a phrase starting with the word), and
// the phrase sets themselves. Tuned for speed: a token's key and phrase bits come from a memo
// probed with a hash computed while the tokenizer walks the word, so a known word costs no
// allocation; character classes come from flat tables.

import { CLASS, UPPER, WORD, foldTonePlacement } from '../normalize';
import { findZones } from '../zones';

export interface Tok {
  s: number;
  e: number;
  /** Lower-case, tone placement folded. */
  k: string;
  /** Bits of the phrase sets with a phrase starting with this word. */
  heads: number;
  cap: boolean;
  allCaps: boolean;
  digit: boolean;
  /** First word of a sentence, paragraph or caption. */
  sent: boolean;
  /** Joined to the previous token by exactly one space. */
  adj: boolean;
  /** Joined to the previous token by a hyphen without spaces. */
  hyph: boolean;
  /** Single capital letter followed by a dot (`V.` of `V.Putin`). */
  initial: boolean;
  excluded: boolean;
  /** Index of the mention that claims it, -1 if none. */
  owner: number;
  /** Title or honorific phrase starting here. */
  title?: { len: number; honorific: boolean };
  inTitle: boolean;
}

/** Phrases of one list of the lexicon (`thứ trưởng`, `bộ trưởng`), matched on token keys. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** @param bit this set's bit in Tok.heads */
  constructor(
    phrases: readonly string[],
    readonly bit: number,
  ) {
    for (const p of phrases) {
      const words = foldTonePlacement(p.toLowerCase().replace(/\.$/, '')).split(/\s+/);
      const list = this.byFirst.get(words[0]) ?? [];
      if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Length in tokens of the longest phrase starting at token i (tokens joined by single spaces). */
  match(toks: Tok[], i: number): number {
    if ((toks[i].heads & this.bit) === 0) return 0;
    const list = this.byFirst.get(toks[i].k);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > toks.length) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = toks[i + w].adj && toks[i + w].k === words[w];
      if (ok) return words.length;
    }
    return 0;
  }
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }
}

/** 1 where a code unit is white space in the sense of RegExp `\s`. */
const IS_SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) IS_SPACE[c] = 1;

/** 1 where a code unit before a word makes it open a sentence, caption or quote. */
const SENTENCE_OPENERS = new Uint8Array(65536);
for (const ch of '.!?:…"“”‘’\'([•*') SENTENCE_OPENERS[ch.charCodeAt(0)] = 1;

/**
 * The tokens of a text; `phraseSets` are the sets whose bits Tok.heads carries (the memo
 * below is kept for one such array at a time).
 */
export function tokenize(text: string, phraseSets: readonly PhraseSet[]): Tok[] {
  if (memoSets !== phraseSets) resetMemo(phraseSets);
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  // Where a zone may lie (see below): the `@`, `:`, `-` and `.` (with something after it) met between words.
  const zoneMarks: number[] = [];
  while (i < n) {
    const c = text.charCodeAt(i);
    const isAmp = c === 0x26 && toks.length > 0 && prevEnd === i && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD;
    if (CLASS[c] !== WORD && !isAmp) {
      if (c === 0x40 || c === 0x3a || c === 0x2d || (c === 0x2e && i + 1 < n && IS_SPACE[text.charCodeAt(i + 1)] !== 1)) zoneMarks.push(i);
      i++;
      continue;
    }
    let j = i + 1;
    let h = Math.imul(c, 0x9e3779b1);
    let cj: number;
    while (j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
      h = Math.imul(h ^ cj, 0x01000193);
      j++;
    }
    if (isAmp) {
      // `GD&ĐT`, `S&P`: the ampersand joins its neighbours into one token.
      const last = toks[toks.length - 1];
      last.e = j;
      last.k = foldTonePlacement(text.slice(last.s, j).toLowerCase());
      last.heads = headsOf(last.k);
      last.allCaps = last.allCaps && isAllCaps(text, i + 1, j);
      prevEnd = j;
      i = j;
      continue;
    }
    const prev = toks[toks.length - 1];
    // The gap before the token; one space or none is by far the most common.
    const g0 = i - prevEnd === 1 ? text.charCodeAt(prevEnd) : -1;
    const cap = UPPER[c] === 1;
    let sent: boolean;
    if (toks.length === 0) sent = true;
    else if (g0 === 0x20 || g0 === 0xa0) sent = false;
    else {
      // A line break in the gap, or its last visible character ends a sentence or opens a quote.
      sent = false;
      let last = -1;
      for (let q = prevEnd; q < i; q++) {
        const cq = text.charCodeAt(q);
        if (cq === 0x0a || cq === 0x0d) {
          sent = true;
          break;
        }
        if (IS_SPACE[cq] !== 1) last = cq;
      }
      if (!sent && last !== -1) sent = SENTENCE_OPENERS[last] === 1;
    }
    const slot = tokenSlot(text, i, j, (h ^ (h >>> 15)) | 1);
    const tok: Tok = {
      s: i,
      e: j,
      k: infoStr[(slot << 1) + 1]!,
      heads: infoNum[(slot << 1) + 1],
      cap,
      allCaps: cap && j - i > 1 && isAllCaps(text, i, j),
      digit: c >= 48 && c <= 57,
      sent,
      adj: g0 === 0x20 || g0 === 0xa0,
      hyph: g0 === 0x2d,
      initial: false,
      excluded: false,
      owner: -1,
      title: undefined,
      inTitle: false,
    };
    if (prev && prev.initial === false && prev.e - prev.s === 1 && UPPER[text.charCodeAt(prev.s)] === 1 && text.charCodeAt(prevEnd) === 0x2e && (i - prevEnd === 1 || (i - prevEnd === 2 && text.charCodeAt(prevEnd + 1) === 0x20)) && cap) {
      // `V.Putin`, `S. Lavrov`: the initial and the name are one run.
      prev.initial = true;
      tok.adj = true;
      tok.sent = false;
    }
    toks.push(tok);
    prevEnd = j;
    i = j;
  }
  // Every zone lies inside a run of non-space characters, and only a run holding `@`, `:`,
  // three hyphens, or a `.` with something after it in the run (`www.x`, `a.jpg`; a sentence's
  // final dot is none) can be one: zones are looked for in those runs alone.
  // (None of these characters is a word character: the loop above met each of them.) Each
  // run holding a mark is looked at once, in order.
  const zones: Array<[number, number]> = [];
  let runEnd = 0;
  for (const mark of zoneMarks) {
    if (mark < runEnd) continue;
    let r = mark;
    while (r > runEnd && IS_SPACE[text.charCodeAt(r - 1)] !== 1) r--;
    let q = r;
    let hyphens = 0;
    let candidate = false;
    for (; q < n; q++) {
      const c = text.charCodeAt(q);
      if (IS_SPACE[c] === 1) break;
      if (c === 0x40 || c === 0x3a || (c === 0x2e && q + 1 < n && IS_SPACE[text.charCodeAt(q + 1)] !== 1)) candidate = true;
      else if (c === 0x2d) hyphens++;
    }
    if (candidate || hyphens >= 3) {
      for (const [s, e] of findZones(text.slice(r, q))) zones.push([r + s, r + e]);
    }
    runEnd = q;
  }
  if (zones.length) {
    let z = 0;
    for (const t of toks) {
      while (z < zones.length && zones[z][1] <= t.s) z++;
      if (z < zones.length && zones[z][0] < t.e && t.s < zones[z][1]) t.excluded = true;
    }
  }
  return toks;
}

// Memo of token infos, keyed by the token's text: an open-addressing table probed with a
// hash computed while the tokenizer walks the token, so a known token costs no allocation.
// Each slot holds [hash, phrase bits] in infoNum and [text, key] in infoStr, side by side
// (one cache line each per probe); a key equal to the text is the text's own string.
// The phrase bits depend on the lexicon: the memo is emptied when another lexicon's phrase
// sets are used (a process has one lexicon, in practice).
const INFO_BITS = 16;
const INFO_SIZE = 1 << INFO_BITS;
const infoNum = new Int32Array(INFO_SIZE * 2);
let infoStr: Array<string | undefined> = new Array(INFO_SIZE * 2).fill(undefined);
let infoCount = 0;
let memoSets: readonly PhraseSet[] | undefined;

function clearMemo(): void {
  infoNum.fill(0);
  infoStr = new Array(INFO_SIZE * 2).fill(undefined);
  infoCount = 0;
}

function resetMemo(phraseSets: readonly PhraseSet[]): void {
  if (infoCount > 0) clearMemo();
  memoSets = phraseSets;
}

/**
 * The memo slot of the token text[s, e), filled on first sight with its key (lower-case, eth
 * read as đ, tone placement folded) and the phrase sets that have a phrase starting with
 * it; `h` is the hash of the same text.
 */
function tokenSlot(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  let slot = h & (INFO_SIZE - 1);
  for (;;) {
    // A free slot's hash is 0 (a token's is odd): only a slot of the same hash is read further.
    const sh = infoNum[slot << 1];
    if (sh === 0) break;
    const raw = sh === h ? infoStr[slot << 1]! : undefined;
    if (raw !== undefined && raw.length === len) {
      let same = true;
      for (let q = 0; q < len; q++) {
        if (raw.charCodeAt(q) !== text.charCodeAt(s + q)) {
          same = false;
          break;
        }
      }
      if (same) return slot;
    }
    slot = (slot + 1) & (INFO_SIZE - 1);
  }
  const raw = ownCopy(text, s, e);
  let k = foldTonePlacement(raw.toLowerCase().replace(/ð/g, 'đ'));
  if (k === raw) k = raw;
  const heads = headsOf(k);
  if (infoCount >= INFO_SIZE >> 1) {
    // Full enough: start afresh (slot is no longer a free one).
    clearMemo();
    slot = h & (INFO_SIZE - 1);
  }
  infoNum[slot << 1] = h; // odd, never 0
  infoNum[(slot << 1) + 1] = heads;
  infoStr[slot << 1] = raw;
  infoStr[(slot << 1) + 1] = k;
  infoCount++;
  return slot;
}

/**
 * text[s, e) as a string of its own. V8 makes a slice of 13 characters or more a view that
 * keeps the whole text alive, and the memo outlives the text: every version of an open
 * article that brought a new long token stayed in memory until the memo was next emptied.
 * (Prepending a character makes V8 copy the characters; the slice then views the copy.)
 */
export function ownCopy(text: string, s: number, e: number): string {
  return e - s < 13 ? text.slice(s, e) : (' ' + text.slice(s, e)).slice(1);
}

function headsOf(k: string): number {
  let heads = 0;
  for (const set of memoSets!) if (set.startsWith(k)) heads |= set.bit;
  return heads;
}

function isAllCaps(text: string, s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (UPPER[c]) letters++;
    else if (CLASS[c] === WORD && !(c >= 48 && c <= 57) && c !== 0x26) return false;
  }
  return letters > 0;
}

/** The keys of toks[a, b) joined by single spaces (`toks.slice(a, b).map((x) => x.k).join(' ')`, without the arrays). */
export function keysOf(toks: readonly Tok[], a: number, b: number): string {
  if (b > toks.length) b = toks.length;
  if (b <= a) return '';
  let out = toks[a].k;
  for (let q = a + 1; q < b; q++) out += ' ' + toks[q].k;
  return out;
}

/** Index of the first token that ends after `off` (tokens are sorted and do not overlap). */
export function firstTokEndingAfter(toks: Tok[], off: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid].e <= off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Token shapes the passes share.

/** `U16`, `U23`: an age-group team's prefix. */
export const AGE_TEAM = /^u\d{2}$/;

const VI_LETTERS = /^[a-zàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ]+$/;
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** A key spelled as one Vietnamese syllable (`trung`, `nghiêng`), not a foreign word (`putin`). */
export function isVietnameseSyllable(k: string): boolean {
  if (k.length > 7) return false;
  let v = viSyllables.get(k);
  if (v === undefined) {
    v = VI_LETTERS.test(k) && VI_SYLLABLE.test(k);
    if (viSyllables.size >= 50_000) viSyllables.clear();
    viSyllables.set(k, v);
  }
  return v;
}

/** isVietnameseSyllable's answers, memoised: the passes ask it of the same keys over and over. */
const viSyllables = new Map<string, boolean>();

/** Two to four capitalised Vietnamese syllables from token i on. */
export function looksLikeVietnameseName(toks: Tok[], i: number): boolean {
  let n = 0;
  for (let k = i; k < toks.length && k < i + 4 && (k === i || toks[k].adj) && toks[k].cap && isVietnameseSyllable(toks[k].k); k++) n++;
  return n >= 2;
}

/** Token i is inside (or starts) an honorific rather than a title. */
export function isHonorificTail(toks: Tok[], i: number): boolean {
  let b = i;
  while (b > 0 && !toks[b].title && toks[b].inTitle) b--;
  return toks[b].title?.honorific === true;
}

export function isCamelCase(text: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (UPPER[text.charCodeAt(k)] === 1) return true;
  return false;
}

export function isRoman(k: string): boolean {
  return /^[ivxlc]+$/.test(k);
}

/** True when the letters of an acronym are the initials of the tokens, in order (`TP.HCM` of `Thành phố Hồ Chí Minh`). */
export function spellsInitials(acronym: string, toks: Tok[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length !== toks.length) return false;
  for (let q = 0; q < toks.length; q++) if (toks[q].k[0] !== letters[q]) return false;
  return true;
}
