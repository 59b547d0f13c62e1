// Ranking for workspace symbols: how well a query matches a name's search keys, and the best
// few of thousands of hits without sorting them all.

const SEP = '\u0001';

/** Search keys in one string, each between separators: one `includes` tests them all. */
export function joinSearchKeys(keys: Iterable<string>): string {
  let out = SEP;
  for (const k of keys) out += k + SEP;
  return out;
}

/**
 * Many names' joined keys (joinSearchKeys) in one string. Every part ends with the separator,
 * which no query holds, so a match lies within one part: one walk of `indexOf` finds the names a
 * query matches, without a look at the others.
 */
export class SearchText {
  private constructor(
    private readonly text: string,
    /** Part j is text[starts[j], starts[j + 1]). */
    private readonly starts: Int32Array,
  ) {}

  static of(parts: readonly string[]): SearchText {
    const starts = new Int32Array(parts.length + 1);
    for (let j = 0; j < parts.length; j++) starts[j + 1] = starts[j] + parts[j].length;
    return new SearchText(parts.join(''), starts);
  }

  /** The parts holding `query`, by number, in order (every part for the empty query). */
  matches(query: string): number[] {
    const n = this.starts.length - 1;
    if (query === '') return Array.from({ length: n }, (_, j) => j);
    const out: number[] = [];
    let j = 0;
    for (let at = this.text.indexOf(query); at >= 0; at = j < n ? this.text.indexOf(query, this.starts[j]) : -1) {
      while (this.starts[j + 1] <= at) j++;
      out.push(j++);
    }
    return out;
  }
}

/** A search key (see searchKey) as a query over joined keys. */
export class SearchQuery {
  readonly text: string;
  private readonly exact: string;
  private readonly prefix: string;
  private readonly word: string;

  constructor(folded: string) {
    // A separator typed into the query would match across two keys.
    this.text = folded.split(SEP).join('');
    this.exact = SEP + this.text + SEP;
    this.prefix = SEP + this.text;
    this.word = ' ' + this.text;
  }

  /** 0: a key is the query; 1: a key starts with it; 2: a word of a key does; 3: a key
   *  contains it; 4: none does. The empty query ranks every name 3. */
  rank(joined: string): number {
    if (this.text === '') return 3;
    if (!joined.includes(this.text)) return 4;
    if (joined.includes(this.exact)) return 0;
    if (joined.includes(this.prefix)) return 1;
    return joined.includes(this.word) ? 2 : 3;
  }
}

/**
 * The positions of the `limit` best hits, best first: lower rank, then more mentions, then key
 * in code-point order. Rank and mentions are packed with the position into one number, so the
 * sort compares numbers; keys are compared only within a run of equal rank and mentions.
 */
export function bestHits(ranks: ArrayLike<number>, mentions: ArrayLike<number>, keyOf: (hit: number) => string, limit: number): number[] {
  const n = ranks.length;
  if (n === 0 || limit <= 0) return [];
  const positionBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const slot = 2 ** positionBits;
  // 53 bits of exact integers: 2 for the rank (0–3), the position's, the rest for mentions.
  const most = 2 ** (51 - positionBits) - 1;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (ranks[i] * (most + 1) + (most - Math.min(mentions[i], most))) * slot + i;
  packed.sort();
  const out: number[] = [];
  const byKey = (a: number, b: number) => {
    const x = keyOf(a);
    const y = keyOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  for (let i = 0; i < n && out.length < limit; ) {
    const score = Math.floor(packed[i] / slot);
    let j = i + 1;
    while (j < n && Math.floor(packed[j] / slot) === score) j++;
    const run: number[] = [];
    for (let k = i; k < j; k++) run.push(packed[k] % slot);
    if (run.length > 1) run.sort(byKey);
    for (let k = 0; k < run.length && out.length < limit; k++) out.push(run[k]);
    i = j;
  }
  return out;
}
