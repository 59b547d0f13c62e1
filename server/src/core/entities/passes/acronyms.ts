// Single capitalised words left over: an acronym of 3–6 capitals is an organisation (`PVN`,
// `EVN`) unless it is a common one (`USD`, `CSGT`), a designator with digits (`QL13`, `F34`), a Roman numeral, an age group, an acronym
// the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`) or a document
// (`… Biển Đông (DOC)`), or part of a headline in capitals; a company-shaped word is an
// organisation (`OceanBank`, `Vinamilk`); a Vietnamese syllable after a place preposition is a
// place (`ở Huế`). A cue word before the word types it (cues.yaml: `Theo Bloomberg`, `tổ chức
// Hamas` an organisation, `tại Madrid` a place, `tàu Kirov` nothing); a word in a list of places is
// a place (`Siem Reap, Battambang`); a word before a verb of saying (`Khoa cho biết`), a role paired
// with its player in brackets (`Thành (Mạnh Trường)`, `Phương Oanh (Mai)`), or joined
// by `và`/`hay` to a person is a person, and so is that word, or a lone name a title introduced,
// wherever else the article writes it alone; a word in a list of organisations is one. In a
// market report a bare three-capital acronym is a ticker (nothing); in a football report two
// capitals are a club's initials (`MU`), a club prefix alone the club (`Real`), a lone foreign name
// a club when a team word comes before it somewhere (`đánh bại Stoke`), else a player. A word
// with a plus sign after it is an outlet (`Google+`). A word joined by `và`, `hay`, `với` to an
// organisation is one (`MU và Chelsea`); a direction and a lower-case region word are a place (`Nam
// bộ`); the first word of a short title in quotation marks is nothing (`'Cuội khờ'`). Only with `discover`; after oneSense (the
// article's own evidence first).
// Lists: commonAcronyms (acronyms.yaml); placePrepositions, weakPlacePrepositions
// (place-heads.yaml); notNames, documentWords (not-names.yaml); companyWordEndings,
// brandPrefixes, notBrands, surnamePrefixes, orgPrefixes (foreign-names.yaml); orgCues, placeCues,
// notEntityCues, speechVerbs, footballWords, marketWords, clubCues (cues.yaml).

import { UPPER, foldTonePlacement } from '../normalize';
import { cueBefore, forEachCapitalisedRun, isFootballReport, isMarketReport, listedWithOrganization, listedWithPlace, writesInLowerCase, type ClaimState } from './claims';
import { AGE_TEAM, isRoman, type Toks } from './tokens';
import { looksLikeCompanyWord, type Words } from './words';
import { quotedTitleAt } from './capitalisedRuns';

export function acronyms(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, words: w } = st;
  // Acronyms the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`): common nouns, not names.
  let commonDefined: Set<string> | undefined;
  const commonAcronyms = (): Set<string> => (commonDefined ??= acronymsOfCommonNouns(w, text));
  // The lone words the article has say something (`Chung cho biết`), have an age after them (`Timothy (9 tuổi)`), or
  // pair a role with its player in brackets (`Thành (Mạnh Trường)`, `Phương Oanh (Mai)`): a
  // person wherever they stand (`Chung và Xuân`);
  // not a word the article writes in lower case too (`Đừng nói …`: an imperative opening its sentence).
  let speakers: Set<string> | undefined;
  // (So is a lone name a title or an honorific introduced: `anh Chung`.)
  for (const d of st.drafts) if (d.type === 'person' && d.source === 'title' && d.t1 - d.t0 === 1 && !d.dropped && !toks.allCaps(d.t0)) (speakers ??= new Set()).add(toks.k[d.t0]);
  // (The free capitalised words a verb of saying follows, alone: no capitalised word joined before them.)
  for (let c = 0; c < toks.capCount; c++) {
    const i = toks.caps[c];
    if (toks.owner[i] !== -1 || toks.excluded(i) || toks.inTitle(i) || toks.allCaps(i) || !(saysNext(w, toks, n, i) || agedNext(text, toks.e[i]) || castPair(st, i))) continue;
    if (i > 0 && (toks.adj(i) || toks.hyph(i)) && toks.cap(i - 1) && toks.owner[i - 1] === -1 && !toks.inTitle(i - 1) && !toks.excluded(i - 1)) continue;
    const k = toks.k[i];
    if (!toks.notName(i) && !toks.stop(i) && cueBefore(st, i) === undefined && !writesInLowerCase(text, toks, i)) (speakers ??= new Set()).add(k);
  }
  // The lone foreign names a club cue comes before somewhere in a football report (`đánh bại Stoke`): clubs wherever they stand.
  let clubs: Set<string> | undefined;
  forEachCapitalisedRun(st, (s, end) => {
    if (end - s !== 1) return;
    // The word u = toks[s], from us to ue, with key uk.
    const us = toks.s[s];
    const ue = toks.e[s];
    const uk = toks.k[s];
    const uAllCaps = toks.allCaps(s);
    const uSent = toks.sent(s);
    // (Asked by several of the rules below.)
    const uNotName = toks.notName(s);
    // The word before, joined by one space, or -1.
    const prev = s > 0 && toks.adj(s) ? s - 1 : -1;
    const placeContext = prev !== -1 && !toks.cap(prev) && toks.placePrep(prev);
    const cue = cueBefore(st, s);
    if (!uAllCaps && text.charCodeAt(ue) === 0x2b && (ue + 1 === text.length || !/[\p{L}\d]/u.test(text[ue + 1]))) {
      // `Vietnam+`, `Google+`: a name with a plus sign is a service or an outlet.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue + 1, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue + 1) });
      return;
    }
    if (cue === 'none' || (end < n && toks.adj(end) && !toks.cap(end) && quotedTitleAt(text, us, ue))) {
      // `tàu Kirov`, `phim Titanic`, `tên lửa HQ`: a ship, a film, a product; `'Cuội khờ'`: a title in quotation marks.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    if (!uAllCaps && toks.direction(s) && s + 1 < n && toks.adj(s + 1) && !toks.cap(s + 1) && toks.owner[s + 1] === -1 && LOWER_DIRECTION_TAILS.has(toks.k[s + 1])) {
      // `Nam bộ`, `Tây nguyên`: a region written with its second word in lower case.
      st.claim({ t0: s, t1: s + 2, start: us, end: toks.e[s + 1], type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, toks.e[s + 1]) });
      return;
    }
    // (`HPG`, `MWG` in a market report: a share's ticker.)
    if (uAllCaps && uk.length >= 3 && uk.length <= 6 && !w.acronym.has(uk) && !(uk.length === 3 && isMarketReport(st)) && !/\d/.test(uk) && !isRoman(uk) && !AGE_TEAM.test(uk) && !commonAcronyms().has(uk) && /^[A-Z0-9&]+$/.test(text.slice(us, ue))) {
      // Not in an all-caps line (a headline in capitals).
      const capsLine = (prev !== -1 && toks.allCaps(prev)) || (end < n && toks.adj(end) && toks.allCaps(end));
      if (!capsLine && !placeContext) st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'acronym', name: text.slice(us, ue) });
    } else if (!uAllCaps && looksLikeCompanyWord(toks, s)) {
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (cue === 'organization' && !uAllCaps && !toks.syllable(s)) {
      // `Theo Bloomberg`, `tổ chức Hamas`, `phiến quân Taliban`.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (cue === 'organization' && !uSent && s + 1 < n && toks.adj(s + 1) && !toks.cap(s + 1) && toks.syllable(s + 1) && (s + 2 >= n || !toks.adj(s + 2)) && /^\s*[)/,.\n]/.test(text.slice(toks.e[s + 1], toks.e[s + 1] + 2) || '\n')) {
      // `(Theo Tuổi trẻ)`: a paper named by a common word, the source line's end right after it.
      st.claim({ t0: s, t1: s + 2, start: us, end: toks.e[s + 1], type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, toks.e[s + 1]) });
    } else if (cue === 'place' && !uSent && !uAllCaps && !uNotName && !toks.syllable(s)) {
      // `tại Madrid`, `căn cứ Guam`.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && !uNotName && !toks.syllable(s) && exampleOfBodies(st, s)) {
      // `những công ty như Uber`, `các nhà sản xuất điện thoại như Samsung`: an example of a kind of body.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && !uNotName && (!uSent || s > 0) && !toks.syllable(s) && listedWithOrganization(st, s, end)) {
      // `Man City, MU và Chelsea`: an item of a list of organisations.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && !uNotName && (!uSent || s > 0) && listedWithPlace(st, s, end)) {
      // `Siem Reap, Battambang, Kep`: an item of a list of places.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (placeContext && !uSent && !uAllCaps && !uNotName && !w.weakPlacePreps.has(toks.k[prev]) && toks.syllable(s)) {
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'place', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && cue === undefined && !uNotName && !toks.stop(s) && (saysNext(w, toks, n, s) || joinedToPerson(st, s) || agedNext(text, ue) || castPair(st, s))) {
      // `Phong cho biết`, `”, Tom nói`: the one who says is a person; so is one joined by `và` to a person (`Nadal và Berdych`).
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'person', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (uAllCaps && uk.length === 2 && !w.acronym.has(uk) && !placeContext && /^[A-Z]{2}$/.test(text.slice(us, ue)) && isFootballReport(st)) {
      // `MU và Chelsea`: in a football report, two capitals are a club's initials.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'acronym', name: text.slice(us, ue) });
    } else if (!uAllCaps && (!uSent || s > 0) && w.orgPrefixes.has(uk) && isFootballReport(st)) {
      // `Real đang có phong độ đáng quên`: a club's first word alone names the club.
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && !uSent && cue === undefined && !toks.syllable(s) && !uNotName && isFootballReport(st)) {
      // `chưa đầy 10 phút, Paulinho trở thành người hùng`: in a football report, a lone foreign name is a player
      // (the clubs a cue or a list typed are taken by now), or a club if a word a team follows comes before it
      // somewhere in the article (`đánh bại Stoke`).
      const type = (clubs ??= cuedClubs(st)).has(uk) ? 'organization' : 'person';
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type, entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    } else if (!uAllCaps && cue === undefined && speakers?.has(uk) && (!uSent || s > 0) && !(s + 1 < n && toks.adj(s + 1) && toks.digit(s + 1) && !toks.syllable(s))) {
      // `Chung cho biết … Chung và Xuân yêu nhau`: one who speaks somewhere in the article is a person everywhere
      // (not a foreign word with a model number after it: `Zenfone 4` is a product).
      st.claim({ t0: s, t1: s + 1, start: us, end: ue, type: 'person', entityId: null, source: 'capitalised', name: text.slice(us, ue) });
    }
  });
}

/** The direction tails (place-heads.yaml directionTails) that make a region after a direction even in lower case (`Nam bộ`). */
const LOWER_DIRECTION_TAILS = new Set(['bộ', 'nguyên']);

/** The keys of the lone foreign names of the article a club cue comes before. */
function cuedClubs(st: ClaimState): Set<string> {
  const out = new Set<string>();
  const toks = st.toks;
  forEachCapitalisedRun(st, (s, end) => {
    if (end - s === 1 && !toks.allCaps(s) && !toks.syllable(s) && clubCueBefore(st, s)) out.add(toks.k[s]);
  });
  return out;
}

/** A club cue (cues.yaml clubCues) of one or two lower-case words ends right before token s (`đánh bại Stoke`). */
function clubCueBefore(st: ClaimState, s: number): boolean {
  const { toks, words: w } = st;
  for (let len = 2; len >= 1; len--) {
    const a = s - len;
    if (a < 0) continue;
    let ok = true;
    for (let q = a; q <= s && ok; q++) ok = q === a || toks.adj(q);
    for (let q = a; q < s && ok; q++) ok = !toks.cap(q) && toks.owner[q] === -1;
    if (ok && w.clubCues.match(toks, a) === len) return true;
  }
  return false;
}

/**
 * `như` comes right before token s, after a plural (`các`, `những`, `nhiều`) and a lower-case
 * organisation head or cue a few words back (`những công ty như Uber`, `các hãng xe như Toyota`).
 */
function exampleOfBodies(st: ClaimState, s: number): boolean {
  const { toks, words: w } = st;
  if (s < 3 || !toks.adj(s) || toks.k[s - 1] !== 'như') return false;
  for (let q = s - 2; q >= 1 && q >= s - 6; q--) {
    if (toks.cap(q) || toks.allCaps(q) || !toks.adj(q + 1)) return false;
    if (!toks.adj(q) || !PLURALS.has(toks.k[q - 1])) continue;
    if (w.lowerOrgHead.match(toks, q) > 0 || w.orgCues.match(toks, q) > 0 || w.title.match(toks, q) > 0 && toks.k[q] === 'nhà') return true;
  }
  return false;
}

const PLURALS = new Set(['các', 'những', 'nhiều']);

/** Token s is joined by `và`, `hay` or `hoặc` to a person's name found before or after it. */
function joinedToPerson(st: ClaimState, s: number): boolean {
  const { toks, n, drafts } = st;
  const owner = toks.owner;
  if (s > 1 && toks.adj(s) && conjunctionAt(toks, s - 1) && owner[s - 2] !== -1 && drafts[owner[s - 2]].type === 'person' && drafts[owner[s - 2]].t1 === s - 1) return true;
  return s + 2 < n && toks.adj(s + 1) && conjunctionAt(toks, s + 1) && toks.adj(s + 2) && owner[s + 2] !== -1 && drafts[owner[s + 2]].type === 'person' && drafts[owner[s + 2]].t0 === s + 2;
}

/** Token k is `và`, `hay` or `hoặc`, one space after the token before. (A function: a closure made for each word asked cost an allocation.) */
function conjunctionAt(toks: Toks, k: number): boolean {
  return toks.adj(k) && (toks.k[k] === 'và' || toks.k[k] === 'hay' || toks.k[k] === 'hoặc');
}

/**
 * Token s is a role and its player, or a player and the role, one of them in brackets: `Thành (Mạnh
 * Trường)`, `Phương Oanh (Mai)` — the other side two to four free capitalised words, alone in the
 * brackets or right before them.
 */
function castPair(st: ClaimState, s: number): boolean {
  const { text, toks, n } = st;
  // `Thành (Mạnh Trường)`
  if (s + 2 < n && bracketGap(text, toks.e[s], toks.s[s + 1])) {
    let q = s + 1;
    while (q < n && q - s <= 4 && castFree(st, q) && (q === s + 1 || toks.adj(q))) q++;
    if (q - (s + 1) >= 2 && q - (s + 1) <= 4 && text.charCodeAt(toks.e[q - 1]) === 0x29) return true;
  }
  // `Phương Oanh (Mai)`
  if (s > 1 && bracketGap(text, toks.e[s - 1], toks.s[s]) && text.charCodeAt(toks.e[s]) === 0x29) {
    let q = s - 1;
    while (q >= 0 && s - 1 - q < 4 && castFree(st, q) && (q === s - 1 || toks.adj(q + 1))) q--;
    const len = s - 1 - q;
    if (len >= 2 && len <= 4 && !(q >= 0 && toks.adj(q + 1) && toks.cap(q))) return true;
  }
  return false;
}

/** text[a, b) is `(` or ` (` (what `/^ ?\($/` asks of the slice; castPair asks it of most capitalised words). */
function bracketGap(text: string, a: number, b: number): boolean {
  if (b - a === 1) return text.charCodeAt(a) === 0x28;
  return b - a === 2 && text.charCodeAt(a) === 0x20 && text.charCodeAt(a + 1) === 0x28;
}

/** Token q may be a side of castPair's pair: a free capitalised word (or a person's), not in capitals, a title or an excluded zone. */
function castFree(st: ClaimState, q: number): boolean {
  const { toks, n } = st;
  return q >= 0 && q < n && toks.cap(q) && !toks.allCaps(q) && (toks.owner[q] === -1 || st.drafts[toks.owner[q]].type === 'person') && !toks.inTitle(q) && !toks.excluded(q);
}

/** An age in brackets follows the word that ends at e (`Timothy (9 tuổi)`). */
function agedNext(text: string, e: number): boolean {
  let p = e;
  if (text.charCodeAt(p) === 0x20) p++;
  if (text.charCodeAt(p) !== 0x28) return false;
  let q = p + 1;
  while (q < text.length && q - p <= 3 && text.charCodeAt(q) >= 0x30 && text.charCodeAt(q) <= 0x39) q++;
  return q > p + 1 && text.startsWith(' tuổi', q);
}

/** A verb of saying (speechVerbs) follows token s, joined by single spaces. */
function saysNext(w: Words, toks: Toks, n: number, s: number): boolean {
  if (s + 1 >= n || !toks.adj(s + 1) || toks.cap(s + 1) || !toks.speech(s + 1)) return false;
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
