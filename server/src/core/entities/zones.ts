// Zones that are never mentions: URLs, e-mail addresses, file names and image slugs, found in
// one run of non-space characters. This is what the expression
//   /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:EXT)\b|\b[a-z0-9]+(?:-[a-z0-9]+){3,}\b/giu
// finds, match for match, computed in linear time: run by a backtracking engine, that
// expression rescans the rest of the run at every start (80 KB of `1.1.1.…` took 12 s).
// Every greedy class run it tries ends where the class ends, so the ends are precomputed.

/** Membership tables built from the very classes the expression used (`/iu` folds ſ and K in). */
function table(re: RegExp): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (re.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}
let tables: { WORD: Uint8Array; LOCAL: Uint8Array; LABEL: Uint8Array; ALNUM: Uint8Array } | undefined;
/** Made at the first run looked at, not at start-up: a start from the cache has no use for them. */
function zoneTables(): NonNullable<typeof tables> {
  return (tables ??= { WORD: table(/^\w$/iu), LOCAL: table(/^[\w.+-]$/iu), LABEL: table(/^[\w-]$/iu), ALNUM: table(/^[a-z0-9]$/iu) });
}

const URL_PREFIX = /\b(?:https?:\/\/|www\.)/iuy;
const FILE_EXT = /(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|mp[34]|html?|php|aspx?|txt|zip)\b/iuy;
const DOT = 0x2e;
const AT = 0x40;
const HYPHEN = 0x2d;
/** The first letters of FILE_EXT's extensions, as `/iu` reads them (ſ is an s). */
const EXT_START = table(/^[jpgwsdxmhtza]$/iu);

/**
 * The character at q of a run of non-space characters is one a zone needs (but a slug,
 * which needs three hyphens): the `@` of an e-mail address, the `:` of `://`, a dot after
 * `www` or before the first letter of a file extension. A run without one (or three
 * hyphens) holds no zone: most dots and colons of news are numbers' and times' (`1.000`,
 * `10:30`), and the tokenizer does not look for zones there.
 */
export function zoneMark(s: string, q: number): boolean {
  const c = s.charCodeAt(q);
  if (c === AT) return true;
  if (c === 0x3a) return s.charCodeAt(q + 1) === 0x2f && s.charCodeAt(q + 2) === 0x2f;
  if (c !== DOT) return false;
  if (EXT_START[s.charCodeAt(q + 1)] === 1) return true;
  // `www.` (`w` and `W` differ by the bit 0x20 alone).
  return q >= 3 && (s.charCodeAt(q - 1) | 0x20) === 0x77 && (s.charCodeAt(q - 2) | 0x20) === 0x77 && (s.charCodeAt(q - 3) | 0x20) === 0x77;
}

/** For each position, where the run of `member` characters starting there ends. */
function runEnds(s: string, member: Uint8Array): Int32Array {
  const n = s.length;
  const end = new Int32Array(n + 1);
  end[n] = n;
  for (let i = n - 1; i >= 0; i--) end[i] = member[s.charCodeAt(i)] === 1 ? end[i + 1] : i;
  return end;
}

/** Zones in `run` (a string without white space), as [start, end) offsets, left to right. */
export function findZones(run: string): Array<[number, number]> {
  const { WORD, LOCAL, LABEL, ALNUM } = zoneTables();
  const n = run.length;
  const code = (i: number) => (i >= 0 && i < n ? run.charCodeAt(i) : -1);
  const isWord = (i: number) => i >= 0 && i < n && WORD[run.charCodeAt(i)] === 1;
  const boundary = (i: number) => isWord(i - 1) !== isWord(i);
  const localEnd = runEnds(run, LOCAL);
  const labelEnd = runEnds(run, LABEL);
  const alnumEnd = runEnds(run, ALNUM);

  // E-mail domain after the `@` at q-1: `[\w-]+(?:\.[\w-]+)+`, greedy; -1 when none. Every
  // start in one local-part run shares its `@`, so the last answer is kept.
  let domainAt = -2;
  let domainEndCached = -1;
  const domainEnd = (q: number): number => {
    if (q === domainAt) return domainEndCached;
    let e = labelEnd[q];
    let groups = 0;
    if (e > q) {
      while (code(e) === DOT && labelEnd[e + 1] > e + 1) {
        e = labelEnd[e + 1];
        groups++;
      }
    }
    domainAt = q;
    domainEndCached = groups > 0 ? e : -1;
    return domainEndCached;
  };

  // Slugs: for each start of an alphanumeric run, how many `-alnum` groups follow it, where
  // the last one ends and where the one before it ends. Filled right to left.
  const groups = new Int32Array(n + 1);
  const lastEnd = new Int32Array(n + 1);
  const prevEnd = new Int32Array(n + 1);
  for (let a = n - 1; a >= 0; a--) {
    if (ALNUM[run.charCodeAt(a)] !== 1 || (a > 0 && ALNUM[run.charCodeAt(a - 1)] === 1)) continue;
    const b = alnumEnd[a];
    if (code(b) === HYPHEN && alnumEnd[b + 1] > b + 1) {
      groups[a] = 1 + groups[b + 1];
      lastEnd[a] = lastEnd[b + 1];
      prevEnd[a] = groups[b + 1] > 0 ? prevEnd[b + 1] : b;
    } else {
      groups[a] = 0;
      lastEnd[a] = b;
      prevEnd[a] = -1;
    }
  }

  const matchAt = (p: number): number => {
    // URL: the prefix, then the rest of the run (at least one character).
    URL_PREFIX.lastIndex = p;
    if (URL_PREFIX.test(run) && URL_PREFIX.lastIndex < n) return n;
    // E-mail: the whole local-part run (the class has no `@`, so giving back never helps).
    const l = localEnd[p];
    if (l > p && code(l) === AT) {
      const d = domainEnd(l + 1);
      if (d >= 0) return d;
    }
    // File name: the whole `[\w-]` run, a dot, an extension.
    const w = labelEnd[p];
    if (w > p && code(w) === DOT) {
      FILE_EXT.lastIndex = w + 1;
      if (FILE_EXT.test(run)) return FILE_EXT.lastIndex;
    }
    // Slug: at a word boundary, at least three `-alnum` groups, ending at a word boundary
    // (after the last group, or else after the one before it, which a hyphen follows).
    if (ALNUM[code(p)] === 1 && boundary(p) && groups[p] >= 3) {
      if (boundary(lastEnd[p])) return lastEnd[p];
      if (groups[p] >= 4) return prevEnd[p];
    }
    return -1;
  };

  const zones: Array<[number, number]> = [];
  for (let p = 0; p < n; ) {
    const e = matchAt(p);
    if (e > p) {
      zones.push([p, e]);
      p = e;
    } else p++;
  }
  return zones;
}
