// Age-group teams: `U16 Việt Nam`, `U23 Thái Lan` are organisations, with the country nested
// (`U16 châu Á` is a tournament: the place must be capitalised). Only with `discover`. Runs
// once places are known (registry names, heads) and before the leftovers, which would take
// `U23` for an acronym.

import { UPPER } from '../normalize';
import type { ClaimState } from './claims';
import { AGE_TEAM } from './tokens';

export function ageTeams(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, drafts } = st;
  // (The capitalised tokens.)
  for (let c = 0; c < toks.capCount; c++) {
    const i = toks.caps[c];
    if (i + 1 >= n) break;
    // (A `u` first, 0x75, before the expression.)
    if (toks.owner[i] !== -1 || toks.excluded(i) || toks.e[i] - toks.s[i] !== 3 || !toks.adj(i + 1) || toks.k[i].charCodeAt(0) !== 0x75 || !AGE_TEAM.test(toks.k[i])) continue;
    const o = toks.owner[i + 1];
    // A country or city (capitalised), not a region (`U16 châu Á` is a tournament).
    if (o === -1 || drafts[o].type !== 'place' || drafts[o].t0 !== i + 1 || UPPER[text.charCodeAt(drafts[o].start)] !== 1) continue;
    drafts[o].nested = true;
    const start = toks.s[i];
    st.claim({ t0: i, t1: drafts[o].t1, start, end: drafts[o].end, type: 'organization', entityId: null, source: 'head', name: text.slice(start, drafts[o].end) });
  }
}
