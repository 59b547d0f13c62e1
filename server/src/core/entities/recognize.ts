// Entity recognition over one article: registry gazetteer + context rules, no model.
//
// Order of work (each step only claims tokens no earlier step claimed):
//   1. tokens, sentence starts, zones that are never mentions (URLs, e-mails, file names,
//      image slugs);
//   2. titles and honorifics (`Thứ trưởng`, `ông`): never part of a name, they anchor one;
//   3. registry names and ICU country names (longest match), with context vetoes for
//      place names that double as given names (`Nguyễn Thị Nga`, `Anh Tuấn`);
//   4. upper-case datelines (`HÀ NỘI -`);
//   5. organisations grown from head nouns (`Bộ Tài chính`, `báo Lao Động`), places
//      grown from head words (`tỉnh Quảng Bình`, `thành phố Melbourne`);
//   6. people after a title, through an organisation/country slot (`Đại sứ Liên bang Nga
//      tại Việt Nam Gennady Bezdetko`), or after an honorific (`ông Tillerson`);
//   7. people by shape (family name + 1–3 capitalised syllables);
//   8. short forms of people seen earlier in the article (`Lavrov`, `ông Trung`);
//   9. leftovers: acronyms as organisations, capitalised runs as people;
//  10. the byline (last short line of capitalised syllables) as the author.
// Places inside an organisation name come back as extra mentions with `nested: true`
// (the VLSP convention); bare institution words (`Chính phủ`, `Đảng`) are not mentions.

import { Gazetteer, type GazetteerMatch, type GazetteerPattern } from './gazetteer';
import {
  BARE_INSTITUTIONS,
  COMMON_ACRONYMS,
  FAMILY_NAMES,
  HONORIFICS,
  LOWERCASE_ORG_HEADS,
  NOT_NAMES,
  PLACE_PREPOSITIONS,
  ORG_HEADS,
  PLACE_HEADS,
  SLOT_WORDS,
  PORTFOLIOS,
  STOP_WORDS,
  TITLES,
} from './lexicon';
import { CLASS, UPPER, WORD, foldTonePlacement, normalizeKey } from './normalize';
import type { EntityRegistry } from './registry';
import type { EntityMention, EntityType } from './types';
import { findZones } from './zones';

export interface RecognizeOptions {
  /** Find people, places and organisations the registry does not know (default true). */
  discover?: boolean;
  /** Report places nested inside organisation names (default true). */
  nested?: boolean;
  /** Treat the last short capitalised line as the author (default true). */
  byline?: boolean;
}

interface Tok {
  s: number;
  e: number;
  /** Lower-case, tone placement folded. */
  k: string;
  /** Bits of the phrase sets with a phrase starting with this word. */
  heads: number;
  cap: boolean;
  allCaps: boolean;
  digit: boolean;
  /** First word of a sentence, paragraph or caption. */
  sent: boolean;
  /** Joined to the previous token by exactly one space. */
  adj: boolean;
  /** Joined to the previous token by a hyphen without spaces. */
  hyph: boolean;
  /** Single capital letter followed by a dot (`V.` of `V.Putin`). */
  initial: boolean;
  excluded: boolean;
  /** Index of the mention that claims it, -1 if none. */
  owner: number;
  /** Title or honorific phrase starting here. */
  title?: { len: number; honorific: boolean };
  inTitle: boolean;
}

interface Draft {
  t0: number;
  t1: number; // token range [t0, t1)
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
  nested?: boolean;
  dropped?: boolean;
}

const phraseSets: PhraseSet[] = [];

class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** This set's bit in Tok.heads. */
  readonly bit: number;
  constructor(phrases: readonly string[]) {
    this.bit = 1 << phraseSets.length;
    phraseSets.push(this);
    for (const p of phrases) {
      const words = foldTonePlacement(p.toLowerCase().replace(/\.$/, '')).split(/\s+/);
      const list = this.byFirst.get(words[0]) ?? [];
      if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Length in tokens of the longest phrase starting at token i (tokens joined by single spaces). */
  match(toks: Tok[], i: number): number {
    if ((toks[i].heads & this.bit) === 0) return 0;
    const list = this.byFirst.get(toks[i].k);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > toks.length) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = toks[i + w].adj && toks[i + w].k === words[w];
      if (ok) return words.length;
    }
    return 0;
  }
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }
  has(phrase: string): boolean {
    const words = phrase.split(' ');
    return (this.byFirst.get(words[0]) ?? []).some((w) => w.join(' ') === phrase);
  }
}

const titleSet = new PhraseSet(TITLES);
const honorificSet = new PhraseSet(HONORIFICS);
const orgHeadSet = new PhraseSet(ORG_HEADS);
const placeHeadSet = new PhraseSet(PLACE_HEADS);
const slotSet = new PhraseSet(SLOT_WORDS);
const portfolioSet = new PhraseSet(PORTFOLIOS);
const lowerOrgHeadSet = new PhraseSet(LOWERCASE_ORG_HEADS);
const placePrepSet = new Set(PLACE_PREPOSITIONS);
const HEAD_BITS = orgHeadSet.bit | placeHeadSet.bit;
const familySet = new Set(FAMILY_NAMES.map((w) => foldTonePlacement(w)));
const notNameSet = new Set(NOT_NAMES.map((w) => foldTonePlacement(w)));
const acronymSet = new Set(COMMON_ACRONYMS);
const bareSet = new Set(BARE_INSTITUTIONS.map((w) => normalizeKey(w)));
const stopSet = new Set(STOP_WORDS.map((w) => foldTonePlacement(w)));
/** Syllables that are both a place name and a common given or middle name. */
const AMBIGUOUS = new Set(['hà', 'nam', 'trung', 'bình', 'hòa', 'anh', 'nga', 'lào', 'thái', 'hàn', 'mỹ', 'pháp', 'đức', 'úc', 'nhật', 'hồng', 'long', 'an', 'giang', 'ninh', 'thanh', 'quảng', 'vinh', 'huế', 'hải', 'sơn', 'đông', 'tây', 'bắc', 'minh', 'phú', 'yên', 'tiến', 'lâm', 'việt', 'hưng', 'định', 'kiên', 'tân', 'cường', 'phong']);

const VI_LETTERS = /^[a-zàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ]+$/;
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Caches derived from a registry: the combined gazetteer (registry + ICU country names). */
const cache = new WeakMap<EntityRegistry, { gazetteer: Gazetteer; icuIds: Map<string, string | null> }>();

function gazetteerFor(registry: EntityRegistry): { gazetteer: Gazetteer; icuIds: Map<string, string | null> } {
  let c = cache.get(registry);
  if (c) return c;
  const patterns: GazetteerPattern[] = [...registry.patterns()];
  const byIso = new Map<string, string>();
  for (const e of registry.all()) if (e.type === 'place' && e.iso) byIso.set(e.iso, e.id);
  const icuIds = new Map<string, string | null>();
  for (const { iso, name } of icuCountryNames()) {
    const id = `icu:${iso}`;
    icuIds.set(id, byIso.get(iso) ?? null);
    patterns.push({ text: name, entityId: id, type: 'place', caseSensitive: true });
  }
  c = { gazetteer: Gazetteer.build(patterns), icuIds };
  cache.set(registry, c);
  return c;
}

let icuNames: Array<{ iso: string; name: string }> | undefined;
/** Vietnamese names of every region ICU knows (`Nga`, `Hoa Kỳ`, `Hàn Quốc`), plus common short forms. */
export function icuCountryNames(): Array<{ iso: string; name: string }> {
  if (icuNames) return icuNames;
  icuNames = [];
  let dn: Intl.DisplayNames | undefined;
  try {
    dn = new Intl.DisplayNames(['vi'], { type: 'region' });
  } catch {
    return icuNames;
  }
  const A = 65;
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const iso = String.fromCharCode(A + a, A + b);
      let name: string | undefined;
      try {
        name = dn.of(iso);
      } catch {
        continue;
      }
      if (!name || name === iso || /^[A-Z]{2}$/.test(name) || /\d/.test(name)) continue;
      icuNames.push({ iso, name });
      // `Đặc khu Hành chính Hồng Kông, Trung Quốc` → also `Hồng Kông`.
      const short = name.split(/[,(]/)[0].replace(/^Đặc khu Hành chính\s+/, '').trim();
      if (short && short !== name) icuNames.push({ iso, name: short });
    }
  }
  for (const [iso, name] of [['US', 'Mỹ'], ['RU', 'Liên bang Nga'], ['KP', 'Triều Tiên'], ['UA', 'Ukraina'], ['UA', 'Ukraine'], ['GB', 'Anh Quốc'], ['NL', 'Hà Lan'], ['CH', 'Thụy Sĩ'], ['AU', 'Australia'], ['GB', 'Vương quốc Anh'], ['CZ', 'Séc'], ['VN', 'Việt Nam']] as const) {
    icuNames.push({ iso, name });
  }
  return icuNames;
}

export function recognizeEntities(text: string, registry: EntityRegistry, options: RecognizeOptions = {}): EntityMention[] {
  const discover = options.discover !== false;
  const toks = tokenize(text);
  const n = toks.length;
  const drafts: Draft[] = [];
  const { gazetteer, icuIds } = gazetteerFor(registry);
  // Token index by start and by end offset (undefined: no token starts or ends there).
  const tokAt = (off: number): number | undefined => {
    const i = firstTokEndingAfter(toks, off);
    return i < n && toks[i].s === off ? i : undefined;
  };
  const tokEndingAt = (off: number): number | undefined => {
    const i = firstTokEndingAfter(toks, off - 1);
    return i < n && toks[i].e === off ? i : undefined;
  };

  const claim = (d: Draft): number => {
    const idx = drafts.length;
    drafts.push(d);
    for (let i = d.t0; i < d.t1; i++) if (toks[i].owner === -1) toks[i].owner = idx;
    return idx;
  };
  const free = (t0: number, t1: number) => {
    for (let i = t0; i < t1; i++) if (toks[i].owner !== -1 || toks[i].excluded) return false;
    return true;
  };
  const isHonorific = (i: number) => toks[i].title?.honorific === true;
  // Acronyms the article defines by a lower-case phrase (`cha mẹ học sinh (CMHS)`): common nouns, not names.
  let commonDefined: Set<string> | undefined;
  const commonAcronyms = (): Set<string> => (commonDefined ??= acronymsOfCommonNouns(text));

  // 2. Titles and honorifics.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.excluded) continue;
    const tl = titleSet.match(toks, i);
    const hl = honorificSet.match(toks, i);
    // An honorific is lower-case, or capitalised at a sentence start (`Ông`, not `Anh` = England).
    const honOk = hl > 0 && (!t.cap || t.sent) && !t.allCaps;
    // A title word written in capitals mid-sentence is fine (`Thứ trưởng`), but not an all-caps acronym other than known ones.
    if (tl >= hl && tl > 0) t.title = { len: tl, honorific: false };
    else if (honOk) t.title = { len: hl, honorific: true };
    else if (tl > 0) t.title = { len: tl, honorific: false };
    if (t.title) {
      // `Anh` at a sentence start followed by a capitalised word is ambiguous; keep it as honorific.
      for (let k = i; k < i + t.title.len; k++) toks[k].inTitle = true;
      i += t.title.len - 1;
    }
  }

  // 3. Registry names and ICU country names.
  const accept = (m: GazetteerMatch): boolean => {
    const i = tokAt(m.start);
    const j = tokEndingAt(m.end);
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
    if (right && right.cap && !right.inTitle && AMBIGUOUS.has(t.k) && !right.allCaps) {
      const afterTitle = left !== undefined && left.inTitle && !isHonorificTail(toks, i - 1);
      const afterSlotWord = left !== undefined && !left.cap && !left.inTitle;
      if (!afterTitle && !afterSlotWord) return false;
      if (afterSlotWord && familySet.has(right.k)) return false;
    }
    return true;
  };
  for (const m of gazetteer.scan(text, 0, text.length, accept)) {
    const i = tokAt(m.start);
    const j = tokEndingAt(m.end);
    if (i === undefined || j === undefined) continue;
    let entityId: string | null = m.entityId;
    let source: EntityMention['source'] = 'registry';
    if (m.entityId.startsWith('icu:')) {
      entityId = icuIds.get(m.entityId) ?? null;
      source = entityId ? 'registry' : 'icu';
    }
    if (!discover && entityId === null) continue;
    claim({ t0: i, t1: j + 1, start: m.start, end: m.end, type: m.type, entityId, source, name: entityId === null ? text.slice(m.start, m.end) : undefined });
  }

  // 4. Datelines: a paragraph opening with a place in capitals, then a dash.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.allCaps || !(i === 0 || /\n/.test(text.slice(toks[i - 1].e, t.s)))) continue;
    let j = i;
    while (j + 1 < n && toks[j + 1].adj && toks[j + 1].allCaps) j++;
    const after = text.slice(toks[j].e, toks[j].e + 4);
    if (!/^\s*[-–—(]/.test(after) || j - i > 3) continue;
    const owner = toks[i].owner;
    if (owner !== -1 && drafts[owner].type === 'place' && drafts[owner].t1 === j + 1) {
      drafts[owner].role = 'dateline';
    } else if (free(i, j + 1) && discover) {
      const raw = text.slice(t.s, toks[j].e);
      const name = raw.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
      claim({ t0: i, t1: j + 1, start: t.s, end: toks[j].e, type: 'place', entityId: null, source: 'dateline', role: 'dateline', name });
    }
  }

  if (discover) {
    // 5. Organisations and places grown from head nouns.
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.excluded || t.owner !== -1 || (t.heads & HEAD_BITS) === 0) continue;
      const oh = orgHeadSet.match(toks, i);
      const ph = oh ? 0 : placeHeadSet.match(toks, i);
      const h = oh || ph;
      if (!h) continue;
      // `Trưởng ban Tuyên giáo …`, `Phó Trưởng phòng Cảnh sát …`: the unit named after the title is an organisation (VLSP).
      const titleTail = oh === 1 && t.inTitle && i > 0 && t.adj && toks[i - 1].k === 'trưởng' && toks[i - 1].inTitle && (t.k === 'ban' || t.k === 'phòng');
      if (oh && !t.cap && !t.allCaps && !titleTail && lowerOrgHeadSet.match(toks, i) === 0) continue;
      if (oh && i + oh < n && toks[i + oh].owner !== -1 && drafts[toks[i + oh].owner].type === 'organization') continue;
      if (t.cap && !t.sent && ph && !oh && !t.allCaps) {
        // A capitalised place head mid-sentence is usually a name itself (`Hồ`, `Bến`): leave it.
        if (!['tp', 'tp.'].includes(t.k)) continue;
      }
      let j = i + h;
      if (j >= n || !toks[j].adj && !(t.k === 'tp' && /^\.\s?$/.test(text.slice(t.e, toks[j].s)))) continue;
      if (toks[j].excluded) continue;
      let adminStart = -1;
      let firstOk = toks[j].cap || toks[j].allCaps || (toks[j].digit && (ph > 0 || /^(quân khu|sư đoàn|trường|đội|lữ đoàn|trung đoàn|quận|phường)$/.test(toks.slice(i, i + h).map((x) => x.k).join(' '))));
      if (!firstOk && oh && (t.cap || t.allCaps) && !toks[j].cap) {
        // `UBND tỉnh Quảng Nam`, `Công an huyện Gia Lâm`: an administrative unit is the proper part.
        const pj = placeHeadSet.match(toks, j);
        firstOk = pj > 0 && ADMIN_UNITS.has(toks.slice(j, j + pj).map((x) => x.k).join(' ')) && j + pj < n && toks[j + pj].adj && (toks[j + pj].cap || toks[j + pj].digit);
        if (firstOk) adminStart = j;
      }
      if (!firstOk || toks[j].inTitle) continue;
      // A head followed by a person's title is not an organisation name (`Bộ trưởng`).
      let end = j;
      let lowerRun = 0;
      const nestedIdx: number[] = [];
      while (end < n) {
        const u = toks[end];
        if (end > j && !u.adj && !u.hyph && !(toks[end - 1].initial)) break;
        if (u.excluded) break;
        if (u.owner !== -1) {
          const d = drafts[u.owner];
          if (d.type === 'person' && end === j && ph && !t.cap && d.source === 'registry' && d.t0 === j) {
            // `thành phố Hồ Chí Minh`, `đường Nguyễn Huệ`: a place named after a person.
            d.dropped = true;
            const dIdx = u.owner;
            for (let k = d.t0; k < d.t1; k++) if (toks[k].owner === dIdx) toks[k].owner = -1;
            continue;
          }
          if (d.type === 'person' || d.type === 'event') break;
          // A sector word inside an organisation name is part of the name (`Sở … Môi trường`).
          if (d.type === 'sector') d.dropped = true;
          if (d.type === 'place' || d.type === 'organization') nestedIdx.push(u.owner);
          end = d.t1;
          lowerRun = 1; // no lower-case word completes a nested name
          continue;
        }
        if (u.inTitle && u.cap && end > j) break;
        if (u.cap || u.allCaps || u.digit) {
          if (end > j && familySet.has(u.k) && oh && toks[end - 1].cap && !toks[end - 1].allCaps && lowerRun === 0 && looksLikeVietnameseName(toks, end)) {
            // `Trường THPT Nguyễn Trãi` keeps the name; `Bộ Công an Nguyễn Văn A` stops (handled below).
          }
          end++;
          lowerRun = 0;
          continue;
        }
        if (u.k === 'và' && end + 1 < n && toks[end + 1].adj && (toks[end + 1].cap || toks[end + 1].allCaps) && !startsOtherThing(toks, end + 1)) {
          end += 2;
          lowerRun = 0;
          continue;
        }
        const phIn = oh ? placeHeadSet.match(toks, end) : 0;
        if (phIn && end + phIn < n && toks[end + phIn].adj && (toks[end + phIn].cap || toks[end + phIn].digit) && !u.cap) {
          // `… tỉnh Quảng Trị`, `… quận Hoàng Mai`: the locality is part of the organisation's name.
          if (adminStart < 0 && ADMIN_UNITS.has(toks.slice(end, end + phIn).map((x) => x.k).join(' '))) adminStart = end;
          end += phIn;
          lowerRun = 0;
          continue;
        }
        if (u.k === '&') {
          end++;
          continue;
        }
        if (!stopSet.has(u.k) && !(end + 1 < n && toks[end + 1].adj && stopSet.has(`${u.k} ${toks[end + 1].k}`)) && lowerRun === 0 && end > j && !toks[end - 1].allCaps && !toks[end - 1].digit && oh) {
          // One lower-case syllable completes a capitalised word (`Ngoại giao`, `Y tế`).
          end++;
          lowerRun++;
          continue;
        }
        break;
      }
      if (end <= j) continue;
      // `các kênh Đảng, Nhà nước`: a lower-case head before a bare institution word names nothing.
      if (!t.cap && !t.allCaps && bareSet.has(toks.slice(j, end).map((x) => x.k).join(' '))) continue;
      // Trim a trailing person name the org swallowed (`Sở Y tế Hà Nội Nguyễn Văn A`): stop before a family-name run of 2+.
      // After a title (`Giám đốc Sở Công Thương Trần Văn Khải`) the name that closes the run is
      // the person of the title slot, unless the head names schools after people
      // (`Hiệu trưởng Trường THPT Nguyễn Trãi`).
      const titled = titleTail || (i > 0 && t.adj && toks[i - 1].inTitle && !isHonorificTail(toks, i - 1));
      for (let k = j + 1; k < end - 1; k++) {
        if (!(toks[k].owner === -1 && toks[k].cap && familySet.has(toks[k].k) && toks[k + 1].cap && toks[k + 1].owner === -1 && looksLikeVietnameseName(toks, k))) continue;
        const prevTok = toks[k - 1];
        const afterNested = prevTok.owner !== -1 && prevTok.owner !== toks[k].owner;
        let nameRunsToEnd = end - k <= 4;
        for (let q = k; q < end && nameRunsToEnd; q++) nameRunsToEnd = toks[q].cap && !toks[q].allCaps && toks[q].owner === -1 && isVietnameseSyllable(toks[q].k) && (q === k || toks[q].adj);
        const schoolish = oh > 0 && SCHOOL_HEADS.has(toks.slice(i, i + oh).map((x) => x.k).join(' ')) && toks.slice(j, k).every((x) => SCHOOL_WORDS.has(x.k));
        if (!prevTok.cap || ((titled || afterNested) && nameRunsToEnd && !schoolish)) {
          end = k;
          break;
        }
      }
      const type: EntityType = oh ? 'organization' : 'place';
      if (type === 'organization' && nestedIdx.length === 0 && adminStart < 0 && (GENERIC_ORGS.has(toks.slice(i, end).map((x) => x.k).join(' ')) || GENERIC_TAILS.has(toks[end - 1].k) || (end - 2 > i && GENERIC_TAILS.has(`${toks[end - 2].k} ${toks[end - 1].k}`)))) {
        // `Ban Thường vụ Thành ủy`, `Viện KSND`, `UBND TP`: a local body not named; VLSP leaves it out.
        const idx = drafts.length;
        drafts.push({ t0: i, t1: end, start: t.s, end: toks[end - 1].e, type, entityId: null, source: 'head', dropped: true });
        for (let k = i; k < end; k++) if (toks[k].owner === -1) toks[k].owner = idx;
        i = end - 1;
        continue;
      }
      // A place head before a single registry place adds nothing: the registry mention stands.
      if (nestedIdx.length === 1 && drafts[nestedIdx[0]].t0 === j && drafts[nestedIdx[0]].t1 === end && type === 'place') continue;
      for (const d of nestedIdx) drafts[d].nested = true;
      if (type === 'organization' && adminStart >= 0 && adminStart < end - 1 && !nestedIdx.some((d) => drafts[d].type === 'place' && drafts[d].t0 >= adminStart)) {
        // The locality of `UBND huyện Gia Lâm` is a place of its own (nested, as VLSP tags it).
        const ps = toks[adminStart].s;
        const pe = toks[end - 1].e;
        drafts.push({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
      }
      const start = t.s;
      const stop = toks[end - 1].e;
      const idx = drafts.length;
      drafts.push({ t0: i, t1: end, start, end: stop, type, entityId: null, source: 'head', name: text.slice(start, stop) });
      for (let k = i; k < end; k++) if (toks[k].owner === -1) toks[k].owner = idx;
      i = end - 1;
    }
  }

  // Age-group teams: `U16 Việt Nam`, `U23 Thái Lan` (the country nested).
  if (discover) {
    for (let i = 0; i + 1 < n; i++) {
      const t = toks[i];
      if (!t.cap || t.owner !== -1 || t.excluded || t.e - t.s !== 3 || !toks[i + 1].adj || !AGE_TEAM.test(t.k)) continue;
      const o = toks[i + 1].owner;
      // A country or city (capitalised), not a region (`U16 châu Á` is a tournament).
      if (o === -1 || drafts[o].type !== 'place' || drafts[o].t0 !== i + 1 || UPPER[text.charCodeAt(drafts[o].start)] !== 1) continue;
      drafts[o].nested = true;
      claim({ t0: i, t1: drafts[o].t1, start: t.s, end: drafts[o].end, type: 'organization', entityId: null, source: 'head', name: text.slice(t.s, drafts[o].end) });
    }
  }

  // 6. People after titles and honorifics.
  const persons: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.title || t.excluded) continue;
    const titleEnd = i + t.title.len;
    let k = titleEnd;
    let slot = 0;
    // The title as observed: the title words plus a portfolio before any mention (`Bộ trưởng Ngoại giao`).
    let titleStop = titleEnd;
    let sawMention = false;
    if (!t.title.honorific) {
      while (k < n && toks[k].adj && slot < 10) {
        const u = toks[k];
        if (u.owner !== -1) {
          const d = drafts[u.owner];
          if (d.type === 'person') break;
          if (d.type === 'place' || d.type === 'organization') {
            // A country or organisation in the slot is its own mention.
            sawMention = true;
            slot += d.t1 - k;
            k = d.t1;
            continue;
          }
          break;
        }
        const sl = slotSet.match(toks, k);
        if (sl && !u.cap) {
          slot += sl;
          k += sl;
          continue;
        }
        // A ministry's portfolio, however it is capitalised (`Công Thương`, `Kế hoạch và Đầu tư`).
        const pf = u.cap ? portfolioSet.match(toks, k) : 0;
        if (pf) {
          slot += pf;
          k += pf;
          if (!sawMention) titleStop = k;
          continue;
        }
        // A portfolio: one capitalised word completed by a lower-case one (`Ngoại giao`, `Tài chính`).
        if (u.cap && !u.allCaps && k + 1 < n && toks[k + 1].adj && !toks[k + 1].cap && !stopSet.has(toks[k + 1].k) && /\p{L}/u.test(toks[k + 1].k)) {
          slot += 2;
          k += 2;
          if (!sawMention) titleStop = k;
          continue;
        }
        break;
      }
    }
    if (k >= n || !toks[k].adj || k === titleEnd && !toks[k].adj) continue;
    if (k > titleEnd && !toks[k].adj) continue;
    const u = toks[k];
    if (u.excluded) continue;
    if (u.owner !== -1) {
      const d = drafts[u.owner];
      if (d.type === 'person' && d.t0 === k && !d.title) d.title = { start: t.s, end: toks[titleStop - 1].e };
      continue;
    }
    if (!u.cap || u.inTitle) continue;
    let end = k;
    while (end < n && (end === k || toks[end].adj || toks[end].hyph || toks[end - 1].initial) && (toks[end].cap || toks[end].initial) && toks[end].owner === -1 && !toks[end].inTitle && !toks[end].excluded && end - k < 5) end++;
    if (end === k) continue;
    // An organisation between the title and the name (`Chủ tịch OceanBank Hà Văn Thắm`):
    // the person starts at a Vietnamese family name; what stands before it is the organisation.
    let k0 = k;
    for (let p = k + 1; p < end - 1; p++) {
      if (familySet.has(toks[p].k) && looksLikeVietnameseName(toks, p) && !looksLikeVietnameseName(toks, k)) {
        k0 = p;
        break;
      }
    }
    if (k0 > k) {
      claim({ t0: k, t1: k0, start: u.s, end: toks[k0 - 1].e, type: 'organization', entityId: null, source: 'head', name: text.slice(u.s, toks[k0 - 1].e) });
      const v = toks[k0];
      const d: Draft = { t0: k0, t1: end, start: v.s, end: toks[end - 1].e, type: 'person', entityId: null, source: 'title', name: text.slice(v.s, toks[end - 1].e), title: { start: t.s, end: toks[titleStop - 1].e } };
      claim(d);
      persons.push(d);
      continue;
    }
    if (end - k === 1 && (notNameSet.has(u.k) || ETHNONYMS.has(u.k))) continue;
    if (end - k === 1 && u.allCaps && acronymSet.has(u.k)) continue; // `chiến sĩ CSGT`: a common-noun abbreviation
    if (end - k === 1 && !t.title.honorific && (u.allCaps || isCamelCase(text, u.s, u.e))) {
      // `Tổng giám đốc OceanBank`: an organisation, not a name.
      claim({ t0: k, t1: end, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'head', name: text.slice(u.s, u.e) });
      continue;
    }
    // An honorific before a place-like capital word mid-sentence (`anh Quảng Nam`?) is rare; accept.
    const d: Draft = {
      t0: k,
      t1: end,
      start: u.s,
      end: toks[end - 1].e,
      type: 'person',
      entityId: null,
      source: 'title',
      name: text.slice(u.s, toks[end - 1].e),
      title: { start: t.s, end: toks[titleStop - 1].e },
    };
    claim(d);
    persons.push(d);
  }

  if (discover) {
    // 7. People by shape: family name + 1–3 capitalised syllables.
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.owner !== -1 || t.excluded || !t.cap || t.inTitle || !familySet.has(t.k)) continue;
      if (i > 0 && t.adj && toks[i - 1].cap && toks[i - 1].owner === -1 && !toks[i - 1].inTitle && !toks[i - 1].sent) continue;
      let end = i + 1;
      while (end < n && toks[end].adj && toks[end].cap && !toks[end].allCaps && toks[end].owner === -1 && !toks[end].inTitle && end - i < 4 && isVietnameseSyllable(toks[end].k)) end++;
      if (end - i < 2) continue;
      if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1 && !toks[end].inTitle) continue; // a longer run: not a plain name
      const d: Draft = { t0: i, t1: end, start: t.s, end: toks[end - 1].e, type: 'person', entityId: null, source: 'shape', name: text.slice(t.s, toks[end - 1].e) };
      claim(d);
      persons.push(d);
      i = end - 1;
    }
  }

  // 8. Short forms of people already seen in this article.
  const shortForms = new Map<string, { key: string; fullName: string; entityId: string | null; firstEnd: number }>();
  const addShort = (form: string, key: string, fullName: string, entityId: string | null, firstEnd: number) => {
    const k = foldTonePlacement(form.toLowerCase());
    const prev = shortForms.get(k);
    if (prev && prev.key !== key) {
      shortForms.set(k, { ...prev, key: '' }); // ambiguous in this article: resolve to no one
      return;
    }
    if (!prev) shortForms.set(k, { key, fullName, entityId, firstEnd });
  };
  for (const d of drafts) {
    if (d.type !== 'person' || d.dropped) continue;
    const full = text.slice(d.start, d.end);
    const words = full.split(/\s+/).filter((w) => w.length > 0);
    if (words.length < 2) continue;
    const key = d.entityId ?? unknownKey('person', full);
    const vietnamese = words.every((w) => isVietnameseSyllable(foldTonePlacement(w.toLowerCase())));
    if (vietnamese) {
      addShort(words[words.length - 1], key, full, d.entityId, d.end);
      if (words.length >= 3 && !/^(văn|thị)$/i.test(words[words.length - 2])) addShort(words.slice(-2).join(' '), key, full, d.entityId, d.end);
    } else {
      const last = words[words.length - 1].replace(/^\p{Lu}\./u, '');
      if (last.length > 2) addShort(last, key, full, d.entityId, d.end);
    }
  }
  if (shortForms.size) {
    const shortFirstWords = new Set<string>();
    for (const form of shortForms.keys()) shortFirstWords.add(form.split(' ')[0]);
    // People found after an honorific by a short form (`ông Saysompheng`) join their full name.
    for (const d of drafts) {
      if (d.type !== 'person' || d.source !== 'title' || d.t1 - d.t0 > 2 || d.fullKey) continue;
      const sf = shortForms.get(toks.slice(d.t0, d.t1).map((x) => x.k).join(' '));
      if (!sf || !sf.key || sf.firstEnd > d.start) continue;
      d.fullKey = sf.key;
      d.fullName = sf.fullName;
      d.entityId = sf.entityId;
      d.source = 'short-form';
    }
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.owner !== -1 || t.excluded || !t.cap || t.inTitle) continue;
      // One or two capitalised syllables standing alone.
      let end = i + 1;
      if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1 && !toks[end].inTitle) end++;
      if (end < n && toks[end].adj && toks[end].cap && toks[end].owner === -1) continue;
      if (i > 0 && t.adj && toks[i - 1].cap && !toks[i - 1].inTitle) continue;
      if (!shortFirstWords.has(t.k)) continue;
      for (let e = end; e > i; e--) {
        const form = toks.slice(i, e).map((x) => x.k).join(' ');
        const sf = shortForms.get(form);
        if (!sf || !sf.key || sf.firstEnd > t.s) continue;
        if (e - i === 1 && t.sent && notNameSet.has(t.k)) break;
        const prev = i > 0 && t.adj ? toks[i - 1] : undefined;
        let title: Draft['title'];
        if (prev?.inTitle) {
          let b = i - 1;
          while (b > 0 && !toks[b].title && toks[b].inTitle) b--;
          if (toks[b].title) title = { start: toks[b].s, end: prev.e };
        }
        claim({ t0: i, t1: e, start: t.s, end: toks[e - 1].e, type: 'person', entityId: sf.entityId, source: 'short-form', fullKey: sf.key, fullName: sf.fullName, title });
        i = e - 1;
        break;
      }
    }
  }

  if (discover) {
    // 9. Leftovers. One sense per article: a surface typed by a strong rule elsewhere in
    // the article keeps that type (`Quảng Bình` after `tỉnh Quảng Bình`, an acronym
    // defined in brackets after the full name: `Ngân hàng Nhà nước (NHNN)`).
    const known = new Map<string, Draft>();
    for (const d of drafts) {
      if (d.dropped || d.nested || d.t0 < 0) continue;
      if (d.source === 'capitalised' || d.source === 'acronym') continue;
      // A one-word person is a short form: it says nothing about other occurrences.
      if (d.type === 'person' && d.t1 - d.t0 < 2 && d.source !== 'registry') continue;
      let s0 = d.t0;
      if (d.source === 'head') {
        // The proper part after the head word(s).
        while (s0 < d.t1 && !toks[s0].cap) s0++;
        if (s0 === d.t0) s0++;
        while (s0 < d.t1 && !toks[s0].cap && !toks[s0].digit) s0++;
      }
      if (s0 >= d.t1) continue;
      const surface = toks.slice(s0, d.t1).map((x) => x.k).join(' ');
      if (!known.has(surface)) known.set(surface, d);
      // `Ngân hàng Nhà nước (NHNN)`: the bracketed acronym names the same thing.
      const after = text.slice(d.end, d.end + 14);
      const bracket = /^\s?\(([\p{Lu}][\p{Lu}\p{Ll}&.\d-]{1,10})\)/u.exec(after);
      // A place's acronym spells its initials (`TP.HCM`); `Biển Đông (DOC)` names a longer thing.
      if (bracket && (d.type === 'organization' || (d.type === 'place' && spellsInitials(bracket[1], toks.slice(d.t0, d.t1))))) known.set(foldTonePlacement(bracket[1].toLowerCase()), d);
    }
    const fromKnown = (s0: number, end: number): boolean => {
      const d = known.get(toks.slice(s0, end).map((x) => x.k).join(' '));
      if (!d) return false;
      claim({
        t0: s0,
        t1: end,
        start: toks[s0].s,
        end: toks[end - 1].e,
        type: d.type,
        entityId: d.entityId,
        source: d.source === 'registry' ? 'registry' : d.source,
        fullKey: d.fullKey ?? d.entityId ?? unknownKey(d.type, d.name ?? text.slice(d.start, d.end)),
      });
      return true;
    };
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.owner !== -1 || t.excluded || !t.cap || t.inTitle) continue;
      let end = i + 1;
      while (end < n && (toks[end].adj || toks[end].hyph || toks[end - 1].initial) && (toks[end].cap || toks[end].initial) && toks[end].owner === -1 && !toks[end].inTitle && !toks[end].excluded) end++;
      let s = i;
      // Drop sentence-opening words that are not names.
      while (s < end && toks[s].sent && notNameSet.has(toks[s].k)) s++;
      const len = end - s;
      if (len <= 0) {
        i = end - 1;
        continue;
      }
      if (fromKnown(s, end)) {
        i = end - 1;
        continue;
      }
      const u = toks[s];
      const prev = s > 0 && u.adj ? toks[s - 1] : undefined;
      const placeContext = prev !== undefined && !prev.cap && placePrepSet.has(prev.k);
      // `miền Trung`-like directions: `Nam Bộ`, `Tây Bắc`.
      if (len === 1) {
        if (u.allCaps && u.k.length >= 3 && u.k.length <= 6 && !acronymSet.has(u.k) && !/^\d/.test(u.k) && !isRoman(u.k) && !AGE_TEAM.test(u.k) && !commonAcronyms().has(u.k) && /^[A-Z0-9&]+$/.test(text.slice(u.s, u.e))) {
          // Not in an all-caps line (a headline in capitals).
          const capsLine = (prev?.allCaps ?? false) || (end < n && toks[end].adj && toks[end].allCaps);
          if (!capsLine && !placeContext) claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'acronym', name: text.slice(u.s, u.e) });
        } else if (!u.allCaps && looksLikeCompanyWord(text, u)) {
          claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'organization', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
        } else if (placeContext && !u.sent && !u.allCaps && !notNameSet.has(u.k) && !['ra', 'vào', 'về', 'qua', 'trên'].includes(prev!.k) && isVietnameseSyllable(u.k)) {
          claim({ t0: s, t1: s + 1, start: u.s, end: u.e, type: 'place', entityId: null, source: 'capitalised', name: text.slice(u.s, u.e) });
        }
        i = end - 1;
        continue;
      }
      if (len === 2 && STEMS.has(u.k) && BRANCHES.has(toks[s + 1].k)) {
        // A year of the sexagenary cycle (`Bính Ngọ`, `Kỷ Hợi`), not a name.
        i = end - 1;
        continue;
      }
      if (DOCUMENT_WORDS.has(u.k) || (s + 1 < end && DOCUMENT_WORDS.has(`${u.k} ${toks[s + 1].k}`))) {
        // The title of a law or treaty (`Luật Biển`, `Công ước Viên`): not a person or a place.
        i = end - 1;
        continue;
      }
      if (u.sent && s === i && !familySet.has(u.k) && len === 2 && isVietnameseSyllable(u.k)) {
        // A sentence opener plus one capital: too weak.
        i = end - 1;
        continue;
      }
      if (len <= 4 && toks.slice(s, end).every((x) => !x.allCaps || x.k.length === 1)) {
        const vietnamese = toks.slice(s, end).every((x) => isVietnameseSyllable(x.k));
        const direction = len === 2 && /^(bắc|nam|đông|tây|trung)$/.test(u.k) && /^(bộ|nguyên|bắc|nam)$/.test(toks[s + 1].k);
        const lastK = toks[end - 1].k;
        if (!vietnamese && NOT_PERSON_TAILS.has(lastK)) {
          // `Premier League`, `Samsung Pay`, `Song Festival`: an event or a product.
          i = end - 1;
          continue;
        }
        const placeShape = !vietnamese && PLACE_TAILS.has(lastK);
        const orgShape = !vietnamese && !placeShape && (ORG_SUFFIXES.has(lastK) || ORG_PREFIXES.has(u.k) || looksLikeCompanyWord(text, u));
        const type: EntityType = orgShape ? 'organization' : (placeContext && vietnamese) || direction || placeShape ? 'place' : 'person';
        claim({ t0: s, t1: end, start: toks[s].s, end: toks[end - 1].e, type, entityId: null, source: 'capitalised', name: text.slice(toks[s].s, toks[end - 1].e) });
      }
      i = end - 1;
    }
  }

  // 10. The byline.
  if (options.byline !== false && discover) {
    // The last line of the text without its trailing white space.
    let trimmedEnd = text.length;
    while (trimmedEnd > 0 && WHITE_SPACE.test(text[trimmedEnd - 1])) trimmedEnd--;
    const lastLineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
    {
      const rawLine = text.slice(lastLineStart, trimmedEnd);
      const line = rawLine.trim();
      const lineStart = lastLineStart + (rawLine.length - rawLine.trimStart().length);
      if (line.length < 40 && /^(\p{Lu}[\p{L}]*)( \p{Lu}[\p{L}]*){1,3}$/u.test(line)) {
        const i = tokAt(lineStart);
        if (i !== undefined) {
          const j = tokEndingAt(lineStart + line.length)!;
          for (let k = i; k <= j; k++) if (toks[k].owner !== -1) drafts[toks[k].owner].dropped = true;
          for (let k = i; k <= j; k++) toks[k].owner = -1;
          claim({ t0: i, t1: j + 1, start: lineStart, end: lineStart + line.length, type: 'person', entityId: null, source: 'byline', role: 'author', name: line });
        }
      }
    }
  }

  // Nested places inside registry organisation names.
  if (options.nested !== false) {
    for (const d of [...drafts]) {
      if ((d.type !== 'organization' && d.type !== 'event') || d.source !== 'registry' || d.dropped) continue;
      const firstSpace = text.indexOf(' ', d.start);
      if (firstSpace < 0 || firstSpace >= d.end) continue;
      for (const m of gazetteer.scan(text, firstSpace + 1, d.end)) {
        if (m.type !== 'place' || m.end > d.end) continue;
        const entityId = m.entityId.startsWith('icu:') ? icuIds.get(m.entityId) ?? null : m.entityId;
        drafts.push({ t0: -1, t1: -1, start: m.start, end: m.end, type: 'place', entityId, source: entityId ? 'registry' : 'icu', nested: true, name: text.slice(m.start, m.end) });
      }
    }
  }

  // Assemble.
  const out: EntityMention[] = [];
  for (const d of drafts) {
    if (d.dropped) continue;
    if (d.nested && options.nested === false) continue;
    const surface = text.slice(d.start, d.end);
    if (d.type === 'organization' && bareSet.has(normalizeKey(surface))) continue;
    const m: EntityMention = {
      start: d.start,
      end: d.end,
      text: surface,
      type: d.type,
      entityId: d.entityId,
      key: d.fullKey ?? d.entityId ?? unknownKey(d.type, d.name ?? surface),
      source: d.source,
    };
    if (d.title) m.title = { start: d.title.start, end: d.title.end, text: text.slice(d.title.start, d.title.end) };
    if (d.role) m.role = d.role;
    if (d.fullName) m.fullName = d.fullName;
    if (d.nested) m.nested = true;
    out.push(m);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** The index key of an entity the registry does not know. */
export function unknownKey(type: EntityType, name: string): string {
  return `unknown:${type}:${normalizeKey(name)}`;
}

/** Index of the first token that ends after `off` (tokens are sorted and do not overlap). */
function firstTokEndingAfter(toks: Tok[], off: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid].e <= off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isHonorificTail(toks: Tok[], i: number): boolean {
  let b = i;
  while (b > 0 && !toks[b].title && toks[b].inTitle) b--;
  return toks[b].title?.honorific === true;
}

function isVietnameseSyllable(k: string): boolean {
  return k.length <= 7 && VI_LETTERS.test(k) && VI_SYLLABLE.test(k);
}

function looksLikeVietnameseName(toks: Tok[], i: number): boolean {
  let n = 0;
  for (let k = i; k < toks.length && k < i + 4 && (k === i || toks[k].adj) && toks[k].cap && isVietnameseSyllable(toks[k].k); k++) n++;
  return n >= 2;
}

/** Administrative units that make the proper part of an organisation (`UBND tỉnh …`). */
const ADMIN_UNITS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường']);
/** Heads that name schools after people, and the words that stand between head and name. */
const SCHOOL_HEADS = new Set(['trường', 'trường đại học', 'trường cao đẳng', 'trường thpt', 'trường thcs', 'trường tiểu học', 'đại học', 'học viện']);
const SCHOOL_WORDS = new Set(['thpt', 'thcs', 'ptth', 'tiểu', 'học', 'mầm', 'non', 'chuyên', 'dân', 'lập', 'tư', 'thục', 'đại', 'cao', 'đẳng', 'trung', 'phổ', 'thông', 'cơ', 'sở', 'quốc', 'tế']);

/** A capitalised word after `và` that starts something else: a document (`Kế hoạch số 24`), a new organisation, a title. */
function startsOtherThing(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.inTitle) return true;
  if (notNameSet.has(t.k) || (i + 1 < toks.length && toks[i + 1].adj && notNameSet.has(`${t.k} ${toks[i + 1].k}`))) return true;
  return orgHeadSet.match(toks, i) > 0 && !(i + 1 < toks.length && toks[i + 1].adj && !toks[i + 1].cap && !toks[i + 1].allCaps && orgHeadSet.match(toks, i) === 1 && !lowerOrgHeadSet.match(toks, i));
}

const AGE_TEAM = /^u\d{2}$/;
/** First words of the titles of laws, treaties and documents. */
const DOCUMENT_WORDS = new Set(['luật', 'bộ luật', 'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'công ước', 'hiệp định', 'hiệp ước', 'hiến chương', 'hiến pháp', 'tuyên bố', 'thông tri', 'kế hoạch', 'đề án', 'chiến lược', 'sách trắng', 'nghị định thư', 'bộ quy tắc', 'quy tắc', 'thỏa thuận', 'thoả thuận', 'bản ghi nhớ', 'hiệp định thương mại tự do']);

/** True when the letters of an acronym are the initials of the tokens, in order (`TP.HCM` of `Thành phố Hồ Chí Minh`). */
function spellsInitials(acronym: string, toks: Tok[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length !== toks.length) return false;
  for (let q = 0; q < toks.length; q++) if (toks[q].k[0] !== letters[q]) return false;
  return true;
}
/** Last words of an organisation's name that leave it unnamed (a local body: `Ban Thường vụ Thành ủy`). */
const GENERIC_TAILS = new Set(['thành ủy', 'tỉnh ủy', 'huyện ủy', 'quận ủy', 'đảng ủy', 'thành uỷ', 'tỉnh uỷ', 'huyện uỷ', 'quận uỷ', 'đảng uỷ', 'tp', 'ksnd', 'tand', 'vksnd', 'ubnd', 'hđnd'].map((w) => foldTonePlacement(w)));
/** Bodies every organisation has, named by their function only (`Ban Tổ chức`, `Cơ quan Điều tra`). */
const GENERIC_ORGS = new Set(['ban chỉ đạo', 'ban tổ chức', 'ban giám hiệu', 'ban giám khảo', 'ban giám đốc', 'ban quản lý', 'ban điều hành', 'ban đại diện', 'ban chấp hành', 'ban thường vụ', 'ban kiểm soát', 'ban biên tập', 'ban phhs', 'hội phhs', 'ban cán sự', 'cơ quan điều tra', 'cơ quan csđt', 'hội đồng quản trị', 'hội đồng thành viên', 'hội đồng xét xử', 'hội đồng thi', 'hội đồng trường', 'phòng csgt', 'đội csgt', 'phòng pccc', 'tổ công tác', 'tổ chức', 'văn phòng'].map((w) => foldTonePlacement(w)));
/** Last words that make a foreign-looking capitalised run a company, club or outlet (`DongA Bank`, `Vietnam Airlines`). */
const ORG_SUFFIXES = new Set(['bank', 'group', 'corp', 'corp.', 'corporation', 'inc', 'ltd', 'jsc', 'airlines', 'airways', 'air', 'telecom', 'holdings', 'holding', 'fc', 'motors', 'motor', 'pharma', 'media', 'entertainment', 'studio', 'studios', 'capital', 'securities', 'insurance', 'university', 'college', 'institute', 'foundation', 'association', 'company', 'network', 'news', 'times', 'post', 'press', 'television', 'radio', 'united', 'agency', 'council', 'commission', 'bureau', 'ministry', 'department', 'office', 'party', 'union', 'club', 'team', 'academy', 'school', 'hospital', 'center', 'centre', 'technologies', 'technology', 'tech', 'software', 'systems', 'electronics', 'energy', 'oil', 'petroleum', 'steel', 'foods', 'food', 'beverage', 'logistics', 'express', 'land', 'real estate', 'investment', 'finance', 'financial', 'partners', 'ventures', 'labs', 'lab', 'magazine', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'weekly', 'online']);
/** First words that make such a run an organisation (`FC Barcelona`, `CLB Hà Nội`). */
const ORG_PREFIXES = new Set(['fc', 'ac', 'as', 'afc', 'cf', 'sc', 'clb', 'câu lạc bộ', 'real', 'atletico', 'atlético', 'athletic', 'inter', 'sporting', 'dynamo', 'dinamo', 'olympique', 'borussia', 'racing', 'deportivo']);
/** Last words of foreign capitalised runs that name events, competitions or products, not people. */
const NOT_PERSON_TAILS = new Set(['league', 'cup', 'games', 'festival', 'awards', 'award', 'championship', 'championships', 'show', 'tour', 'series', 'open', 'expo', 'summit', 'forum', 'week', 'day', 'pay', 'messenger', 'note', 'phone', 'edition', 'prize', 'contest', 'olympics', 'olympic', 'marathon', 'concert', 'music', 'film', 'movie', 'season', 'app', 'store', 'plus', 'pro', 'max', 'mini', 'ultra', 'edge']);
/** Last words of foreign capitalised runs that name places. */
const PLACE_TAILS = new Set(['park', 'street', 'road', 'avenue', 'river', 'lake', 'island', 'islands', 'bridge', 'tower', 'beach', 'bay', 'mountain', 'mountains', 'valley', 'square', 'airport', 'stadium', 'arena', 'city', 'county', 'state', 'province', 'district', 'village', 'port', 'harbour', 'harbor', 'hill', 'hills', 'falls', 'canyon', 'desert', 'sea', 'ocean', 'strait', 'gulf', 'peninsula']);

/**
 * A single capitalised token shaped like a company name: CamelCase (`OceanBank`, `MobiFone`, but not
 * `McDonald`, `DeChambeau`), a `-bank` compound, or a `Vina-`/`Viet-`/`Petro-` brand that is no Vietnamese syllable.
 */
function looksLikeCompanyWord(text: string, u: Tok): boolean {
  if (!u.cap || u.e - u.s < 4 || isVietnameseSyllable(u.k)) return false;
  const raw = text.slice(u.s, u.e);
  if (/^\p{Lu}\p{Ll}+(bank|group|com|tel|net|soft|land|pharma|tech)$/u.test(raw)) return true;
  if (/^(vina|viet|petro)\p{L}{3,}$/iu.test(raw) && !/^viet(nam|namese)$/i.test(raw)) return true;
  const camel = /^(\p{Lu}+)(\p{Ll}+)(\p{Lu})/u.exec(raw);
  if (!camel) return false;
  // Name prefixes (`McDonald`, `MacArthur`, `DeChambeau`, `LeBron`, `DiMaria`, `VanDyke`, `O'Neil`).
  if (/^(Mc|Mac|De|Di|Da|Le|La|Van|Von|Du|Del|Della|St)$/.test(camel[1] + camel[2])) return false;
  return true;
}

/** Acronyms defined right after a lower-case phrase whose initials spell them (`cha mẹ học sinh (CMHS)`). */
function acronymsOfCommonNouns(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\(([\p{Lu}][\p{Lu}\d&]{1,9})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const letters = m[1].replace(/[^\p{L}]/gu, '').toLowerCase();
    const before = text.slice(Math.max(0, m.index - 80), m.index).trimEnd().split(/\s+/);
    if (before.length < letters.length) continue;
    const words = before.slice(before.length - letters.length);
    let ok = true;
    for (let q = 0; q < words.length && ok; q++) {
      const w = words[q];
      ok = w.length > 0 && UPPER[w.charCodeAt(0)] !== 1 && w[0].toLowerCase() === letters[q];
    }
    if (ok) out.add(foldTonePlacement(m[1].toLowerCase()));
    else {
      // The acronym of a document (`Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)`).
      const clause = text.slice(Math.max(0, m.index - 120), m.index).split(/[.;:!?()\n]/).pop()!.trim().split(/\s+/);
      for (let q = 0; q < clause.length; q++) {
        const w = clause[q];
        if (!w || UPPER[w.charCodeAt(0)] !== 1) continue;
        const k1 = foldTonePlacement(w.toLowerCase());
        const k2 = q + 1 < clause.length ? `${k1} ${foldTonePlacement(clause[q + 1].toLowerCase())}` : '';
        const k3 = q + 2 < clause.length ? `${k2} ${foldTonePlacement(clause[q + 2].toLowerCase())}` : '';
        if (DOCUMENT_WORDS.has(k1) || DOCUMENT_WORDS.has(k2) || DOCUMENT_WORDS.has(k3)) {
          out.add(foldTonePlacement(m[1].toLowerCase()));
          break;
        }
      }
    }
  }
  return out;
}

const STEMS = new Set(['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']);
const BRANCHES = new Set(['tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']);
const ETHNONYMS = new Set(['việt', 'kinh', 'hoa', 'thái', 'tày', 'nùng', 'mường', 'khmer', 'chăm', 'mông', 'dao', 'ê đê', 'gia rai']);

function isCamelCase(text: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (UPPER[text.charCodeAt(k)] === 1) return true;
  return false;
}

function isRoman(k: string): boolean {
  return /^[ivxlc]+$/.test(k);
}

const WHITE_SPACE = /^\s$/;

/** 1 where a code unit is white space in the sense of RegExp `\s`. */
const IS_SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) IS_SPACE[c] = 1;

/** 1 where a code unit before a word makes it open a sentence, caption or quote. */
const SENTENCE_OPENERS = new Uint8Array(65536);
for (const ch of '.!?:…"“”‘’\'([•*') SENTENCE_OPENERS[ch.charCodeAt(0)] = 1;

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const isAmp = c === 0x26 && toks.length > 0 && prevEnd === i && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD;
    if (CLASS[c] !== WORD && !isAmp) {
      i++;
      continue;
    }
    let j = i + 1;
    let h = Math.imul(c, 0x9e3779b1);
    let cj: number;
    while (j < n && CLASS[(cj = text.charCodeAt(j))] === WORD) {
      h = Math.imul(h ^ cj, 0x01000193);
      j++;
    }
    if (isAmp) {
      // `GD&ĐT`, `S&P`: the ampersand joins its neighbours into one token.
      const last = toks[toks.length - 1];
      last.e = j;
      last.k = foldTonePlacement(text.slice(last.s, j).toLowerCase());
      last.heads = headsOf(last.k);
      last.allCaps = last.allCaps && isAllCaps(text, i + 1, j);
      prevEnd = j;
      i = j;
      continue;
    }
    const prev = toks[toks.length - 1];
    // The gap before the token; one space or none is by far the most common.
    const g0 = i - prevEnd === 1 ? text.charCodeAt(prevEnd) : -1;
    const cap = UPPER[c] === 1;
    let sent: boolean;
    if (toks.length === 0) sent = true;
    else if (g0 === 0x20 || g0 === 0xa0) sent = false;
    else {
      // A line break in the gap, or its last visible character ends a sentence or opens a quote.
      sent = false;
      let last = -1;
      for (let q = prevEnd; q < i; q++) {
        const cq = text.charCodeAt(q);
        if (cq === 0x0a || cq === 0x0d) {
          sent = true;
          break;
        }
        if (IS_SPACE[cq] !== 1) last = cq;
      }
      if (!sent && last !== -1) sent = SENTENCE_OPENERS[last] === 1;
    }
    const info = tokenInfo(text, i, j, h ^ (h >>> 15));
    const tok: Tok = {
      s: i,
      e: j,
      k: info.k,
      heads: info.heads,
      cap,
      allCaps: cap && j - i > 1 && isAllCaps(text, i, j),
      digit: c >= 48 && c <= 57,
      sent,
      adj: g0 === 0x20 || g0 === 0xa0,
      hyph: g0 === 0x2d,
      initial: false,
      excluded: false,
      owner: -1,
      title: undefined,
      inTitle: false,
    };
    if (prev && prev.initial === false && prev.e - prev.s === 1 && UPPER[text.charCodeAt(prev.s)] === 1 && text.charCodeAt(prevEnd) === 0x2e && (i - prevEnd === 1 || (i - prevEnd === 2 && text.charCodeAt(prevEnd + 1) === 0x20)) && cap) {
      // `V.Putin`, `S. Lavrov`: the initial and the name are one run.
      prev.initial = true;
      tok.adj = true;
      tok.sent = false;
    }
    toks.push(tok);
    prevEnd = j;
    i = j;
  }
  // Every zone lies inside a run of non-space characters, and only a run holding `@`, `.`,
  // `:` or three hyphens can be one: zones are looked for in those runs alone.
  const zones: Array<[number, number]> = [];
  for (let r = 0; r < n; ) {
    if (IS_SPACE[text.charCodeAt(r)] === 1) {
      r++;
      continue;
    }
    let q = r;
    let hyphens = 0;
    let candidate = false;
    for (; q < n; q++) {
      const c = text.charCodeAt(q);
      if (IS_SPACE[c] === 1) break;
      if (c === 0x40 || c === 0x2e || c === 0x3a) candidate = true;
      else if (c === 0x2d) hyphens++;
    }
    if (candidate || hyphens >= 3) {
      for (const [s, e] of findZones(text.slice(r, q))) zones.push([r + s, r + e]);
    }
    r = q;
  }
  if (zones.length) {
    let z = 0;
    for (const t of toks) {
      while (z < zones.length && zones[z][1] <= t.s) z++;
      if (z < zones.length && zones[z][0] < t.e && t.s < zones[z][1]) t.excluded = true;
    }
  }
  return toks;
}

interface TokenInfo {
  k: string;
  heads: number;
}

// Memo of token infos, keyed by the token's text: an open-addressing table probed with a
// hash computed while the tokenizer walks the token, so a known token costs no allocation.
const INFO_BITS = 16;
const INFO_SIZE = 1 << INFO_BITS;
const infoHash = new Int32Array(INFO_SIZE);
let infoRaw: Array<string | undefined> = new Array(INFO_SIZE).fill(undefined);
let infoVal: Array<TokenInfo | undefined> = new Array(INFO_SIZE).fill(undefined);
let infoCount = 0;

/**
 * The key of the token text[s, e) (lower-case, eth read as đ, tone placement folded) and
 * the phrase sets that have a phrase starting with it; `h` is tokenHash of the same text.
 */
function tokenInfo(text: string, s: number, e: number, h: number): TokenInfo {
  const len = e - s;
  let slot = h & (INFO_SIZE - 1);
  for (;;) {
    const raw = infoRaw[slot];
    if (raw === undefined) break;
    if (infoHash[slot] === h && raw.length === len) {
      let same = true;
      for (let q = 0; q < len; q++) {
        if (raw.charCodeAt(q) !== text.charCodeAt(s + q)) {
          same = false;
          break;
        }
      }
      if (same) return infoVal[slot]!;
    }
    slot = (slot + 1) & (INFO_SIZE - 1);
  }
  const raw = ownCopy(text, s, e);
  const k = foldTonePlacement(raw.toLowerCase().replace(/ð/g, 'đ'));
  const info: TokenInfo = { k, heads: headsOf(k) };
  if (infoCount >= INFO_SIZE >> 1) {
    // Full enough: start afresh (slot is no longer a free one).
    infoHash.fill(0);
    infoRaw = new Array(INFO_SIZE).fill(undefined);
    infoVal = new Array(INFO_SIZE).fill(undefined);
    infoCount = 0;
    slot = h & (INFO_SIZE - 1);
  }
  infoHash[slot] = h;
  infoRaw[slot] = raw;
  infoVal[slot] = info;
  infoCount++;
  return info;
}

/**
 * text[s, e) as a string of its own. V8 makes a slice of 13 characters or more a view that
 * keeps the whole text alive, and the memo outlives the text: every version of an open
 * article that brought a new long token stayed in memory until the memo was next emptied.
 * (Prepending a character makes V8 copy the characters; the slice then views the copy.)
 */
function ownCopy(text: string, s: number, e: number): string {
  return e - s < 13 ? text.slice(s, e) : (' ' + text.slice(s, e)).slice(1);
}

function headsOf(k: string): number {
  let heads = 0;
  for (const set of phraseSets) if (set.startsWith(k)) heads |= set.bit;
  return heads;
}

function isAllCaps(text: string, s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (UPPER[c]) letters++;
    else if (CLASS[c] === WORD && !(c >= 48 && c <= 57) && c !== 0x26) return false;
  }
  return letters > 0;
}
