// The tokens of a text that is most likely an edit of the last one asked for here (an open
// article, re-analysed at each keystroke): the lines that changed are tokenized, the tokens of
// the others are those of the text before, moved. A token never spans a line break, and what
// tokenize says of a line's tokens (sentence starts, joins, zones) depends on that line alone,
// so the result is the tokens tokenize would give the whole text (test: editedTokens.test.ts).
// The tokens before are still in tokenize's shared arrays when no other text was tokenized
// since (Toks.generation): the passes only claimed them and marked titles (owner, titleLen,
// PASS_FLAGS), which are cleared; nothing is copied aside.

import type { Gazetteer } from '../gazetteer';
import { changedLines } from '../../text/changedLines';
import { PASS_FLAGS, Toks, tokenize, type PhraseSet, type WordFlags } from './tokens';

/** The last text asked for here, and what its tokens were made with. */
interface LastText {
  text: string;
  toks: Toks;
  generation: number;
  phraseSets: readonly PhraseSet[];
  gazetteer?: Gazetteer;
  wordFlags?: WordFlags;
}

let last: LastText | undefined;
/** How many texts were tokenized by their changed lines, how many whole (tests). */
export const editedTokenCounts = { spliced: 0, whole: 0 };
/** The changed lines' tokens, before they go to their place. */
const changed = new Toks();

/** tokenize(text, …), reusing the tokens of the lines the last text asked for here shares with it. */
export function tokenizeEdited(text: string, phraseSets: readonly PhraseSet[], gazetteer?: Gazetteer, wordFlags?: WordFlags): Toks {
  const before = last;
  last = undefined;
  let toks: Toks | undefined;
  if (before && before.toks.generation === before.generation && before.phraseSets === phraseSets && before.gazetteer === gazetteer && before.wordFlags === wordFlags) {
    const span = changedLines(before.text, text);
    // (A text that is no edit of the last one is tokenized whole: splicing would cost more.)
    if (span.end - span.start <= text.length / 2) toks = splice(text, before.toks, span.start, span.end, span.beforeEnd, span.delta, phraseSets, gazetteer, wordFlags);
  }
  if (toks) editedTokenCounts.spliced++;
  else {
    toks = tokenize(text, phraseSets, gazetteer, wordFlags);
    editedTokenCounts.whole++;
  }
  last = { text, toks, generation: toks.generation, phraseSets, gazetteer, wordFlags };
  return toks;
}

/** Forgets the last text (tests). */
export function forgetEditedTokens(): void {
  last = undefined;
}

/** The last text's tokens in `toks`, with those of text[start, end) (before[start, beforeEnd)) made again; undefined if tokenize refilled `toks` meanwhile. */
function splice(text: string, toks: Toks, start: number, end: number, beforeEnd: number, delta: number, phraseSets: readonly PhraseSet[], gazetteer: Gazetteer | undefined, wordFlags: WordFlags | undefined): Toks | undefined {
  const generation = toks.generation;
  // The changed lines' tokens, their offsets from `from`: from the line break before them, which
  // tells their first token's gap as the whole text does (none before the empty span of a text
  // that did not change).
  const from = start > 0 && text.charCodeAt(start - 1) === 0x0a ? start - 1 : start;
  const span = tokenize(text.slice(from, end), phraseSets, gazetteer, wordFlags, changed);
  // (Tokenizing warms the tokenizer up once a process, with the shared arrays.)
  if (toks.generation !== generation) return undefined;
  const w = span.n;
  const oldN = toks.n;
  // The last text's tokens before the span (the first `head`) and after it (from `tail`).
  const head = firstAtOrAfter(toks.s, oldN, start);
  const tail = firstAtOrAfter(toks.s, oldN, beforeEnd);
  const moved = head + w - tail;
  const n = oldN + moved;
  toks.reserve(n + 1);
  const { s, e, heads, word, gazetteerState, flags, k } = toks;
  // Those after it, to their place.
  if (moved !== 0) {
    for (const a of [s, e, heads, word, gazetteerState] as Int32Array[]) a.copyWithin(tail + moved, tail, oldN);
    flags.copyWithin(tail + moved, tail, oldN);
    // (By hand: an array's copyWithin writes nothing past its length.)
    if (moved > 0) for (let t = oldN - 1; t >= tail; t--) k[t + moved] = k[t];
    else for (let t = tail; t < oldN; t++) k[t + moved] = k[t];
  }
  if (delta !== 0) {
    for (let t = tail + moved; t < n; t++) {
      s[t] += delta;
      e[t] += delta;
    }
  }
  // The span's, at theirs.
  for (let q = 0; q < w; q++) {
    const t = head + q;
    s[t] = span.s[q] + from;
    e[t] = span.e[q] + from;
    heads[t] = span.heads[q];
    word[t] = span.word[q];
    gazetteerState[t] = span.gazetteerState[q];
    flags[t] = span.flags[q];
    k[t] = span.k[q];
  }
  for (let t = 0; t < n; t++) flags[t] &= ~PASS_FLAGS;
  if (n < oldN) k.fill('', n, oldN);
  toks.n = n;
  toks.capCount = spliceList(toks.caps, toks.capCount, span.caps, span.capCount, head, tail, moved);
  toks.phrasedCount = spliceList(toks.phrased, toks.phrasedCount, span.phrased, span.phrasedCount, head, tail, moved);
  toks.namedCount = spliceList(toks.named, toks.namedCount, span.named, span.namedCount, head, tail, moved);
  const amps = toks.ampStarts;
  const kept = amps.filter((a) => a < start || a >= beforeEnd);
  amps.length = 0;
  for (const a of kept) if (a < start) amps.push(a);
  for (const a of span.ampStarts) amps.push(a + from);
  for (const a of kept) if (a >= beforeEnd) amps.push(a + delta);
  toks.owner.fill(-1, 0, n);
  toks.titleLen.fill(0, 0, n);
  toks.titles.length = 0;
  toks.generation++;
  return toks;
}

/**
 * A list of token numbers (caps, phrased, named) of the last text, list[0, count), made the
 * new text's: those before token `head` stay, the span's (spanList[0, spanCount), numbered
 * from 0) follow, then those from token `tail` on, moved by `moved`; returns its length.
 */
function spliceList(list: Int32Array, count: number, spanList: Int32Array, spanCount: number, head: number, tail: number, moved: number): number {
  const headCount = firstAtOrAfter(list, count, head);
  const tailFrom = firstAtOrAfter(list, count, tail);
  const to = headCount + spanCount;
  list.copyWithin(to, tailFrom, count);
  const length = to + count - tailFrom;
  for (let q = to; q < length; q++) list[q] += moved;
  for (let q = 0; q < spanCount; q++) list[headCount + q] = spanList[q] + head;
  return length;
}

/** The first index in sorted[0, n) whose value is at least `value` (n if none). */
function firstAtOrAfter(sorted: Int32Array, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
