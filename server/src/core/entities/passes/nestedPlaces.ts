// Places nested inside registry organisation and event names (`Đảng Cộng sản Việt Nam` →
// `Việt Nam`, `Đại sứ quán Nga`), as extra mentions marked `nested` (the VLSP convention;
// consumers with flat conventions drop them). Names grown from heads nest their places in
// heads.ts. Claims no token; only with `nested`. Runs after every pass that claims, so that it
// sees the final registry organisations.

import type { ClaimState } from './claims';

export function nestedPlaces(st: ClaimState): void {
  if (!st.nested) return;
  const { text, drafts } = st;
  const { gazetteer, icuIds } = st.names;
  for (const d of [...drafts]) {
    if ((d.type !== 'organization' && d.type !== 'event') || d.source !== 'registry' || d.dropped) continue;
    const firstSpace = text.indexOf(' ', d.start);
    if (firstSpace < 0 || firstSpace >= d.end) continue;
    for (const m of gazetteer.scan(text, firstSpace + 1, d.end)) {
      if (m.type !== 'place' || m.end > d.end) continue;
      const entityId = m.entityId.startsWith('icu:') ? icuIds.get(m.entityId) ?? null : m.entityId;
      st.nest({ t0: -1, t1: -1, start: m.start, end: m.end, type: 'place', entityId, source: entityId ? 'registry' : 'icu', nested: true, name: text.slice(m.start, m.end) });
    }
  }
}
