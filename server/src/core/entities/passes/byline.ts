// The byline: the article's last line, when it is two to four capitalised words and short
// (`Minh Anh`, `Ngọc Hà`), is the author: a person with the role `author`, taking its tokens
// from whatever claimed them (a place `Hà`, a short form). A source line (`Theo VTC`, `(Theo
// Dân Việt)`) names the outlets quoted: organisations; the author is then the line before it,
// or the name before `(Theo …)` / `/ Theo …` on the same line (`Thiên An (Theo Reuters)`).
// Only with `discover` and `byline`. Runs last among the passes that claim tokens: it
// overrides them all.

import type { ClaimState } from './claims';

const WHITE_SPACE = /^\s$/;
const NAME = /^(\p{Lu}[\p{L}]*)( \p{Lu}[\p{L}]*){1,3}$/u;
/** `Theo VTC`, `(Theo Dân Việt)`, `Theo The Nation, Bangkok Post`. */
const SOURCE_LINE = /^\(?[Tt]heo\s+([^()]+?)\)?\.?$/u;
/** `Thiên An (Theo Reuters)`, `Trang Hồ/ Theo Nikkei`. */
const NAME_AND_SOURCE = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*){0,3})\s*(?:\(|\/|-|–)\s*[Tt]heo\s+([^()]+?)\)?\.?$/u;

export function byline(st: ClaimState): void {
  if (!st.byline || !st.discover) return;
  const { text } = st;
  // The last line of the text without its trailing white space.
  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && WHITE_SPACE.test(text[trimmedEnd - 1])) trimmedEnd--;
  const last = lineBefore(text, trimmedEnd);
  if (!last) return;
  const src = SOURCE_LINE.exec(last.line);
  if (src && last.line.length < 80) {
    claimSources(st, last.start + last.line.lastIndexOf(src[1]), src[1]);
    // The author is on the line before the source line.
    let prevEnd = last.start;
    while (prevEnd > 0 && WHITE_SPACE.test(text[prevEnd - 1])) prevEnd--;
    const prev = lineBefore(text, prevEnd);
    if (prev && prev.line.length < 40 && NAME.test(prev.line)) claimAuthor(st, prev.start, prev.line);
    return;
  }
  const both = NAME_AND_SOURCE.exec(last.line);
  if (both && last.line.length < 80) {
    claimSources(st, last.start + last.line.lastIndexOf(both[2]), both[2]);
    if (both[1].split(' ').length >= 2 || /\./.test(both[1])) claimAuthor(st, last.start, both[1]);
    return;
  }
  if (last.line.length < 40 && NAME.test(last.line)) claimAuthor(st, last.start, last.line);
}

/** The line that ends at `end` (trimmed), with where it starts. */
function lineBefore(text: string, end: number): { start: number; line: string } | undefined {
  if (end <= 0) return undefined;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const raw = text.slice(lineStart, end);
  const line = raw.trim();
  if (!line) return undefined;
  return { start: lineStart + (raw.length - raw.trimStart().length), line };
}

/** The tokens of text[start, start + length) for a new draft: whatever claimed them lets them go. */
function take(st: ClaimState, start: number, length: number): [number, number] | undefined {
  const { toks, drafts } = st;
  const i = st.tokAt(start);
  const j = st.tokEndingAt(start + length);
  if (i === undefined || j === undefined || j < i) return undefined;
  const owner = toks.owner;
  for (let k = i; k <= j; k++) if (owner[k] !== -1) drafts[owner[k]].dropped = true;
  for (let k = i; k <= j; k++) owner[k] = -1;
  return [i, j];
}

function claimAuthor(st: ClaimState, start: number, name: string): void {
  const r = take(st, start, name.length);
  if (r) st.claim({ t0: r[0], t1: r[1] + 1, start, end: start + name.length, type: 'person', entityId: null, source: 'byline', role: 'author', name });
}

/** `Dân Việt`, `The Nation, Bangkok Post`, `Thời đại/Pursuitist`: each outlet an organisation, unless a pass already made it one. */
function claimSources(st: ClaimState, start: number, list: string): void {
  const { toks, drafts } = st;
  const re = /[^,;/]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list))) {
    const raw = m[0];
    const name = raw.trim();
    if (!name || !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5) continue;
    const s = start + m.index + (raw.length - raw.trimStart().length);
    const i = st.tokAt(s);
    if (i !== undefined && toks.owner[i] !== -1 && drafts[toks.owner[i]].type === 'organization') continue;
    const r = take(st, s, name.length);
    if (r) st.claim({ t0: r[0], t1: r[1] + 1, start: s, end: s + name.length, type: 'organization', entityId: null, source: 'capitalised', name });
  }
}
