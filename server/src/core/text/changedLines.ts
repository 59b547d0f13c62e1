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

export function changedLines(before: string, text: string): ChangedLines {
  const n0 = before.length;
  const n1 = text.length;
  const shorter = Math.min(n0, n1);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  const delta = n1 - n0;
  if (prefix === n0 && prefix === n1) return { start: n1, end: n1, beforeEnd: n0, delta };
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(n0 - 1 - suffix) === text.charCodeAt(n1 - 1 - suffix)) suffix++;
  const start = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
  let end = text.indexOf('\n', n1 - suffix);
  if (end < 0) end = n1;
  return { start, end, beforeEnd: end - delta, delta };
}
