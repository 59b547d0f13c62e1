// Titles and honorifics (`Thứ trưởng`, `Tổng Bí thư`, `ông`, `chị`): marks the tokens of each,
// claims nothing. First, because a title is never part of a name and every later pass asks
// whether a token is one (a name stops at a title; a title anchors the name after it).
// Lists: titles (titles.yaml), honorifics (honorifics.yaml).

import type { ClaimState } from './claims';

export function titles(st: ClaimState): void {
  const { toks, n, words: w } = st;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.excluded) continue;
    const tl = w.title.match(toks, i);
    const hl = w.honorific.match(toks, i);
    // An honorific is lower-case, or capitalised at a sentence start (`Ông`, not `Anh` = England).
    const honOk = hl > 0 && (!t.cap || t.sent) && !t.allCaps;
    // A title word written in capitals mid-sentence is fine (`Thứ trưởng`), but not an all-caps acronym other than known ones.
    if (tl >= hl && tl > 0) t.title = { len: tl, honorific: false };
    else if (honOk) t.title = { len: hl, honorific: true };
    else if (tl > 0) t.title = { len: tl, honorific: false };
    if (t.title) {
      // `Anh` at a sentence start followed by a capitalised word is ambiguous; keep it as honorific.
      for (let k = i; k < i + t.title.len; k++) toks[k].inTitle = true;
      i += t.title.len - 1;
    }
  }
}
