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

const PART = '(?:rạng sáng|đầu giờ sáng|đầu giờ chiều|sáng|trưa|chiều|tối|đêm)';
const PREFIX = '(?:ngày|hôm|từ|đến|trước|sau|đầu|cuối|giữa)';
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

const CORE = new RegExp(
  `(?<lead>${LEAD})(?:${PATTERNS.map((p, i) => `(?<p${i}>${p.re.replace(/\(\?<(\w+)>/g, `(?<$1_${i}>`).replace(/\\k<(\w+)>/g, `\\k<$1_${i}>`)})`).join('|')})`,
  'giu',
);

// A number glued to letters, digits or slashes is part of something else (a slug, a code, 7807001).
const WORD_BEFORE = /[\p{L}\p{N}_/.\-]/u;
const WORD_AFTER = /[\p{L}\p{N}_/]/u;
// A bare D/M followed by one of these is a fraction or a ratio, not a date.
const UNIT_AFTER = /^[ \u00A0]*(?:dân số|số|phần|tổng|người|lần|trường hợp|học sinh|hộ|ca|%)/iu;

const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export function findDateMentions(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  CORE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CORE.exec(text)) && m.index < to) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const lead = g.lead ?? '';
    if (start > 0 && WORD_BEFORE.test(text[start - 1])) {
      CORE.lastIndex = start + 1;
      continue;
    }
    if (end < text.length && WORD_AFTER.test(text[end])) {
      CORE.lastIndex = start + 1;
      continue;
    }
    const idx = PATTERNS.findIndex((_, i) => g[`p${i}`] !== undefined);
    const p = PATTERNS[idx];
    const get = (name: string) => {
      const v = g[`${name}_${idx}`];
      return v === undefined ? undefined : v;
    };
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
        CORE.lastIndex = end;
        continue;
      }
    }
    if (p.kind === 'day-month' && mention.day === 0 && !mention.introduced) {
      CORE.lastIndex = end;
      continue;
    }
    out.push(mention);
    CORE.lastIndex = end;
  }
  return out;
}

export function toIso(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
