// Registry names and ICU country names (longest match): every name and alias of the registry
// (people, organisations, places, sectors, events), every country ICU names in Vietnamese, and the
// world's large cities and capitals (world-cities.yaml: unknown places, source `gazetteer`).
// Runs right after titles, before any rule that guesses: a known name is the strongest
// evidence there is. Context vetoes a place or person name that is part of a longer
// capitalised name (`Nguyễn Thị Nga`) or a given name (`Anh Tuấn`), and a sector word inside
// a capitalised name (`Tập đoàn Dầu khí`). With `discover: false`, ICU-only names are left out.
// A country after a word that makes it a nationality or a language (`người Pháp`, `tiếng Anh`) is
// no mention: its tokens are claimed by a dropped draft. With `discover`, two country syllables
// joined by a dash are two countries (`quan hệ Việt - Mỹ`, `hợp tác Việt - Nhật`).
// Lists: ambiguousSyllables, familyNames (person-names.yaml); countryShortNames (country-short-names.yaml);
// nationalityWords (not-names.yaml); stopWords (stop-words.yaml) and placePrepositions (place-heads.yaml:
// a sentence's first word that is one of these is no part of the name after it); worldCities (world-cities.yaml); footballWords (cues.yaml: in a
// football report a city of the list is its club).

import type { GazetteerMatch } from '../gazetteer';
import type { EntityMention } from '../types';
import { WORLD_CITY, type ClaimState } from './claims';
import { AGE_TEAM, isHonorificTail, isVietnameseSyllable } from './tokens';

export function registryNames(st: ClaimState): void {
  const { text, toks, n, words: w, discover } = st;
  const { gazetteer, icuIds } = st.names;
  const accept = (m: GazetteerMatch): boolean => {
    const i = st.tokAt(m.start);
    const j = st.tokEndingAt(m.end);
    if (i === undefined || j === undefined) return true;
    if (toks[i].excluded) return false;
    if (m.type === 'sector' || m.type === 'event') {
      // A sector word inside a capitalised name is part of that name (`Tập đoàn Dầu khí`).
      return !(toks[i].cap && !toks[i].sent && i > 0 && toks[i].adj && toks[i - 1].cap && !toks[i - 1].inTitle);
    }
    if (m.entityId.startsWith(WORLD_CITY)) {
      // A city of the list inside a longer capitalised name (`Paris Saint-Germain`, `Santiago Bernabéu`) is not that city.
      const l = i > 0 && toks[i].adj ? toks[i - 1] : undefined;
      const r = j + 1 < n && (toks[j + 1].adj || toks[j + 1].hyph) ? toks[j + 1] : undefined;
      if ((l && l.cap && !l.inTitle && !l.sent) || (r && r.cap && !r.inTitle)) return false;
    }
    if (i !== j) return true;
    const t = toks[i];
    if (m.type !== 'place' && m.type !== 'person') return true;
    const left = i > 0 && t.adj ? toks[i - 1] : undefined;
    const right = i + 1 < n && toks[i + 1].adj ? toks[i + 1] : undefined;
    // A pronoun opening a sentence (`Anh đã…`), not the country.
    if (t.sent && t.title?.honorific && (!right || !right.cap)) return false;
    // Part of a longer capitalised name on the left: `Nguyễn Thị Nga`; not a sentence's first word that is no name (`Ở Mỹ`, `Phía Pháp`).
    const opener = left !== undefined && left.sent && (w.stop.has(left.k) || w.placePreps.has(left.k)) && !(right && right.cap);
    if (left && left.cap && !left.inTitle && !opener && !(left.allCaps && left.k.length > 1 && t.allCaps) && !AGE_TEAM.test(left.k)) return false;
    // A given-name syllable followed by another capitalised syllable, with no title slot before it: `Anh Tuấn`.
    if (right && right.cap && !right.inTitle && w.ambiguous.has(t.k) && !right.allCaps) {
      const afterTitle = left !== undefined && left.inTitle && !isHonorificTail(toks, i - 1);
      const afterSlotWord = left !== undefined && !left.cap && !left.inTitle;
      if (!afterTitle && !afterSlotWord) return false;
      if (afterSlotWord && w.family.has(right.k)) return false;
      // `Ca sĩ Anh Thơ`: after a title, a Vietnamese given name goes on (a country's slot holds a foreign name: `Thủ tướng Anh Theresa May`).
      if (afterTitle && isVietnameseSyllable(right.k) && !w.family.has(right.k)) return false;
    }
    // `ông Đức nói`, `cô Nga`: after an honorific, a given name.
    if (left && left.inTitle && !left.cap && isHonorificTail(toks, i - 1) && w.ambiguous.has(t.k) && !(right && right.cap)) return false;
    return true;
  };
  let football: boolean | undefined;
  for (const m of gazetteer.scan(text, 0, text.length, accept)) {
    const i = st.tokAt(m.start);
    const j = st.tokEndingAt(m.end);
    if (i === undefined || j === undefined) continue;
    let entityId: string | null = m.entityId;
    let source: EntityMention['source'] = 'registry';
    if (m.entityId.startsWith('icu:')) {
      entityId = icuIds.get(m.entityId) ?? null;
      source = entityId ? 'registry' : 'icu';
    } else if (m.entityId.startsWith(WORLD_CITY)) {
      entityId = null;
      source = 'gazetteer';
      // In a football report, `Liverpool`, `Barcelona`: the club.
      football ??= isFootballReport(st);
      if (football) {
        st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: 'organization', entityId, source, name: text.slice(m.start, m.end) });
        continue;
      }
    }
    if (!discover && entityId === null) continue;
    if (m.type === 'place' && i > 0 && toks[i].adj && !toks[i - 1].cap && w.nationalityWords.has(toks[i - 1].k)) {
      if (m.entityId.startsWith('icu:') || (entityId !== null && st.names.countryIds.has(entityId))) {
        // `người Pháp`, `tiếng Anh`: a nationality or a language.
        st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, dropped: true });
        continue;
      }
    }
    st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, name: entityId === null ? text.slice(m.start, m.end) : undefined });
  }
  if (discover) pairedCountries(st);
}

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
  const place = (i: number, iso: string) => {
    const t = toks[i];
    if (t.owner !== -1) return;
    const entityId = st.names.icuIds.get(`icu:${iso}`) ?? null;
    st.claim({ t0: i, t1: i + 1, start: t.s, end: t.e, type: 'place', entityId, source: entityId ? 'registry' : 'icu', name: entityId === null ? text.slice(t.s, t.e) : undefined });
  };
  for (let i = 0; i + 1 < n; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!a.cap || !b.cap || a.allCaps || b.allCaps || a.excluded || b.excluded) continue;
    const isoA = PAIRED_COUNTRIES.get(a.k);
    const isoB = PAIRED_COUNTRIES.get(b.k);
    if (!isoA || !isoB || isoA === isoB) continue;
    if (!/^\s*[-–]\s*$/.test(text.slice(a.e, b.s))) continue;
    // Not the end of a longer capitalised name (`Hoàng Anh - Đức`), nor a token someone else took for more than a country.
    if (i > 0 && a.adj && toks[i - 1].cap && !toks[i - 1].inTitle && !toks[i - 1].sent) continue;
    const other = (t: typeof a) => t.owner !== -1 && (drafts[t.owner].type !== 'place' || drafts[t.owner].t1 - drafts[t.owner].t0 > 1);
    if (other(a) || other(b)) continue;
    place(i, isoA);
    place(i + 1, isoB);
  }
}

/** Three football words or more (footballWords, cues.yaml) in the article. */
function isFootballReport(st: ClaimState): boolean {
  const { toks, n, words: w } = st;
  const seen = new Set<string>();
  for (let i = 0; i < n && seen.size < 3; i++) {
    const k = toks[i].k;
    if (w.footballWords.has(k)) seen.add(k);
    else if (i + 1 < n && toks[i + 1].adj) {
      const two = `${k} ${toks[i + 1].k}`;
      if (w.footballWords.has(two)) seen.add(two);
    }
  }
  return seen.size >= 3;
}
