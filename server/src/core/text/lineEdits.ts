// Edits that remove whole lines without leaving a double blank line or changing how the
// file ends. Shared by the scraping rules so their fixes compose: the fixes of two findings
// never overlap when the lines they remove are different.

import type { TextEdit } from '../diagnostic';
import { isBlank, type Line } from '../corpus/article';

/** Index of the last line with content; the empty line after a final newline does not count. */
export function lastContentLine(lines: Line[]): number {
  return endsWithNewline(lines) ? lines.length - 2 : lines.length - 1;
}

/** True when the text ends with a line break. */
export function endsWithNewline(lines: Line[]): boolean {
  return lines.length > 1 && lines[lines.length - 1].text === '';
}

/**
 * Removes lines `first`..`last` (inclusive) with their line break, and one adjacent blank
 * line when the lines stand between two blank lines (or between a blank line and the end or
 * the start of the file), so paragraphs stay separated by exactly one blank line.
 */
export function removeLinesEdit(lines: Line[], first: number, last: number): TextEdit {
  const lastContent = lastContentLine(lines);
  const blank = (i: number) => i >= 0 && i <= lastContent && isBlank(lines[i].text);
  if (last < lastContent) {
    // Lines follow: take the lines with their line breaks; the next blank line goes too when
    // a blank line (or the file start) is already before them, unless it is the file's last
    // line with no break after it: then it stays, as the end of the file was.
    const takeBlank = blank(last + 1) && (first === 0 || blank(first - 1)) && last + 2 < lines.length;
    const end = takeBlank ? lines[last + 2].start : lines[last + 1].start;
    return { start: lines[first].start, end, newText: '' };
  }
  if (last < lines.length - 1) {
    // The last content lines of a file that ends with a line break: keep that final break.
    const start = blank(first - 1) && first - 1 > 0 ? lines[first - 1].start : lines[first].start;
    return { start, end: lines[last + 1].start, newText: '' };
  }
  // The very end of a file without a final line break: remove the break before the lines.
  if (first === 0) return { start: 0, end: lines[last].end, newText: '' };
  const start = blank(first - 1) && first - 1 > 0 ? lines[first - 2].end : lines[first - 1].end;
  return { start, end: lines[last].end, newText: '' };
}
