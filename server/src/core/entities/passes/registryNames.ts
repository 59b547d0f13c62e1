// Registry names and ICU country names (longest match): every name and alias of the registry
// (people, organisations, places, sectors, events) and every country ICU names in Vietnamese.
// Runs right after titles, before any rule that guesses: a known name is the strongest
// evidence there is. Context vetoes a place or person name that is part of a longer
// capitalised name (`Nguyễn Thị Nga`) or a given name (`Anh Tuấn`), and a sector word inside
// a capitalised name (`Tập đoàn Dầu khí`). With `discover: false`, ICU-only names are left out.
// Lists: ambiguousSyllables, familyNames (person-names.yaml); countryShortNames (country-short-names.yaml).

import type { GazetteerMatch } from '../gazetteer';
import type { EntityMention } from '../types';
import type { ClaimState } from './claims';
import { AGE_TEAM, isHonorificTail } from './tokens';

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
    if (i !== j) return true;
    const t = toks[i];
    if (m.type !== 'place' && m.type !== 'person') return true;
    const left = i > 0 && t.adj ? toks[i - 1] : undefined;
    const right = i + 1 < n && toks[i + 1].adj ? toks[i + 1] : undefined;
    // A pronoun opening a sentence (`Anh đã…`), not the country.
    if (t.sent && t.title?.honorific && (!right || !right.cap)) return false;
    // Part of a longer capitalised name on the left: `Nguyễn Thị Nga`.
    if (left && left.cap && !left.inTitle && !(left.allCaps && left.k.length > 1 && t.allCaps) && !AGE_TEAM.test(left.k)) return false;
    // A given-name syllable followed by another capitalised syllable, with no title slot before it: `Anh Tuấn`.
    if (right && right.cap && !right.inTitle && w.ambiguous.has(t.k) && !right.allCaps) {
      const afterTitle = left !== undefined && left.inTitle && !isHonorificTail(toks, i - 1);
      const afterSlotWord = left !== undefined && !left.cap && !left.inTitle;
      if (!afterTitle && !afterSlotWord) return false;
      if (afterSlotWord && w.family.has(right.k)) return false;
    }
    return true;
  };
  for (const m of gazetteer.scan(text, 0, text.length, accept)) {
    const i = st.tokAt(m.start);
    const j = st.tokEndingAt(m.end);
    if (i === undefined || j === undefined) continue;
    let entityId: string | null = m.entityId;
    let source: EntityMention['source'] = 'registry';
    if (m.entityId.startsWith('icu:')) {
      entityId = icuIds.get(m.entityId) ?? null;
      source = entityId ? 'registry' : 'icu';
    }
    if (!discover && entityId === null) continue;
    st.claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, name: entityId === null ? text.slice(m.start, m.end) : undefined });
  }
}
