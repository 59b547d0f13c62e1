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
import { isCamelCase, isRoman, looksLikeVietnameseName, type Toks } from './tokens';
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
    const key = toks.k[p];
    if (!toks.syllable(p)) vietnamese = false;
    if (toks.allCaps(p) && key.replace(/[^\p{L}]/gu, '').length >= 2 && !isRoman(key)) caps++;
  }
  if (caps > 0 && caps < end - k) return 'none';
  // Two acronyms or more, not Vietnamese syllables (`TGĐ BSC`): an office and a company, not a name in capitals.
  if (caps >= 2 && !vietnamese) return 'none';
  // A head of two words or more opens the run (`Trường Cao đẳng`, `Tổng Liên đoàn`, `Hiệp Hội`): an organisation's name, no person.
  if (w.orgHead.match(toks, k) >= 2) return 'organization';
  // One company-shaped word (`Oceanbank`, `Vinachem`); in a longer run the ending may be a surname's (`Kirkland`).
  if (end - k === 1 && looksLikeCompanyWord(toks, k)) return 'organization';
  if (vietnamese) return undefined;
  const lastK = toks.k[end - 1];
  if (end - k >= 2 && (w.orgSuffixes.has(lastK) || w.orgPrefixes.has(toks.k[k]))) return 'organization';
  if (end - k >= 2 && w.notPersonTails.has(lastK)) return 'drop';
  for (let p = k; p < end; p++) if (LATIN_NOT_NAMES.has(toks.k[p])) return 'drop';
  return undefined;
}

export function titledPeople(st: ClaimState): void {
  const { text, toks, n, drafts, words: w } = st;
  const { s: ts, e: te, owner } = toks;
  // (Every token where a title starts.)
  for (const i of toks.titles) {
    if (toks.excluded(i)) continue;
    const honorific = toks.honorific(i);
    const titleEnd = i + toks.titleLen[i];
    let k = titleEnd;
    let slot = 0;
    // The title as observed: the title words plus a portfolio before any mention (`Bộ trưởng Ngoại giao`).
    let titleStop = titleEnd;
    let sawMention = false;
    if (!honorific) {
      while (k < n && toks.adj(k) && slot < 10) {
        if (owner[k] !== -1) {
          const d = drafts[owner[k]];
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
        const uCap = toks.cap(k);
        if (sl && !uCap) {
          slot += sl;
          k += sl;
          continue;
        }
        // A ministry's portfolio, however it is capitalised (`Công Thương`, `Kế hoạch và Đầu tư`).
        const pf = uCap ? w.portfolio.match(toks, k) : 0;
        if (pf) {
          slot += pf;
          k += pf;
          if (!sawMention) titleStop = k;
          continue;
        }
        // A portfolio: one capitalised word completed by a lower-case one (`Ngoại giao`, `Tài chính`). A portfolio is
        // Vietnamese: a foreign word followed by a lower-case one is the name and its verb (`Tổng thống Biden nói`).
        if (uCap && !toks.allCaps(k) && toks.syllable(k) && k + 1 < n && toks.adj(k + 1) && !toks.cap(k + 1) && !toks.stop(k + 1) && /\p{L}/u.test(toks.k[k + 1])) {
          slot += 2;
          k += 2;
          if (!sawMention) titleStop = k;
          continue;
        }
        break;
      }
    }
    if (k >= n || !toks.adj(k) || k === titleEnd && !toks.adj(k)) continue;
    if (k > titleEnd && !toks.adj(k)) continue;
    if (toks.excluded(k)) continue;
    if (owner[k] !== -1) {
      const d = drafts[owner[k]];
      if (d.type === 'person' && d.t0 === k && !d.title) d.title = observedTitle(toks, i, titleStop);
      continue;
    }
    if (!toks.cap(k) || toks.inTitle(k)) continue;
    let end = k;
    while (end < n && (end === k || toks.adj(end) || toks.hyph(end) || toks.initial(end - 1)) && (toks.cap(end) || toks.initial(end)) && owner[end] === -1 && !toks.inTitle(end) && !toks.excluded(end) && end - k < 5) end++;
    if (end === k) continue;
    // An organisation between the title and the name (`Chủ tịch OceanBank Hà Văn Thắm`):
    // the person starts at a Vietnamese family name; what stands before it is the organisation.
    let k0 = k;
    for (let p = k + 1; p < end - 1; p++) {
      if (toks.family(p) && looksLikeVietnameseName(toks, p) && !looksLikeVietnameseName(toks, k)) {
        k0 = p;
        break;
      }
    }
    const us = ts[k];
    const runEnd = te[end - 1];
    if (k0 > k) {
      st.claim({ t0: k, t1: k0, start: us, end: te[k0 - 1], type: 'organization', entityId: null, source: 'head', name: text.slice(us, te[k0 - 1]) });
      const vs = ts[k0];
      const d: Draft = { t0: k0, t1: end, start: vs, end: runEnd, type: 'person', entityId: null, source: 'title', name: text.slice(vs, runEnd), title: observedTitle(toks, i, titleStop) };
      st.claim(d);
      continue;
    }
    // Organisation-like or non-person evidence in the run: no person by the title slot alone.
    const evidence = nonPersonEvidence(st, k, end);
    if (evidence === 'organization') {
      st.claim({ t0: k, t1: end, start: us, end: runEnd, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, runEnd) });
      continue;
    }
    if (evidence === 'drop') st.claim({ t0: k, t1: end, start: us, end: runEnd, type: 'organization', entityId: null, source: 'capitalised', dropped: true });
    if (evidence === 'none' || evidence === 'drop') continue;
    const uk = toks.k[k];
    if (end - k === 1 && (toks.notName(k) || w.ethnonyms.has(uk))) continue;
    if (end - k === 1 && toks.allCaps(k) && w.acronym.has(uk)) continue; // `chiến sĩ CSGT`: a common-noun abbreviation
    if (end - k === 1 && !honorific && (toks.allCaps(k) || isCamelCase(text, us, te[k]))) {
      // `Tổng giám đốc OceanBank`: an organisation, not a name.
      st.claim({ t0: k, t1: end, start: us, end: te[k], type: 'organization', entityId: null, source: 'head', name: text.slice(us, te[k]) });
      continue;
    }
    // An honorific before a place-like capital word mid-sentence (`anh Quảng Nam`?) is rare; accept.
    const d: Draft = {
      t0: k,
      t1: end,
      start: us,
      end: runEnd,
      type: 'person',
      entityId: null,
      source: 'title',
      name: text.slice(us, runEnd),
      title: observedTitle(toks, i, titleStop),
    };
    st.claim(d);
  }
}

/**
 * The title as observed, from its first word (token i) to the token before `stop`. (A function,
 * not a closure over the loop's variables: V8 then made a context for every title the loop
 * looked at.)
 */
function observedTitle(toks: Toks, i: number, stop: number): { start: number; end: number } {
  return { start: toks.s[i], end: toks.e[stop - 1] };
}
