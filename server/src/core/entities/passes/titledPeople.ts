// People after titles and honorifics, through the title's slot: `Thứ trưởng Lê Thị Thu Hằng`,
// `Bộ trưởng Ngoại giao Nga Sergey Lavrov` (portfolio and country in the slot; the country is
// its own mention), `Đại sứ Liên bang Nga tại Việt Nam Gennady Bezdetko`, `ông Tillerson`.
// The person gets the title as observed (title words and portfolio); a registry person right
// after the slot gets it too. An organisation between title and name (`Chủ tịch OceanBank Hà
// Văn Thắm`) is claimed apart; a lone acronym or CamelCase word after a title is an
// organisation (`Tổng giám đốc OceanBank`); a run whose own words say organisation or no name
// (`DongA Bank`, `Real Madrid`, `Miss Photo`, `TGĐ Oceanbank`) is no person, so nothing spreads
// it. Runs with or without `discover`, once organisations and places are known (the slot walks
// over them), before people by shape.
// Lists: slotWords, portfolios (titles.yaml); stopWords; familyNames; notNames, ethnonyms;
// commonAcronyms; orgHeads; orgSuffixes, orgPrefixes, notPersonTails, company-word lists
// (foreign-names.yaml); a few Latin words no name carries (here, for now).

import type { ClaimState, Draft } from './claims';
import { isCamelCase, isRoman, isVietnameseSyllable, looksLikeVietnameseName } from './tokens';
import { looksLikeCompanyWord } from './words';

// Latin words that are never part of a person's name (English articles, prepositions and
// pageant words: `Miss Photo`, `The Voice`). A small constant list kept here for now; it
// belongs in foreign-names.yaml once the lexicon can carry it.
const LATIN_NOT_NAMES = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'my', 'your', 'our', 'miss', 'mister', 'mr', 'mrs', 'ms', 'world', 'top', 'new']);

/**
 * What a run after a title is when its own words say it is no person: `organization` for a
 * foreign run with a company or club word (`DongA Bank`, `Real Madrid`, `Oceanbank`) or a run
 * opened by a head of two words (`Hiệp Hội`, `Trường Cao đẳng`); `drop` (no mention, its
 * tokens claimed) for a foreign run naming an event or product (`World Cup`) or with a Latin
 * word no name carries (`Miss Photo`); `none` (left to the later passes) for a mixed run with
 * an all-caps part (`TGĐ Oceanbank`, `VCK U16`).
 */
function nonPersonEvidence(st: ClaimState, k: number, end: number): 'organization' | 'none' | 'drop' | undefined {
  const { text, toks, words: w } = st;
  let vietnamese = true;
  let caps = 0;
  for (let p = k; p < end; p++) {
    const x = toks[p];
    if (!isVietnameseSyllable(x.k)) vietnamese = false;
    if (x.allCaps && x.k.replace(/[^\p{L}]/gu, '').length >= 2 && !isRoman(x.k)) caps++;
  }
  if (caps > 0 && caps < end - k) return 'none';
  // Two acronyms or more, not Vietnamese syllables (`TGĐ BSC`): an office and a company, not a name in capitals.
  if (caps >= 2 && !vietnamese) return 'none';
  // A head of two words or more opens the run (`Trường Cao đẳng`, `Tổng Liên đoàn`, `Hiệp Hội`): an organisation's name, no person.
  if (w.orgHead.match(toks, k) >= 2) return 'organization';
  // One company-shaped word (`Oceanbank`, `Vinachem`); in a longer run the ending may be a surname's (`Kirkland`).
  if (end - k === 1 && looksLikeCompanyWord(w, text, toks[k])) return 'organization';
  if (vietnamese) return undefined;
  const lastK = toks[end - 1].k;
  if (end - k >= 2 && (w.orgSuffixes.has(lastK) || w.orgPrefixes.has(toks[k].k))) return 'organization';
  if (end - k >= 2 && w.notPersonTails.has(lastK)) return 'drop';
  for (let p = k; p < end; p++) if (LATIN_NOT_NAMES.has(toks[p].k)) return 'drop';
  return undefined;
}

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
        // A portfolio: one capitalised word completed by a lower-case one (`Ngoại giao`, `Tài chính`). A portfolio is
        // Vietnamese: a foreign word followed by a lower-case one is the name and its verb (`Tổng thống Biden nói`).
        if (u.cap && !u.allCaps && isVietnameseSyllable(u.k) && k + 1 < n && toks[k + 1].adj && !toks[k + 1].cap && !w.stop.has(toks[k + 1].k) && /\p{L}/u.test(toks[k + 1].k)) {
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
    // Organisation-like or non-person evidence in the run: no person by the title slot alone.
    const evidence = nonPersonEvidence(st, k, end);
    if (evidence === 'organization') {
      st.claim({ t0: k, t1: end, start: u.s, end: toks[end - 1].e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, toks[end - 1].e) });
      continue;
    }
    if (evidence === 'drop') st.claim({ t0: k, t1: end, start: u.s, end: toks[end - 1].e, type: 'organization', entityId: null, source: 'capitalised', dropped: true });
    if (evidence === 'none' || evidence === 'drop') continue;
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
