// Short forms of people already seen in this article: a Vietnamese person by the given name or
// the last two syllables (`ông Trung`, `Hoài Trung`), a foreign one by the surname (`Lavrov`,
// `Putin`), resolved to the full name (same key, `fullName`). A form two people share in the
// article resolves to no one; a form before its full name is not taken. People the title slot
// found by a short form (`ông Saysompheng`) join their full name too. Runs with or without
// `discover`, after every pass that finds full names, before the leftovers (which would make a
// lone capitalised syllable a person of its own); and again after the guessing passes, for the
// full names they found (`Kiatisak Senamuang` … `Senamuang`), adding only their forms.
// Lists: middleNames (person-names.yaml); notNames (not-names.yaml).

import { foldTonePlacement } from '../normalize';
import { unknownKey, type ClaimState, type Draft, type ShortForms } from './claims';
import { firstTokEndingAfter, isVietnameseSyllable, keysOf } from './tokens';

export function shortForms(st: ClaimState): void {
  const { text, toks, n, drafts, words: w } = st;
  // A second run (after the guessing passes) starts from the forms of the first and adds the new full names only.
  const memo = st.shortForms;
  const forms: ShortForms = memo?.forms ?? new Map();
  let added = 0;
  const addShort = (form: string, key: string, fullName: string, entityId: string | null, firstEnd: number) => {
    const k = foldTonePlacement(form.toLowerCase());
    const prev = forms.get(k);
    if (prev && prev.key !== key) {
      if (prev.key) added++;
      forms.set(k, { ...prev, key: '' }); // ambiguous in this article: resolve to no one
      return;
    }
    if (!prev) {
      forms.set(k, { key, fullName, entityId, firstEnd });
      added++;
      if (firstEnd < scanFrom) scanFrom = firstEnd;
    }
  };
  // A second run looks only after the first of the new full names (a form is never taken before its name).
  let scanFrom = memo ? Infinity : 0;
  const from = memo?.seen ?? 0;
  st.shortForms = { seen: drafts.length, forms };
  for (let di = from; di < drafts.length; di++) {
    const d = drafts[di];
    if (d.type !== 'person' || d.dropped || d.source === 'short-form') continue;
    const full = text.slice(d.start, d.end);
    const words = full.split(/\s+/).filter((x) => x.length > 0);
    if (words.length < 2) continue;
    const key = d.fullKey ?? d.entityId ?? unknownKey('person', full);
    const vietnamese = words.every((x) => isVietnameseSyllable(foldTonePlacement(x.toLowerCase())));
    if (vietnamese) {
      addShort(words[words.length - 1], key, full, d.entityId, d.end);
      if (words.length >= 3 && !w.middleNames.has(words[words.length - 2].toLowerCase())) addShort(words.slice(-2).join(' '), key, full, d.entityId, d.end);
    } else {
      const last = words[words.length - 1].replace(/^\p{Lu}\./u, '');
      if (last.length > 2) addShort(last, key, full, d.entityId, d.end);
    }
  }
  if (forms.size && (memo === undefined || added > 0)) {
    const shortFirstWords = new Set<string>();
    for (const form of forms.keys()) shortFirstWords.add(form.split(' ')[0]);
    // People found after an honorific by a short form (`ông Saysompheng`) join their full name.
    for (const d of drafts) {
      if (d.type !== 'person' || d.source !== 'title' || d.t1 - d.t0 > 2 || d.fullKey) continue;
      const sf = forms.get(keysOf(toks, d.t0, d.t1));
      if (!sf || !sf.key || sf.firstEnd > d.start) continue;
      d.fullKey = sf.key;
      d.fullName = sf.fullName;
      d.entityId = sf.entityId;
      d.source = 'short-form';
    }
    for (let i = scanFrom > 0 ? firstTokEndingAfter(toks, scanFrom) : 0; i < n; i++) {
      const t = toks[i];
      if (t.owner !== -1 || t.excluded || !t.cap || t.inTitle) continue;
      // One or two capitalised syllables standing alone.
      let end = i + 1;
      if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1 && !toks[end].inTitle) end++;
      if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1) continue;
      if (i > 0 && t.adj && toks[i - 1].cap && !toks[i - 1].inTitle) continue;
      if (!shortFirstWords.has(t.k)) continue;
      for (let e = end; e > i; e--) {
        const form = keysOf(toks, i, e);
        const sf = forms.get(form);
        if (!sf || !sf.key || sf.firstEnd > t.s) continue;
        if (e - i === 1 && t.sent && w.notName.has(t.k)) break;
        const prev = i > 0 && t.adj ? toks[i - 1] : undefined;
        let title: Draft['title'];
        if (prev?.inTitle) {
          let b = i - 1;
          while (b > 0 && !toks[b].title && toks[b].inTitle) b--;
          if (toks[b].title) title = { start: toks[b].s, end: prev.e };
        }
        st.claim({ t0: i, t1: e, start: t.s, end: toks[e - 1].e, type: 'person', entityId: sf.entityId, source: 'short-form', fullKey: sf.key, fullName: sf.fullName, title });
        i = e - 1;
        break;
      }
    }
  }
}
