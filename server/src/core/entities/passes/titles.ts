// Titles and honorifics (`Thứ trưởng`, `Tổng Bí thư`, `ông`, `chị`): marks the tokens of each,
// claims nothing. First, because a title is never part of a name and every later pass asks
// whether a token is one (a name stops at a title; a title anchors the name after it).
// Lists: titles (titles.yaml), honorifics (honorifics.yaml).

import type { ClaimState } from './claims';
import { HONORIFIC, IN_TITLE } from './tokens';

export function titles(st: ClaimState): void {
  const { toks, words: w } = st;
  const { flags, titleLen, heads } = toks;
  // Most words start neither a title nor an honorific: their phrase bits say so at once.
  const bits = w.title.bit | w.honorific.bit;
  toks.titles.length = 0;
  // (The tokens that start some phrase, from the end of the last title on.)
  let next = 0;
  for (let c = 0; c < toks.phrasedCount; c++) {
    const i = toks.phrased[c];
    if (i < next || (heads[i] & bits) === 0 || toks.excluded(i)) continue;
    const tl = w.title.match(toks, i);
    const hl = w.honorific.match(toks, i);
    // An honorific is lower-case, or capitalised at a sentence start (`Ông`, not `Anh` = England).
    const honOk = hl > 0 && (!toks.cap(i) || toks.sent(i)) && !toks.allCaps(i);
    // A title word written in capitals mid-sentence is fine (`Thứ trưởng`), but not an all-caps acronym other than known ones.
    if (tl >= hl && tl > 0) titleLen[i] = tl;
    else if (honOk) {
      titleLen[i] = hl;
      flags[i] |= HONORIFIC;
    } else if (tl > 0) titleLen[i] = tl;
    if (titleLen[i] !== 0) {
      // `Anh` at a sentence start followed by a capitalised word is ambiguous; keep it as honorific.
      const len = titleLen[i];
      toks.titles.push(i);
      for (let k = i; k < i + len; k++) flags[k] |= IN_TITLE;
      next = i + len;
    }
  }
}
