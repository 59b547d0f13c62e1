// A hand-written automaton over UTF-16 code units that finds registry names in text.
//
// The trie is keyed on *symbols*: the case-folded code unit (FOLD), with every run of spaces
// read as one ' ' and every dash with its surrounding spaces read as one '-' — so
// `khoa học - công nghệ`, `khoa học-công nghệ` and `khoa học – công nghệ` walk the same
// path. Tone placement (`hòa`/`hoà`) is handled by inserting both spellings of a pattern.
// Transitions live in one open-addressing hash table (typed arrays), with a dense table
// for the root, so a scan allocates nothing but its results.
//
// Matching starts only at word starts and ends only at word ends (Unicode letters, digits
// and marks are word characters), takes the longest match at a start, and jumps past it:
// results never overlap. Case: a case-sensitive pattern requires upper case in the text
// wherever the pattern has it (except the very first letter when another capital follows,
// so `biển Đông` matches `Biển Đông`); lower-case pattern letters accept either case (so
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
}

export interface GazetteerMatch {
  start: number;
  end: number;
  /** Index into Gazetteer.patterns. */
  pattern: number;
  entityId: string;
  type: EntityType;
}

const NEWLINE_LF = 10;
const NEWLINE_CR = 13;
const SYM_SPACE = 0x20;
const SYM_DASH = 0x2d;

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
  private hashState = new Int32Array(0);
  private hashSym = new Uint16Array(0);
  private hashNext = new Int32Array(0);
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
      let capitals = 0;
      for (const u of symbols.upper) capitals += u;
      this.firstExempt.push(symbols.upper[0] === 1 && capitals > 1);
      outs.push(index);
    }
  }

  private compile(): void {
    const states = this.building!;
    this.stateCount = states.length;
    let edges = 0;
    for (let s = 1; s < states.length; s++) edges += states[s].size;
    let bits = 4;
    while (1 << bits < edges * 2) bits++;
    this.hashBits = bits;
    const size = 1 << bits;
    this.hashState = new Int32Array(size).fill(-1);
    this.hashSym = new Uint16Array(size);
    this.hashNext = new Int32Array(size);
    const mask = size - 1;
    for (const [sym, next] of states[0]) this.rootNext[sym] = next;
    for (let s = 1; s < states.length; s++) {
      for (const [sym, next] of states[s]) {
        let h = hash(s, sym, bits);
        while (this.hashState[h] !== -1) h = (h + 1) & mask;
        this.hashState[h] = s;
        this.hashSym[h] = sym;
        this.hashNext[h] = next;
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
    this.building = undefined;
    this.outputList = [];
  }

  private step(state: number, sym: number): number {
    if (state === 0) return this.rootNext[sym];
    const mask = (1 << this.hashBits) - 1;
    let h = hash(state, sym, this.hashBits);
    const hs = this.hashState;
    for (;;) {
      const s = hs[h];
      if (s === -1) return -1;
      if (s === state && this.hashSym[h] === sym) return this.hashNext[h];
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
    let i = from;
    const cls = CLASS;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (cls[c] !== WORD || (i > 0 && cls[text.charCodeAt(i - 1)] === WORD)) {
        i++;
        continue;
      }
      if (this.rootNext[FOLD[c]] === -1) {
        // Skip the rest of this word: no pattern starts here.
        i++;
        while (i < to && cls[text.charCodeAt(i)] === WORD) i++;
        continue;
      }
      const m = this.longestAt(text, i, to, accept);
      if (m) {
        out.push(m);
        i = m.end;
      } else {
        i++;
        while (i < to && cls[text.charCodeAt(i)] === WORD) i++;
      }
    }
    return out;
  }

  /** The longest match starting exactly at `pos` (which should be a word start). */
  longestAt(text: string, pos: number, to = text.length, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
    const cls = CLASS;
    const fold = FOLD;
    // Candidate ends, longest last; kept small and reused.
    const ends: number[] = [];
    const states: number[] = [];
    let state = 0;
    let i = pos;
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
      state = this.step(state, sym);
      if (state < 0) break;
      i = j;
      if (this.firstOutput[state] !== -1 && (i >= text.length || cls[text.charCodeAt(i)] !== WORD)) {
        ends.push(i);
        states.push(state);
      }
    }
    for (let e = ends.length - 1; e >= 0; e--) {
      for (let o = this.firstOutput[states[e]]; o !== -1; o = this.nextOutput[o]) {
        const p = this.patterns[o];
        if (p.caseSensitive && !this.caseFits(text, pos, ends[e], o)) continue;
        const m: GazetteerMatch = { start: pos, end: ends[e], pattern: o, entityId: p.entityId, type: p.type };
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
