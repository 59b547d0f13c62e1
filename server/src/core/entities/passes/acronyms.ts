// Single capitalised words left over: an acronym of 3–6 capitals is an organisation (`PVN`,
// `EVN`) unless it is a common one (`USD`, `CSGT`), a Roman numeral, an age group, an acronym
// the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`) or a document
// (`… Biển Đông (DOC)`), or part of a headline in capitals; a company-shaped word is an
// organisation (`OceanBank`, `Vinamilk`); a Vietnamese syllable after a place preposition is a
// place (`ở Huế`). Only with `discover`; after oneSense (the article's own evidence first).
// Lists: commonAcronyms (acronyms.yaml); placePrepositions, weakPlacePrepositions
// (place-heads.yaml); notNames, documentWords (not-names.yaml); companyWordEndings,
// brandPrefixes, notBrands, surnamePrefixes (foreign-names.yaml).

import { UPPER, foldTonePlacement } from '../normalize';
import { forEachCapitalisedRun, type ClaimState } from './claims';
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
    if (u.allCaps && u.k.length >= 3 && u.k.length <= 6 && !w.acronym.has(u.k) && !/^\d/.test(u.k) && !isRoman(u.k) && !AGE_TEAM.test(u.k) && !commonAcronyms().has(u.k) && /^[A-Z0-9&]+$/.test(text.slice(u.s, u.e))) {
      // Not in an all-caps line (a headline in capitals).
      const capsLine = (prev?.allCaps ?? false) || (end < n && toks[end].adj && toks[end].allCaps);
      if (!capsLine && !placeContext) st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'acronym', name: text.slice(u.s, u.e) });
    } else if (!u.allCaps && looksLikeCompanyWord(w, text, u)) {
      st.claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
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
