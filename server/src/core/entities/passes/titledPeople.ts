// People after titles and honorifics, through the title's slot: `Thứ trưởng Lê Thị Thu Hằng`,
// `Bộ trưởng Ngoại giao Nga Sergey Lavrov` (portfolio and country in the slot; the country is
// its own mention), `Đại sứ Liên bang Nga tại Việt Nam Gennady Bezdetko`, `ông Tillerson`.
// The person gets the title as observed (title words and portfolio); a registry person right
// after the slot gets it too. An organisation between title and name (`Chủ tịch OceanBank Hà
// Văn Thắm`) is claimed apart; a lone acronym or CamelCase word after a title is an
// organisation (`Tổng giám đốc OceanBank`). Runs with or without `discover`, once
// organisations and places are known (the slot walks over them), before people by shape.
// Lists: slotWords, portfolios (titles.yaml); stopWords; familyNames; notNames, ethnonyms;
// commonAcronyms.

import type { ClaimState, Draft } from './claims';
import { isCamelCase, looksLikeVietnameseName } from './tokens';

export function titledPeople(st: ClaimState): void {
  const { text, toks, n, drafts, words: w } = st;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.title || t.excluded) continue;
    const titleEnd = i + t.title.len;
    let k = titleEnd;
    let slot = 0;
    // The title as observed: the title words plus a portfolio before any mention (`Bộ trưởng Ngoại giao`).
    let titleStop = titleEnd;
    let sawMention = false;
    if (!t.title.honorific) {
      while (k < n && toks[k].adj && slot < 10) {
        const u = toks[k];
        if (u.owner !== -1) {
          const d = drafts[u.owner];
          if (d.type === 'person') break;
          if (d.type === 'place' || d.type === 'organization') {
            // A country or organisation in the slot is its own mention.
            sawMention = true;
            slot += d.t1 - k;
            k = d.t1;
            continue;
          }
          break;
        }
        const sl = w.slot.match(toks, k);
        if (sl && !u.cap) {
          slot += sl;
          k += sl;
          continue;
        }
        // A ministry's portfolio, however it is capitalised (`Công Thương`, `Kế hoạch và Đầu tư`).
        const pf = u.cap ? w.portfolio.match(toks, k) : 0;
        if (pf) {
          slot += pf;
          k += pf;
          if (!sawMention) titleStop = k;
          continue;
        }
        // A portfolio: one capitalised word completed by a lower-case one (`Ngoại giao`, `Tài chính`).
        if (u.cap && !u.allCaps && k + 1 < n && toks[k + 1].adj && !toks[k + 1].cap && !w.stop.has(toks[k + 1].k) && /\p{L}/u.test(toks[k + 1].k)) {
          slot += 2;
          k += 2;
          if (!sawMention) titleStop = k;
          continue;
        }
        break;
      }
    }
    if (k >= n || !toks[k].adj || k === titleEnd && !toks[k].adj) continue;
    if (k > titleEnd && !toks[k].adj) continue;
    const u = toks[k];
    if (u.excluded) continue;
    if (u.owner !== -1) {
      const d = drafts[u.owner];
      if (d.type === 'person' && d.t0 === k && !d.title) d.title = { start: t.s, end: toks[titleStop - 1].e };
      continue;
    }
    if (!u.cap || u.inTitle) continue;
    let end = k;
    while (end < n && (end === k || toks[end].adj || toks[end].hyph || toks[end - 1].initial) && (toks[end].cap || toks[end].initial) && toks[end].owner === -1 && !toks[end].inTitle && !toks[end].excluded && end - k < 5) end++;
    if (end === k) continue;
    // An organisation between the title and the name (`Chủ tịch OceanBank Hà Văn Thắm`):
    // the person starts at a Vietnamese family name; what stands before it is the organisation.
    let k0 = k;
    for (let p = k + 1; p < end - 1; p++) {
      if (w.family.has(toks[p].k) && looksLikeVietnameseName(toks, p) && !looksLikeVietnameseName(toks, k)) {
        k0 = p;
        break;
      }
    }
    if (k0 > k) {
      st.claim({ t0: k, t1: k0, start: u.s, end: toks[k0 - 1].e, type: 'organization', entityId: null, source: 'head', name: text.slice(u.s, toks[k0 - 1].e) });
      const v = toks[k0];
      const d: Draft = { t0: k0, t1: end, start: v.s, end: toks[end - 1].e, type: 'person', entityId: null, source: 'title', name: text.slice(v.s, toks[end - 1].e), title: { start: t.s, end: toks[titleStop - 1].e } };
      st.claim(d);
      continue;
    }
    if (end - k === 1 && (w.notName.has(u.k) || w.ethnonyms.has(u.k))) continue;
    if (end - k === 1 && u.allCaps && w.acronym.has(u.k)) continue; // `chiến sĩ CSGT`: a common-noun abbreviation
    if (end - k === 1 && !t.title.honorific && (u.allCaps || isCamelCase(text, u.s, u.e))) {
      // `Tổng giám đốc OceanBank`: an organisation, not a name.
      st.claim({ t0: k, t1: end, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'head', name: text.slice(u.s, u.e) });
      continue;
    }
    // An honorific before a place-like capital word mid-sentence (`anh Quảng Nam`?) is rare; accept.
    const d: Draft = {
      t0: k,
      t1: end,
      start: u.s,
      end: toks[end - 1].e,
      type: 'person',
      entityId: null,
      source: 'title',
      name: text.slice(u.s, toks[end - 1].e),
      title: { start: t.s, end: toks[titleStop - 1].e },
    };
    st.claim(d);
  }
}
