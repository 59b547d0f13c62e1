// Runs of two to four capitalised words left over, typed by their shape: a foreign run ending
// in a company, club or outlet word, or starting with a club prefix, is an organisation
// (`Vietnam Airlines`, `FC Barcelona`); one ending in a place word is a place (`Hyde Park`);
// one ending in an event or product word is no mention (`Premier League`); a Vietnamese run
// after a place preposition (`tại Sa Pa`) or a direction (`Tây Nguyên`) is a place; any other
// run is a person (`Kiatisak Senamuang`), unless a cue word before it says otherwise (cues.yaml:
// `Theo Daily Mail` an organisation, `tại Costa Rica` a place, `tàu Ever Given` nothing), or it
// is an item of a list of places (`Siem Reap, Preah Sihanouk`) or a street after its number (`87 Mã Mây`). Not a name: a year of the sexagenary cycle (`Bính
// Ngọ`), a document's title (`Luật Biển`), a sentence's first word plus one capital, a run opened
// by `The` (`The Voice`), an organisation head cut before its lower-case end (`Viện Kiểm sát`). Only with
// `discover`; the last pass that guesses, after oneSense and acronyms. A run the article quotes
// somewhere (`'Gossip Girl'`) is a work's title wherever it stands; a sentence's opener and one
// capital is a name only if the article never writes the opener in lower case (`Bánh Trung thu`)
// or it labels an answer (`Trung Đinh: …`); an organisation's run nests the places it holds (`Real Madrid`).
// A Vietnamese run opened by a place head is that place (`Cầu Giẽ`, `Bãi Bàng`); in a football report
// a foreign run ending in a club's last word is the club (`Man City`, `Aston Villa`: clubTails), its
// town nested when that word is a place's (`Stoke City`); a photo credit's initials (`Ảnh: Đ.T`) and
// the capitals opening a short quoted title (`“Hoa Ban trắng nở”`) are no name, nor a foreign run with
// a model number after it (`Asus ZenFone 4`: a product).
// Lists: heavenlyStems, earthlyBranches, documentWords, notNames (not-names.yaml); familyNames;
// placePrepositions, directions, directionTails (place-heads.yaml); orgSuffixes, orgPrefixes,
// notPersonTails, placeTails, clubTails and the company-word lists (foreign-names.yaml); placeHeads (place-heads.yaml); the cues (cues.yaml);
// orgHeads (organisation-heads.yaml).

import type { GazetteerMatch } from '../gazetteer';
import type { EntityType } from '../types';
import { WORLD_CITY, creditBefore, cueBefore, forEachCapitalisedRun, isFootballReport, listedWithPlace, runEnd, writesInLowerCase, type ClaimState } from './claims';
import { hasKeys, keysOf } from './tokens';
import { looksLikeCompanyWord } from './words';

export function capitalisedRuns(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, words: w } = st;
  // The runs the article quotes somewhere (`'Gossip Girl'`): a work's title wherever it stands.
  const titles = quotedRuns(st);
  forEachCapitalisedRun(st, (s, end, i) => {
    const len = end - s;
    if (len === 1) return; // acronyms.ts
    const key = toks.k;
    const uk = key[s];
    if (len === 2 && w.stems.has(uk) && w.branches.has(key[s + 1])) return; // A year of the sexagenary cycle (`Bính Ngọ`, `Kỷ Hợi`), not a name.
    // The title of a law or treaty (`Luật Biển`, `Công ước Viên`): not a person or a place.
    if (w.documentWords.has(uk) || (s + 1 < end && hasKeys(w.documentWords, toks, s, s + 2))) return;
    // A sentence opener plus one capital (`Tường Vy (T/H)`, `Chung và Xuân …`) is a name only if the article
    // never writes the opener in lower case (`Bánh Trung`, `Chùa Hương`, `Việc Real`: a common word first),
    // or it labels what someone says in an interview (`Trung Đinh: Đầu tiên là …`).
    if (toks.sent(s) && s === i && !toks.family(s) && len === 2 && toks.syllable(s) && text.charCodeAt(toks.e[end - 1]) !== 0x3a && writesInLowerCase(text, toks, s)) return;
    if (len > 4) return;
    // `Viện Kiểm sát`, `Ban Quản lý`: an organisation head whose last word is in lower case names nothing by itself.
    const oh = (toks.heads[s] & w.headBits) === 0 ? 0 : w.orgHead.match(toks, s);
    if (oh > len) {
      st.claim({ t0: s, t1: s + oh, start: toks.s[s], end: toks.e[s + oh - 1], type: 'organization', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    // No word in capitals but an initial.
    let initials = true;
    for (let q = s; q < end; q++) {
      if (toks.allCaps(q) && key[q].length !== 1) return;
      initials &&= key[q].length === 1;
    }
    // `Ảnh: Đ.T`, `(Nguồn: N.X)`: a photographer's or a writer's initials, not a name to show.
    if (initials && creditBefore(text, toks.s[s])) {
      st.claim({ t0: s, t1: end, start: toks.s[s], end: toks.e[end - 1], type: 'person', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    const prev = s > 0 && toks.adj(s) ? s - 1 : -1;
    const placeContext = prev !== -1 && !toks.cap(prev) && toks.placePrep(prev);
    let vietnamese = true;
    for (let q = s; q < end && vietnamese; q++) vietnamese = toks.syllable(q);
    // `miền Trung`-like directions: `Nam Bộ`, `Tây Bắc`.
    const direction = len === 2 && toks.direction(s) && w.directionTails.has(key[s + 1]);
    const lastK = key[end - 1];
    // `Premier League`, `Samsung Pay`, `Song Festival`: an event or a product.
    if (!vietnamese && w.notPersonTails.has(lastK)) return;
    const placeShape = !vietnamese && w.placeTails.has(lastK);
    const orgShape = !vietnamese && !placeShape && (w.orgSuffixes.has(lastK) || w.orgPrefixes.has(uk) || looksLikeCompanyWord(toks, s));
    const cue = cueBefore(st, s);
    // `The Voice`, `The Blues`: a run opened by the English article is a title or a nickname, never a person's name.
    if (uk === 'the' && !orgShape && !placeShape && cue !== 'organization') return;
    if (cue === 'none' || titles?.has(keysOf(toks, s, end)) || (end < st.n && toks.adj(end) && !toks.cap(end) && quotedTitleAt(text, toks.s[s], toks.e[end - 1]))) {
      // `tàu Ever Given`, `phim Bố Già`: a ship, a film, a product.
      st.claim({ t0: s, t1: end, start: toks.s[s], end: toks.e[end - 1], type: 'organization', entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    // `Cầu Giẽ`, `Vũng Tàu`, `Đèo Cả`, `Bãi Bàng`: a Vietnamese run opened by a place head (not a family name) is the place's own name.
    const headedPlace = vietnamese && !toks.family(s) && (toks.heads[s] & w.placeHead.bit) !== 0 && w.placeHead.match(toks, s) === 1;
    // `Man City`, `Aston Villa`, `Crystal Palace`: in a football report, a foreign run with a club's last word is the club.
    const club = !vietnamese && !orgShape && w.clubTails.has(lastK) && isFootballReport(st);
    let type: EntityType = orgShape || club ? 'organization' : (placeContext && vietnamese) || direction || placeShape || headedPlace ? 'place' : 'person';
    // `Theo Daily Mail`, `tổ chức Human Rights Watch`: an organisation, unless a Vietnamese name; `tại Costa Rica`: a place.
    if (type === 'person' && cue === 'organization' && !(vietnamese && toks.family(s))) type = 'organization';
    else if (type === 'person' && cue === 'place') type = 'place';
    // `Siem Reap, Preah Sihanouk, Battambang`, `87 Mã Mây`: an item of a list of places, a street after its number.
    else if (type === 'person' && (listedWithPlace(st, s, end) || (s > 0 && toks.adj(s) && toks.digit(s - 1) && toks.owner[s - 1] === -1))) type = 'place';
    if (type === 'person' && !vietnamese && end < st.n && toks.adj(end) && toks.digit(end)) {
      // `Asus ZenFone 4`, `Qualcomm Snapdragon 430`: a foreign run with a model number after it is a product.
      st.claim({ t0: s, t1: end, start: toks.s[s], end: toks.e[end - 1], type, entityId: null, source: 'capitalised', dropped: true });
      return;
    }
    st.claim({ t0: s, t1: end, start: toks.s[s], end: toks.e[end - 1], type, entityId: null, source: 'capitalised', name: text.slice(toks.s[s], toks.e[end - 1]) });
    if (type === 'organization') nestPlaces(st, s, end);
    if (club && placeShape && len > 1) {
      // `Man City`, `Stoke City`: a club named `… City` or `… County` is named after its town, nested (as VLSP tags it).
      const ps = toks.s[s];
      const pe = toks.e[end - 2];
      if (!st.drafts.some((d) => d.nested && d.start === ps)) st.nest({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'capitalised', nested: true, name: text.slice(ps, pe) });
    }
  });
}

/** The gazetteer's match is a place. (One function: a closure made at each word of nestPlaces cost an allocation.) */
const isPlaceMatch = (m: GazetteerMatch): boolean => m.type === 'place';

/**
 * `Real Madrid`, `Atletico Madrid`, `Vietnam Airlines`: the places a club's or a company's name
 * holds (the registry's, ICU's countries, the world-cities list) are nested in it, as VLSP tags them.
 */
export function nestPlaces(st: ClaimState, s: number, end: number): void {
  const { text, toks } = st;
  const gazetteer = st.names.gazetteer;
  const stop = toks.e[end - 1];
  for (let q = s; q < end; q++) {
    const m = gazetteer.longestAt(text, toks.s[q], stop, isPlaceMatch);
    if (!m || (q === s && m.end === stop)) continue;
    const last = st.tokEndingAt(m.end);
    if (last === undefined || last >= end) continue;
    const entityId = m.entityId.startsWith(WORLD_CITY) ? null : m.entityId.startsWith('icu:') ? (st.names.icuIds.get(m.entityId) ?? null) : m.entityId;
    st.nest({ t0: -1, t1: -1, start: m.start, end: m.end, type: 'place', entityId, source: entityId ? 'registry' : 'capitalised', nested: true, name: text.slice(m.start, m.end) });
    q = last;
  }
}

/** The keys of the free capitalised runs of two words or more the article puts between quotation marks. */
function quotedRuns(st: ClaimState): Set<string> | undefined {
  const { text, toks } = st;
  let out: Set<string> | undefined;
  // (The capitalised tokens right after an opening quotation mark: a few in ten words, where
  // searching the text for each of the marks read it five times.)
  for (let c = 0; c < toks.capCount; c++) {
    const s = toks.caps[c];
    const at = toks.s[s] - 1;
    if (at < 0 || IS_OPEN_QUOTE[text.charCodeAt(at)] !== 1 || toks.owner[s] !== -1 || toks.excluded(s) || toks.inTitle(s)) continue;
    const end = runEnd(st, s);
    if (end - s > 1 && quoted(text, toks.s[s], toks.e[end - 1])) (out ??= new Set()).add(keysOf(toks, s, end));
  }
  return out;
}

const OPEN_QUOTES = '"\'“‘«';
/** 1 where a code unit is one of OPEN_QUOTES (the passes ask it of the character before most capitalised words). */
const IS_OPEN_QUOTE = new Uint8Array(65536);
for (let q = 0; q < OPEN_QUOTES.length; q++) IS_OPEN_QUOTE[OPEN_QUOTES.charCodeAt(q)] = 1;
const CLOSE_QUOTES = '"\'”’»';

/**
 * A short title in quotation marks opens at start and goes on in lower case after the name-like word
 * that ends at end (`'Cuội khờ'`, `“Hoa ngàn Việt Bắc”`): two to six words, no punctuation inside.
 */
export function quotedTitleAt(text: string, start: number, end: number): boolean {
  if (start === 0 || IS_OPEN_QUOTE[text.charCodeAt(start - 1)] !== 1) return false;
  let words = 1;
  for (let p = end; p < text.length && p - end < 60; p++) {
    const c = text[p];
    if (CLOSE_QUOTES.includes(c)) return words >= 2 && p > end;
    if (c === ' ') words++;
    else if (/[.,:;!?()\n"“”]/.test(c) || words > 6) return false;
  }
  return false;
}

/** text[start, end) stands between quotation marks (`'Gossip Girl'`, `“Bố Già”`): the title of a work, not a name. */
export function quoted(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && IS_OPEN_QUOTE[text.charCodeAt(start - 1)] === 1 && CLOSE_QUOTES.includes(text[end]);
}
