// One concordance line: the match with some context each side, on one line, cut between
// characters (never inside a surrogate pair).

export interface ContextLine {
  left: string;
  match: string;
  right: string;
}

export function keywordInContext(text: string, start: number, end: number, width: number): ContextLine {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { left: oneLine(text.slice(from, start)), match: oneLine(text.slice(start, end)), right: oneLine(text.slice(end, to)) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Line breaks and tabs read as spaces: a concordance row is one line. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]/g, ' ');
}
