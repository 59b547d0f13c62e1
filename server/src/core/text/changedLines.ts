// Where a text differs from the one before it (a keystroke, a paste), widened to whole lines:
// what is worked out line by line (tokens, line facts, dates) is kept for the lines around it
// and worked out again for these alone.

/**
 * The lines of `text` that differ from `before`: text[start, end) stands where
 * before[start, beforeEnd) stood; text[0, start) and before[0, start) are the same, and so are
 * text[end…] and before[beforeEnd…]. `start` is a line's start (0, or just after a `\n`);
 * `end` is a `\n` or the text's end (and `beforeEnd` the same `\n` in `before`, or its end).
 * Two equal texts: an empty span at their end.
 */
export interface ChangedLines {
  start: number;
  end: number;
  beforeEnd: number;
  /** text.length - before.length: what the offsets after the span moved by. */
  delta: number;
}

/** Units compared at once, as strings (one unit at a time cost ten times as much). */
const BLOCK = 256;

/** The last answer: the tokens, the line facts and the dates of one edit each ask for it. */
let last: { before: string; text: string; span: ChangedLines } | undefined;

export function changedLines(before: string, text: string): ChangedLines {
  if (last && last.before === before && last.text === text) return last.span;
  const n0 = before.length;
  const n1 = text.length;
  const shorter = Math.min(n0, n1);
  let prefix = 0;
  while (prefix + BLOCK <= shorter && before.slice(prefix, prefix + BLOCK) === text.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  const delta = n1 - n0;
  let span: ChangedLines;
  if (prefix === n0 && prefix === n1) span = { start: n1, end: n1, beforeEnd: n0, delta };
  else {
    const most = shorter - prefix;
    let suffix = 0;
    while (suffix + BLOCK <= most && before.slice(n0 - suffix - BLOCK, n0 - suffix) === text.slice(n1 - suffix - BLOCK, n1 - suffix)) suffix += BLOCK;
    while (suffix < most && before.charCodeAt(n0 - 1 - suffix) === text.charCodeAt(n1 - 1 - suffix)) suffix++;
    const start = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
    let end = text.indexOf('\n', n1 - suffix);
    if (end < 0) end = n1;
    span = { start, end, beforeEnd: end - delta, delta };
  }
  last = { before, text, span };
  return span;
}
