// The include/exclude globs of corpus-lens.yaml, matched without backtracking blow-ups.
//
// A glob compiled to a regular expression backtracks exponentially on patterns such as
// `**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.txt` (picomatch hung the CLI and the server on one
// 40-letter file name). Here a pattern is matched segment by segment with the classic
// wildcard algorithm, which keeps one resume point per level: O(n·m) per segment, and the
// same at the level of path segments for `**`.
//
// Supported, as picomatch did for ordinary globs: `/`-separated segments, `**` as a whole
// segment (zero or more folders), `*`, `?`, `[abc]`, `[a-z]`, `[!a]`/`[^a]`, `{a,b}` (nested),
// `\` escapes, a leading `./`, a leading `!` (matches what the rest does not). Names starting
// with a dot are matched only by a pattern that spells the dot, unless `dot` is set.

/** Brace alternatives one pattern may expand to; `{a,b}{c,d}…` doubles with each group. */
import { translator, type Language } from '../i18n';
export const MAX_GLOB_ALTERNATIVES = 1024;

export interface GlobOptions {
  /** `*`, `?` and `**` also match names that start with a dot. */
  dot?: boolean;
  /** No shortcut for common shapes: every pattern matched segment by segment (the tests'
   *  reference for the shortcuts). */
  general?: boolean;
}

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; items: Array<[string, string]> };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

/** Why a pattern cannot be used, or undefined. */
export function globProblem(pattern: string, language?: Language): string | undefined {
  const n = expandBraces(pattern).length;
  return n > MAX_GLOB_ALTERNATIVES ? translator(language)('config.globBraces', { max: MAX_GLOB_ALTERNATIVES }) : undefined;
}

/** A predicate on `/`-separated relative paths; true when any pattern matches. */
export function globMatcher(patterns: string[], options: GlobOptions = {}): (path: string) => boolean {
  const compiled = patterns.map((p) => compileOne(p, options.dot === true, options.general === true));
  return (path) => compiled.some((m) => m(path));
}

function compileOne(pattern: string, dot: boolean, general: boolean): (path: string) => boolean {
  let negated = false;
  while (pattern.startsWith('!')) {
    negated = !negated;
    pattern = pattern.slice(1);
  }
  const alternatives = expandBraces(pattern);
  // A pattern past the limit matches nothing (the configuration reports it).
  const parsed = alternatives.length > MAX_GLOB_ALTERNATIVES ? [] : alternatives.map(parsePattern);
  const suffixes = general ? undefined : parsed.map(anywhereWithSuffix);
  const matches =
    suffixes && parsed.length > 0 && suffixes.every((x) => x !== undefined)
      ? (path: string) => suffixes.some((suffix) => matchesAnywhereWithSuffix(stripDotSlash(path), suffix!, dot))
      : (path: string) => {
          const segments = stripDotSlash(path).split('/');
          return parsed.some((p) => matchSegments(p, segments, dot));
        };
  return negated ? (path) => !matches(path) : matches;
}

// The default include, `**` then `/*.txt`, is one shape: any folders, then a name made of
// anything and a literal suffix. A walk of 100,000 files asks it of each; it is answered
// without splitting the path.

/** The literal suffix of a pattern of that shape; undefined for any other shape. */
function anywhereWithSuffix(p: Segment[]): string | undefined {
  if (p.length !== 2 || p[0].kind !== 'globstar' || p[1].kind !== 'tokens') return undefined;
  const [star, ...rest] = p[1].tokens;
  if (star?.kind !== 'star' || !rest.every((t) => t.kind === 'char')) return undefined;
  return rest.map((t) => (t as { c: string }).c).join('');
}

/** What matchSegments says of such a pattern: the last name ends with the suffix, and neither
 *  it nor a folder above it is hidden (unless `dot`). */
function matchesAnywhereWithSuffix(path: string, suffix: string, dot: boolean): boolean {
  if (!path.endsWith(suffix)) return false;
  if (dot) return true;
  return !path.startsWith('.') && !path.includes('/.');
}

function stripDotSlash(s: string): string {
  while (s.startsWith('./')) s = s.slice(2);
  return s;
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; stops growing past the limit. Unbalanced braces are literal. */
export function expandBraces(pattern: string): string[] {
  const open = findBraceOpen(pattern);
  if (open < 0) return [pattern];
  const close = matchingBrace(pattern, open);
  if (close < 0) return [pattern];
  const parts = splitTopLevel(pattern.slice(open + 1, close));
  const head = pattern.slice(0, open);
  // A group without a comma is literal, as in picomatch and bash.
  if (parts.length < 2) return expandBraces(pattern.slice(close + 1)).map((t) => head + pattern.slice(open, close + 1) + t);
  const tails = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const part of parts) {
    for (const middle of expandBraces(part)) {
      for (const tail of tails) {
        out.push(head + middle + tail);
        if (out.length > MAX_GLOB_ALTERNATIVES) return out;
      }
    }
  }
  return out;
}

function findBraceOpen(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') return i;
  }
  return -1;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

function parsePattern(pattern: string): Segment[] {
  const segments = stripDotSlash(pattern)
    .split('/')
    .map((seg): Segment => (seg === '**' ? { kind: 'globstar' } : { kind: 'tokens', tokens: parseSegment(seg) }));
  // As in picomatch: `notes/**` also matches `notes`, but after a segment ending in a star
  // (`*/**`, `a*/**`) something must stand under the folder.
  const n = segments.length;
  const before = segments[n - 2];
  if (n >= 2 && segments[n - 1].kind === 'globstar' && before.kind === 'tokens' && before.tokens[before.tokens.length - 1]?.kind === 'star') {
    segments.splice(n - 1, 0, { kind: 'tokens', tokens: [{ kind: 'star' }] });
  }
  return segments;
}

function parseSegment(seg: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) tokens.push({ kind: 'char', c: seg[++i] });
    else if (c === '*') {
      // `a**b` inside a segment is one star; consecutive stars change nothing.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ kind: 'char', c });
    } else tokens.push({ kind: 'char', c });
  }
  return tokens;
}

/** `[…]` starting at `open`: the token and the index of its `]`, or undefined when unclosed. */
function parseClass(seg: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negated = true;
    i++;
  }
  const items: Array<[string, string]> = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === ']' && !first) return { token: { kind: 'class', negated, items }, end: i };
    first = false;
    if (c === '\\' && i + 1 < seg.length) c = seg[++i];
    if (seg[i + 1] === '-' && i + 2 < seg.length && seg[i + 2] !== ']') {
      let hi = seg[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < seg.length) hi = seg[++i];
      items.push([c, hi]);
    } else items.push([c, c]);
  }
  return undefined;
}

function tokenMatches(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'char':
      return t.c === c;
    case 'any':
      return true;
    case 'class':
      return t.items.some(([lo, hi]) => lo <= c && c <= hi) !== t.negated;
    case 'star':
      return false;
  }
}

/** One name against one segment pattern: greedy stars, resuming after the last star only. */
function matchSegment(tokens: Token[], name: string, dot: boolean): boolean {
  // A hidden name needs its dot spelled out (a literal or a class), not a wildcard.
  if (!dot && name.startsWith('.') && (tokens.length === 0 || tokens[0].kind === 'star' || tokens[0].kind === 'any')) return false;
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  while (i < name.length) {
    const tok = tokens[t];
    if (tok && tok.kind === 'star') {
      starT = t++;
      starI = i;
    } else if (tok && tokenMatches(tok, name[i])) {
      t++;
      i++;
    } else if (starT >= 0) {
      t = starT + 1;
      i = ++starI;
    } else return false;
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

/** Path segments against segment patterns: `**` is the star here, a segment pattern one token. */
function matchSegments(pattern: Segment[], names: string[], dot: boolean): boolean {
  const fits = (seg: Segment, name: string) => seg.kind === 'tokens' && matchSegment(seg.tokens, name, dot);
  // `**` never walks into a hidden folder unless `dot` is set: such a name ends its reach.
  const absorbable = (name: string) => dot || !name.startsWith('.');
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < names.length) {
    const seg = pattern[p];
    if (seg && seg.kind === 'globstar') {
      starP = p++;
      starI = i;
    } else if (seg && fits(seg, names[i])) {
      p++;
      i++;
    } else if (starP >= 0 && absorbable(names[starI])) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (p < pattern.length && pattern[p].kind === 'globstar') p++;
  return p === pattern.length;
}
