// The byline: the article's last line, when it is two to four capitalised words and short
// (`Minh Anh`, `Ngọc Hà`), is the author: a person with the role `author`, taking its tokens
// from whatever claimed them (a place `Hà`, a short form). Only with `discover` and `byline`.
// Runs last among the passes that claim tokens: it overrides them all.

import type { ClaimState } from './claims';

const WHITE_SPACE = /^\s$/;

export function byline(st: ClaimState): void {
  if (!st.byline || !st.discover) return;
  const { text, toks, drafts } = st;
  // The last line of the text without its trailing white space.
  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && WHITE_SPACE.test(text[trimmedEnd - 1])) trimmedEnd--;
  const lastLineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
  const rawLine = text.slice(lastLineStart, trimmedEnd);
  const line = rawLine.trim();
  const lineStart = lastLineStart + (rawLine.length - rawLine.trimStart().length);
  if (line.length < 40 && /^(\p{Lu}[\p{L}]*)( \p{Lu}[\p{L}]*){1,3}$/u.test(line)) {
    const i = st.tokAt(lineStart);
    if (i !== undefined) {
      const j = st.tokEndingAt(lineStart + line.length)!;
      for (let k = i; k <= j; k++) if (toks[k].owner !== -1) drafts[toks[k].owner].dropped = true;
      for (let k = i; k <= j; k++) toks[k].owner = -1;
      st.claim({ t0: i, t1: j + 1, start: lineStart, end: lineStart + line.length, type: 'person', entityId: null, source: 'byline', role: 'author', name: line });
    }
  }
}
