// Registry names and ICU country names (longest match): every name and alias of the registry
// (people, organisations, places, sectors, events), every country ICU names in Vietnamese, and the
// world's large cities and capitals (world-cities.yaml: unknown places, source `gazetteer`).
// Runs right after titles, before any rule that guesses: a known name is the strongest
// evidence there is. Context vetoes a place or person name that is part of a longer
// capitalised name (`Nguyễn Thị Nga`) or a given name (`Anh Tuấn`), and a sector word inside
// a capitalised name (`Tập đoàn Dầu khí`). With `discover: false`, ICU-only names are left out.
// A country after a word that makes it a nationality or a language (`người Pháp`, `tiếng Anh`) is
// no mention: its tokens are claimed by a dropped draft. With `discover`, two country syllables
// joined by a dash are two countries (`quan hệ Việt - Mỹ`, `hợp tác Việt - Nhật`). A place right
// before a year names an event (`Hoa hậu Đại dương Việt Nam 2017`: dropped); a place glued to a
// dot before it or, in capitals, to a hyphenated word after it is part of a domain or a compound
// (`VOV.VN`, `VN-Index`: no match); one with a plus sign after it is an outlet (`Vietnam+`). In a
// football report a registry province or city is its club (`Bình Dương thắng Hải Phòng`), with
// the sponsor's words before it (`B. Bình Dương`), unless a preposition or a place head says place.
// Lists: ambiguousSyllables, familyNames (person-names.yaml); countryShortNames (country-short-names.yaml);
// nationalityWords (not-names.yaml); stopWords (stop-words.yaml) and placePrepositions (place-heads.yaml:
// a sentence's first word that is one of these is no part of the name after it); worldCities (world-cities.yaml);
// celestialBodies (celestial-bodies.yaml); splitWords (compounds.yaml: a one-syllable place that opens a
// common word, `Ý tưởng`, is no place); notPersonTails (foreign-names.yaml: `Tokyo Motor Show` names an event); footballWords (cues.yaml: in a football report a city of the
// list, or a province or city of the registry, is its club); placeCues (cues.yaml); placeHeads (place-heads.yaml).

import type { Gazetteer, GazetteerMatch } from '../gazetteer';
import type { EntityMention } from '../types';
import { MatchTokens, WORLD_CITY, cueBefore, isFootballReport, type ClaimState } from './claims';
import { ADJ, ALL_CAPS, AGE_TEAM, CAP, EXCLUDED, isHonorificTail } from './tokens';
import { editedMatches } from './editedMatches';

export function registryNames(st: ClaimState): void {
  const { text, toks, n, words: w, discover } = st;
  const { gazetteer, icuIds } = st.names;
  const kinds = patternKinds(gazetteer);
  // (The matches come in text order, to accept and then from the scan.)
  const accepted = new MatchTokens(toks);
  const accept = (m: GazetteerMatch): boolean => {
    if (!accepted.find(m.start, m.end)) return true;
    const i = accepted.first;
    const j = accepted.last;
    if (toks.excluded(i)) return false;
    if (m.type === 'sector' || m.type === 'event') {
      // A sector word inside a capitalised name is part of that name (`Tập đoàn Dầu khí`).
      return !(toks.cap(i) && !toks.sent(i) && i > 0 && toks.adj(i) && toks.cap(i - 1) && !toks.inTitle(i - 1));
    }
    // `VOV.VN`, `VN-Index`: a site's domain, a compound with a hyphen; no place.
    if (m.type === 'place' && ((m.start > 0 && text.charCodeAt(m.start - 1) === 0x2e) || (toks.allCaps(j) && text.charCodeAt(m.end) === 0x2d && /\p{L}/u.test(text[m.end + 1] ?? '')))) return false;
    if (kinds[m.pattern] === CITY) {
      // A city of the list inside a longer capitalised name (`Paris Saint-Germain`, `Santiago Bernabéu`) is not that city.
      const l = i > 0 && toks.adj(i) ? i - 1 : -1;
      const r = j + 1 < n && (toks.adj(j + 1) || toks.hyph(j + 1)) ? j + 1 : -1;
      if ((l !== -1 && toks.cap(l) && !toks.inTitle(l) && !toks.sent(l)) || (r !== -1 && toks.cap(r) && !toks.inTitle(r))) return false;
    }
    if (i !== j) return true;
    if (m.type !== 'place' && m.type !== 'person') return true;
    const k = toks.k;
    // The tokens right before and after, joined by one space, or -1.
    const left = i > 0 && toks.adj(i) ? i - 1 : -1;
    const right = i + 1 < n && toks.adj(i + 1) ? i + 1 : -1;
    const rightCap = right !== -1 && toks.cap(right);
    // A pronoun opening a sentence (`Anh đã…`), not the country.
    if (toks.sent(i) && toks.hasTitle(i) && toks.honorific(i) && !rightCap) return false;
    // Part of a longer capitalised name on the left: `Nguyễn Thị Nga`; not a sentence's first word that is no name (`Ở Mỹ`, `Phía Pháp`).
    const opener = left !== -1 && toks.sent(left) && (toks.stop(left) || toks.placePrep(left)) && !rightCap;
    if (left !== -1 && toks.cap(left) && !toks.inTitle(left) && !opener && !(toks.allCaps(left) && k[left].length > 1 && toks.allCaps(i)) && !AGE_TEAM.test(k[left])) return false;
    // A given-name syllable followed by another capitalised syllable, with no title slot before it: `Anh Tuấn`.
    if (rightCap && !toks.inTitle(right) && w.ambiguous.has(k[i]) && !toks.allCaps(right)) {
      const afterTitle = left !== -1 && toks.inTitle(left) && !isHonorificTail(toks, i - 1);
      const afterSlotWord = left !== -1 && !toks.cap(left) && !toks.inTitle(left);
      if (!afterTitle && !afterSlotWord) return false;
      if (afterSlotWord && toks.family(right)) return false;
      // `Ca sĩ Anh Thơ`: after a title, a Vietnamese given name goes on (a country's slot holds a foreign name: `Thủ tướng Anh Theresa May`).
      if (afterTitle && toks.syllable(right) && !toks.family(right)) return false;
    }
    // `ông Đức nói`, `cô Nga`: after an honorific, a given name.
    if (left !== -1 && toks.inTitle(left) && !toks.cap(left) && isHonorificTail(toks, i - 1) && w.ambiguous.has(k[i]) && !rightCap) return false;
    return true;
  };
  // (gazetteer.scan(text, 0, text.length, accept), from the words the tokenizer found and walked.)
  const found = new MatchTokens(toks);
  for (const m of st.edited ? editedMatches(st, accept) : gazetteer.scanWords(text, toks.scanWords(), accept)) {
    if (!found.find(m.start, m.end)) continue;
    const i = found.first;
    const j = found.last;
    let entityId: string | null = m.entityId;
    let source: EntityMention['source'] = 'registry';
    const kind = kinds[m.pattern];
    if (kind === ICU) {
      entityId = icuIds.get(m.entityId) ?? null;
      source = entityId ? 'registry' : 'icu';
    } else if (kind === CITY) {
      entityId = null;
      source = 'gazetteer';
      // In a football report, `Liverpool`, `Barcelona`: the club.
      if (isFootballReport(st)) {
        st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: 'organization', entityId, source, name: text.slice(m.start, m.end) });
        continue;
      }
    }
    if (discover && entityId !== null && m.type === 'place' && st.names.localityIds.has(entityId) && toks.cap(i) && isFootballReport(st)) {
      // In a football report, `Bình Dương thắng Hải Phòng 2-0`: a province or a city names its club; so does
      // it after its sponsor's name (`B. Bình Dương`, `Than Quảng Ninh`), which the club's name takes in.
      const a = sponsorStart(st, i);
      if (a < i ? !(j + 1 < n && toks.adj(j + 1) && (toks.cap(j + 1) || toks.allCaps(j + 1))) : clubContext(st, i, j + 1)) {
        const start = toks.s[a];
        st.claim({ t0: a, t1: j + 1, start, end: m.end, type: 'organization', entityId: null, source, name: text.slice(start, m.end) });
        continue;
      }
    }
    if (discover && m.type === 'place' && text.charCodeAt(m.end) === 0x2b && (m.end + 1 === text.length || !/[\p{L}\d]/u.test(text[m.end + 1]))) {
      // `Vietnam+`: an outlet named with a plus sign, no place (VLSP nests none in it).
      st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end + 1, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(m.start, m.end + 1) });
      continue;
    }
    if (m.type === 'place' && j + 1 < n && toks.adj(j + 1) && isYear(text, toks.s[j + 1], toks.e[j + 1]) && !(i > 0 && toks.adj(i) && toks.placePrep(i - 1))) {
      // `Hoa hậu Đại dương Việt Nam 2017`, `Giải U16 châu Á 2018`: the place names an event of that year, not the place.
      st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, dropped: true });
      continue;
    }
    if (discover && m.type === 'place' && eventAfter(st, j + 1)) {
      // `Asia Song Festival`, `Tokyo Motor Show`, `Hanoi Free Walking Tour`: the place opens the name of an event or a product, no place.
      st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, dropped: true });
      continue;
    }
    if (m.type === 'place' && i === j && j + 1 < n && toks.adj(j + 1) && !toks.cap(j + 1) && !toks.allCaps(j + 1) && w.splitWords.has(toks.k[i], toks.k[j + 1])) {
      // `Ý tưởng …`, `Áo phông …`, `dạy Mỹ thuật`: a one-syllable place that is the first half of a common word is that word.
      st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, dropped: true });
      continue;
    }
    if (!discover && entityId === null) continue;
    if (m.type === 'place' && i > 0 && toks.adj(i) && (!toks.cap(i - 1) || toks.sent(i - 1)) && w.nationalityWords.has(toks.k[i - 1])) {
      if (kind === ICU || (entityId !== null && st.names.countryIds.has(entityId))) {
        // `người Pháp`, `tiếng Anh`: a nationality or a language.
        st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, dropped: true });
        continue;
      }
    }
    st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, name: entityId === null ? text.slice(m.start, m.end) : undefined });
  }
  if (discover) pairedCountries(st);
}

/** Gazetteer patterns of ICU's country names (`icu:XX`) and of the world's cities (`city:Name`), by patternKinds. */
const ICU = 1;
const CITY = 2;

/** Per pattern of the gazetteer, ICU, CITY or 0 (a registry name), from its id: asked of most matches. */
function patternKinds(gazetteer: Gazetteer): Uint8Array {
  let kinds = kindsOf.get(gazetteer);
  if (!kinds) {
    kinds = Uint8Array.from(gazetteer.patterns, (p) => (p.entityId.startsWith('icu:') ? ICU : p.entityId.startsWith(WORLD_CITY) ? CITY : 0));
    kindsOf.set(gazetteer, kinds);
  }
  return kinds;
}

const kindsOf = new WeakMap<Gazetteer, Uint8Array>();

// Countries by the one syllable a compound gives them (`quan hệ Việt - Mỹ`, `hợp tác Việt - Nhật`,
// `biên giới Việt-Trung`), keyed as tokens are (lower case, tone placement folded), with their ISO codes.
// Alone most of them are other words or given names (`Trung`, `Hàn`, `Việt`); only a pair says country.
// A small constant list for now (the lexicon's countryShortNames are matched everywhere, alone too).
const PAIRED_COUNTRIES = new Map<string, string>([
  ['việt', 'VN'], ['mỹ', 'US'], ['nhật', 'JP'], ['trung', 'CN'], ['hàn', 'KR'], ['triều', 'KP'], ['nga', 'RU'],
  ['lào', 'LA'], ['campuchia', 'KH'], ['miên', 'KH'], ['thái', 'TH'], ['pháp', 'FR'], ['đức', 'DE'], ['anh', 'GB'],
  ['úc', 'AU'], ['ấn', 'IN'], ['ý', 'IT'], ['singapore', 'SG'], ['cuba', 'CU'], ['séc', 'CZ'], ['bỉ', 'BE'],
]);

/** Two country syllables joined by a dash (`Việt - Mỹ`, `Việt-Trung`): each a country, the article's own or ICU's. */
function pairedCountries(st: ClaimState): void {
  const { text, toks, n, drafts } = st;
  const { s, e, owner, flags } = toks;
  const place = (i: number, iso: string) => {
    if (owner[i] !== -1) return;
    const entityId = st.names.icuIds.get(`icu:${iso}`) ?? null;
    st.claim({ t0: i, t1: i + 1, start: s[i], end: e[i], type: 'place', entityId, source: entityId ? 'registry' : 'icu', name: entityId === null ? text.slice(s[i], e[i]) : undefined });
  };
  // Token i is taken by a draft that is more than a country.
  const other = (i: number) => owner[i] !== -1 && (drafts[owner[i]].type !== 'place' || drafts[owner[i]].t1 - drafts[owner[i]].t0 > 1);
  // (The capitalised tokens.)
  for (let c = 0; c < toks.capCount; c++) {
    const i = toks.caps[c];
    if (i + 1 >= n) break;
    const a = i;
    const b = i + 1;
    if ((flags[a] & (CAP | ALL_CAPS | EXCLUDED)) !== CAP || (flags[b] & (CAP | ALL_CAPS | EXCLUDED)) !== CAP) continue;
    // (Two words one space apart, or an initial's dot, have no dash between them.)
    if ((flags[b] & ADJ) !== 0 || !dashBetween(text, e[a], s[b])) continue;
    const isoA = PAIRED_COUNTRIES.get(toks.k[a]);
    if (!isoA) continue;
    const isoB = PAIRED_COUNTRIES.get(toks.k[b]);
    if (!isoB || isoA === isoB) continue;
    if (!/^\s*[-–]\s*$/.test(text.slice(e[a], s[b]))) continue;
    // Not the end of a longer capitalised name (`Hoàng Anh - Đức`), nor a token someone else took for more than a country.
    if (i > 0 && toks.adj(a) && toks.cap(i - 1) && !toks.inTitle(i - 1) && !toks.sent(i - 1)) continue;
    if (other(a) || other(b)) continue;
    place(i, isoA);
    place(i + 1, isoB);
  }
}

/** text[a, b) holds a dash (`-` or `–`), which the gap between two paired countries needs. */
function dashBetween(text: string, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x2d || c === 0x2013) return true;
  }
  return false;
}

/**
 * The locality [i, end) of a football report stands where a club does: not after a place
 * preposition or cue (`tại Hà Nội`, `đến Hải Phòng`), a place head (`tỉnh`, `TP`) or a
 * nationality word (`người Hà Nội`); not before an organisation's last word (`Quảng Nam FC`,
 * which placeThenSuffix takes whole) or inside a longer capitalised name. After a title it is
 * the club of a player or a coach (`các cầu thủ Quảng Nam`).
 */
function clubContext(st: ClaimState, i: number, end: number): boolean {
  const { toks, n, words: w } = st;
  if (i > 0 && toks.adj(i)) {
    const l = i - 1;
    if (toks.cap(l) && !toks.sent(l) && !toks.inTitle(l)) return false;
    const k = toks.k[l];
    if (toks.placePrep(l) || w.nationalityWords.has(k) || cueBefore(st, i) === 'place') return false;
    if (w.placeHead.match(toks, l) === 1 || (l > 0 && toks.adj(l) && w.placeHead.match(toks, l - 1) === 2)) return false;
  }
  if (end < n && toks.adj(end) && (toks.cap(end) || toks.allCaps(end))) return false;
  return true;
}

/**
 * Where a club's name starts that one or two capitalised words before the locality at i make
 * (`B. Bình Dương`, `Than Quảng Ninh`, `SHB Đà Nẵng`): joined by a space or an initial's dot, free,
 * no title; i when there are none.
 */
function sponsorStart(st: ClaimState, i: number): number {
  const { toks } = st;
  let a = i;
  while (a > 0 && i - a < 2 && (toks.adj(a) || toks.initial(a - 1)) && (toks.cap(a - 1) || toks.allCaps(a - 1)) && toks.owner[a - 1] === -1 && !toks.inTitle(a - 1) && !toks.excluded(a - 1)) {
    a--;
    if (toks.sent(a)) break;
  }
  // (A sentence's first word that is no name, `Trận B. Bình Dương …`, is no part of it.)
  while (a < i && toks.sent(a) && toks.notName(a)) a++;
  return a;
}

/** text[s, e) is a year of the last two centuries (`2017`). */
function isYear(text: string, s: number, e: number): boolean {
  if (e - s !== 4) return false;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  if (!((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30))) return false;
  const c = text.charCodeAt(s + 2);
  const d = text.charCodeAt(s + 3);
  // (Not a date's or a range's first part: `2017/2018`, `2017-2018`.)
  return c >= 0x30 && c <= 0x39 && d >= 0x30 && d <= 0x39 && (e === text.length || (text[e] !== '/' && text[e] !== '-'));
}

/**
 * One to three capitalised words start at token a, joined by single spaces, the last an
 * event's or a product's last word (notPersonTails: `Song Festival`, `Motor Show`, `Walking Tour`).
 */
function eventAfter(st: ClaimState, a: number): boolean {
  const { toks, n, words: w } = st;
  let q = a;
  while (q < n && q - a < 3 && toks.adj(q) && (toks.cap(q) || toks.allCaps(q)) && toks.owner[q] === -1 && !toks.inTitle(q)) {
    if (w.notPersonTails.has(toks.k[q]) && !(q + 1 < n && toks.adj(q + 1) && (toks.cap(q + 1) || toks.allCaps(q + 1)))) return true;
    q++;
  }
  return false;
}
