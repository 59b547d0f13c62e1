// The header is the article's first line: ` date YYYY-MM-DD Title`.

import { isValidIsoDate } from '../config/corpusConfig';

export interface Span {
  start: number;
  end: number;
}

/** A well-formed header, or the parts of an attempted one that could be read. */
export interface Header {
  /** The whole first line (without its line break). */
  line: Span;
  keyword?: Span;
  /** What separates keyword, date and title when it is not a single space. */
  badSeparators: Array<Span & { found: string }>;
  date?: Span & { raw: string; iso?: string; shape: DateShape };
  title?: Span & { text: string };
  /** Leading whitespace other than the one optional space. */
  badIndent?: Span;
  keywordProblem?: 'case' | 'colon' | 'missing';
}

export type DateShape = 'iso' | 'ymd-slash' | 'ymd-unpadded' | 'compact' | 'dmy' | 'unreadable';

export type HeaderResult =
  | { kind: 'valid'; header: Header; iso: string }
  | { kind: 'malformed'; header: Header }
  | { kind: 'missing'; firstLine: Span };

// An attempted header: optional spaces, a `date` keyword in any case, an optional colon.
const ATTEMPT = /^([ \t\u00A0\u2009\u202F\u3000]*)(date)(:?)([ \t\u00A0\u2009\u202F\u3000]*)/i;
// A header whose keyword was dropped: the line starts with an ISO-like date then a title.
const KEYWORDLESS = /^([ \t\u00A0\u2009\u202F\u3000]*)(\d{4}-\d{1,2}-\d{1,2})(?=[ \t\u00A0])/;
const DATE_TOKEN = /^[0-9][0-9./-]*[0-9]/;

export function parseHeader(fullText: string): HeaderResult {
  // A byte-order mark is text/whitespace's business; the header is read after it.
  const bom = fullText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const result = parseHeaderLine(bom ? fullText.slice(1) : fullText);
  return bom ? shiftHeaderResult(result, bom) : result;
}

function shiftHeaderResult(r: HeaderResult, by: number): HeaderResult {
  const s = <T extends Span | undefined>(x: T): T => (x ? { ...x, start: x.start + by, end: x.end + by } : x);
  if (r.kind === 'missing') return { kind: 'missing', firstLine: { start: 0, end: r.firstLine.end + by } };
  const h = r.header;
  const header: Header = {
    ...h,
    line: { start: 0, end: h.line.end + by },
    keyword: s(h.keyword),
    badSeparators: h.badSeparators.map(s),
    date: s(h.date),
    title: s(h.title),
    badIndent: s(h.badIndent),
  };
  return { ...r, header };
}

function parseHeaderLine(text: string): HeaderResult {
  let lineEnd = text.search(/\r?\n|\r/);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(0, lineEnd);
  const lineSpan = { start: 0, end: lineEnd };

  let m = ATTEMPT.exec(line);
  let pos: number;
  const header: Header = { line: lineSpan, badSeparators: [] };
  if (m && (m[3] || m[4] || line.length === m[0].length) && !/^date[\p{L}]/iu.test(line.slice(m[1].length))) {
    const indent = m[1];
    if (indent.length > 1 || (indent.length === 1 && indent !== ' ')) header.badIndent = { start: 0, end: indent.length };
    const kwStart = indent.length;
    header.keyword = { start: kwStart, end: kwStart + 4 };
    if (m[2] !== 'date') header.keywordProblem = 'case';
    if (m[3]) header.keywordProblem = 'colon';
    const sepStart = kwStart + 4;
    const sep = m[3] + m[4];
    if (sep !== ' ' && sep.length > 0) header.badSeparators.push({ start: sepStart, end: sepStart + sep.length, found: sep });
    pos = sepStart + sep.length;
  } else {
    m = KEYWORDLESS.exec(line);
    if (!m) return { kind: 'missing', firstLine: lineSpan };
    header.keywordProblem = 'missing';
    if (m[1].length > 1 || (m[1].length === 1 && m[1] !== ' ')) header.badIndent = { start: 0, end: m[1].length };
    pos = m[1].length;
  }

  const dateMatch = DATE_TOKEN.exec(line.slice(pos));
  if (dateMatch) {
    const raw = dateMatch[0];
    const { shape, iso } = readHeaderDate(raw);
    header.date = { start: pos, end: pos + raw.length, raw, shape, iso };
    pos += raw.length;
  } else if (pos < line.length) {
    // Something stands where the date should be: take the next token as the unreadable date.
    const tok = /^[^ \t\u00A0]+/.exec(line.slice(pos));
    if (tok && !/^\p{Lu}/u.test(tok[0])) {
      header.date = { start: pos, end: pos + tok[0].length, raw: tok[0], shape: 'unreadable' };
      pos += tok[0].length;
    }
  }

  const rest = line.slice(pos);
  const gap = /^[ \t\u00A0\u2009\u202F\u3000]*/.exec(rest)![0];
  if (gap !== ' ' && gap.length > 0 && pos + gap.length < line.length) {
    header.badSeparators.push({ start: pos, end: pos + gap.length, found: gap });
  } else if (gap.length === 0 && pos < line.length && header.date) {
    header.badSeparators.push({ start: pos, end: pos, found: '' });
  }
  const titleStart = pos + gap.length;
  // Trailing spaces trimmed by a loop: `/[ \t\u00A0]+$/` retries at every space of a long
  // inner run (80,000 spaces took 14 s).
  let titleEnd = line.length;
  while (titleEnd > titleStart && isTitleSpace(line.charCodeAt(titleEnd - 1))) titleEnd--;
  const titleText = line.slice(titleStart, titleEnd);
  if (titleText.length > 0) header.title = { start: titleStart, end: titleStart + titleText.length, text: titleText };

  const ok =
    header.keywordProblem === undefined &&
    header.badIndent === undefined &&
    header.badSeparators.length === 0 &&
    header.date?.shape === 'iso';
  if (ok && header.date?.iso) return { kind: 'valid', header, iso: header.date.iso };
  // An ISO-shaped date with impossible values is still a well-formed header: invalid-date reports it.
  return { kind: 'malformed', header };
}

/** Reads the date token of a header in the shapes scrapers and typists produce. */
export function readHeaderDate(raw: string): { shape: DateShape; iso?: string } {
  let m: RegExpExecArray | null;
  const iso = (y: string, mo: string, d: string) => {
    const s = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isValidIsoDate(s) ? s : undefined;
  };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw))) return { shape: 'iso', iso: iso(m[1], m[2], m[3]) };
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(raw))) return { shape: 'ymd-slash', iso: iso(m[1], m[2], m[3]) };
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw))) return { shape: 'ymd-unpadded', iso: iso(m[1], m[2], m[3]) };
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw))) return { shape: 'compact', iso: iso(m[1], m[2], m[3]) };
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw))) return { shape: 'dmy', iso: iso(m[3], m[2], m[1]) };
  return { shape: 'unreadable' };
}

function isTitleSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}
