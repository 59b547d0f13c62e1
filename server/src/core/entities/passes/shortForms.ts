// Short forms of people already seen in this article: a Vietnamese person by the given name or
// the last two syllables (`ông Trung`, `Hoài Trung`), a foreign one by the surname (`Lavrov`,
// `Putin`), resolved to the full name (same key, `fullName`). A form two people share in the
// article resolves to no one; a form before its full name is not taken. People the title slot
// found by a short form (`ông Saysompheng`) join their full name too. Runs with or without
// `discover`, after every pass that finds full names, before the leftovers (which would make a
// lone capitalised syllable a person of its own); and again after the guessing passes, for the
// full names they found (`Kiatisak Senamuang` … `Senamuang`), adding only their forms. No form is
// the first half of a common word written on in lower case (`Nghị quyết`, `Trung ương`).
// Lists: middleNames (person-names.yaml); notNames (not-names.yaml); splitWords (compounds.yaml).

import { foldTonePlacement } from '../normalize';
import { draftKey, unknownKey, type ClaimState, type Draft, type ShortForms } from './claims';
import { ADJ, CAP, EXCLUDED, IN_TITLE, IS_SPACE, firstTokEndingAfter, isVietnameseSyllable, keysOf, type Toks } from './tokens';

export function shortForms(st: ClaimState): void {
  const { text, toks, n, drafts, words: w } = st;
  // A second run (after the guessing passes) starts from the forms of the first and adds the new full names only.
  const memo = st.shortForms;
  const forms: ShortForms = memo?.forms ?? new Map();
  // The first words of the forms.
  const shortFirstWords = memo?.firstWords ?? new Set<string>();
  let added = 0;
  /** Adds the form of key k (the form lower-cased, tone placement folded) of a full name. */
  const addShort = (k: string, key: string, fullName: string, entityId: string | null, firstEnd: number) => {
    const prev = forms.get(k);
    if (prev && prev.key !== key) {
      // Ambiguous in this article: resolve to no one (once: an ambiguous form stays so).
      if (prev.key) {
        added++;
        forms.set(k, { ...prev, key: '' });
      }
      return;
    }
    if (!prev) {
      forms.set(k, { key, fullName, entityId, firstEnd });
      const space = k.indexOf(' ');
      shortFirstWords.add(space < 0 ? k : k.slice(0, space));
      added++;
      if (firstEnd < scanFrom) scanFrom = firstEnd;
    }
  };
  // A second run looks only after the first of the new full names (a form is never taken before its name).
  let scanFrom = memo ? Infinity : 0;
  const from = memo?.seen ?? 0;
  st.shortForms = { seen: drafts.length, forms, firstWords: shortFirstWords };
  for (let di = from; di < drafts.length; di++) {
    const d = drafts[di];
    if (d.type !== 'person' || d.dropped || d.source === 'short-form') continue;
    const full = text.slice(d.start, d.end);
    if (wordsAreTokens(st, d)) {
      // (What the lines below do with the words, from the tokens: their keys are the words' keys.)
      const last = d.t1 - 1;
      if (d.t1 - d.t0 < 2) continue;
      const key = d.fullKey ?? d.entityId ?? (d.name === undefined || d.name === full ? draftKey(text, d) : unknownKey('person', full));
      if (allSyllables(toks, d.t0, d.t1)) {
        addShort(toks.k[last], key, full, d.entityId, d.end);
        if (d.t1 - d.t0 >= 3 && !w.middleNames.has(text.slice(toks.s[last - 1], toks.e[last - 1]).toLowerCase())) addShort(`${toks.k[last - 1]} ${toks.k[last]}`, key, full, d.entityId, d.end);
      } else if (toks.e[last] - toks.s[last] > 2) addShort(toks.k[last], key, full, d.entityId, d.end); // (no dot in a token: no initial to drop)
      continue;
    }
    const words = full.split(/\s+/).filter((x) => x.length > 0);
    if (words.length < 2) continue;
    const key = d.fullKey ?? d.entityId ?? (d.name === undefined || d.name === full ? draftKey(text, d) : unknownKey('person', full));
    const fold = (form: string) => foldTonePlacement(form.toLowerCase());
    if (words.every((x) => isVietnameseSyllable(fold(x)))) {
      addShort(fold(words[words.length - 1]), key, full, d.entityId, d.end);
      if (words.length >= 3 && !w.middleNames.has(words[words.length - 2].toLowerCase())) addShort(fold(words.slice(-2).join(' ')), key, full, d.entityId, d.end);
    } else {
      const last = words[words.length - 1].replace(/^\p{Lu}\./u, '');
      if (last.length > 2) addShort(fold(last), key, full, d.entityId, d.end);
    }
  }
  if (forms.size && (memo === undefined || added > 0)) {
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
    const { owner, flags, k: key, caps, capCount } = toks;
    // The capitalised tokens from scanFrom on, and from the end of the last name found.
    let next = 0;
    for (let c = toks.capsFrom(scanFrom > 0 ? firstTokEndingAfter(toks, scanFrom) : 0); c < capCount; c++) {
      const i = caps[c];
      if (i < next || owner[i] !== -1 || (flags[i] & (EXCLUDED | IN_TITLE)) !== 0) continue;
      // One or two capitalised syllables standing alone. (Flags: joined by one space, capitalised, not in a title.)
      let end = i + 1;
      if (end < n && (flags[end] & (ADJ | CAP | IN_TITLE)) === (ADJ | CAP) && owner[end] === -1) end++;
      if (end < n && (flags[end] & (ADJ | CAP)) === (ADJ | CAP) && owner[end] === -1) continue;
      if (i > 0 && toks.adj(i) && toks.cap(i - 1) && !toks.inTitle(i - 1)) continue;
      if (!shortFirstWords.has(key[i])) continue;
      const ts = toks.s[i];
      for (let e = end; e > i; e--) {
        const form = keysOf(toks, i, e);
        const sf = forms.get(form);
        if (!sf || !sf.key || sf.firstEnd > ts) continue;
        if (e - i === 1 && toks.sent(i) && toks.notName(i)) break;
        // `Nghị quyết`, `Trung ương`: the first half of a common word, its second half in lower case after it, is no name.
        if (e < n && toks.adj(e) && !toks.cap(e) && !toks.allCaps(e) && w.splitWords.has(key[e - 1], key[e])) break;
        let title: Draft['title'];
        if (i > 0 && toks.adj(i) && toks.inTitle(i - 1)) {
          // The title or honorific right before the name.
          let b = i - 1;
          while (b > 0 && !toks.hasTitle(b) && toks.inTitle(b)) b--;
          if (toks.hasTitle(b)) title = { start: toks.s[b], end: toks.e[i - 1] };
        }
        st.claim({ t0: i, t1: e, start: ts, end: toks.e[e - 1], type: 'person', entityId: sf.entityId, source: 'short-form', fullKey: sf.key, fullName: sf.fullName, title });
        next = e;
        break;
      }
    }
  }
}

/**
 * The words of the draft's text (split at white space) are its tokens: the tokens cover the
 * text, one white-space character apart, and none holds an eth (which a token's key reads as
 * đ). Their keys are then the words' keys (and two keys joined by a space the two words'
 * key), and the tokens' flags answer for the words.
 */
function wordsAreTokens(st: ClaimState, d: Draft): boolean {
  const { text, toks } = st;
  if (d.t0 < 0 || d.t1 <= d.t0 || toks.s[d.t0] !== d.start || toks.e[d.t1 - 1] !== d.end) return false;
  for (let q = d.t0; q < d.t1; q++) {
    if (q > d.t0 && (toks.s[q] - toks.e[q - 1] !== 1 || IS_SPACE[text.charCodeAt(toks.e[q - 1])] !== 1)) return false;
    for (let c = toks.s[q]; c < toks.e[q]; c++) if ((text.charCodeAt(c) | 0x20) === 0xf0) return false;
  }
  return true;
}

/** Every token of [t0, t1) is a Vietnamese syllable. */
function allSyllables(toks: Toks, t0: number, t1: number): boolean {
  for (let q = t0; q < t1; q++) if (!toks.syllable(q)) return false;
  return true;
}
