// What the line rules ask of every line, found in one pass over the article: is the line
// ASCII, NFC-stable, does it hold a tab, a disguised or invisible space, two spaces in a row,
// a mojibake lead byte before a continuation byte. Each rule used to scan every line with its
// own loop or regex; now it reads the line's bits and looks closer only at the few lines whose
// bits say there may be something to report (the closer look is the code it always ran).
// The same walk finds what two other readers want of every unit, as a walk of its own cost
// them more than their own work: where the tone rules' candidate pairs stand (text/tone's
// STYLE_CANDIDATE, TYPO_CANDIDATE) and the body's words the fingerprint hashes
// (corpus/bodyFingerprint; the summary hands them over).

import { BLANK_CHAR, type Article, type Line } from '../corpus/article';
import { changedLines } from '../text/changedLines';
import { NFC_STABLE_CHAR } from '../text/nfc';
import { isLegacySuspect, isSequenceContinuation, isSequenceLead } from '../text/mojibake';
import { candidatePairTables } from '../text/tone';
import { bodyLineRange, fmix32, foldedUnitTable, FNV_OFFSET, FNV_PRIME, SPECIAL, UNIT, WORD, type BodyWords } from '../corpus/bodyFingerprint';

// The bits of a line's facts. The first eight are those of one UTF-16 unit (the table below);
// a line has one when any of its units has it.
/** A unit above U+007F. */
export const NON_ASCII = 1 << 0;
/** A unit outside the ones isSurelyNfc accepts (text/nfc). */
export const NFC_UNSTABLE = 1 << 1;
/** A unit of isBlank's class (whitespace, disguised and invisible spaces) but U+0020. */
export const ODD_SPACE = 1 << 2;
/** A tab, or one of the disguised and invisible spaces text/whitespace reports anywhere (SPECIAL_SPACES). */
export const SPECIAL_SPACE = 1 << 3;
/** U+00AD, which text/whitespace reports unless the text is TCVN3. */
export const SOFT_HYPHEN = 1 << 4;
/** One of the Latin-1 characters TCVN3 or VNI text read as Windows-1252 shows (text/mojibake). */
export const LEGACY_SUSPECT = 1 << 5;
/** Ð or ð. */
export const ETH = 1 << 6;
/** A continuation byte of a UTF-8 sequence read as Windows-1252 (a unit's bit only). */
const CONTINUATION = 1 << 7;
// And what a line has that no unit alone says.
/** Two U+0020 in a row. */
export const DOUBLE_SPACE = 1 << 8;
/** U+0020 first on the line. */
export const LEADING_SPACE = 1 << 9;
/** U+0020 last on the line. */
export const TRAILING_SPACE = 1 << 10;
/** A lead byte then a continuation byte: where cp1252Mojibake's sequences can start. */
export const MOJIBAKE_PAIR = 1 << 11;

/** Disguised and invisible spaces text/whitespace reports wherever they stand (the tab and the soft hyphen apart). */
export const SPECIAL_SPACES: ReadonlySet<number> = new Set([0x00a0, 0x2009, 0x202f, 0x3000, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

export interface LineFacts {
  /** Per line (by index), its bits. */
  lines: Uint16Array;
  /** Every bit some line has. */
  any: number;
  /** Where a match of STYLE_CANDIDATE or TYPO_CANDIDATE starts (each is two units), in text
   *  order: every position a global search of either pattern could stop at. */
  tonePairs: number[];
  /** The body's words, as bodyFingerprint would read them off the text; undefined when it
   *  would not (no body, or a unit that needs the body normalised first). */
  bodyWords?: BodyWords;
}

let units: Uint8Array | undefined;

/** The unit bits of every UTF-16 unit, worked out once from the classes themselves. */
function unitTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    let bits = 0;
    if (c > 0x7f) bits |= NON_ASCII;
    if (!NFC_STABLE_CHAR.test(ch)) bits |= NFC_UNSTABLE;
    if (c !== 0x20 && BLANK_CHAR.test(ch)) bits |= ODD_SPACE;
    if (c === 0x09 || SPECIAL_SPACES.has(c)) bits |= SPECIAL_SPACE;
    if (c === 0xad) bits |= SOFT_HYPHEN;
    if (isLegacySuspect(c)) bits |= LEGACY_SUSPECT;
    if (c === 0xd0 || c === 0xf0) bits |= ETH;
    if (isSequenceContinuation(c)) bits |= CONTINUATION;
    table[c] = bits;
  }
  return table;
}

const cache = new WeakMap<Article, LineFacts>();

/** The facts of the article's lines (worked out once per article). */
export function lineFacts(text: string, article: Article): LineFacts {
  let facts = cache.get(article);
  if (!facts) cache.set(article, (facts = walked(text, article, false).facts));
  return facts;
}

/**
 * lineFacts of a text that is most likely an edit of the last one asked for here (an open
 * article at each keystroke): the lines that changed are walked, the facts of the others are
 * the last text's, moved (no fact of a line depends on another line; the body's words end at
 * each line's end). The same facts lineFacts gives (test: editedAnalysis.test.ts).
 */
export function editedLineFacts(text: string, article: Article): LineFacts {
  let facts = cache.get(article);
  if (facts) return facts;
  const before = lastEdited;
  lastEdited = undefined;
  const walk = (before && spliced(text, article, before)) ?? walked(text, article);
  cache.set(article, walk.facts);
  lastEdited = walk;
  return walk.facts;
}

/** A walk's facts and where each line's body words start in them (the body's first word of
 *  line l is bodyWords.hashes[wordStarts[l]]; wordStarts[lines] is their count). */
interface Walk {
  text: string;
  lines: readonly Line[];
  body: { first: number; end: number };
  facts: LineFacts;
  wordStarts: Int32Array;
}

let lastEdited: Walk | undefined;

/** Forgets the last text (tests). */
export function forgetEditedLineFacts(): void {
  lastEdited = undefined;
}

// The walk reads one int per unit: the fingerprint's folded unit with its WORD and SPECIAL bits
// (bits 0-17), the unit's line bits (above, bits 18-25) and the candidate pairs it may open
// (bits 26-30); the pairs it may close come from a second table.
const FACTS_SHIFT = 18;
const PAIR_SHIFT = 26;
let walkTable: Int32Array | undefined;
let pairCloses: Uint8Array | undefined;

function buildWalkTables(): void {
  const facts = (units ??= unitTable());
  const folded = foldedUnitTable();
  const pairs = candidatePairTables();
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (pairs.first[c] >>> (32 - PAIR_SHIFT)) throw new Error('lineFacts: more candidate pairs than bits');
    table[c] = folded[c] | (facts[c] << FACTS_SHIFT) | (pairs.first[c] << PAIR_SHIFT);
  }
  walkTable = table;
  pairCloses = pairs.second;
}

/** The body's word hashes while the walk reads them (grown as needed; copied out at the end). */
let wordBuffer: Uint32Array = new Uint32Array(4096);

/** The facts of every line; `starts`: with wordStarts (else left empty). */
function walked(text: string, article: Article, starts = true): Walk {
  const lines = article.lines;
  const out = new Uint16Array(lines.length);
  const tonePairs: number[] = [];
  // The fingerprint's words: read in lines [body.first, body.end) while no unit there is SPECIAL.
  const body = bodyLineRange(article);
  const wordStarts = new Int32Array(starts ? lines.length + 1 : 0);
  const count = walkLines(text, lines, 0, lines.length, body, out, tonePairs, 0, wordStarts);
  let any = 0;
  for (let l = 0; l < out.length; l++) any |= out[l];
  const bodyWords = count >= 0 && body.first < body.end ? { count, hashes: wordBuffer.slice(0, count) } : undefined;
  if (starts && count >= 0) wordStarts[lines.length] = count;
  return { text, lines, body, facts: { lines: out, any, tonePairs, bodyWords }, wordStarts };
}

/**
 * The walk of lines [from, to): their bits into out[from, to), the candidate pairs they hold
 * pushed onto tonePairs, the words of the body's lines among them into wordBuffer from
 * wordBuffer[count] on (each line's first at wordStarts[l], when wordStarts is given); returns the
 * words' count then, or -1 when a unit of the body stopped the reading (SPECIAL).
 */
function walkLines(text: string, lines: readonly Line[], from: number, to: number, body: { first: number; end: number }, out: Uint16Array, tonePairs: number[], count: number, wordStarts: Int32Array): number {
  if (!walkTable) buildWalkTables();
  const table = walkTable!;
  const closes = pairCloses!;
  const starts = wordStarts.length > 0;
  let reading = true;
  let words = wordBuffer;
  let w = FNV_OFFSET;
  let inWord = false;
  for (let l = from; l < to; l++) {
    const { start, end } = lines[l];
    if (starts) wordStarts[l] = count;
    const inBody = reading && l >= body.first && l < body.end;
    /** Every table entry of the line's units, or-ed: its unit bits are the line's. */
    let seen = 0;
    let bits = 0;
    let prev = -1;
    let opens = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const u = table[c];
      seen |= u;
      if (c === 0x20) {
        if (prev === 0x20) bits |= DOUBLE_SPACE;
      } else if ((u >>> FACTS_SHIFT) & CONTINUATION && isSequenceLead(prev)) bits |= MOJIBAKE_PAIR;
      if (opens & closes[c]) tonePairs.push(i - 1);
      opens = u >>> PAIR_SHIFT;
      prev = c;
      if (!inBody || !reading) continue;
      // bodyFingerprint's scanWords, folding: a letter or digit goes into the word, the first
      // unit after a word ends it.
      if (u & WORD) {
        w = Math.imul(w ^ (u & UNIT), FNV_PRIME);
        inWord = true;
        continue;
      }
      if (u & SPECIAL) reading = false;
      else if (inWord) {
        if (count === words.length) words = wordBuffer = grow(words);
        words[count++] = fmix32(w);
        w = FNV_OFFSET;
        inWord = false;
      }
    }
    // A line break (or the body's end) ends a word.
    if (inBody && reading && inWord) {
      if (count === words.length) words = wordBuffer = grow(words);
      words[count++] = fmix32(w);
      w = FNV_OFFSET;
      inWord = false;
    }
    bits |= (seen >>> FACTS_SHIFT) & UNIT_BITS;
    if (end > start) {
      if (text.charCodeAt(start) === 0x20) bits |= LEADING_SPACE;
      if (prev === 0x20) bits |= TRAILING_SPACE;
    }
    out[l] = bits & ~CONTINUATION;
  }
  return reading ? count : -1;
}

/** The walk of `text` made from the last one's and a walk of the lines that changed; undefined when it cannot be (another body, a word the walk did not read). */
function spliced(text: string, article: Article, before: Walk): Walk | undefined {
  const facts = before.facts;
  if (!facts.bodyWords && before.body.first < before.body.end) return undefined;
  const span = changedLines(before.text, text);
  if (span.end - span.start > text.length / 2) return undefined;
  const lines = article.lines;
  const old = before.lines;
  // Lines [0, head) are the last text's; so are the lines from tail on (from oldTail in it).
  const head = firstLineFrom(lines, span.start);
  const tail = firstLineFrom(lines, span.end + 1);
  const oldTail = firstLineFrom(old, span.beforeEnd + 1);
  const moved = tail - oldTail;
  const body = bodyLineRange(article);
  const hasBody = body.first < body.end;
  // The body starts before the changed lines and ends after them, as it did.
  if (hasBody !== before.body.first < before.body.end) return undefined;
  if (hasBody && (body.first !== before.body.first || body.first > head || before.body.end < oldTail || body.end !== before.body.end + moved)) return undefined;
  const out = new Uint16Array(lines.length);
  out.set(facts.lines.subarray(0, head));
  out.set(facts.lines.subarray(oldTail), tail);
  const tonePairs: number[] = [];
  for (const at of facts.tonePairs) if (at < span.start) tonePairs.push(at);
  const wordStarts = new Int32Array(lines.length + 1);
  wordStarts.set(before.wordStarts.subarray(0, head));
  // The changed lines' words go after the words before them, in wordBuffer.
  const wordsBefore = before.wordStarts[head];
  if (hasBody) {
    if (wordBuffer.length < wordsBefore) wordBuffer = new Uint32Array(Math.max(wordsBefore, 2 * wordBuffer.length));
    wordBuffer.set(facts.bodyWords!.hashes.subarray(0, wordsBefore));
  }
  const count = walkLines(text, lines, head, tail, body, out, tonePairs, wordsBefore, wordStarts);
  for (const at of facts.tonePairs) if (at >= span.beforeEnd) tonePairs.push(at + span.delta);
  let any = 0;
  for (let l = 0; l < out.length; l++) any |= out[l];
  let bodyWords: BodyWords | undefined;
  if (hasBody && count >= 0) {
    const oldWords = facts.bodyWords!;
    const after = oldWords.count - before.wordStarts[oldTail];
    const hashes = new Uint32Array(count + after);
    hashes.set(wordBuffer.subarray(0, count));
    hashes.set(oldWords.hashes.subarray(before.wordStarts[oldTail], oldWords.count), count);
    bodyWords = { count: count + after, hashes };
    for (let l = tail; l <= lines.length; l++) wordStarts[l] = before.wordStarts[l - moved] + count - before.wordStarts[oldTail];
  }
  return { text, lines, body, facts: { lines: out, any, tonePairs, bodyWords }, wordStarts };
}

/** The first line starting at `offset` or after it (lines.length if none). */
function firstLineFrom(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The eight bits of a unit in the table above. */
const UNIT_BITS = 0xff;

function grow(words: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(words.length * 2);
  bigger.set(words);
  return bigger;
}
