// The state the passes share: the text, its tokens, the drafts of mentions found so far,
// and who claims each token. A pass claims only tokens no earlier pass claimed (a few passes
// also grow, nest, drop or retype earlier drafts; each says so).

import { Gazetteer, type GazetteerPattern, type GazetteerState } from '../gazetteer';
import { normalizeKey } from '../normalize';
import type { EntityRegistry } from '../registry';
import type { EntityMention, EntityType } from '../types';
import { ADJ, CAP, EXCLUDED, HYPH, INITIAL, IN_TITLE, NOT_NAME, SENT, SPLIT_FIRST, firstTokEndingAfter, keysOf, ownCopy, type PhraseSet, type Toks } from './tokens';
import type { Words } from './words';

/** A mention in the making. */
export interface Draft {
  t0: number;
  t1: number; // token range [t0, t1); -1 for a nested mention that claims no token
  start: number;
  end: number;
  type: EntityType;
  entityId: string | null;
  source: EntityMention['source'];
  name?: string;
  title?: { start: number; end: number };
  role?: EntityMention['role'];
  fullKey?: string;
  fullName?: string;
  /** unknownKey of the draft, once asked (draftKey). */
  unknownKey?: string;
  nested?: boolean;
  dropped?: boolean;
}

/**
 * d with every field of a draft, in one order (undefined where d has none): the passes read
 * drafts made by some fifty literals of a dozen shapes, and each read of a field had to find
 * it by the shape.
 */
export function draftOf(d: Draft): Draft {
  return {
    t0: d.t0,
    t1: d.t1,
    start: d.start,
    end: d.end,
    type: d.type,
    entityId: d.entityId,
    source: d.source,
    name: d.name,
    title: d.title,
    role: d.role,
    fullKey: d.fullKey,
    fullName: d.fullName,
    nested: d.nested,
    dropped: d.dropped,
    unknownKey: d.unknownKey,
  };
}

export interface RecognizeOptions {
  /** Find people, places and organisations the registry does not know (default true). */
  discover?: boolean;
  /** Report places nested inside organisation names (default true). */
  nested?: boolean;
  /** Treat the last short capitalised line as the author (default true). */
  byline?: boolean;
  /** The text is most likely an edit of the last one recognised with `edited` (an open
   *  article at each keystroke): the tokens of the lines they share are reused. */
  edited?: boolean;
}

/** The id prefix of a name of the world-cities list in the automaton (an unknown place). */
export const WORLD_CITY = 'city:';

/** The registry's names, ICU's country names and the world's cities in one automaton (ICU ids are `icu:XX`, cities' `city:Name`). */
export interface NameIndex {
  gazetteer: Gazetteer;
  /** `icu:XX` → the registry's entity of ISO code XX, or null. */
  icuIds: Map<string, string | null>;
  /** The registry's entities of countries (those with an ISO code ICU knows). */
  countryIds: ReadonlySet<string>;
  /** The registry's provinces and cities (kind `province` or `city`): a football report's clubs bear their names. */
  localityIds: ReadonlySet<string>;
}

/** The short forms of the full names seen so far (shortForms.ts), by key of the form. */
export type ShortForms = Map<string, { key: string; fullName: string; entityId: string | null; firstEnd: number }>;

export class ClaimState {
  readonly n: number;
  readonly drafts: Draft[] = [];
  /** What shortForms gathered, and from how many drafts: a later run adds the new full names only. */
  shortForms?: { seen: number; forms: ShortForms; firstWords: Set<string> };
  /** Whether the article is a football report (isFootballReport), or a stock-market report (isMarketReport), once a pass asked. */
  football?: boolean;
  market?: boolean;
  readonly discover: boolean;
  readonly nested: boolean;
  readonly byline: boolean;
  /** RecognizeOptions.edited: a pass may reuse what it found in the lines the last text shares with this one. */
  readonly edited: boolean;

  constructor(
    readonly text: string,
    readonly toks: Toks,
    readonly words: Words,
    readonly names: NameIndex,
    options: RecognizeOptions,
  ) {
    this.n = toks.n;
    this.discover = options.discover !== false;
    this.edited = options.edited === true;
    this.nested = options.nested !== false;
    this.byline = options.byline !== false;
  }

  /** The token that starts at `off`, if any. */
  tokAt(off: number): number | undefined {
    const i = firstTokEndingAfter(this.toks, off);
    return i < this.n && this.toks.s[i] === off ? i : undefined;
  }

  /** The token that ends at `off`, if any. */
  tokEndingAt(off: number): number | undefined {
    const i = firstTokEndingAfter(this.toks, off - 1);
    return i < this.n && this.toks.e[i] === off ? i : undefined;
  }

  /** Adds a draft (a copy of d, see draftOf) and gives it the tokens of its range no one owns yet; returns its index. */
  claim(d: Draft): number {
    const idx = this.drafts.length;
    this.drafts.push(draftOf(d));
    const owner = this.toks.owner;
    for (let i = d.t0; i < d.t1; i++) if (owner[i] === -1) owner[i] = idx;
    return idx;
  }

  /** Adds a nested draft, which claims no token (a copy of d, see draftOf). */
  nest(d: Draft): void {
    this.drafts.push(draftOf(d));
  }

  /** No token of [t0, t1) is claimed or excluded. */
  free(t0: number, t1: number): boolean {
    const toks = this.toks;
    for (let i = t0; i < t1; i++) if (toks.owner[i] !== -1 || toks.excluded(i)) return false;
    return true;
  }
}

/**
 * st.tokAt(start) and st.tokEndingAt(end) of the matches of a scan, asked in text order: a
 * cursor goes on from the last start (a binary search when a start comes before it), and the
 * last token is looked for from the first, where a binary search each cost more than the
 * rest of the asking.
 */
export class MatchTokens {
  /** firstTokEndingAfter(toks, the last start asked). */
  private cursor = 0;
  /** The first and the last token of the last match found. */
  first = -1;
  last = -1;

  constructor(private readonly toks: Toks) {}

  /** The match [start, end) starts and ends at tokens, first and last (tokAt and tokEndingAt are not undefined). */
  find(start: number, end: number): boolean {
    const { s, e, n } = this.toks;
    let c = this.cursor;
    if (c > 0 && e[c - 1] > start) c = firstTokEndingAfter(this.toks, start);
    else while (c < n && e[c] <= start) c++;
    this.cursor = c;
    if (c >= n || s[c] !== start) return false;
    // (The tokens before c end at start or before: the one ending at end is c or after it.)
    let j = end > start ? c : firstTokEndingAfter(this.toks, end - 1);
    while (j < n && e[j] <= end - 1) j++;
    if (j >= n || e[j] !== end) return false;
    this.first = c;
    this.last = j;
    return true;
  }
}

/** The index key of an entity the registry does not know. */
export function unknownKey(type: EntityType, name: string): string {
  return `unknown:${type}:${nameKey(name)}`;
}

/**
 * unknownKey(d.type, d.name ?? the draft's surface), kept on the draft: oneSense asks it at
 * every mention of a draft, and shortForms and assemble ask it again. (A draft's type, range
 * and name do not change once made; a copy with other ones leaves it out.)
 */
export function draftKey(text: string, d: Draft): string {
  return (d.unknownKey ??= unknownKey(d.type, d.name ?? text.slice(d.start, d.end)));
}

/** normalizeKey of a name, memoised (the same names recur across articles). */
export function nameKey(name: string): string {
  // (A table of our own, probed with a hash of our own: a name is a fresh slice, which a Map
  // hashed with a call into the runtime that cost more than the rest of the look-up.)
  let h = name.length;
  for (let q = 0; q < name.length; q++) h = Math.imul(h ^ name.charCodeAt(q), 0x01000193);
  let slot = (h ^ (h >>> 15)) & NAME_KEYS_MASK;
  for (;;) {
    const known = nameKeyNames[slot];
    if (known === undefined) break;
    if (known === name) return nameKeyKeys[slot]!;
    slot = (slot + 1) & NAME_KEYS_MASK;
  }
  let key = normalizeKey(name);
  key = ownCopy(key, 0, key.length);
  if (nameKeyCount >= NAME_KEYS_MAX) {
    nameKeyNames.fill(undefined);
    nameKeyKeys.fill(undefined);
    nameKeyCount = 0;
    slot = (h ^ (h >>> 15)) & NAME_KEYS_MASK;
  }
  // A name is a slice of its article: kept as it is, the memo would keep every article alive.
  nameKeyNames[slot] = ownCopy(name, 0, name.length);
  nameKeyKeys[slot] = key;
  nameKeyCount++;
  return key;
}

/** nameKey's memo: an open-addressing table of names and their keys, at most half full (emptied then). */
const NAME_KEYS_MASK = (1 << 15) - 1;
const NAME_KEYS_MAX = 1 << 14;
const nameKeyNames: Array<string | undefined> = new Array<string | undefined>(NAME_KEYS_MASK + 1).fill(undefined);
const nameKeyKeys: Array<string | undefined> = new Array<string | undefined>(NAME_KEYS_MASK + 1).fill(undefined);
let nameKeyCount = 0;

const nameIndexes = new WeakMap<EntityRegistry, NameIndex>();

/** A registry's name index as plain data, for a snapshot of the loaded registry. */
export interface NameIndexState {
  gazetteer: GazetteerState;
  icuIds: Array<[string, string | null]>;
  countryIds: string[];
  localityIds: string[];
}

export function nameIndexState(registry: EntityRegistry, words: Words): NameIndexState {
  const c = nameIndexOf(registry, words);
  return { gazetteer: c.gazetteer.toState(), icuIds: [...c.icuIds], countryIds: [...c.countryIds], localityIds: [...c.localityIds] };
}

/** The name index a snapshot of this registry carried: nameIndexOf gives it instead of building one. */
export function adoptNameIndex(registry: EntityRegistry, s: NameIndexState): void {
  nameIndexes.set(registry, { gazetteer: Gazetteer.fromState(s.gazetteer), icuIds: new Map(s.icuIds), countryIds: new Set(s.countryIds), localityIds: new Set(s.localityIds) });
}

/** The registry's gazetteer with ICU's country names, the world's cities and the celestial bodies added; built once per registry. */
export function nameIndexOf(registry: EntityRegistry, words: Words): NameIndex {
  let c = nameIndexes.get(registry);
  if (c) return c;
  const patterns: GazetteerPattern[] = [...registry.patterns()];
  const byIso = new Map<string, string>();
  for (const e of registry.all()) if (e.type === 'place' && e.iso) byIso.set(e.iso, e.id);
  const icuIds = new Map<string, string | null>();
  const taken = new Set<string>();
  for (const { iso, name } of words.countryNames()) {
    const id = `icu:${iso}`;
    icuIds.set(id, byIso.get(iso) ?? null);
    patterns.push({ text: name, entityId: id, type: 'place', caseSensitive: true });
    taken.add(name);
  }
  // The world's large cities and capitals (world-cities.yaml), unknown places unless the registry names them.
  for (const p of patterns) taken.add(p.text);
  for (const name of words.lexicon.worldCities) {
    if (taken.has(name)) continue;
    patterns.push({ text: name, entityId: `${WORLD_CITY}${name}`, type: 'place', caseSensitive: true });
  }
  // The sun, the moon and the planets (celestial-bodies.yaml), in any case: unknown places too.
  for (const name of words.lexicon.celestialBodies) {
    if (taken.has(name)) continue;
    patterns.push({ text: name, entityId: `${WORLD_CITY}${name}`, type: 'place', caseSensitive: false });
  }
  const countryIds = new Set<string>();
  for (const id of icuIds.values()) if (id) countryIds.add(id);
  const localityIds = new Set<string>();
  for (const e of registry.all()) if (e.type === 'place' && (e.kind === 'province' || e.kind === 'city')) localityIds.add(e.id);
  c = { gazetteer: Gazetteer.build(patterns), icuIds, countryIds, localityIds };
  nameIndexes.set(registry, c);
  return c;
}

/**
 * Every run of capitalised tokens no pass has claimed (joined by single spaces, hyphens or an
 * initial's dot), without the sentence-opening words that are not names (`Theo`, `Chiều`), and
 * none that ends in the first half of a common word written on in lower case (`Tết Trung thu`,
 * `Dự án`: compounds.yaml splitWords):
 * visit(s, end, i) with the run [s, end) and i where it started before those words. The
 * leftover passes (oneSense, acronyms, capitalisedRuns) walk the same runs, each taking its own.
 */
export function forEachCapitalisedRun(st: ClaimState, visit: (s: number, end: number, i: number) => void): void {
  const { toks, n } = st;
  const { splitWords } = st.words;
  const { owner, flags, caps, capCount } = toks;
  // The capitalised tokens, from the end of the last run on.
  let next = 0;
  for (let c = 0; c < capCount; c++) {
    const i = caps[c];
    if (i < next || owner[i] !== -1 || (flags[i] & (EXCLUDED | IN_TITLE)) !== 0) continue;
    let end = i + 1;
    // (Joined by a space, a hyphen or an initial's dot; capitalised or an initial; free; not in a title, not excluded.)
    while (end < n && ((flags[end] & (ADJ | HYPH)) !== 0 || (flags[end - 1] & INITIAL) !== 0) && (flags[end] & (CAP | INITIAL)) !== 0 && owner[end] === -1 && (flags[end] & (IN_TITLE | EXCLUDED)) === 0) end++;
    let s = i;
    // Drop sentence-opening words that are not names.
    while (s < end && (flags[s] & (SENT | NOT_NAME)) === (SENT | NOT_NAME)) s++;
    // `Dự án …`, `Tết Trung thu`: a run ending in the first half of a common word (its second half in lower case right after it) is no name.
    if (end - s > 0 && !(end < n && (flags[end] & ADJ) !== 0 && (flags[end] & (CAP | INITIAL)) === 0 && (flags[end - 1] & SPLIT_FIRST) !== 0 && splitWords.has(toks.k[end - 1], toks.k[end]))) visit(s, end, i);
    next = end;
  }
}

/** Where the capitalised run of forEachCapitalisedRun that starts at the free token i ends. */
export function runEnd(st: ClaimState, i: number): number {
  const { toks, n } = st;
  const { owner, flags } = toks;
  let end = i + 1;
  while (end < n && ((flags[end] & (ADJ | HYPH)) !== 0 || (flags[end - 1] & INITIAL) !== 0) && (flags[end] & (CAP | INITIAL)) !== 0 && owner[end] === -1 && (flags[end] & (IN_TITLE | EXCLUDED)) === 0) end++;
  return end;
}

/** A photo credit or a source label ends right before offset at (`Ảnh: Telegraph`, `(Nguồn ảnh: Bloomberg)`, `Nguồn: AP`). */
export function creditBefore(text: string, at: number): boolean {
  return CREDIT.test(text.slice(Math.max(0, at - 14), at));
}

const CREDIT = /(?:^|[\s(\-–])(?:[ảẢ]nh|[nN]guồn(?: ảnh)?)\s?:\s?$/u;

export type Cue = 'organization' | 'place' | 'none';

/**
 * What the one or two words right before token s say the capitalised name starting there is
 * (cues.yaml): an organisation (`tổ chức Hamas`, `Theo Reuters`), a place (`căn cứ Guam`, `tại Madrid`), or no mention of ours (`tàu Ever Given`, `phim
 * Titanic`). A cue word is in lower case, or opens its sentence (`Theo`); undefined when none.
 */
export function cueBefore(st: ClaimState, s: number): Cue | undefined {
  const { toks, words: w } = st;
  if (s === 0 || !toks.adj(s)) return undefined;
  // (Most words start no cue: their phrase bits say so at once.)
  const cueBits = w.notEntityCues.bit | w.orgCues.bit | w.placeCues.bit;
  // The longest cue phrase of one to three words that ends right before s.
  for (let len = 3; len >= 1; len--) {
    const a = s - len;
    if (a < 0 || (toks.heads[a] & cueBits) === 0) continue;
    let ok = true;
    for (let q = a; q < s && ok; q++) {
      ok = toks.owner[q] === -1 && !toks.excluded(q) && !toks.allCaps(q) && (!toks.cap(q) || (q === a && toks.sent(q))) && (q === a || !toks.sent(q));
    }
    if (!ok) continue;
    if (w.notEntityCues.match(toks, a) === len) return 'none';
    if (w.orgCues.match(toks, a) === len) return 'organization';
    if (w.placeCues.match(toks, a) === len) return 'place';
  }
  return undefined;
}

const LIST_SEPARATOR = /^\s*(?:,|;|-|–)\s*$/;
const CONJUNCTIONS = new Set(['và', 'hay', 'hoặc', 'với']);
const ITEM_END = /^\s*(?:[,;)(.:!?]|-\s|–|$)/;

/**
 * The run [s, end) is an item of a list of places (`Siem Reap, Preah Sihanouk, Battambang`;
 * `xã Phú Định, Hoàn Trạch (Quảng Bình)`; `Sài Gòn - Gia Định`): a place stands right before it
 * across a comma, a semicolon or a dash and the run ends its item, or a place follows it across
 * such a separator or a bracket.
 */
export function listedWithPlace(st: ClaimState, s: number, end: number): boolean {
  return listedWith(st, s, end, 'place');
}

/**
 * The run [s, end) is an item of a list of organisations (`Man City, MU và Chelsea`): as
 * listedWithPlace, with an organisation that is no nested or guessed one beside it, or joined to
 * it by `và`, `hay`, `hoặc`, `với` (`MU và Chelsea`, `Samsung hay Apple`).
 */
export function listedWithOrganization(st: ClaimState, s: number, end: number): boolean {
  return listedWith(st, s, end, 'organization');
}

function listedWith(st: ClaimState, s: number, end: number, type: EntityType): boolean {
  const { text, toks, drafts, n } = st;
  const left = s > 0 && takenAs(st, s - 1, type);
  const right = end < n && takenAs(st, end, type);
  // `MU và Chelsea`, `Samsung hay Apple`: an organisation joined to it by a conjunction, the run ending its item.
  if (type === 'organization' && !left && s > 1 && toks.adj(s) && toks.adj(s - 1) && CONJUNCTIONS.has(toks.k[s - 1]) && takenAs(st, s - 2, type) && drafts[toks.owner[s - 2]].t1 === s - 1) {
    const tail = end < n ? text.slice(toks.e[end - 1], toks.s[end]) : '';
    if (end >= n || ITEM_END.test(tail) || (toks.adj(end) && !toks.cap(end))) return true;
  }
  if (type === 'organization' && !right && end + 1 < n && toks.adj(end) && toks.adj(end + 1) && CONJUNCTIONS.has(toks.k[end]) && takenAs(st, end + 1, type) && drafts[toks.owner[end + 1]].t0 === end + 1 && (s === 0 || !toks.adj(s) || !toks.cap(s - 1))) return true;
  if (!left && !right) return false;
  const after = end < n ? text.slice(toks.e[end - 1], toks.s[end]) : text.slice(toks.e[end - 1], toks.e[end - 1] + 2);
  if (left && LIST_SEPARATOR.test(text.slice(toks.e[s - 1], toks.s[s]))) {
    if (ITEM_END.test(after) || (end < n && toks.k[end] === 'và')) return true;
  }
  return right && (LIST_SEPARATOR.test(after) || /^\s*\(\s*$/.test(after));
}

/** Token k is taken by a draft of the type that stands (not dropped). (A function: a closure made at each call of listedWith cost an allocation.) */
function takenAs(st: ClaimState, k: number, type: EntityType): boolean {
  const o = st.toks.owner[k];
  return o !== -1 && st.drafts[o].type === type && !st.drafts[o].dropped;
}

/** Three football words or more (footballWords, cues.yaml) in the article; asked once per article. */
export function isFootballReport(st: ClaimState): boolean {
  return (st.football ??= threeWordsOf(st.toks, st.words.footballWords));
}

/** Three market words or more (marketWords, cues.yaml) in the article: a stock-market report; asked once per article. */
export function isMarketReport(st: ClaimState): boolean {
  return (st.market ??= threeWordsOf(st.toks, st.words.marketWords));
}

/** Three different phrases of the set in the tokens. */
function threeWordsOf(toks: Toks, set: PhraseSet): boolean {
  const seen = new Set<string>();
  // (The tokens that start some phrase: those that start one of the set among them.)
  for (let c = 0; c < toks.phrasedCount && seen.size < 3; c++) {
    const i = toks.phrased[c];
    if ((toks.heads[i] & set.bit) === 0) continue;
    const len = set.match(toks, i);
    if (len > 0) seen.add(len === 1 ? toks.k[i] : keysOf(toks, i, i + len));
  }
  return seen.size >= 3;
}

/** The article writes the word of token i in lower case somewhere (a word of its own: a space or a line before it). */
export function writesInLowerCase(text: string, toks: Toks, i: number): boolean {
  const word = text.slice(toks.s[i], toks.e[i]).toLowerCase();
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    const after = at + word.length < text.length ? text[at + word.length] : ' ';
    // (Not inside a longer word: no letter after it.)
    if ((before === 0x20 || before === 0x0a || before === 0xa0) && after.toLowerCase() === after.toUpperCase() && (after < '0' || after > '9')) return true;
  }
  return false;
}
