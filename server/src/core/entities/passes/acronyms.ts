// Single capitalised words left over: an acronym of 3–6 capitals is an organisation (`PVN`,
// `EVN`) unless it is a common one (`USD`, `CSGT`), a designator with digits (`QL13`, `F34`), a Roman numeral, an age group, an acronym
// the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`) or a document
// (`… Biển Đông (DOC)`), or part of a headline in capitals; a company-shaped word is an
// organisation (`OceanBank`, `Vinamilk`); a Vietnamese syllable after a place preposition is a
// place (`ở Huế`). A cue word before the word types it (cues.yaml: `Theo Bloomberg`, `tổ chức
// Hamas` an organisation, `tại Madrid` a place, `tàu Kirov` nothing); a word in a list of places is
// a place (`Siem Reap, Battambang`); a word before a verb of saying (`Khoa cho biết`) or joined
// by `và`/`hay` to a person is a person. Only with `discover`; after oneSense (the article's own evidence first).
// Lists: commonAcronyms (acronyms.yaml); placePrepositions, weakPlacePrepositions
// (place-heads.yaml); notNames, documentWords (not-names.yaml); companyWordEndings,
// brandPrefixes, notBrands, surnamePrefixes (foreign-names.yaml); orgCues, placeCues, notEntityCues, speechVerbs (cues.yaml).

import { UPPER, foldTonePlacement } from '../normalize';
import { cueBefore, forEachCapitalisedRun, listedWithPlace, type ClaimState } from './claims';
import { AGE_TEAM, isRoman, isVietnameseSyllable, type Toks } from './tokens';
import { looksLikeCompanyWord, type Words } from './words';

export function acronyms(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, words: w } = st;
  // Acronyms the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`): common nouns, not names.
  let commonDefined: Set<string> | undefined;
  const commonAcronyms = (): Set<string> => (commonDefined ??= acronymsOfCommonNouns(w, text));
  forEachCapitalisedRun(st, (s, end) => {
    if (end - s !== 1) return;
    // The word u = toks[s], from us to ue, with key uk.
    const us = toks.s[s];
    const ue = toks.e[s];
    const uk = toks.k[s];
    const uAllCaps = toks.allCaps(s);
    const uSent = toks.sent(s);
    // The word before, joined by one space, or -1.
    const prev = s > 0 && toks.adj(s) ? s - 1 : -1;
    const placeContext = prev !== -1 && !toks.cap(prev) && w.placePreps.has(toks.k[prev]);
    const cue = cueBefore(st, s);
    if (cue === 'none') {
      // `tàu Kirov`, `phim Titanic`, `tên lửa HQ`: a ship, a film, a product.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    if (uAllCaps && uk.length >= 3 && uk.length <= 6 && !w.acronym.has(uk) && !/\d/.test(uk) && !isRoman(uk) && !AGE_TEAM.test(uk) && !commonAcronyms().has(uk) && /^[A-Z0-9&]+$/.test(text.slice(us, ue))) {
      // Not in an all-caps line (a headline in capitals).
      const capsLine = (prev !== -1 && toks.allCaps(prev)) || (end < n && toks.adj(end) && toks.allCaps(end));
      if (!capsLine && !placeContext) st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'acronym', name: text.slice(us, ue) });
    } else if (!uAllCaps && looksLikeCompanyWord(w, text, toks, s)) {
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (cue === 'organization' && !uAllCaps && !isVietnameseSyllable(uk)) {
      // `Theo Bloomberg`, `tổ chức Hamas`, `phiến quân Taliban`.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (cue === 'organization' && !uSent && s + 1 < n && toks.adj(s + 1) && !toks.cap(s + 1) && isVietnameseSyllable(toks.k[s + 1]) && (s + 2 >= n || !toks.adj(s + 2)) && /^\s*[)/,.\n]/.test(text.slice(toks.e[s + 1], toks.e[s + 1] + 2) || '\n')) {
      // `(Theo Tuổi trẻ)`: a paper named by a common word, the source line's end right after it.
      st.claim({ t0: s, t1: s + 2, start: us, end: toks.e[s + 1], type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, toks.e[s + 1]) });
    } else if (cue === 'place' && !uSent && !uAllCaps && !w.notName.has(uk) && !isVietnameseSyllable(uk)) {
      // `tại Madrid`, `căn cứ Guam`.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && !w.notName.has(uk) && (!uSent || s > 0) && listedWithPlace(st, s, end)) {
      // `Siem Reap, Battambang, Kep`: an item of a list of places.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (placeContext && !uSent && !uAllCaps && !w.notName.has(uk) && !w.weakPlacePreps.has(toks.k[prev]) && isVietnameseSyllable(uk)) {
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && cue === undefined && !w.notName.has(uk) && !w.stop.has(uk) && (saysNext(w, toks, n, s) || joinedToPerson(st, s))) {
      // `Phong cho biết`, `”, Tom nói`: the one who says is a person; so is one joined by `và` to a person (`Nadal và Berdych`).
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'person', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    }
  });
}

/** Token s is joined by `và`, `hay` or `hoặc` to a person's name found before or after it. */
function joinedToPerson(st: ClaimState, s: number): boolean {
  const { toks, n, drafts } = st;
  const owner = toks.owner;
  const conj = (k: number) => toks.adj(k) && (toks.k[k] === 'và' || toks.k[k] === 'hay' || toks.k[k] === 'hoặc');
  if (s > 1 && toks.adj(s) && conj(s - 1) && owner[s - 2] !== -1 && drafts[owner[s - 2]].type === 'person' && drafts[owner[s - 2]].t1 === s - 1) return true;
  return s + 2 < n && toks.adj(s + 1) && conj(s + 1) && toks.adj(s + 2) && owner[s + 2] !== -1 && drafts[owner[s + 2]].type === 'person' && drafts[owner[s + 2]].t0 === s + 2;
}

/** A verb of saying (speechVerbs) follows token s, joined by single spaces. */
function saysNext(w: Words, toks: Toks, n: number, s: number): boolean {
  if (s + 1 >= n || !toks.adj(s + 1) || toks.cap(s + 1)) return false;
  if (w.speechVerbs.has(toks.k[s + 1])) return true;
  return w.speechFirstWords.has(toks.k[s + 1]) && s + 2 < n && toks.adj(s + 2) && w.speechVerbs.has(`${toks.k[s + 1]} ${toks.k[s + 2]}`);
}

/** Acronyms defined right after a lower-case phrase whose initials spell them (`cha mẹ học sinh (CMHS)`), or after a document's name. */
function acronymsOfCommonNouns(w: Words, text: string): Set<string> {
  const out = new Set<string>();
  // Every match of /\(([\p{Lu}][\p{Lu}\d&]{1,9})\)/gu, tried at the brackets alone.
  const re = /\(([\p{Lu}][\p{Lu}\d&]{1,9})\)/uy;
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    at = re.lastIndex - 1;
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
