// What the line rules ask of every line, found in one pass over the article: is the line
// ASCII, NFC-stable, does it hold a tab, a disguised or invisible space, two spaces in a row,
// a mojibake lead byte before a continuation byte. Each rule used to scan every line with its
// own loop or regex; now it reads the line's bits and looks closer only at the few lines whose
// bits say there may be something to report (the closer look is the code it always ran).

import { BLANK_CHAR, type Article } from '../corpus/article';
import { NFC_STABLE_CHAR } from '../text/nfc';
import { isLegacySuspect, isSequenceContinuation, isSequenceLead } from '../text/mojibake';

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
  if (!facts) cache.set(article, (facts = factsOf(text, article)));
  return facts;
}

function factsOf(text: string, article: Article): LineFacts {
  const table = (units ??= unitTable());
  const lines = article.lines;
  const out = new Uint16Array(lines.length);
  let any = 0;
  for (let l = 0; l < lines.length; l++) {
    const { start, end } = lines[l];
    let bits = 0;
    let prev = -1;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const u = table[c];
      bits |= u;
      if (c === 0x20) {
        if (prev === 0x20) bits |= DOUBLE_SPACE;
      } else if (u & CONTINUATION && isSequenceLead(prev)) bits |= MOJIBAKE_PAIR;
      prev = c;
    }
    if (end > start) {
      if (text.charCodeAt(start) === 0x20) bits |= LEADING_SPACE;
      if (prev === 0x20) bits |= TRAILING_SPACE;
    }
    out[l] = bits & ~CONTINUATION;
    any |= out[l];
  }
  return { lines: out, any };
}
