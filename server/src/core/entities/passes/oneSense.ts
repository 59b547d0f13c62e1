// One sense per article: a capitalised run whose surface a strong rule typed elsewhere in the
// article takes that type and that entity (`Quảng Bình` after `tỉnh Quảng Bình`, `Lao Động`
// after `báo Lao Động`), and so does an acronym defined in brackets after a name
// (`Ngân hàng Nhà nước (NHNN)`, `Thành phố Hồ Chí Minh (TP.HCM)`). A foreign name an
// organisation cue types once (`nhãn hàng Heineken`) is an organisation wherever the article
// writes it (cues.yaml orgCues), and a company's name proper after the lower-case words of its
// trade (`CTCP Thang máy Thiên Nam` … `Thiên Nam`; organisation-heads.yaml companyHeads), and so is
// the foreign word that opens a product's name (`Samsung Pay` … `Samsung`; foreign-names.yaml
// productTails); the name after a local body's administrative unit is the locality's, a place
// (`UBND huyện Quản Bạ` … `Quản Bạ`). Only with `discover`. The
// first of the leftover passes: it runs when every rule that knows why a name is a name has
// run, and before the passes that guess from shape alone.

import { foldTonePlacement } from '../normalize';
import { cueBefore, draftKey, forEachCapitalisedRun, runEnd, type ClaimState, type Draft } from './claims';
import { IS_SPACE, spellsInitials, keysOf } from './tokens';

/** text[at] is `(`, or a white space followed by `(` (what `^\s?\(` needs of text.slice(at)). */
function opensBracket(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x28 || (IS_SPACE[c] === 1 && text.charCodeAt(at + 1) === 0x28);
}

export function oneSense(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, drafts } = st;
  const known = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.dropped || d.nested || d.t0 < 0) continue;
    if (d.source === 'capitalised' || d.source === 'acronym') continue;
    // A one-word person is a short form: it says nothing about other occurrences.
    if (d.type === 'person' && d.t1 - d.t0 < 2 && d.source !== 'registry') continue;
    let s0 = d.t0;
    if (d.source === 'head') {
      // The proper part after the head word(s).
      while (s0 < d.t1 && !toks.cap(s0)) s0++;
      if (s0 === d.t0) s0++;
      while (s0 < d.t1 && !toks.cap(s0) && !toks.digit(s0)) s0++;
    }
    if (s0 >= d.t1) continue;
    const surface = keysOf(toks, s0, d.t1);
    if (d.source === 'head' && d.type === 'organization' && s0 > d.t0 && !toks.cap(s0 - 1) && st.words.adminUnits.has(toks.k[s0 - 1])) {
      // `UBND huyện Quản Bạ` … `Quản Bạ`: the name after an administrative unit is the locality's, a place elsewhere.
      if (!known.has(surface)) known.set(surface, { ...d, type: 'place', entityId: null, start: toks.s[s0], name: text.slice(toks.s[s0], d.end), fullKey: undefined, unknownKey: undefined });
      continue;
    }
    // `CTCP Thang máy Thiên Nam` … `Thiên Nam`: a company's name proper, after the lower-case words of its trade.
    if (d.source === 'head' && d.type === 'organization') companyName(st, d, s0, known);
    // `Trường THPT HS …`: a common acronym (`HS`, `BHYT`) a head grew over names nothing else in the article.
    if (d.source === 'head' && d.t1 - s0 === 1 && toks.allCaps(s0) && st.words.acronym.has(surface)) continue;
    // An organisation head's proper part of one Vietnamese syllable, with a tone or a given name's (`Hội Chèo`, `Đài Nam`),
    // is too doubtful to type the article's other mentions of it.
    if (d.source !== 'head' || d.type !== 'organization' || d.t1 - s0 > 1 || !(toks.syllable(s0) && (/[^a-z]/.test(toks.k[s0]) || st.words.ambiguous.has(toks.k[s0])))) {
      if (!known.has(surface)) known.set(surface, d);
    }
    // `Ngân hàng Nhà nước (NHNN)`: the bracketed acronym names the same thing.
    // (Only a bracket right after the name, or after one space, opens one.)
    const bracket = opensBracket(text, d.end) ? /^\s?\(([\p{Lu}][\p{Lu}\p{Ll}&.\d-]{1,10})\)/u.exec(text.slice(d.end, d.end + 14)) : null;
    // A place's acronym spells its initials (`TP.HCM`); `Biển Đông (DOC)` names a longer thing.
    if (bracket && (d.type === 'organization' || (d.type === 'place' && spellsInitials(bracket[1], toks, d.t0, d.t1)))) known.set(foldTonePlacement(bracket[1].toLowerCase()), d);
  }
  const cued = brandSenses(st, known, cuedSenses(st, known));
  if (known.size === 0 && cued === undefined) return;
  forEachCapitalisedRun(st, (s0, end) => {
    const surface = keysOf(toks, s0, end);
    const d = known.get(surface);
    if (!d) {
      if (cued?.has(surface)) st.claim({ t0: s0, t1: end, start: toks.s[s0], end: toks.e[end - 1], type: 'organization', entityId: null, source: 'capitalised', name: text.slice(toks.s[s0], toks.e[end - 1]) });
      return;
    }
    st.claim({
      t0: s0,
      t1: end,
      start: toks.s[s0],
      end: toks.e[end - 1],
      type: d.type,
      entityId: d.entityId,
      source: d.source === 'registry' ? 'registry' : d.source,
      fullKey: d.fullKey ?? d.entityId ?? draftKey(text, d),
    });
  });
}

/**
 * `nhãn hàng Heineken` … `Heineken`: a foreign name an organisation cue (cues.yaml) types once is an
 * organisation wherever the article names it. (Not a Vietnamese name, a given name too; not after
 * `Theo`, since a source line names an author as often as a paper.)
 */
function cuedSenses(st: ClaimState, known: Map<string, Draft>): Set<string> | undefined {
  const { toks, n } = st;
  const cues = st.words.orgCues;
  let out: Set<string> | undefined;
  // (The tokens that start an organisation cue, among those that start some phrase.)
  for (let c = 0; c < toks.phrasedCount; c++) {
    const i = toks.phrased[c];
    if ((toks.heads[i] & cues.bit) === 0) continue;
    const len = cues.match(toks, i);
    const s0 = i + len;
    // (A cue in lower case, not `theo`, right before a free capitalised word.)
    if (len === 0 || s0 >= n || toks.cap(i) || toks.allCaps(i) || toks.k[s0 - 1] === 'theo' || !toks.adj(s0) || !toks.cap(s0) || toks.owner[s0] !== -1 || toks.excluded(s0) || toks.inTitle(s0)) continue;
    const end = runEnd(st, s0);
    let foreign = false;
    for (let q = s0; q < end && !foreign; q++) foreign = !toks.syllable(q) && !toks.allCaps(q);
    if (!foreign || cueBefore(st, s0) !== 'organization') continue;
    const surface = keysOf(toks, s0, end);
    if (!known.has(surface)) (out ??= new Set()).add(surface);
  }
  return out;
}

/**
 * `CTCP Thang máy Thiên Nam`, `Công ty CP Thực phẩm Hữu Nghị`: a company (companyHeads) whose
 * name describes its trade in lower-case words, then ends in two capitalised syllables or more of
 * its own (owned by it, not a nested place), is called by those alone elsewhere in the article.
 */
function companyName(st: ClaimState, d: Draft, s0: number, known: Map<string, Draft>): void {
  const { toks, words: w } = st;
  if ((toks.heads[d.t0] & w.companyHeads.bit) === 0 || w.companyHeads.match(toks, d.t0) === 0) return;
  let p = d.t1;
  while (p > s0 && toks.cap(p - 1) && !toks.allCaps(p - 1) && toks.owner[p - 1] === toks.owner[d.t0] && (p === d.t1 || toks.adj(p))) p--;
  if (d.t1 - p < 2 || d.t1 - p > 4 || p <= s0 || toks.cap(p - 1) || toks.digit(p - 1) || !toks.adj(p) || w.adminUnits.has(toks.k[p - 1])) return;
  const surface = keysOf(toks, p, d.t1);
  if (!known.has(surface)) known.set(surface, d);
}

/**
 * `Samsung Pay`, `Apple Music`, `Google Play`: the foreign word that opens a product's name
 * (productTails, foreign-names.yaml) is its maker, an organisation wherever it stands alone.
 */
function brandSenses(st: ClaimState, known: Map<string, Draft>, out: Set<string> | undefined): Set<string> | undefined {
  const { toks, words: w } = st;
  forEachCapitalisedRun(st, (s0, end) => {
    if (end - s0 !== 2 || toks.allCaps(s0) || toks.syllable(s0) || !w.productTails.has(toks.k[end - 1]) || toks.notName(s0)) return;
    if (!known.has(toks.k[s0])) (out ??= new Set()).add(toks.k[s0]);
  });
  return out;
}
