// Datelines: a paragraph that opens with a place in capitals, then a dash or a bracket
// (`HÀ NỘI -`, `MOSKVA (TTXVN) -`). A registry place there gets the role `dateline`; an
// unknown one becomes a place of its own, named in title case. Runs after registry names (it
// marks their mentions) and before the head and shape rules (an all-caps dateline is no
// acronym, no organisation).

import type { ClaimState } from './claims';

export function datelines(st: ClaimState): void {
  const { text, toks, n, drafts, discover } = st;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.allCaps || !(i === 0 || /\n/.test(text.slice(toks[i - 1].e, t.s)))) continue;
    let j = i;
    while (j + 1 < n && toks[j + 1].adj && toks[j + 1].allCaps) j++;
    const after = text.slice(toks[j].e, toks[j].e + 4);
    if (!/^\s*[-–—(]/.test(after) || j - i > 3) continue;
    const owner = toks[i].owner;
    if (owner !== -1 && drafts[owner].type === 'place' && drafts[owner].t1 === j + 1) {
      drafts[owner].role = 'dateline';
    } else if (st.free(i, j + 1) && discover) {
      const raw = text.slice(t.s, toks[j].e);
      const name = raw.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
      st.claim({ t0: i, t1: j + 1, start: t.s, end: toks[j].e, type: 'place', entityId: null, source: 'dateline', role: 'dateline', name });
    }
  }
}
