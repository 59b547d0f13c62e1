// Single capitalised words left over: an acronym of 3–6 capitals is an organisation (`PVN`,
// `EVN`) unless it is a common one (`USD`, `CSGT`), a designator with digits (`QL13`, `F34`), a Roman numeral, an age group, an acronym
// the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`) or a document
// (`… Biển Đông (DOC)`), or part of a headline in capitals; a company-shaped word is an
// organisation (`OceanBank`, `Vinamilk`); a Vietnamese syllable after a place preposition is a
// place (`ở Huế`). A cue word before the word types it (cues.yaml: `Theo Bloomberg`, `tổ chức
// Hamas` an organisation, `tại Madrid` a place, `tàu Kirov` nothing); a word in a list of places is
// a place (`Siem Reap, Battambang`). Only with `discover`; after oneSense (the article's own evidence first).
// Lists: commonAcronyms (acronyms.yaml); placePrepositions, weakPlacePrepositions
// (place-heads.yaml); notNames, documentWords (not-names.yaml); companyWordEndings,
// brandPrefixes, notBrands, surnamePrefixes (foreign-names.yaml); orgCues, placeCues, notEntityCues (cues.yaml).

import { UPPER, foldTonePlacement } from '../normalize';
import { cueBefore, forEachCapitalisedRun, listedWithPlace, type ClaimState } from './claims';
import { AGE_TEAM, isRoman, isVietnameseSyllable } from './tokens';
import { looksLikeCompanyWord, type Words } from './words';

export function acronyms(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, words: w } = st;
  // Acronyms the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`): common nouns, not names.
  let commonDefined: Set<string> | undefined;
  const commonAcronyms = (): Set<string> => (commonDefined ??= acronymsOfCommonNouns(w, text));
  forEachCapitalisedRun(st, (s, end) => {
    if (end - s !== 1) return;
    const u = toks[s];
    const prev = s > 0 && u.adj ? toks[s - 1] : undefined;
    const placeContext = prev !== undefined && !prev.cap && w.placePreps.has(prev.k);
    const cue = cueBefore(st, s);
    if (cue === 'none') {
      // `tàu Kirov`, `phim Titanic`, `tên lửa HQ`: a ship, a film, a product.
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    if (u.allCaps && u.k.length >= 3 && u.k.length <= 6 && !w.acronym.has(u.k) && !/\d/.test(u.k) && !isRoman(u.k) && !AGE_TEAM.test(u.k) && !commonAcronyms().has(u.k) && /^[A-Z0-9&]+$/.test(text.slice(u.s, u.e))) {
      // Not in an all-caps line (a headline in capitals).
      const capsLine = (prev?.allCaps ?? false) || (end < n && toks[end].adj && toks[end].allCaps);
      if (!capsLine && !placeContext) st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'acronym', name: text.slice(u.s, u.e) });
    } else if (!u.allCaps && looksLikeCompanyWord(w, text, u)) {
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
    } else if (cue === 'organization' && !u.allCaps && !isVietnameseSyllable(u.k)) {
      // `Theo Bloomberg`, `tổ chức Hamas`, `phiến quân Taliban`.
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
    } else if (cue === 'organization' && u.sent === false && s + 1 < n && toks[s + 1].adj && !toks[s + 1].cap && isVietnameseSyllable(toks[s + 1].k) && (s + 2 >= n || !toks[s + 2].adj) && /^\s*[)/,.\n]/.test(text.slice(toks[s + 1].e, toks[s + 1].e + 2) || '\n')) {
      // `(Theo Tuổi trẻ)`: a paper named by a common word, the source line's end right after it.
      st.claim({ t0: s, t1: s + 2, start: u.s, end: toks[s + 1].e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, toks[s + 1].e) });
    } else if (cue === 'place' && !u.sent && !u.allCaps && !w.notName.has(u.k) && !isVietnameseSyllable(u.k)) {
      // `tại Madrid`, `căn cứ Guam`.
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'place', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
    } else if (!u.allCaps && !w.notName.has(u.k) && (!u.sent || s > 0) && listedWithPlace(st, s, end)) {
      // `Siem Reap, Battambang, Kep`: an item of a list of places.
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'place', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
    } else if (placeContext && !u.sent && !u.allCaps && !w.notName.has(u.k) && !w.weakPlacePreps.has(prev!.k) && isVietnameseSyllable(u.k)) {
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'place', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
    }
  });
}

/** Acronyms defined right after a lower-case phrase whose initials spell them (`cha mẹ học sinh (CMHS)`), or after a document's name. */
function acronymsOfCommonNouns(w: Words, text: string): Set<string> {
  const out = new Set<string>();
  const re = /\(([\p{Lu}][\p{Lu}\d&]{1,9})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const letters = m[1].replace(/[^\p{L}]/gu, '').toLowerCase();
    const before = text.slice(Math.max(0, m.index - 80), m.index).trimEnd().split(/\s+/);
    if (before.length < letters.length) continue;
    const words = before.slice(before.length - letters.length);
    let ok = true;
    for (let q = 0; q < words.length && ok; q++) {
      const x = words[q];
      ok = x.length > 0 && UPPER[x.charCodeAt(0)] !== 1 && x[0].toLowerCase() === letters[q];
    }
    if (ok) out.add(foldTonePlacement(m[1].toLowerCase()));
    else {
      // The acronym of a document (`Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)`).
      const clause = text.slice(Math.max(0, m.index - 120), m.index).split(/[.;:!?()\n]/).pop()!.trim().split(/\s+/);
      for (let q = 0; q < clause.length; q++) {
        const x = clause[q];
        if (!x || UPPER[x.charCodeAt(0)] !== 1) continue;
        const k1 = foldTonePlacement(x.toLowerCase());
        const k2 = q + 1 < clause.length ? `${k1} ${foldTonePlacement(clause[q + 1].toLowerCase())}` : '';
        const k3 = q + 2 < clause.length ? `${k2} ${foldTonePlacement(clause[q + 2].toLowerCase())}` : '';
        if (w.documentWords.has(k1) || w.documentWords.has(k2) || w.documentWords.has(k3)) {
          out.add(foldTonePlacement(m[1].toLowerCase()));
          break;
        }
      }
    }
  }
  return out;
}
