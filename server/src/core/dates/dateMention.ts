// Vietnamese date expressions in news prose (VIETNAMESE.md "Dates in news prose").

export type DateMentionKind =
  | 'day-month' // 24/2, 28/1/2026, ngày 15 tháng 1 năm 2026
  | 'day-range' // 26-27/1, 30/1-2/2
  | 'month' // tháng 6/2024, tháng 6
  | 'year' // năm 2025
  | 'year-range' // 2026-2028, (1994-2024)
  | 'quarter'; // quý I/2026

export interface DateMention {
  kind: DateMentionKind;
  /** The whole expression, including a part of day or prefix word. */
  start: number;
  end: number;
  /** The numeric core (`24/2` in `chiều 24/2`), the range rules and fixes point at. */
  coreStart: number;
  coreEnd: number;
  text: string;
  day?: number;
  month?: number;
  /** Year written in the text, when there is one. */
  year?: number;
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  quarter?: number;
  /** A part-of-day or prefix word introduced it (`chiều`, `ngày`), so it is surely a date. */
  introduced: boolean;
}

const PART_WORDS = ['rạng sáng', 'đầu giờ sáng', 'đầu giờ chiều', 'sáng', 'trưa', 'chiều', 'tối', 'đêm'];
const PREFIX_WORDS = ['ngày', 'hôm', 'từ', 'đến', 'trước', 'sau', 'đầu', 'cuối', 'giữa'];
/** The words PATTERNS put before a number (`ngày 5 tháng 3`, `tháng 6`, `năm 2025`). */
const NUMBER_WORDS = ['ngày', 'tháng', 'năm'];
const PART = `(?:${PART_WORDS.join('|')})`;
const PREFIX = `(?:${PREFIX_WORDS.join('|')})`;
const LEAD = `(?:(?:${PART})[ \\u00A0]+)?(?:(?:${PREFIX})[ \\u00A0]+)?`;
const D = '(?:[12][0-9]|3[01]|0?[1-9])';
const DD = '(?:[0-9]{1,2})'; // impossible days (32/1, 00/1) are read so the rule can report them
const M = '(?:1[0-2]|0?[1-9])';
const Y = '(?:19|20)[0-9]{2}';
const ROMAN = '(?:IV|I{1,3})';

// Order matters: longer shapes first. Each alternative has named groups.
const PATTERNS: Array<{ kind: DateMentionKind; re: string }> = [
  { kind: 'day-month', re: `ngày[ \\u00A0]+(?<d>${DD})[ \\u00A0]+tháng[ \\u00A0]+(?<m>${M})(?:[ \\u00A0]+năm[ \\u00A0]+(?<y>${Y}))?` },
  { kind: 'day-range', re: `(?<d>${D})\\/(?<m>${M})[-–](?<d2>${D})\\/(?<m2>${M})(?:\\/(?<y>${Y}))?` },
  { kind: 'day-range', re: `(?<d>${D})[-–](?<d2>${D})\\/(?<m>${M})(?:\\/(?<y>${Y}))?` },
  { kind: 'month', re: `tháng[ \\u00A0]+(?<m>${M})(?:\\/(?<y>${Y}))?` },
  { kind: 'quarter', re: `quý[ \\u00A0]+(?<q>${ROMAN})(?:\\/(?<y>${Y}))?` },
  { kind: 'day-month', re: `(?<d>${DD})(?<sep>[/.])(?<m>${M})\\k<sep>(?<y>${Y})` },
  { kind: 'day-month', re: `(?<d>${DD})-(?<m>${M})-(?<y>${Y})` },
  { kind: 'year-range', re: `(?<y>${Y})[-–](?<y2>${Y})` },
  { kind: 'year', re: `năm[ \\u00A0]+(?<y>${Y})` },
  { kind: 'day-month', re: `(?<d>${DD})\\/(?<m>${M})(?!\\/)` },
];

/** Every date expression, each shape a named group (`p3`, with `d_3`, `m_3`…); exported for the
 *  tests, which compare the anchored search below with a plain scan of the text. */
export const CORE = new RegExp(
  `(?<lead>${LEAD})(?:${PATTERNS.map((p, i) => `(?<p${i}>${p.re.replace(/\(\?<(\w+)>/g, `(?<$1_${i}>`).replace(/\\k<(\w+)>/g, `\\k<$1_${i}>`)})`).join('|')})`,
  'giu',
);

// A number glued to letters, digits or slashes is part of something else (a slug, a code, 7807001).
const WORD_BEFORE = /[\p{L}\p{N}_/.\-]/u;
const WORD_AFTER = /[\p{L}\p{N}_/]/u;
// A bare D/M followed by one of these is a fraction or a ratio, not a date.
const UNIT_AFTER = /^[ \u00A0]*(?:dân số|số|phần|tổng|người|lần|trường hợp|học sinh|hộ|ca|%)/iu;

const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

type GroupName = 'd' | 'm' | 'y' | 'd2' | 'm2' | 'y2' | 'q';

/**
 * A pattern's source with its named groups plain, and the number of each name. A match of a
 * pattern with named groups carries an object of all its names (some fifty here) besides its
 * array: most of what the dates' search allocated (71 KB of a 15 KB article's 409).
 */
function withNumberedGroups(source: string): { source: string; number: Map<string, number> } {
  const number = new Map<string, number>();
  let groups = 0;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source.startsWith('\\k<', i)) {
        const close = source.indexOf('>', i);
        out += `\\${number.get(source.slice(i + 3, close))}`;
        i = close;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[') {
      // A class, copied whole: a parenthesis in it opens no group.
      let j = i + 1;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const close = source.indexOf('>', i);
      number.set(source.slice(i + 3, close), ++groups);
      out += '(';
      i = close;
      continue;
    }
    if (c === '(' && source[i + 1] !== '?') groups++;
    out += c;
  }
  return { source: out, number };
}

const NUMBERED = withNumberedGroups(CORE.source);
const groupNumber = (name: string) => NUMBERED.number.get(name) ?? 0;
const LEAD_GROUP = groupNumber('lead');
/** Each pattern's groups by number (0: the pattern has none of that name), made once. */
const GROUP_NAMES = PATTERNS.map((_, i) => ({ p: groupNumber(`p${i}`), d: groupNumber(`d_${i}`), m: groupNumber(`m_${i}`), y: groupNumber(`y_${i}`), d2: groupNumber(`d2_${i}`), m2: groupNumber(`m2_${i}`), y2: groupNumber(`y2_${i}`), q: groupNumber(`q_${i}`) }));

// Finding the matches. CORE tried at every position of the text was the costly part, and most
// of the text cannot hold a date: every match has a number, or `quý`, its anchor, and before
// the anchor only lead words, a word of NUMBER_WORDS and spaces. So the search finds the next
// anchor, steps back over what a match may have before it, and tries CORE (sticky) only at the
// positions there where a mention may start; it yields the same matches in the same order.
const CORE_AT = new RegExp(NUMBERED.source, 'iuy');
/** A run of digits, or `quý`: the first one in a match, whatever its pattern. */
const ANCHOR = /[0-9]+|quý/giu;
const longest = (words: string[]) => Math.max(...words.map((w) => w.replace(/ /g, '').length));
/** At most this many units that are not spaces stand in a match before its anchor (21). */
const MAX_BEFORE_ANCHOR = longest(PART_WORDS) + longest(PREFIX_WORDS) + longest(NUMBER_WORDS);

let glued: Uint8Array | undefined;

/** WORD_BEFORE.test of the unit, from a table below U+2000 (the letters the window steps over:
 *  testing them one by one made a string of each). */
function gluedTo(c: number): boolean {
  if (c >= 0x2000) return WORD_BEFORE.test(String.fromCharCode(c));
  if (!glued) {
    glued = new Uint8Array(0x2000);
    for (let u = 0; u < 0x2000; u++) if (WORD_BEFORE.test(String.fromCharCode(u))) glued[u] = 1;
  }
  return glued[c] === 1;
}

/**
 * The first match of CORE at `pos` or after, starting before `to`, that is not glued to what
 * precedes it (WORD_BEFORE: the loop below would skip it). A match so glued is skipped too:
 * the loop would move on to the next match after its start, as this does.
 */
function nextMatch(text: string, pos: number, to: number): RegExpExecArray | null {
  for (;;) {
    ANCHOR.lastIndex = pos;
    const anchor = ANCHOR.exec(text);
    if (!anchor) return null;
    const at = anchor.index;
    // The digits after the first, and the letters of `quý`, follow a word character: no
    // mention starts there. An anchor glued to what precedes it starts none either, nor ends
    // the lead of one (a lead ends with a space).
    const next = at + anchor[0].length;
    if (at > 0 && gluedTo(text.charCodeAt(at - 1))) {
      pos = next;
      continue;
    }
    // Back over what may precede the anchor in a match: spaces, and at most MAX_BEFORE_ANCHOR
    // letters (taken as letters: every unit but the ASCII ones other than letters, so a digit,
    // punctuation or a line break ends the way back).
    let first = at;
    for (let n = 0; first > pos; first--) {
      const c = text.charCodeAt(first - 1);
      if (c === 0x20 || c === 0xa0) continue;
      if ((c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) || ++n > MAX_BEFORE_ANCHOR) break;
    }
    if (first >= to) return null;
    for (let p = first; p <= at && p < to; p++) {
      if (p > 0 && gluedTo(text.charCodeAt(p - 1))) continue;
      CORE_AT.lastIndex = p;
      const m = CORE_AT.exec(text);
      if (m) return m;
    }
    pos = next;
  }
}

export function findDateMentions(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  let pos = Math.max(0, from);
  for (;;) {
    const m = nextMatch(text, pos, to);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    const lead = m[LEAD_GROUP] ?? '';
    if (end < text.length && WORD_AFTER.test(text[end])) {
      pos = start + 1;
      continue;
    }
    const idx = GROUP_NAMES.findIndex((names) => m[names.p] !== undefined);
    const p = PATTERNS[idx];
    const get = (name: GroupName): string | undefined => (GROUP_NAMES[idx][name] === 0 ? undefined : m[GROUP_NAMES[idx][name]]);
    const coreStart = start + lead.length;
    const mention: DateMention = {
      kind: p.kind,
      start,
      end,
      coreStart,
      coreEnd: end,
      text: m[0],
      introduced: lead.length > 0 || /^(ngày|tháng|năm|quý)/iu.test(m[0].slice(lead.length)),
    };
    const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
    mention.day = num(get('d'));
    mention.month = num(get('m'));
    mention.year = num(get('y'));
    mention.endDay = num(get('d2'));
    mention.endMonth = num(get('m2'));
    mention.endYear = num(get('y2'));
    const q = get('q');
    if (q) mention.quarter = ROMAN_VALUE[q.toUpperCase()];
    if (p.kind === 'day-range' && mention.endMonth === undefined) mention.endMonth = mention.month;
    if (p.kind === 'day-month' && idx === PATTERNS.length - 1 && !mention.introduced) {
      // A bare D/M: a fraction when a unit follows, or when it starts a number such as 1/2/3.
      if (UNIT_AFTER.test(text.slice(end, end + 20))) {
        pos = end;
        continue;
      }
    }
    if (p.kind === 'day-month' && mention.day === 0 && !mention.introduced) {
      pos = end;
      continue;
    }
    out.push(mention);
    pos = end;
  }
  return out;
}

export function toIso(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
