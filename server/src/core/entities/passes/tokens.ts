// The recognizer's tokens: words of the text with what the passes ask of them (key, case,
// spacing, sentence start, the phrase sets that have a phrase starting with the word, the
// lexicon's word lists that hold it), and the phrase sets themselves. Tuned for speed: the
// tokens are a struct of typed arrays reused from one text to the next; a token's key, phrase
// bits, case (CAP, ALL_CAPS, DIGIT), word flags and gazetteer state come from a memo probed
// with a hash computed while the tokenizer walks the word, so a known word costs no
// allocation; character classes come from flat tables.

import { NOT_WALKED, type Gazetteer, type ScanWords } from '../gazetteer';
import { CLASS, UPPER, WORD, foldTonePlacement } from '../normalize';
import { findZones, zoneMark } from '../zones';
import { PairMap } from './pairMap';

// Token flags, bits of Toks.flags.
/** Starts with an upper-case letter. */
export const CAP = 1;
/** Two characters or more, every letter upper case. */
export const ALL_CAPS = 2;
/** Starts with a digit. */
export const DIGIT = 4;
/** First word of a sentence, paragraph or caption. */
export const SENT = 8;
/** Joined to the previous token by exactly one space. */
export const ADJ = 16;
/** Joined to the previous token by a hyphen without spaces. */
export const HYPH = 32;
/** Single capital letter followed by a dot (`V.` of `V.Putin`). */
export const INITIAL = 64;
/** In a URL, an e-mail address or a file name (zones.ts). */
export const EXCLUDED = 128;
/** Part of a title or honorific phrase (titles.ts). */
export const IN_TITLE = 256;
/** The phrase starting here (Toks.titleLen) is an honorific, not a title. */
export const HONORIFIC = 512;
/** The key is spelled as one Vietnamese syllable (isVietnameseSyllable): a fact of the word, kept in its memo entry. */
export const SYLLABLE = 1 << 10;
/** Opening a sentence, the word is no name (not-names.yaml notNames: `Theo`, `Chiều`): a fact of the word, from tokenize's wordFlags. */
export const NOT_NAME = 1 << 11;
/** The word is the first of a common two-word word (compounds.yaml splitWords: `dự` of `dự án`), from tokenize's wordFlags. */
export const SPLIT_FIRST = 1 << 12;
/** The word is a verb of saying or the first word of one (cues.yaml speechVerbs: `nói`, `cho` of `cho biết`), from tokenize's wordFlags. */
export const SPEECH = 1 << 13;
/** The word is a family name (person-names.yaml familyNames), from tokenize's wordFlags. */
export const FAMILY = 1 << 14;
/** The word is a place preposition (place-heads.yaml placePrepositions: `tại`, `ở`), from tokenize's wordFlags. */
export const PLACE_PREP = 1 << 15;
/** The word is shaped like a company's name (looksLikeCompanyWord: `OceanBank`, `Vinamilk`), from tokenize's wordFlags. */
export const COMPANY_WORD = 1 << 16;
/** The word is a stop word (stop-words.yaml stopWords), from tokenize's wordFlags. */
export const STOP = 1 << 17;
/** The word is the first of a stop phrase of several words (stop-words.yaml: `cho` of `cho biết`), from tokenize's wordFlags. */
export const STOP_FIRST = 1 << 18;
/** The word is a direction (place-heads.yaml directions: `Nam`, `Tây`), from tokenize's wordFlags. */
export const DIRECTION = 1 << 19;
/** The flags the passes set (titles.ts); tokenize sets the others, which no pass changes. */
export const PASS_FLAGS = IN_TITLE | HONORIFIC;
/** The flags tokenize's wordFlags may give. */
const WORD_FLAGS = NOT_NAME | SPLIT_FIRST | SPEECH | FAMILY | PLACE_PREP | COMPANY_WORD | STOP | STOP_FIRST | DIRECTION;

/**
 * The tokens of a text as a struct of arrays, token i at index i of each: a document's
 * tokens cost no allocation (one object of 15 fields per word was most of the recognizer's
 * garbage). The arrays are grown when a text needs more and reused by the next call (see
 * tokenize): only [0, n) is the current text's.
 */
export class Toks {
  /** Number of tokens. */
  n = 0;
  /** Counts the texts tokenized into these arrays: the same count, the same text's tokens (editedTokens). */
  generation = 0;
  /** Start and end offsets in the text. */
  s = new Int32Array(0);
  e = new Int32Array(0);
  /** Lower-case, tone placement folded. */
  k: string[] = [];
  /** Bits of the phrase sets with a phrase starting with this word. */
  heads = new Int32Array(0);
  /** The number of the key among the words of the phrase sets (PhraseWords), -1 if no phrase has it. */
  word = new Int32Array(0);
  /** Index of the draft that claims it, -1 if none. */
  owner = new Int32Array(0);
  /** The gazetteer's state after the token (Gazetteer.wordState): -1 when no name starts with it, NOT_WALKED when not known. */
  gazetteerState = new Int32Array(0);
  /** Length in tokens of the title or honorific phrase starting here (0: none; HONORIFIC says which). */
  titleLen = new Int32Array(0);
  /** CAP, ALL_CAPS, … */
  flags = new Uint32Array(0);
  /**
   * The capitalised tokens (CAP), ascending, in caps[0, capCount): the passes that look for
   * a name starting with a capital visit these alone (a few in ten words of running text).
   */
  caps = new Int32Array(0);
  capCount = 0;
  /**
   * The tokens that start a phrase of some phrase set (heads ≠ 0), ascending, in
   * phrased[0, phrasedCount): the passes that start at a title or a head visit these alone.
   */
  phrased = new Int32Array(0);
  phrasedCount = 0;
  /**
   * The tokens a registry name may start with (gazetteerState ≠ -1: a word in five or so),
   * ascending, in named[0, namedCount): the gazetteer's scan visits these alone.
   */
  named = new Int32Array(0);
  namedCount = 0;
  /** The tokens where a title or honorific starts, ascending (titles.ts). */
  readonly titles: number[] = [];
  /** Where a word an `&` joined to the token before starts (`P` of `S&P`). */
  readonly ampStarts: number[] = [];

  /** The index in caps of the first capitalised token at or after token i. */
  capsFrom(i: number): number {
    let lo = 0;
    let hi = this.capCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.caps[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The word starts of the text (a word character after a non-word one, where the gazetteer
   * may start a match): the tokens, with their ends and states, and the words an `&` joined
   * to a token. The gazetteer walks only the words that may begin a name, and from their ends.
   */
  scanWords(): ScanWords {
    const n = this.n;
    if (this.ampStarts.length === 0) return { count: n, starts: this.s, ends: this.e, states: this.gazetteerState, visit: this.named, visitCount: this.namedCount };
    // Merged with the words an `&` joined to a token, which are not walked.
    const count = n + this.ampStarts.length;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const states = new Int32Array(count);
    let a = 0;
    let w = 0;
    for (let t = 0; t < n; t++) {
      while (a < this.ampStarts.length && this.ampStarts[a] < this.s[t]) {
        starts[w] = this.ampStarts[a++];
        states[w++] = NOT_WALKED;
      }
      starts[w] = this.s[t];
      ends[w] = this.e[t];
      states[w++] = this.gazetteerState[t];
    }
    while (a < this.ampStarts.length) {
      starts[w] = this.ampStarts[a++];
      states[w++] = NOT_WALKED;
    }
    return { count, starts, ends, states };
  }

  /** Room for `size` tokens, keeping the first n. */
  reserve(size: number): void {
    if (size <= this.s.length) return;
    const capacity = Math.max(size, this.s.length * 2, 1024);
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.s = grow32(this.s);
    this.e = grow32(this.e);
    this.heads = grow32(this.heads);
    this.owner = grow32(this.owner);
    this.titleLen = grow32(this.titleLen);
    this.word = grow32(this.word);
    this.gazetteerState = grow32(this.gazetteerState);
    const caps = new Int32Array(capacity);
    caps.set(this.caps.subarray(0, this.capCount));
    this.caps = caps;
    const phrased = new Int32Array(capacity);
    phrased.set(this.phrased.subarray(0, this.phrasedCount));
    this.phrased = phrased;
    const named = new Int32Array(capacity);
    named.set(this.named.subarray(0, this.namedCount));
    this.named = named;
    const flags = new Uint32Array(capacity);
    flags.set(this.flags.subarray(0, this.n));
    this.flags = flags;
  }

  cap(i: number): boolean {
    return (this.flags[i] & CAP) !== 0;
  }
  allCaps(i: number): boolean {
    return (this.flags[i] & ALL_CAPS) !== 0;
  }
  digit(i: number): boolean {
    return (this.flags[i] & DIGIT) !== 0;
  }
  sent(i: number): boolean {
    return (this.flags[i] & SENT) !== 0;
  }
  adj(i: number): boolean {
    return (this.flags[i] & ADJ) !== 0;
  }
  hyph(i: number): boolean {
    return (this.flags[i] & HYPH) !== 0;
  }
  initial(i: number): boolean {
    return (this.flags[i] & INITIAL) !== 0;
  }
  excluded(i: number): boolean {
    return (this.flags[i] & EXCLUDED) !== 0;
  }
  inTitle(i: number): boolean {
    return (this.flags[i] & IN_TITLE) !== 0;
  }
  /** A title or honorific phrase starts here. */
  hasTitle(i: number): boolean {
    return this.titleLen[i] !== 0;
  }
  /** The phrase starting here is an honorific. */
  honorific(i: number): boolean {
    return (this.flags[i] & HONORIFIC) !== 0;
  }
  /** isVietnameseSyllable(k[i]), without a lookup: the passes ask it of the same tokens over and over. */
  syllable(i: number): boolean {
    return (this.flags[i] & SYLLABLE) !== 0;
  }
  /** The key is a verb of saying or the first word of one (SPEECH). */
  speech(i: number): boolean {
    return (this.flags[i] & SPEECH) !== 0;
  }
  /** The key is a stop word (Words.stop.has(k[i]), without a lookup). */
  stop(i: number): boolean {
    return (this.flags[i] & STOP) !== 0;
  }
  /** The key is the first word of a stop phrase of several words (STOP_FIRST). */
  stopFirst(i: number): boolean {
    return (this.flags[i] & STOP_FIRST) !== 0;
  }
  /** The key is a direction (Words.directions.has(k[i]), without a lookup). */
  direction(i: number): boolean {
    return (this.flags[i] & DIRECTION) !== 0;
  }
  /** The key is a family name (Words.family.has(k[i]), without a lookup). */
  family(i: number): boolean {
    return (this.flags[i] & FAMILY) !== 0;
  }
  /** The key is a place preposition (Words.placePreps.has(k[i]), without a lookup). */
  placePrep(i: number): boolean {
    return (this.flags[i] & PLACE_PREP) !== 0;
  }
  /** The key is one of the lexicon's notNames (Words.notName.has(k[i]), without a lookup). */
  notName(i: number): boolean {
    return (this.flags[i] & NOT_NAME) !== 0;
  }
}

/**
 * The words of the phrase sets of one lexicon, numbered: a phrase is matched by comparing
 * these numbers with the tokens' (Toks.word), not strings.
 */
export class PhraseWords {
  private readonly ids = new Map<string, number>();
  /** The number of a word, given on first ask. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
  /** The number of a word of some phrase, -1 for any other word. */
  find(word: string): number {
    return this.ids.get(word) ?? -1;
  }
  /** How many words have a number (numbered from 0). */
  get size(): number {
    return this.ids.size;
  }
}

/** In PhraseSet's map of phrases, the second word of a phrase of one word. */
const ALONE = -1;
/** Bits of PhraseSet.firstOf: a phrase of one word is the word, a longer phrase starts with it. */
const FIRST_ALONE = 1;
const FIRST_OF_LONGER = 2;

/** Phrases of one list of the lexicon (`thứ trưởng`, `bộ trưởng`), matched on token keys. */
export class PhraseSet {
  /** The first words of the phrases. */
  private readonly firstWords = new Set<string>();
  /**
   * By the numbers of their first two words, the phrases of two words or more (their words'
   * numbers), longest first; by the number of the word and ALONE, [] for a phrase of one word.
   */
  private readonly byFirstTwo = new PairMap<Int32Array[]>();
  /**
   * By the number of a word, what phrases it starts (FIRST_ALONE, FIRST_OF_LONGER): match
   * looks byFirstTwo up only for the entries there are (most first words start only one kind).
   */
  private readonly firstOf: Uint8Array;
  /** By the number of a word, 1 if it is the second word of some phrase (most words after a first word are not). */
  private readonly secondOf: Uint8Array;
  /**
   * @param bit this set's bit in Toks.heads
   * @param vocabulary the numbers of the words, shared by the sets of one lexicon
   */
  constructor(
    phrases: readonly string[],
    readonly bit: number,
    readonly vocabulary: PhraseWords,
  ) {
    // (Pairs: the number of a phrase's first word, FIRST_ALONE or FIRST_OF_LONGER.)
    const firstIds: number[] = [];
    for (const p of phrases) {
      const words = foldTonePlacement(p.toLowerCase().replace(/\.$/, '')).split(/\s+/);
      const ids = Int32Array.from(words, (w) => vocabulary.idOf(w));
      this.firstWords.add(words[0]);
      firstIds.push(ids[0], ids.length === 1 ? FIRST_ALONE : FIRST_OF_LONGER);
      if (ids.length === 1) {
        this.byFirstTwo.set(ids[0], ALONE, []);
        continue;
      }
      const list = this.byFirstTwo.get(ids[0], ids[1]) ?? [];
      if (!list.some((w) => w.length === ids.length && w.every((id, q) => id === ids[q]))) list.push(ids);
      this.byFirstTwo.set(ids[0], ids[1], list);
    }
    for (const [, second, list] of this.byFirstTwo.entries()) if (second !== ALONE) list.sort((a, b) => b.length - a.length);
    // (Every first word has its number by now: the tokens whose phrase bits name this set have one below the size.)
    this.firstOf = new Uint8Array(vocabulary.size);
    for (let q = 0; q < firstIds.length; q += 2) this.firstOf[firstIds[q]] |= firstIds[q + 1];
    this.secondOf = new Uint8Array(vocabulary.size);
    for (const [, second] of this.byFirstTwo.entries()) if (second !== ALONE) this.secondOf[second] = 1;
  }
  /** Length in tokens of the longest phrase starting at token i (tokens joined by single spaces). */
  match(toks: Toks, i: number): number {
    // (The tokenizer set the bit of the sets with a phrase starting with the word.)
    if ((toks.heads[i] & this.bit) === 0) return 0;
    // The longest phrase that goes on with the next word, else the word alone. (A word of no
    // phrase, numbered -1, goes on none.)
    const word = toks.word;
    const first = word[i];
    const kind = first >= 0 && first < this.firstOf.length ? this.firstOf[first] : 0;
    const second = (kind & FIRST_OF_LONGER) !== 0 && i + 1 < toks.n && toks.adj(i + 1) ? word[i + 1] : -1;
    const list = second !== -1 && second < this.secondOf.length && this.secondOf[second] === 1 ? this.byFirstTwo.get(first, second) : undefined;
    if (list) {
      for (const phrase of list) {
        if (i + phrase.length > toks.n) continue;
        let ok = true;
        for (let w = 2; w < phrase.length && ok; w++) ok = toks.adj(i + w) && word[i + w] === phrase[w];
        if (ok) return phrase.length;
      }
    }
    return (kind & FIRST_ALONE) !== 0 ? 1 : 0;
  }
  /** Some phrase starts with `word`. */
  hasFirst(word: string): boolean {
    return this.firstWords.has(word);
  }
}

/** 1 where a code unit is white space in the sense of RegExp `\s`. */
export const IS_SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) IS_SPACE[c] = 1;

/** 1 where a code unit before a word makes it open a sentence, caption or quote. */
const SENTENCE_OPENERS = new Uint8Array(65536);
for (const ch of '.!?:…"“”‘’\'([•*') SENTENCE_OPENERS[ch.charCodeAt(0)] = 1;

/** The flags (WORD_FLAGS) of the lexicon's word lists a word has, by its key and its text. */
export type WordFlags = (key: string, raw: string) => number;

/** The tokens tokenize returns, reused by its next call. */
const shared = new Toks();

/**
 * The tokens of a text; `phraseSets` are the sets whose bits Toks.heads carries, `gazetteer`
 * the one whose states Toks.gazetteerState holds (NOT_WALKED without one), `wordFlags` the
 * flags of the lexicon's word lists a word has, by its key and its text (WORD_FLAGS: NOT_NAME,
 * SPLIT_FIRST, …; none without it); the memo below is kept for one set of phrase sets and word
 * flags at a time. The same Toks object is returned, refilled, by every call: the tokens of a
 * text are valid until the next call. (`into`: other arrays to fill, editedTokens' for the lines
 * that changed.)
 */
export function tokenize(text: string, phraseSets: readonly PhraseSet[], gazetteer?: Gazetteer, wordFlags?: WordFlags, into: Toks = shared): Toks {
  if (memoSets !== phraseSets || memoWordFlags !== wordFlags) {
    resetMemo(phraseSets, wordFlags);
    if (!warmedUp) warmUp(phraseSets, gazetteer, wordFlags);
  }
  // The states of a gazetteer whose states the entries do not hold (see memoGazetteer).
  let epoch = memoEpoch;
  let states: Int32Array | undefined;
  if (gazetteer) {
    if (gazetteer === memoGazetteer) otherTexts = 0;
    else if (memoGazetteer === undefined || ++otherTexts >= TAKE_OVER) useGazetteer(gazetteer);
    else states = statesOf(gazetteer);
  }
  const toks = into;
  toks.generation++;
  const oldN = toks.n;
  toks.n = 0;
  toks.ampStarts.length = 0;
  toks.titles.length = 0;
  let capCount = 0;
  let phrasedCount = 0;
  let namedCount = 0;
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  // The last character met between words (the gap's, when it is one character).
  let gapChar = -1;
  // Where a zone may lie (see below): the `@`, `:`, `-` and `.` (with something after it) met between words.
  const zoneMarks: number[] = [];
  // Local copies of the arrays, refreshed when they grow.
  let ts = toks.s;
  let te = toks.e;
  let tflags = toks.flags;
  let theads = toks.heads;
  let tword = toks.word;
  let tstates = toks.gazetteerState;
  let tcaps = toks.caps;
  let tphrased = toks.phrased;
  let tnamed = toks.named;
  const tk = toks.k;
  let t = 0; // tokens so far
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      // (The most common gap, told at once.)
      gapChar = c;
      i++;
      continue;
    }
    const isAmp = c === 0x26 && t > 0 && prevEnd === i && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD;
    if (CLASS[c] !== WORD && !isAmp) {
      if (c === 0x40 || c === 0x3a || c === 0x2d || (c === 0x2e && i + 1 < n && IS_SPACE[text.charCodeAt(i + 1)] !== 1)) zoneMarks.push(i);
      gapChar = c;
      i++;
      continue;
    }
    let j = i + 1;
    let h = Math.imul(c, 0x9e3779b1);
    // The first MEMO_CHARS code units two an int, as the memo keeps them (see pair): the memo
    // compares these, without reading the text again.
    let p0 = c;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let cj: number;
    // (Unrolled over the first MEMO_CHARS code units: each goes to its place without a test of
    // where it is, and each test of a word's end has a branch of its own to predict.)
    if (j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
      h = Math.imul(h ^ cj, 0x01000193);
      p0 |= cj << 16;
      if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
        h = Math.imul(h ^ cj, 0x01000193);
        p1 = cj;
        if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
          h = Math.imul(h ^ cj, 0x01000193);
          p1 |= cj << 16;
          if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
            h = Math.imul(h ^ cj, 0x01000193);
            p2 = cj;
            if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
              h = Math.imul(h ^ cj, 0x01000193);
              p2 |= cj << 16;
              if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
                h = Math.imul(h ^ cj, 0x01000193);
                p3 = cj;
                if (++j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
                  h = Math.imul(h ^ cj, 0x01000193);
                  p3 |= cj << 16;
                  j++;
                  while (j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
                    h = Math.imul(h ^ cj, 0x01000193);
                    j++;
                  }
                }
              }
            }
          }
        }
      }
    }
    if (isAmp) {
      // `GD&ĐT`, `S&P`: the ampersand joins its neighbours into one token.
      toks.ampStarts.push(i + 1);
      const last = t - 1;
      te[last] = j;
      // (A copy: the tokens outlive the text, see ownCopy.)
      const raw = ownCopy(text, ts[last], j);
      tk[last] = foldTonePlacement(raw.toLowerCase());
      const had = theads[last] !== 0;
      theads[last] = phraseBitsOf(tk[last]);
      tword[last] = phraseWordOf(tk[last]);
      // (Its state is not the memo's, which is the first word's.)
      tstates[last] = NOT_WALKED;
      // (The last token is the last of phrased if it is there.)
      if (had && theads[last] === 0) phrasedCount--;
      else if (!had && theads[last] !== 0) tphrased[phrasedCount++] = last;
      if ((tflags[last] & ALL_CAPS) !== 0 && !isAllCaps(text, i + 1, j)) tflags[last] &= ~ALL_CAPS;
      tflags[last] = (tflags[last] & ~(SYLLABLE | WORD_FLAGS)) | flagsOf(tk[last], raw);
      prevEnd = j;
      i = j;
      continue;
    }
    // The gap before the token; one space or none is by far the most common.
    const g0 = i - prevEnd === 1 ? gapChar : -1;
    const cap = UPPER[c] === 1;
    let sent: boolean;
    if (t === 0) sent = true;
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
    // (Its low bits index the tables: one always set left half their slots unused.)
    const hash = h ^ (h >>> 15);
    let entry = tokenEntry(text, i, j, hash, p0, p1, p2, p3);
    if (entry < 0) {
      entry = newEntry(text, i, j, hash, -1 - entry);
      // (A full memo starts afresh: so do the states kept apart.)
      if (memoEpoch !== epoch) {
        epoch = memoEpoch;
        if (states) states = statesOf(gazetteer!);
      }
    }
    if (t === ts.length) {
      toks.n = t;
      toks.capCount = capCount;
      toks.phrasedCount = phrasedCount;
      toks.namedCount = namedCount;
      toks.reserve(t + 1);
      ts = toks.s;
      te = toks.e;
      tflags = toks.flags;
      theads = toks.heads;
      tword = toks.word;
      tstates = toks.gazetteerState;
      tcaps = toks.caps;
      tphrased = toks.phrased;
      tnamed = toks.named;
    }
    // (CAP, ALL_CAPS and DIGIT are the memo's, with the word's other flags.)
    let f = 0;
    // (The lists below are written without a branch: the token goes at the list's end, and the
    // count moves past it or not. Their three tests were branches nothing predicted.)
    tcaps[capCount] = t;
    capCount += UPPER[c];
    if (sent) f |= SENT;
    if (g0 === 0x20 || g0 === 0xa0) f |= ADJ;
    if (g0 === 0x2d) f |= HYPH;
    const p = t - 1;
    if (cap && t > 0 && te[p] - ts[p] === 1 && (tflags[p] & INITIAL) === 0 && UPPER[text.charCodeAt(ts[p])] === 1 && text.charCodeAt(prevEnd) === 0x2e && (i - prevEnd === 1 || (i - prevEnd === 2 && text.charCodeAt(prevEnd + 1) === 0x20))) {
      // `V.Putin`, `S. Lavrov`: the initial and the name are one run.
      tflags[p] |= INITIAL;
      f = (f | ADJ) & ~SENT;
    }
    ts[t] = i;
    te[t] = j;
    tk[t] = memoKeys[entry];
    const b = entry * MEMO_INTS;
    const heads = memoData[b + 2];
    theads[t] = heads;
    tword[t] = memoData[b + 3];
    let state = NOT_WALKED;
    if (states) {
      state = states[entry];
      if (state === NOT_WALKED) state = states[entry] = gazetteer!.wordState(text, i, j);
    } else if (gazetteer) {
      state = memoData[b + 1];
      if (state === NOT_WALKED) state = memoData[b + 1] = gazetteer.wordState(text, i, j);
    }
    tstates[t] = state;
    const named = state + 1;
    tnamed[namedCount] = t;
    namedCount += (named | -named) >>> 31;
    tphrased[phrasedCount] = t;
    phrasedCount += (heads | -heads) >>> 31;
    tflags[t] = f | (memoData[b] & ENTRY_FLAGS);
    t++;
    prevEnd = j;
    i = j;
  }
  toks.n = t;
  toks.capCount = capCount;
  toks.phrasedCount = phrasedCount;
  // (An `&` token's state is NOT_WALKED whatever its first word's: with ampStarts, the scan visits every token.)
  toks.namedCount = namedCount;
  // No token is claimed or starts a title yet.
  toks.owner.fill(-1, 0, t);
  toks.titleLen.fill(0, 0, t);
  // The keys past the end are the last text's: let them go (they are the memo's, but an `&` token's is not).
  if (oldN > t) tk.fill('', t, oldN);
  markZones(text, toks, zoneMarks);
  return toks;
}

/**
 * A text that takes every path of tokenize's loop: a word joined by `&`, initials (`V.Putin`,
 * `S. Lavrov`), line breaks, sentence ends and quotes, a word longer than the memo's
 * characters, digits, an acronym, zones (a URL, an e-mail address, a slug).
 */
const WARM_UP_TEXT =
  'Tin\n\nÔng V.Putin và S. Lavrov (Nga) nói: “GD&ĐT, S&P 500” … UBND Hà Nội 1.000 người, 10:30 www.abc.com a@b.vn xin-chao-cac-ban-nhe.\r\n\tNghiêngnghiêngnghiêng! Hết? “Không”';
let warmedUp = false;

/**
 * Tokenizes WARM_UP_TEXT a few times, then empties the memo again, once a process. Why: V8
 * compiles tokenize after a text or two, with no type feedback for the paths those texts did
 * not take (few texts have an `&` or an initial); the first text that took one deoptimised it,
 * and the process then ran it from the code compiled for its loop alone (on-stack
 * replacement), a fifth slower, for good. (A function has no feedback at its first call: hence
 * a few calls.)
 */
function warmUp(phraseSets: readonly PhraseSet[], gazetteer: Gazetteer | undefined, wordFlags: WordFlags | undefined): void {
  warmedUp = true;
  for (let q = 0; q < 3; q++) tokenize(WARM_UP_TEXT, phraseSets, gazetteer, wordFlags);
  clearMemo();
}

/**
 * Marks EXCLUDED the tokens of the URLs, e-mail addresses and file names of the text (zones.ts),
 * given where tokenize met a zone mark. (A function of its own: compiled inside tokenize, this
 * code, which few texts reach, had little type feedback and deoptimised tokenize over and over.)
 */
function markZones(text: string, toks: Toks, zoneMarks: readonly number[]): void {
  const n = text.length;
  // Every zone lies inside a run of non-space characters, and only a run holding three
  // hyphens or a zone mark (zoneMark: the `@` of an e-mail address, `://`, `www.`, a dot
  // before a file extension; not the dots and colons of `1.000` and `10:30`) can hold one:
  // zones are looked for in those runs alone. (None of these characters is a word character:
  // tokenize met each of them.) Each run holding a mark is looked at once, in order.
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
      if (c === 0x40 || c === 0x3a || c === 0x2e) candidate ||= zoneMark(text, q);
      else if (c === 0x2d) hyphens++;
    }
    if (candidate || hyphens >= 3) {
      // (An index loop: a for-of over findZones' array, whose map differs between an empty and
      // a full one, deoptimised tokenize over and over.)
      const found = findZones(text.slice(r, q));
      for (let z = 0; z < found.length; z++) zones.push([r + found[z][0], r + found[z][1]]);
    }
    runEnd = q;
  }
  if (zones.length) {
    const ts = toks.s;
    const te = toks.e;
    const tflags = toks.flags;
    let z = 0;
    for (let q = 0; q < toks.n; q++) {
      while (z < zones.length && zones[z][1] <= ts[q]) z++;
      if (z < zones.length && zones[z][0] < te[q] && ts[q] < zones[z][1]) tflags[q] |= EXCLUDED;
    }
  }
}

// Memo of token infos, keyed by the token's text, so a known token costs no allocation:
// an open-addressing table (memoIndex) probed with a hash computed while the tokenizer walks
// the token, holding entries numbered in order of first sight. An entry is MEMO_INTS ints of
// memoData (two a cache line): [token flags (flagsOf, shapeOf) with the length above them (LEN_SHIFT),
// the state after the text of memoGazetteer (Gazetteer.wordState), phrase bits, number of the
// key among the phrases' words (or -1), the first MEMO_CHARS code units two an int]; its key
// and text are in memoKeys and memoRaws. (The length,
// the first code units and the rest of the text tell two entries apart: the hash is not
// kept.) The memo is probed for every word of every text: the table is small (16 bits a
// slot) and the entries of the frequent words, seen first, lie side by side, so a probe mostly
// reads memory in the cache; a token of MEMO_CHARS characters or fewer (most words) is
// compared within its entry, with the code units the tokenizer read, without reading a string
// again. A key equal to the text is the text's own string.
// The phrase bits and the word flags depend on the lexicon: the memo is emptied when another
// lexicon's phrase sets or word flags are used (a process has one lexicon, in practice, shared
// by its registries).
const MEMO_BITS = 16;
const MEMO_SIZE = 1 << MEMO_BITS;
/** Entries at most: the table is at most half full. */
const MEMO_ENTRIES = MEMO_SIZE >> 1;
const MEMO_INTS = 8;
const MEMO_CHARS = 8;
/** In an entry's first int, the length is above the token flags (all below bit 20), at most LEN_MAX (a longer text's is LEN_MAX: sameTail tells those apart). */
const LEN_SHIFT = 20;
const LEN_MAX = 0xfff;
const ENTRY_FLAGS = (1 << LEN_SHIFT) - 1;
if ((CAP | ALL_CAPS | DIGIT | SYLLABLE | WORD_FLAGS) & ~ENTRY_FLAGS) throw new Error('tokens: a word flag is above LEN_SHIFT');
/** Per slot, its entry + 1 (at most MEMO_ENTRIES); 0 when free. */
const memoIndex = new Uint16Array(MEMO_SIZE);
/**
 * A direct-mapped cache of memoIndex: per hash & HOT_MASK, the entry + 1 last found with such
 * a hash (0: none). A text's words are mostly a few thousand frequent ones: they are found in
 * this small table, which stays in the processor's first-level cache, where a probe of
 * memoIndex, eight times its size and pushed out of the cache by the passes between two texts,
 * mostly missed it. (Checked like memoIndex's entries: a stale one is only a miss.)
 */
const HOT_BITS = 13;
const HOT_MASK = (1 << HOT_BITS) - 1;
const memoHot = new Uint16Array(1 << HOT_BITS);
const memoData = new Int32Array(MEMO_ENTRIES * MEMO_INTS);
let memoKeys: string[] = [];
let memoRaws: string[] = [];
let memoSets: readonly PhraseSet[] | undefined;
let memoWordFlags: WordFlags | undefined;
/**
 * The gazetteer whose states the entries hold (asked on the entry's first use with it: NOT_WALKED
 * until then): in the entry, beside the rest, a token costs one read of the memo less. The
 * registries of a process share the memo (one lexicon) and each has its gazetteer: the states
 * of the others are kept apart (entryStates). A worker analysing two corpora goes from one to
 * the other at each article, which costs nothing; another gazetteer takes the entries over
 * after TAKE_OVER texts in a row (a registry read again has a new one).
 */
let memoGazetteer: Gazetteer | undefined;
/** The texts in a row tokenized with another gazetteer than memoGazetteer. */
let otherTexts = 0;
const TAKE_OVER = 8;
/**
 * Per gazetteer, the states of the entries when it did not own them, for the memo of epoch
 * `epoch` (clearMemo starts a new one).
 */
const entryStates = new WeakMap<Gazetteer, { epoch: number; states: Int32Array }>();
let memoEpoch = 0;

function clearMemo(): void {
  memoIndex.fill(0);
  memoHot.fill(0);
  memoKeys = [];
  memoRaws = [];
  memoEpoch++;
}

function resetMemo(phraseSets: readonly PhraseSet[], wordFlags: WordFlags | undefined): void {
  if (memoKeys.length > 0) clearMemo();
  if (phraseSets.some((set) => set.vocabulary !== phraseSets[0].vocabulary)) throw new Error('tokenize: phrase sets of several vocabularies');
  memoSets = phraseSets;
  memoWordFlags = wordFlags;
}

/** Makes the entries hold the states of `gazetteer`, keeping memoGazetteer's apart (a copy of each: once in a while). */
function useGazetteer(gazetteer: Gazetteer): void {
  if (gazetteer === memoGazetteer) return;
  const count = memoKeys.length;
  if (memoGazetteer) {
    const saved = statesOf(memoGazetteer);
    for (let entry = 0; entry < count; entry++) saved[entry] = memoData[entry * MEMO_INTS + 1];
  }
  const states = statesOf(gazetteer);
  for (let entry = 0; entry < count; entry++) memoData[entry * MEMO_INTS + 1] = states[entry];
  memoGazetteer = gazetteer;
  otherTexts = 0;
}

/** The states of the memo's entries for `gazetteer` kept apart (NOT_WALKED: not asked yet). */
function statesOf(gazetteer: Gazetteer): Int32Array {
  let states = entryStates.get(gazetteer);
  if (!states) entryStates.set(gazetteer, (states = { epoch: memoEpoch, states: new Int32Array(MEMO_ENTRIES).fill(NOT_WALKED) }));
  else if (states.epoch !== memoEpoch) {
    states.states.fill(NOT_WALKED);
    states.epoch = memoEpoch;
  }
  return states.states;
}

/**
 * The memo entry of the token text[s, e) (`h` is the hash of the same text), or -1 - the
 * free slot where newEntry puts it.
 */
function tokenEntry(text: string, s: number, e: number, h: number, p0: number, p1: number, p2: number, p3: number): number {
  const len = e - s;
  const hot = memoHot[h & HOT_MASK] - 1;
  if (hot >= 0 && isEntryOf(hot, text, s, len, p0, p1, p2, p3)) return hot;
  const mask = MEMO_SIZE - 1;
  let slot = h & mask;
  for (;;) {
    const entry = memoIndex[slot] - 1;
    if (entry < 0) break;
    if (isEntryOf(entry, text, s, len, p0, p1, p2, p3)) {
      memoHot[h & HOT_MASK] = entry + 1;
      return entry;
    }
    slot = (slot + 1) & mask;
  }
  return -1 - slot;
}

/** The memo entry is the token text[s, s + len), whose first code units are p0…p3 (see tokenEntry). */
function isEntryOf(entry: number, text: string, s: number, len: number, p0: number, p1: number, p2: number, p3: number): boolean {
  const b = entry * MEMO_INTS;
  return memoData[b] >>> LEN_SHIFT === (len < LEN_MAX ? len : LEN_MAX) && memoData[b + 4] === p0 && memoData[b + 5] === p1 && memoData[b + 6] === p2 && memoData[b + 7] === p3 && (len <= MEMO_CHARS || sameTail(text, s, len, entry));
}

/**
 * The new entry of the token text[s, e) of hash h, in the free slot of the table where
 * tokenEntry stopped: its key (lower-case, eth read as đ, tone placement folded) and the
 * phrase sets that have a phrase starting with it. (Apart from the probe, which is inlined in
 * tokenize: compiled with the probe, this code made it too large to inline.)
 */
function newEntry(text: string, s: number, e: number, h: number, slot: number): number {
  const len = e - s;
  const mask = MEMO_SIZE - 1;
  const raw = ownCopy(text, s, e);
  let k = foldTonePlacement(raw.toLowerCase().replace(/ð/g, 'đ'));
  if (k === raw) k = raw;
  const heads = phraseBitsOf(k);
  if (memoKeys.length >= MEMO_ENTRIES) {
    // Full enough: start afresh (slot is no longer a free one).
    clearMemo();
    slot = h & mask;
  }
  const entry = memoKeys.length;
  memoIndex[slot] = entry + 1;
  memoHot[h & HOT_MASK] = entry + 1;
  const b = entry * MEMO_INTS;
  memoData[b] = flagsOf(k, raw) | shapeOf(text, s, e) | ((len < LEN_MAX ? len : LEN_MAX) << LEN_SHIFT);
  memoData[b + 1] = NOT_WALKED;
  memoData[b + 2] = heads;
  memoData[b + 3] = phraseWordOf(k);
  for (let q = 0; q < MEMO_CHARS; q += 2) memoData[b + 4 + (q >> 1)] = q < len ? pair(text, s, len, q) : 0;
  memoKeys.push(k);
  memoRaws.push(raw);
  return entry;
}

/** Code units q and q + 1 of the token text[s, s + len) in one int (0 past its end). */
function pair(text: string, s: number, len: number, q: number): number {
  return text.charCodeAt(s + q) | (q + 1 < len ? text.charCodeAt(s + q + 1) << 16 : 0);
}

/** text[s + MEMO_CHARS, s + len) is the rest of the memo entry's text (of the same length and the same first MEMO_CHARS). */
function sameTail(text: string, s: number, len: number, entry: number): boolean {
  const raw = memoRaws[entry];
  if (raw.length !== len) return false;
  for (let q = MEMO_CHARS; q < len; q++) if (raw.charCodeAt(q) !== text.charCodeAt(s + q)) return false;
  return true;
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

/** The number of a key among the words of the memo's phrase sets, -1 if none has it. */
function phraseWordOf(k: string): number {
  return memoSets!.length > 0 ? memoSets![0].vocabulary.find(k) : -1;
}

/** The flags every token of key k and text raw has (SYLLABLE, and the memo's word flags). */
function flagsOf(k: string, raw: string): number {
  return (isVietnameseSyllable(k) ? SYLLABLE : 0) | (memoWordFlags ? memoWordFlags(k, raw) & WORD_FLAGS : 0);
}

/** The bits of the memo's phrase sets with a phrase starting with the key k. */
function phraseBitsOf(k: string): number {
  let heads = 0;
  for (const set of memoSets!) if (set.hasFirst(k)) heads |= set.bit;
  return heads;
}

/** The flags of the token text[s, e) that its characters say: CAP, ALL_CAPS, DIGIT. */
function shapeOf(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) return DIGIT;
  if (UPPER[c] !== 1) return 0;
  return e - s > 1 && isAllCaps(text, s, e) ? CAP | ALL_CAPS : CAP;
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

/** The keys of toks[a, b) joined by single spaces (`toks.k.slice(a, b).join(' ')`, without the arrays). */
export function keysOf(toks: Toks, a: number, b: number): string {
  if (b > toks.n) b = toks.n;
  if (b <= a) return '';
  const k = toks.k;
  let out = k[a];
  for (let q = a + 1; q < b; q++) out += ' ' + k[q];
  return out;
}

/**
 * set.has(keysOf(toks, a, b)), without joining the keys when no phrase of the set can be
 * theirs (none has as many words and starts with toks.k[a]): heads asks it of most names it
 * grows, and the keys it joined were most of its garbage.
 */
export function hasKeys(set: ReadonlySet<string>, toks: Toks, a: number, b: number): boolean {
  if (b > toks.n) b = toks.n;
  if (b - a >= 2) {
    const shape = phraseShapeOf(set);
    if (b - a > shape.maxWords || !shape.firstWords.has(toks.k[a])) return false;
  }
  return set.has(keysOf(toks, a, b));
}

/** The most words a phrase of the set has, and their first words (a phrase's words are parted by spaces). */
function phraseShapeOf(set: ReadonlySet<string>): { maxWords: number; firstWords: Set<string> } {
  let shape = phraseShapes.get(set);
  if (!shape) {
    shape = { maxWords: 0, firstWords: new Set() };
    for (const phrase of set) {
      const words = phrase.split(' ');
      shape.maxWords = Math.max(shape.maxWords, words.length);
      shape.firstWords.add(words[0]);
    }
    phraseShapes.set(set, shape);
  }
  return shape;
}

/** phraseShapeOf's answers, per set (the lexicon's sets live as long as their Words). */
const phraseShapes = new WeakMap<ReadonlySet<string>, { maxWords: number; firstWords: Set<string> }>();

/** Index of the first token that ends after `off` (tokens are sorted and do not overlap). */
export function firstTokEndingAfter(toks: Toks, off: number): number {
  const e = toks.e;
  let lo = 0;
  let hi = toks.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e[mid] <= off) lo = mid + 1;
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
export function looksLikeVietnameseName(toks: Toks, i: number): boolean {
  let n = 0;
  for (let k = i; k < toks.n && k < i + 4 && (k === i || toks.adj(k)) && toks.cap(k) && toks.syllable(k); k++) n++;
  return n >= 2;
}

/** Token i is inside (or starts) an honorific rather than a title. */
export function isHonorificTail(toks: Toks, i: number): boolean {
  let b = i;
  while (b > 0 && !toks.hasTitle(b) && toks.inTitle(b)) b--;
  return toks.hasTitle(b) && toks.honorific(b);
}

export function isCamelCase(text: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (UPPER[text.charCodeAt(k)] === 1) return true;
  return false;
}

export function isRoman(k: string): boolean {
  return /^[ivxlc]+$/.test(k);
}

/** True when the letters of an acronym are the initials of the tokens [a, b), in order (`TP.HCM` of `Thành phố Hồ Chí Minh`). */
export function spellsInitials(acronym: string, toks: Toks, a: number, b: number): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length !== b - a) return false;
  for (let q = 0; q < b - a; q++) if (toks.k[a + q][0] !== letters[q]) return false;
  return true;
}
