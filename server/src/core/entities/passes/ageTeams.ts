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
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[i];
    if (!t.cap || t.owner !== -1 || t.excluded || t.e - t.s !== 3 || !toks[i + 1].adj || !AGE_TEAM.test(t.k)) continue;
    const o = toks[i + 1].owner;
    // A country or city (capitalised), not a region (`U16 châu Á` is a tournament).
    if (o === -1 || drafts[o].type !== 'place' || drafts[o].t0 !== i + 1 || UPPER[text.charCodeAt(drafts[o].start)] !== 1) continue;
    drafts[o].nested = true;
    st.claim({ t0: i, t1: drafts[o].t1, start: t.s, end: drafts[o].end, type: 'organization', entityId: null, source: 'head', name: text.slice(t.s, drafts[o].end) });
  }
}
