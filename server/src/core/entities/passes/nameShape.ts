// People by shape: a Vietnamese family name and one to three more capitalised Vietnamese
// syllables (`Nguyễn Văn Bình`, `Lê Thị Thu Hằng`), standing alone (not the end of a longer
// capitalised run). Only with `discover`. Runs after the title slot (which has already taken
// the titled ones, with their title) and before short forms (which need the full names).
// Lists: familyNames (person-names.yaml).

import type { ClaimState } from './claims';
import { isVietnameseSyllable } from './tokens';

export function nameShape(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, words: w } = st;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.owner !== -1 || t.excluded || !t.cap || t.inTitle || !w.family.has(t.k)) continue;
    if (i > 0 && t.adj && toks[i - 1].cap && toks[i - 1].owner === -1 && !toks[i - 1].inTitle && !toks[i - 1].sent) continue;
    let end = i + 1;
    while (end < n && toks[end].adj && toks[end].cap && !toks[end].allCaps && toks[end].owner === -1 && !toks[end].inTitle && end - i < 4 && isVietnameseSyllable(toks[end].k)) end++;
    if (end - i < 2) continue;
    if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1 && !toks[end].inTitle) continue; // a longer run: not a plain name
    st.claim({ t0: i, t1: end, start: t.s, end: toks[end - 1].e, type: 'person', entityId: null, source: 'shape', name: text.slice(t.s, toks[end - 1].e) });
    i = end - 1;
  }
}
