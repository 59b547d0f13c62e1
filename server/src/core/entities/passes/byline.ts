// The byline: the article's last line, when it is two to four capitalised words and short
// (`Minh Anh`, `Ngọc Hà`), is the author: a person with the role `author`, taking its tokens
// from whatever claimed them (a place `Hà`, a short form). A source line (`Theo VTC`, `(Theo
// Dân Việt)`) names the outlets quoted: organisations; the author is then the line before it,
// or the name before `(Theo …)` / `/ Theo …` on the same line (`Thiên An (Theo Reuters)`). A
// last line that names the author first is read so too: `Theo Phương Bùi (Khám phá)`, `Theo
// Trung Nam/Dân Việt`, `Tường Vy (T/H)`, `Nhật Linh/Dịch từ Mirror`, `Hoàng Tâm - Thể thao Việt
// Nam | 17:25 22/09/2017`. The places a paper's name holds are nested in it (`Việt Nam`).
// Only with `discover` and `byline`. Runs last among the passes that claim tokens: it
// overrides them all.

import type { ClaimState } from './claims';
import { nestPlaces } from './capitalisedRuns';

const WHITE_SPACE = /^\s$/;
const NAME = /^(\p{Lu}[\p{L}]*)( \p{Lu}[\p{L}]*){1,3}$/u;
/** `Theo VTC`, `(Theo Dân Việt)`, `Theo The Nation, Bangkok Post`. */
const SOURCE_LINE = /^\(?[Tt]heo\s+([^()]+?)\)?\.?$/u;
/** `Thiên An (Theo Reuters)`, `Trang Hồ/ Theo Nikkei`. */
const NAME_AND_SOURCE = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*){0,3})\s*(?:\(|\/|-|–)\s*[Tt]heo\s+([^()]+?)\)?\.?$/u;

/**
 * `Theo Phương Bùi (Khám phá)`, `Theo Du Jin/Khám Phá`, `Tường Vy (T/H)`, `Nhật Linh/Dịch từ Mirror`: a
 * name of two to four words, then the paper after a slash or in brackets (with `Theo` before the
 * name), or a note (with or without `Theo`) that the text is compiled (`T/H`, `TH`, `tổng hợp`) or translated (`Dịch từ …`).
 */
const AUTHOR_THEN_SOURCE = /^(?:(?:[Tt]heo\s+)(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,3})\s*(?:\/|\()\s*\p{Lu}[^()]*\)?|(?:[Tt]heo\s+)?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,3})\s*(?:\(\s*(?:[Tt]\/[Hh]|TH|[Tt]ổng hợp)\s*\)|\/\s*[Dd]ịch từ .+))\.?$/u;

/** `Hoàng Tâm - Thể thao Việt Nam | 17:25 22/09/2017`, `Gia Bảo | 06:00 22/09/2017`: author, paper, time of publication. */
const AUTHOR_AND_TIME = /^(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,3})(?:\s+[-–]\s+(\p{Lu}[^|]*?))?\s*\|\s*\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}$/u;

export function byline(st: ClaimState): void {
  if (!st.byline || !st.discover) return;
  const { text } = st;
  // The last line of the text without its trailing white space.
  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && WHITE_SPACE.test(text[trimmedEnd - 1])) trimmedEnd--;
  const last = lineBefore(text, trimmedEnd);
  if (!last) return;
  // (The expressions are tried only on a line they may match, cheaper to tell than to try them
  // on the last paragraph of an article without a byline.)
  const stamped = last.line.includes('|') ? AUTHOR_AND_TIME.exec(last.line) : null;
  if (stamped) {
    // `Hoàng Tâm - Thể thao Việt Nam | 17:25 22/09/2017`: the author, the paper, when it was published.
    if (stamped[2]) claimSources(st, last.start + stamped[1].length + last.line.slice(stamped[1].length).indexOf(stamped[2]), stamped[2]);
    claimAuthor(st, last.start, stamped[1]);
    return;
  }
  const short = last.line.length < 80;
  // (AUTHOR_THEN_SOURCE needs a slash or a bracket; SOURCE_LINE and NAME_AND_SOURCE a `theo`.)
  const authorFirst = short && (last.line.includes('/') || last.line.includes('(')) ? AUTHOR_THEN_SOURCE.exec(last.line) : null;
  if (authorFirst) {
    // `Theo Phương Bùi (Khám phá)`, `Theo Trung Nam/Dân Việt`, `Tường Vy (T/H)`: the author, then the paper.
    const name = authorFirst[1] ?? authorFirst[2];
    const at = last.line.indexOf(name);
    if (authorFirst[1]) {
      // (The paper after the author's name: `Dân Việt`, `Khám phá`.)
      const rest = /^\s*[/(]\s*([^()]+?)\s*\)?\.?$/.exec(last.line.slice(at + name.length));
      if (rest) claimSources(st, last.start + last.line.lastIndexOf(rest[1]), rest[1]);
    }
    claimAuthor(st, last.start + at, name);
    return;
  }
  const theo = short && last.line.includes('heo');
  const src = theo ? SOURCE_LINE.exec(last.line) : null;
  if (src) {
    claimSources(st, last.start + last.line.lastIndexOf(src[1]), src[1]);
    // The author is on the line before the source line.
    let prevEnd = last.start;
    while (prevEnd > 0 && WHITE_SPACE.test(text[prevEnd - 1])) prevEnd--;
    const prev = lineBefore(text, prevEnd);
    if (prev && prev.line.length < 40 && NAME.test(prev.line)) claimAuthor(st, prev.start, prev.line);
    return;
  }
  const both = theo ? NAME_AND_SOURCE.exec(last.line) : null;
  if (both) {
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
    if (!r) continue;
    st.claim({ t0: r[0], t1: r[1] + 1, start: s, end: s + name.length, type: 'organization', entityId: null, source: 'capitalised', name });
    // `Thể thao Việt Nam`: the places a paper's name holds, nested (as VLSP tags them).
    nestPlaces(st, r[0], r[1] + 1);
  }
}
