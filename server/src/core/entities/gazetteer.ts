// A hand-written automaton over UTF-16 code units that finds registry names in text.
//
// The trie is keyed on *symbols*: the case-folded code unit (FOLD), with every run of spaces
// read as one ' ' and every dash with its surrounding spaces read as one '-' — so
// `khoa học - công nghệ`, `khoa học-công nghệ` and `khoa học – công nghệ` walk the same
// path. Tone placement (`hòa`/`hoà`) is handled by inserting both spellings of a pattern.
// Transitions live in typed arrays: a dense table for the root, a per-state entry for the
// states with a single edge (most of them), one open-addressing hash table for the others,
// so a scan allocates nothing but its results.
//
// Matching starts only at word starts and ends only at word ends (Unicode letters, digits
// and marks are word characters), takes the longest match at a start, and jumps past it:
// results never overlap. Case: a case-sensitive pattern requires upper case in the text
// wherever the pattern has it (except the first letter of a `lowerFirst` pattern, so
// `biển Đông` matches `Biển Đông`); lower-case pattern letters accept either case (so
// sentence-initial `Châu Á` and upper-case datelines `HÀ NỘI` match). Case-insensitive
// patterns (sectors, common nouns) accept any case.

import { CLASS, DASH, FOLD, SPACE, UPPER, WORD, normalizeSpacing, phraseToneVariants } from './normalize';
import type { EntityType } from './types';

export interface GazetteerPattern {
  /** Surface form as written in the registry. */
  text: string;
  entityId: string;
  type: EntityType;
  caseSensitive: boolean;
  /**
   * A case-sensitive pattern whose first word is a generic head written either way
   * (`Biển Đông`/`biển Đông`, `Châu Á`/`châu Á`): its first letter may be in either case.
   */
  lowerFirst?: boolean;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  /** Index into Gazetteer.patterns. */
  pattern: number;
  entityId: string;
  type: EntityType;
}

/**
 * The words of a text a scan may start at (every word start, ascending), with what the caller
 * already knows of each: its end, and the state the automaton reaches over it (wordState), or
 * NOT_WALKED. The recognizer's tokenizer memoises the state of each distinct word.
 */
export interface ScanWords {
  count: number;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  states: ArrayLike<number>;
  /**
   * The words to look at, ascending, in visit[0, visitCount): every other word is of state -1
   * (most words of running text begin no name). Without it, every word.
   */
  visit?: ArrayLike<number>;
  visitCount?: number;
}

/** A compiled Gazetteer's fields (Gazetteer.toState). */
export type GazetteerState = { readonly patterns: GazetteerPattern[] } & Record<string, unknown>;

/** In ScanWords.states: the word's state is not known; the scan walks it. */
export const NOT_WALKED = -2;

const NEWLINE_LF = 10;
const NEWLINE_CR = 13;
const SYM_SPACE = 0x20;
const SYM_DASH = 0x2d;
/** Gazetteer.stopInfo: its ints per state, and the bits of the first. */
const STOP_INTS = 4;
const HAS_OUTPUT = 1;
const GOES_ON_AFTER_GAP = 2;
/** 1 where a code unit is a space or a dash: after a word, the walk reads it as SYM_SPACE or SYM_DASH (or stops at a line break). */
const GAP = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (CLASS[c] === SPACE || CLASS[c] === DASH) GAP[c] = 1;

export class Gazetteer {
  readonly patterns: GazetteerPattern[] = [];
  /** Per pattern: 1 for symbols that must be upper case in the text. */
  private readonly upperMasks: Uint8Array[] = [];
  private readonly firstExempt: boolean[] = [];

  // Trie under construction.
  private building: Array<Map<number, number>> | undefined = [new Map()];
  private outputList: number[][] = [[]];

  // Compiled trie.
  private rootNext = new Int32Array(65536).fill(-1);
  /** Open-addressing table of transitions, one entry of 4 ints per slot: state (-1 if free), symbol, next state, unused (one cache line per probe). */
  private hashTable = new Int32Array(0);
  /**
   * Per state, [symbol, next state] of its only edge, [-1, -1] when it has none, [-2, -1] when it
   * has several (they are in hashTable). Most states of names have one edge, and a state's id is
   * close to its parent's: a walk down a name reads neighbouring entries, not the hash table.
   */
  private onlyEdge = new Int32Array(0);
  private hashBits = 0;
  private firstOutput = new Int32Array(0);
  private nextOutput = new Int32Array(0);
  private stateCount = 1;

  static build(patterns: Iterable<GazetteerPattern>): Gazetteer {
    const g = new Gazetteer();
    for (const p of patterns) g.add(p);
    g.compile();
    return g;
  }

  /** The compiled automaton as plain data (a registry's snapshot carries it: building it is
   *  most of the cost of a thread's first analysis). Every field but the scratch buffers, so
   *  that a field added later is not left out. */
  toState(): GazetteerState {
    if (this.building) throw new Error('Gazetteer not compiled');
    const { building: _b, outputList: _o, endBuf: _e, stateBuf: _s, ...compiled } = this as unknown as Record<string, unknown>;
    return compiled as GazetteerState;
  }

  static fromState(state: GazetteerState): Gazetteer {
    const g = Object.assign(new Gazetteer(), state);
    g.building = undefined;
    g.outputList = [];
    return g;
  }

  get size(): number {
    return this.patterns.length;
  }

  private add(p: GazetteerPattern): void {
    if (!this.building) throw new Error('Gazetteer already compiled');
    const text = normalizeSpacing(p.text.normalize('NFC').trim());
    if (!text) return;
    for (const variant of phraseToneVariants(text)) {
      const symbols = symbolsOf(variant);
      if (symbols.codes.length === 0) continue;
      // Patterns must start and end on word characters to meet the scan's boundaries.
      if (CLASS[variant.charCodeAt(0)] !== WORD) continue;
      let state = 0;
      for (const sym of symbols.codes) {
        const edges = this.building[state];
        let next = edges.get(sym);
        if (next === undefined) {
          next = this.building.length;
          this.building.push(new Map());
          this.outputList.push([]);
          edges.set(sym, next);
        }
        state = next;
      }
      // One pattern per (state, entity): the first registration wins.
      const outs = this.outputList[state];
      if (outs.some((o) => this.patterns[o].entityId === p.entityId && this.patterns[o].caseSensitive === p.caseSensitive)) continue;
      const index = this.patterns.length;
      this.patterns.push({ ...p, text: variant });
      this.upperMasks.push(symbols.upper);
      this.firstExempt.push(p.lowerFirst === true && symbols.upper[0] === 1);
      outs.push(index);
    }
  }

  private compile(): void {
    const states = this.building!;
    this.stateCount = states.length;
    let edges = 0;
    // Only the edges of states with several go to the hash table (see onlyEdge).
    for (let s = 1; s < states.length; s++) if (states[s].size > 1) edges += states[s].size;
    let bits = 4;
    while (1 << bits < edges * 2) bits++;
    this.hashBits = bits;
    const size = 1 << bits;
    const table = new Int32Array(size * 4);
    for (let h = 0; h < size; h++) table[h * 4] = -1;
    this.hashTable = table;
    const mask = size - 1;
    for (const [sym, next] of states[0]) this.rootNext[sym] = next;
    const only = new Int32Array(states.length * 2).fill(-1);
    this.onlyEdge = only;
    for (let s = 1; s < states.length; s++) {
      if (states[s].size === 1) {
        for (const [sym, next] of states[s]) {
          only[s * 2] = sym;
          only[s * 2 + 1] = next;
        }
        continue;
      }
      if (states[s].size > 1) only[s * 2] = -2;
      for (const [sym, next] of states[s]) {
        let h = hash(s, sym, bits);
        while (table[h * 4] !== -1) h = (h + 1) & mask;
        table[h * 4] = s;
        table[h * 4 + 1] = sym;
        table[h * 4 + 2] = next;
      }
    }
    this.firstOutput = new Int32Array(states.length).fill(-1);
    this.nextOutput = new Int32Array(this.patterns.length).fill(-1);
    for (let s = 0; s < states.length; s++) {
      const outs = this.outputList[s];
      // Case-sensitive patterns are tried first: they are the more specific reading.
      outs.sort((a, b) => Number(this.patterns[b].caseSensitive) - Number(this.patterns[a].caseSensitive) || a - b);
      for (let k = outs.length - 1; k >= 0; k--) {
        this.nextOutput[outs[k]] = this.firstOutput[s];
        this.firstOutput[s] = outs[k];
      }
    }
    // lowerOk[state]: some pattern below this state accepts a lower-case first letter
    // (case-insensitive, written lower-case, or `biển Đông`-style). A word starting in lower
    // case walks only through such states: most words of running text stop at the root.
    this.lowerOk = new Uint8Array(states.length);
    for (let o = 0; o < this.patterns.length; o++) {
      const p = this.patterns[o];
      const ok = !p.caseSensitive || this.upperMasks[o][0] === 0 || this.firstExempt[o];
      if (!ok) continue;
      let state = 0;
      for (const sym of symbolsOf(p.text).codes) {
        state = states[state].get(sym)!;
        this.lowerOk[state] = 1;
      }
    }
    this.bigramAny = new Uint8Array(65536);
    this.bigramLower = new Uint8Array(65536);
    this.trigramAny = new Uint8Array(65536);
    this.trigramLower = new Uint8Array(65536);
    for (let o = 0; o < this.patterns.length; o++) {
      const p = this.patterns[o];
      const codes = symbolsOf(p.text).codes;
      if (codes.length < 2) continue;
      const lower = !p.caseSensitive || this.upperMasks[o][0] === 0 || this.firstExempt[o];
      const b = (Math.imul(codes[0], 31) + codes[1]) & 0xffff;
      this.bigramAny[b] = 1;
      if (lower) this.bigramLower[b] = 1;
      if (codes.length < 3) continue;
      const t = trigram(codes[0], codes[1], codes[2]);
      this.trigramAny[t] = 1;
      if (lower) this.trigramLower[t] = 1;
    }
    this.startTable = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      if (CLASS[c] !== WORD) continue;
      const first = this.rootNext[FOLD[c]];
      this.startTable[c] = first !== -1 && (UPPER[c] === 1 || this.lowerOk[first] === 1) ? 2 : 1;
    }
    const stop = new Int32Array(states.length * STOP_INTS);
    this.stopInfo = stop;
    for (let st = 0; st < states.length; st++) {
      const b = st * STOP_INTS;
      if (this.firstOutput[st] !== -1) stop[b] |= HAS_OUTPUT;
      if (this.step(st, SYM_SPACE) !== -1 || this.step(st, SYM_DASH) !== -1) stop[b] |= GOES_ON_AFTER_GAP;
      const afterSpace = states[st].get(SYM_SPACE);
      if (afterSpace === undefined) continue;
      for (const [sym, next] of states[afterSpace]) {
        stop[b + 1] |= 1 << (sym & 31);
        if (this.lowerOk[afterSpace] === 1 && this.lowerOk[next] === 1) stop[b + 2] |= 1 << (sym & 31);
      }
    }
    this.building = undefined;
    this.outputList = [];
  }
  private startTable = new Uint8Array(65536);
  private bigramAny = new Uint8Array(65536);
  private bigramLower = new Uint8Array(65536);
  /** Like the bigrams, for the first three symbols of the patterns of three symbols or more. */
  private trigramAny = new Uint8Array(65536);
  private trigramLower = new Uint8Array(65536);
  private lowerOk = new Uint8Array(0);
  /**
   * What stopsAfter asks of a state, side by side (one read of memory for most words a name
   * starts with), STOP_INTS ints a state: [HAS_OUTPUT (some pattern ends there) |
   * GOES_ON_AFTER_GAP (some edge leaves it over a space or a dash, the symbols between two
   * words), lettersAfterSpace, lowerLettersAfterSpace, unused]. lettersAfterSpace: the symbols
   * that go on from the state after a space, as bits (bit sym & 31; several symbols share one):
   * a walk from a word whose next word's first letter has no bit stops there, told without a
   * look-up in the hash table; lowerLettersAfterSpace: those of the walks that start in lower
   * case (lowerOk).
   */
  private stopInfo = new Int32Array(0);
  private readonly endBuf = new Int32Array(512);
  private readonly stateBuf = new Int32Array(512);

  private step(state: number, sym: number): number {
    if (state === 0) return this.rootNext[sym];
    const only = this.onlyEdge[state * 2];
    if (only !== -2) return only === sym ? this.onlyEdge[state * 2 + 1] : -1;
    const mask = (1 << this.hashBits) - 1;
    let h = hash(state, sym, this.hashBits);
    const table = this.hashTable;
    for (;;) {
      const s = table[h << 2];
      if (s === -1) return -1;
      if (s === state && table[(h << 2) + 1] === sym) return table[(h << 2) + 2];
      h = (h + 1) & mask;
    }
  }

  /**
   * Every non-overlapping longest match in text[from, to). `accept` may veto a match (the
   * recognizer uses it for context); a vetoed match lets a shorter one at the same start
   * be tried.
   */
  scan(text: string, from = 0, to = text.length, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    // One table lookup per code unit: START[c] is 0 for a non-word character, 1 for a word
    // character no match can start with, 2 for one a match may start with.
    const start = this.startTable;
    let prevWord = from > 0 && CLASS[text.charCodeAt(from - 1)] === WORD;
    for (let i = from; i < to; i++) {
      const k = start[text.charCodeAt(i)];
      if (k === 0) {
        prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (k === 1) continue;
      const m = this.matchAt(text, i, to, accept);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  /**
   * scan(text, 0, text.length, accept) for a caller that knows the word starts of the text
   * and maybe more (ScanWords), as the recognizer's tokenizer does: the text is not walked a
   * second time, a word of state -1 begins no match, and the walk from a word of known state
   * goes on after the word instead of from its start.
   */
  scanWords(text: string, words: ScanWords, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    const start = this.startTable;
    const to = text.length;
    const { count, starts, ends, states, visit } = words;
    const visits = visit ? words.visitCount! : count;
    // Matches do not overlap: no start before the end of the last one.
    let next = 0;
    for (let v = 0; v < visits; v++) {
      const w = visit ? visit[v] : v;
      const state = states[w];
      if (state === -1) continue;
      const i = starts[w];
      if (i < next) continue;
      let m: GazetteerMatch | undefined;
      if (state === NOT_WALKED) {
        if (start[text.charCodeAt(i)] !== 2) continue;
        m = this.matchAt(text, i, to, accept);
      } else {
        if (this.stopsAfter(text, i, state, ends[w], to)) continue;
        m = this.longestFrom(text, i, state, ends[w], to, accept);
      }
      if (m) {
        out.push(m);
        next = m.end;
      }
    }
    return out;
  }

  /**
   * longestFrom(text, pos, state, e, to) surely finds nothing: no pattern ends with the word
   * [pos, e), and the walk stops right after it (at the text's end; at a space or a dash, when
   * no edge leaves the state over one; at one space and the next word's first letter, when
   * none leaves over these, or, from a word in lower case, only towards patterns that need a
   * capital). Most walks from a word a pattern starts with stop there: scanWords does not call
   * longestFrom for them.
   */
  private stopsAfter(text: string, pos: number, state: number, e: number, to: number): boolean {
    const b = state * STOP_INTS;
    const info = this.stopInfo[b];
    if ((info & HAS_OUTPUT) !== 0) return false;
    if (e >= to) return true;
    const c = text.charCodeAt(e);
    // (Another character is a symbol of its own: `TP.HCM`.)
    if (GAP[c] !== 1) return false;
    if ((info & GOES_ON_AFTER_GAP) === 0) return true;
    if (c !== 0x20 || e + 1 >= to) return false;
    const d = text.charCodeAt(e + 1);
    if (CLASS[d] !== WORD) return false;
    const lowerOnly = UPPER[text.charCodeAt(pos)] === 0;
    const letters = this.stopInfo[lowerOnly ? b + 2 : b + 1];
    if (((letters >>> (FOLD[d] & 31)) & 1) === 0) return true;
    // (A bit some other symbol set: the walk itself, then.)
    const afterSpace = this.step(state, SYM_SPACE);
    if (afterSpace === -1 || (lowerOnly && this.lowerOk[afterSpace] === 0)) return true;
    const next = this.step(afterSpace, FOLD[d]);
    return next === -1 || (lowerOnly && this.lowerOk[next] === 0);
  }

  /**
   * The state longestAt reaches at the end of the word text[s, e) (word characters only) from
   * a word start at s; -1 when it stops inside the word (no pattern begins with the word, in
   * its case). A match starting at s is longestFrom(text, s, wordState(text, s, e), e).
   */
  wordState(text: string, s: number, e: number): number {
    const lowerOnly = UPPER[text.charCodeAt(s)] === 0;
    let state = 0;
    for (let i = s; i < e; i++) {
      state = this.step(state, FOLD[text.charCodeAt(i)]);
      if (state < 0 || (lowerOnly && this.lowerOk[state] === 0)) return -1;
    }
    return state;
  }

  /** The match at the word start i (a character a match may start with) for scan. */
  private matchAt(text: string, i: number, to: number, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
    // Second filter: the first two symbols must begin some pattern (upper-case start) or
    // some pattern that accepts a lower-case start.
    const c0 = text.charCodeAt(i);
    if (i + 1 < to) {
      const c1 = text.charCodeAt(i + 1);
      const bigram = (Math.imul(FOLD[c0], 31) + FOLD[c1]) & 0xffff;
      const upper = UPPER[c0] === 1;
      if ((upper ? this.bigramAny : this.bigramLower)[bigram] === 0 && CLASS[c1] === WORD) return undefined;
      // A word of three characters or more: a match is a pattern of three symbols or more, and
      // the first three must begin one (most words of running text stop here).
      if (i + 2 < to && CLASS[c1] === WORD) {
        const c2 = text.charCodeAt(i + 2);
        if (CLASS[c2] === WORD && (upper ? this.trigramAny : this.trigramLower)[trigram(FOLD[c0], FOLD[c1], FOLD[c2])] === 0) return undefined;
      }
    }
    return this.longestAt(text, i, to, accept);
  }

  /** The longest match starting exactly at `pos` (which should be a word start). */
  longestAt(text: string, pos: number, to = text.length, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
    return this.longestFrom(text, pos, 0, pos, to, accept);
  }

  /** longestAt(text, pos), the walk from pos having reached `state` at i (a word end or pos itself, with state 0). */
  private longestFrom(text: string, pos: number, state: number, i: number, to: number, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
    const cls = CLASS;
    const fold = FOLD;
    const table = this.hashTable;
    const onlyEdge = this.onlyEdge;
    const bits = this.hashBits;
    const mask = (1 << bits) - 1;
    const firstOutput = this.firstOutput;
    const lowerOnly = UPPER[text.charCodeAt(pos)] === 0;
    const lowerOk = this.lowerOk;
    const ends = this.endBuf;
    const states = this.stateBuf;
    const len = text.length;
    let found = 0;
    if (state !== 0 && firstOutput[state] !== -1 && (i >= len || cls[text.charCodeAt(i)] !== WORD)) {
      // A pattern ends with the word walked already.
      ends[0] = i;
      states[0] = state;
      found = 1;
    }
    while (i < to) {
      const c = text.charCodeAt(i);
      const k = cls[c];
      let sym: number;
      let j: number;
      if (k === WORD) {
        sym = fold[c];
        j = i + 1;
      } else if (k === SPACE) {
        if (c === NEWLINE_LF || c === NEWLINE_CR) break;
        j = i + 1;
        let dash = false;
        while (j < to) {
          const d = text.charCodeAt(j);
          const kd = cls[d];
          if (kd === SPACE) {
            if (d === NEWLINE_LF || d === NEWLINE_CR) break;
            j++;
          } else if (kd === DASH && !dash) {
            dash = true;
            j++;
          } else break;
        }
        sym = dash ? SYM_DASH : SYM_SPACE;
      } else if (k === DASH) {
        j = i + 1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (cls[d] !== SPACE || d === NEWLINE_LF || d === NEWLINE_CR) break;
          j++;
        }
        sym = SYM_DASH;
      } else {
        sym = fold[c];
        j = i + 1;
      }
      if (state === 0) state = this.rootNext[sym];
      else if (onlyEdge[state * 2] !== -2) state = onlyEdge[state * 2] === sym ? onlyEdge[state * 2 + 1] : -1;
      else {
        let h = (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym + 1, 0x85ebca77)) >>> (32 - bits);
        for (;;) {
          const st = table[h << 2];
          if (st === -1) {
            state = -1;
            break;
          }
          if (st === state && table[(h << 2) + 1] === sym) {
            state = table[(h << 2) + 2];
            break;
          }
          h = (h + 1) & mask;
        }
      }
      if (state < 0 || (lowerOnly && lowerOk[state] === 0)) break;
      i = j;
      if (firstOutput[state] !== -1 && (i >= len || cls[text.charCodeAt(i)] !== WORD) && found < ends.length) {
        ends[found] = i;
        states[found] = state;
        found++;
      }
    }
    if (found === 0) return undefined;
    // The callback may scan again (re-entrancy) and overwrite the buffers: with a callback
    // and more than one candidate, walk a copy of them.
    let candEnds: ArrayLike<number> = ends;
    let candStates: ArrayLike<number> = states;
    if (accept && found > 1) {
      const ce: number[] = new Array(found);
      const cs: number[] = new Array(found);
      for (let e = 0; e < found; e++) {
        ce[e] = ends[e];
        cs[e] = states[e];
      }
      candEnds = ce;
      candStates = cs;
    }
    for (let e = found - 1; e >= 0; e--) {
      const end = candEnds[e];
      for (let o = firstOutput[candStates[e]]; o !== -1; o = this.nextOutput[o]) {
        const p = this.patterns[o];
        if (p.caseSensitive && !this.caseFits(text, pos, end, o)) continue;
        const m: GazetteerMatch = { start: pos, end, pattern: o, entityId: p.entityId, type: p.type };
        if (accept && !accept(m)) continue;
        return m;
      }
    }
    return undefined;
  }

  private caseFits(text: string, start: number, end: number, pattern: number): boolean {
    const mask = this.upperMasks[pattern];
    const exempt = this.firstExempt[pattern];
    let s = 0;
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      const k = CLASS[c];
      if (k === SPACE || k === DASH) {
        // One symbol for the whole run of spacing.
        let j = i + 1;
        while (j < end && (CLASS[text.charCodeAt(j)] === SPACE || CLASS[text.charCodeAt(j)] === DASH)) j++;
        i = j;
        s++;
        continue;
      }
      if (mask[s] === 1 && UPPER[c] !== 1 && !(s === 0 && exempt)) return false;
      s++;
      i++;
    }
    return true;
  }
}

/** The index of three symbols in the trigram tables. */
function trigram(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & 0xffff;
}

function hash(state: number, sym: number, bits: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym + 1, 0x85ebca77)) >>> (32 - bits);
}

/** The symbols a (spacing-normalised) pattern walks, and which must be upper case. */
function symbolsOf(s: string): { codes: number[]; upper: Uint8Array } {
  const codes: number[] = [];
  const upper: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE) {
      codes.push(SYM_SPACE);
      upper.push(0);
    } else if (k === DASH) {
      codes.push(SYM_DASH);
      upper.push(0);
    } else {
      codes.push(FOLD[c]);
      upper.push(UPPER[c]);
    }
  }
  return { codes, upper: Uint8Array.from(upper) };
}
