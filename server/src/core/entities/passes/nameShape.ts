// People by shape: a Vietnamese family name and one to three more capitalised Vietnamese
// syllables (`Nguyễn Văn Bình`, `Lê Thị Thu Hằng`), standing alone (not the end of a longer
// capitalised run); two syllables after a place cue (cues.yaml placeCues: `tại Hà Đông`) are a place
// named like a person, and so are a family name that is also a place head and a direction (`Hồ Tây`).
// Only with `discover`. Runs after the title slot (which has already taken
// the titled ones, with their title) and before short forms (which need the full names).
// Lists: familyNames (person-names.yaml); placeCues (cues.yaml); placeHeads, directions (place-heads.yaml).

import { cueBefore, type ClaimState } from './claims';
import { ADJ, ALL_CAPS, CAP, EXCLUDED, FAMILY, IN_TITLE } from './tokens';

export function nameShape(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, words: w } = st;
  const { owner, flags, k: key, caps, capCount } = toks;
  // The capitalised tokens, from the end of the last name on.
  let next = 0;
  for (let c = 0; c < capCount; c++) {
    const i = caps[c];
    if (i < next || owner[i] !== -1 || (flags[i] & (EXCLUDED | IN_TITLE | FAMILY)) !== FAMILY) continue;
    if (i > 0 && toks.adj(i) && toks.cap(i - 1) && owner[i - 1] === -1 && !toks.inTitle(i - 1) && !toks.sent(i - 1)) continue;
    let end = i + 1;
    // (Flags: joined by one space, capitalised, not in capitals, not in a title.)
    while (end < n && (flags[end] & (ADJ | CAP | ALL_CAPS | IN_TITLE)) === (ADJ | CAP) && owner[end] === -1 && end - i < 4 && toks.syllable(end)) end++;
    if (end - i < 2) continue;
    if (end < n && (flags[end] & (ADJ | CAP | IN_TITLE)) === (ADJ | CAP) && owner[end] === -1) continue; // a longer run: not a plain name
    const start = toks.s[i];
    // `tại Hà Đông`, `ở Hồ Nam`: two syllables after a place cue are a place named like a person.
    // `Hồ Tây`, `Hồ Nam`: a family name that is also a place head, before a direction, names a lake or a region.
    const headAndDirection = end - i === 2 && toks.direction(i + 1) && (toks.heads[i] & w.placeHead.bit) !== 0 && w.placeHead.match(toks, i) === 1;
    const type = end - i === 2 && (headAndDirection || cueBefore(st, i) === 'place') ? 'place' : 'person';
    st.claim({ t0: i, t1: end, start, end: toks.e[end - 1], type, entityId: null, source: 'shape', name: text.slice(start, toks.e[end - 1]) });
    next = end;
  }
}
