// An article as the rules see it: its header and its lines, with offsets into the text.

import { parseHeader, type HeaderResult, type Span } from './header';

export interface Line extends Span {
  /** Line number, 0-based. */
  index: number;
  text: string;
}

export interface Article {
  header: HeaderResult;
  /** The header's ISO date when the header is valid. */
  date?: string;
  lines: Line[];
  /** Index of the first line after the header (0 when there is no header). */
  bodyStartLine: number;
}

export function parseArticle(text: string): Article {
  const header = parseHeader(text);
  const lines = splitLines(text);
  const bodyStartLine = header.kind === 'missing' ? 0 : 1;
  // A title line without a header is still not body text for date inference.
  return { header, date: header.kind === 'valid' ? header.iso : undefined, lines, bodyStartLine };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most files have no CR: then every break is an LF, which indexOf finds faster than the regex.
  if (!text.includes('\r')) {
    let start = 0;
    let index = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      lines.push({ index: index++, start, end: at, text: text.slice(start, at) });
      start = at + 1;
    }
    lines.push({ index, start, end: text.length, text: text.slice(start) });
    return lines;
  }
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let index = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ index: index++, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Whitespace, disguised and invisible spaces: what a blank line is made of. */
export const BLANK_CHAR = /[\s\u00A0\u200B\u2060\uFEFF]/u;
const BLANK = new RegExp(`^${BLANK_CHAR.source}*$`, 'u');

/** True for a line with nothing but whitespace (including disguised spaces). */
export function isBlank(line: string): boolean {
  return BLANK.test(line);
}
