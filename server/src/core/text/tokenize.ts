// Words and sentences of a text, with their offsets: the units the exports write (one
// Vietnamese syllable per token, as the VLSP corpora do) and the concordance can count in.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

// A syllable or a foreign word; digits joined by `.`, `,`, `:` or `/` (1.000, 3,5, 10:30,
// 24/2) and words joined by `-` or an apostrophe (Covid-19, Côte d'Ivoire) stay one token.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’/]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
// White space as Python's str.split() sees it too (U+0085, U+001C–U+001F), so that a reader
// splitting a CoNLL line never loses its token.
const SPACE = /[\s\u0085\u001c-\u001f]+/uy;
// The same punctuation mark repeated (`...`, `--`, `!!`) is one token.
const REPEATED = /(\P{L})\1*/uy;

/** The tokens of `text[from, to)`: words, numbers and punctuation marks; white space separates. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = Math.min(SPACE.lastIndex, to);
      continue;
    }
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      const end = Math.min(WORD.lastIndex, to);
      out.push({ start: i, end, kind: /\p{N}/u.test(text[i]) ? 'number' : 'word' });
      i = end;
      continue;
    }
    REPEATED.lastIndex = i;
    const end = REPEATED.test(text) ? Math.min(REPEATED.lastIndex, to) : i + 1;
    out.push({ start: i, end, kind: 'punct' });
    i = end;
  }
  return out;
}

/** Splits a token where a boundary (a mention's start or end) falls inside it. */
export function splitAt(tokens: readonly Token[], boundaries: readonly number[]): Token[] {
  if (!boundaries.length) return tokens.slice();
  const cuts = [...new Set(boundaries)].sort((a, b) => a - b);
  const out: Token[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < cuts.length && cuts[c] <= t.start) c++;
    let start = t.start;
    let k = c;
    while (k < cuts.length && cuts[k] < t.end) {
      out.push({ start, end: cuts[k], kind: t.kind });
      start = cuts[k];
      k++;
    }
    out.push({ start, end: t.end, kind: t.kind });
  }
  return out;
}

// Short forms that end with a full stop without ending the sentence (TP. Hồ Chí Minh, ThS.
// Nguyễn…); a single capital is an initial (V. Putin).
const ABBREVIATIONS = new Set(['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'nxb', 'mr', 'mrs', 'ms', 'dr', 'st', 'tt', 'q', 'p', 'no', 'vs', 'v.v']);
const ENDS = /^(?:[.!?…]|\.{2,}|[!?]{2,})$/u;
const CLOSERS = /^["'”’»)\]]+$/u;

/**
 * Groups tokens into sentences: a sentence ends with `.`, `!`, `?` or `…` (and the quotes or
 * brackets that close after it) before a capital, a digit or an opening quote, and always at a
 * line break. `unbreakable(offset)` protects a position (inside a name) from being a boundary.
 */
export function sentences(text: string, tokens: readonly Token[], unbreakable: (offset: number) => boolean = () => false): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length) out.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (current.length && /[\n\r\u2028\u2029]/u.test(text.slice(current[current.length - 1].end, t.start)) && !unbreakable(t.start)) flush();
    current.push(t);
    if (t.kind !== 'punct' || !ENDS.test(text.slice(t.start, t.end))) continue;
    const before = current.length >= 2 ? current[current.length - 2] : undefined;
    // Closing quotes and brackets belong to the sentence they close.
    while (i + 1 < tokens.length && tokens[i + 1].kind === 'punct' && tokens[i + 1].start === current[current.length - 1].end && CLOSERS.test(text.slice(tokens[i + 1].start, tokens[i + 1].end))) current.push(tokens[++i]);
    const next = tokens[i + 1];
    if (!next) continue;
    if (before && text[t.start] === '.' && t.end - t.start === 1 && before.end === t.start) {
      const word = text.slice(before.start, before.end);
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    const first = text.slice(next.start, next.end);
    if (/^[\p{Lu}\p{N}"“'‘«(\[-]/u.test(first) && !unbreakable(next.start)) flush();
  }
  flush();
  return out;
}
