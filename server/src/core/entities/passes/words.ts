// The lexicon (server/data/lexicon/*.yaml, see ../lexicon.ts) compiled for the passes: phrase
// sets for the lists matched over several tokens, sets for those looked up by key, regular
// expressions for word shapes. Built once per Lexicon object and cached.

import type { CountryName, Lexicon } from '../lexicon';
import { UPPER, foldTonePlacement, normalizeKey } from '../normalize';
import { COMPANY_WORD, DIRECTION, FAMILY, NOT_NAME, PLACE_PREP, PhraseSet, PhraseWords, SPEECH, SPLIT_FIRST, STOP, STOP_FIRST, isVietnameseSyllable, type Toks, type WordFlags } from './tokens';
import { WordPairs } from './wordPairs';

export interface Words {
  readonly lexicon: Lexicon;
  /** Every phrase set, in bit order (the tokenizer marks each token with the sets it starts a phrase of). */
  readonly phraseSets: readonly PhraseSet[];
  readonly title: PhraseSet;
  readonly honorific: PhraseSet;
  readonly orgHead: PhraseSet;
  readonly placeHead: PhraseSet;
  readonly slot: PhraseSet;
  readonly portfolio: PhraseSet;
  readonly lowerOrgHead: PhraseSet;
  /** orgHead.bit | placeHead.bit */
  readonly headBits: number;
  // Compared with a token's key (lower-case, tone placement folded) or phrase of keys.
  readonly family: ReadonlySet<string>;
  readonly notName: ReadonlySet<string>;
  /**
   * tokenize's wordFlags: the flags of a word of these lists (NOT_NAME, SPLIT_FIRST, SPEECH,
   * FAMILY, PLACE_PREP, COMPANY_WORD, STOP, STOP_FIRST, DIRECTION), which the tokens carry
   * (Toks.notName, …): a pass asks them of a token without a look-up.
   */
  readonly tokenFlags: WordFlags;
  readonly stop: ReadonlySet<string>;
  readonly genericTails: ReadonlySet<string>;
  readonly genericOrgs: ReadonlySet<string>;
  /** Compared with normalizeKey of a surface. */
  readonly bare: ReadonlySet<string>;
  // Compared as written in the lexicon.
  readonly acronym: ReadonlySet<string>;
  readonly placePreps: ReadonlySet<string>;
  readonly weakPlacePreps: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  readonly adminUnits: ReadonlySet<string>;
  readonly numberedHeads: ReadonlySet<string>;
  readonly schoolHeads: ReadonlySet<string>;
  /** Heads of bodies named after their locality (organisation-heads.yaml localityHeads): `Huyện ủy Hướng Hóa`. */
  readonly localityHeads: ReadonlySet<string>;
  /** Heads of companies (organisation-heads.yaml companyHeads): `CTCP Thang máy Thiên Nam`. */
  readonly companyHeads: PhraseSet;
  readonly schoolWords: ReadonlySet<string>;
  readonly documentWords: ReadonlySet<string>;
  readonly ethnonyms: ReadonlySet<string>;
  /** Words of football reports (cues.yaml footballWords), as phrases: the tokenizer marks where they start. */
  readonly footballWords: PhraseSet;
  /** Words of stock-market reports (cues.yaml marketWords), as phrases. */
  readonly marketWords: PhraseSet;
  /** Words before a team in football reports (cues.yaml clubCues), matched backwards from a name. */
  readonly clubCues: PhraseSet;
  readonly notEntityCues: PhraseSet;
  readonly placeCues: PhraseSet;
  readonly orgCues: PhraseSet;
  /** Verbs of saying (cues.yaml speechVerbs), one or two words: who says is a person (`Phong cho biết`). */
  readonly speechVerbs: ReadonlySet<string>;
  /** The first words of the speechVerbs of two words. */
  readonly speechFirstWords: ReadonlySet<string>;
  readonly headCompounds: PhraseSet;
  /** Common two-syllable words (compounds.yaml splitWords), by their two keys: a capitalised run ending in the first syllable, the second in lower case after it, is no name. */
  readonly splitWords: WordPairs;
  readonly nationalityWords: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
  readonly branches: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
  readonly directionTails: ReadonlySet<string>;
  readonly middleNames: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  readonly orgPrefixes: ReadonlySet<string>;
  readonly notPersonTails: ReadonlySet<string>;
  readonly placeTails: ReadonlySet<string>;
  /** Last words of football clubs' names (foreign-names.yaml clubTails): `Man City`, `Aston Villa`. */
  readonly clubTails: ReadonlySet<string>;
  /** Last words of products' names that open with their maker's (foreign-names.yaml productTails): `Samsung Pay`. */
  readonly productTails: ReadonlySet<string>;
  readonly surnamePrefixes: ReadonlySet<string>;
  /** `OceanBank`, `Viettel`: a capital, lower-case letters, a company word ending. */
  readonly companyWord: RegExp;
  /** `Vinamilk`, `Petrolimex`: a brand prefix and three letters or more. */
  readonly brandWord: RegExp;
  readonly notBrand: RegExp;
  /** Vietnamese names of every country ICU knows, and the lexicon's short names; built on first use. */
  countryNames(): readonly CountryName[];
}

const compiled = new WeakMap<Lexicon, Words>();

export function wordsOf(lexicon: Lexicon): Words {
  let w = compiled.get(lexicon);
  if (!w) compiled.set(lexicon, (w = compile(lexicon)));
  return w;
}

const alternation = (list: readonly string[]) => list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function compile(lex: Lexicon): Words {
  const phraseSets: PhraseSet[] = [];
  const vocabulary = new PhraseWords();
  const phrases = (list: readonly string[]) => {
    const set = new PhraseSet(list, 1 << phraseSets.length, vocabulary);
    phraseSets.push(set);
    return set;
  };
  const title = phrases(lex.titles);
  const honorific = phrases(lex.honorifics);
  const orgHead = phrases(lex.orgHeads);
  const placeHead = phrases(lex.placeHeads);
  const slot = phrases(lex.slotWords);
  const portfolio = phrases(lex.portfolios);
  const lowerOrgHead = phrases(lex.lowercaseOrgHeads);
  // Matched backwards from a name (claims.ts cueBefore, heads.ts), as phrases for the tokens' bits.
  const orgCues = phrases(lex.orgCues);
  const placeCues = phrases(lex.placeCues);
  const notEntityCues = phrases(lex.notEntityCues);
  const headCompounds = phrases(lex.headCompounds);
  const companyHeads = phrases(lex.companyHeads);
  const footballWords = phrases(lex.footballWords);
  const marketWords = phrases(lex.marketWords);
  const clubCues = phrases(lex.clubCues);
  const folded = (list: readonly string[]) => new Set(list.map((w) => foldTonePlacement(w)));
  const notName = folded(lex.notNames);
  const family = folded(lex.familyNames);
  const placePreps = new Set(lex.placePrepositions);
  const splitWords = new WordPairs(folded(lex.splitWords));
  const speechVerbs = folded(lex.speechVerbs);
  const stop = folded(lex.stopWords);
  const stopFirstWords = new Set([...stop].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
  const directions = new Set(lex.directions);
  const speechFirstWords = new Set([...speechVerbs].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
  let countries: readonly CountryName[] | undefined;
  const words: Words = {
    lexicon: lex,
    phraseSets,
    title,
    honorific,
    orgHead,
    placeHead,
    slot,
    portfolio,
    lowerOrgHead,
    headBits: orgHead.bit | placeHead.bit,
    family,
    notName,
    tokenFlags: (key: string, raw: string) =>
      (notName.has(key) ? NOT_NAME : 0) |
      (splitWords.hasFirst(key) ? SPLIT_FIRST : 0) |
      (speechVerbs.has(key) || speechFirstWords.has(key) ? SPEECH : 0) |
      (family.has(key) ? FAMILY : 0) |
      (placePreps.has(key) ? PLACE_PREP : 0) |
      (isCompanyWord(words, key, raw) ? COMPANY_WORD : 0) |
      (stop.has(key) ? STOP : 0) |
      (stopFirstWords.has(key) ? STOP_FIRST : 0) |
      (directions.has(key) ? DIRECTION : 0),
    stop,
    genericTails: folded(lex.genericTails),
    genericOrgs: folded(lex.genericOrgs),
    bare: new Set(lex.bareInstitutions.map((w) => normalizeKey(w))),
    acronym: new Set(lex.commonAcronyms),
    placePreps,
    weakPlacePreps: new Set(lex.weakPlacePrepositions),
    ambiguous: new Set(lex.ambiguousSyllables),
    adminUnits: new Set(lex.adminUnits),
    numberedHeads: new Set(lex.numberedHeads),
    schoolHeads: new Set(lex.schoolHeads),
    localityHeads: folded(lex.localityHeads),
    companyHeads,
    schoolWords: new Set(lex.schoolWords),
    documentWords: new Set(lex.documentWords),
    ethnonyms: new Set(lex.ethnonyms),
    footballWords,
    marketWords,
    clubCues,
    notEntityCues,
    placeCues,
    orgCues,
    speechVerbs,
    speechFirstWords,
    headCompounds,
    splitWords,
    nationalityWords: folded(lex.nationalityWords),
    stems: new Set(lex.heavenlyStems),
    branches: new Set(lex.earthlyBranches),
    directions,
    directionTails: new Set(lex.directionTails),
    middleNames: new Set(lex.middleNames),
    orgSuffixes: new Set(lex.orgSuffixes),
    orgPrefixes: new Set(lex.orgPrefixes),
    notPersonTails: new Set(lex.notPersonTails),
    placeTails: new Set(lex.placeTails),
    clubTails: new Set(lex.clubTails),
    productTails: new Set(lex.productTails),
    surnamePrefixes: new Set(lex.surnamePrefixes),
    companyWord: new RegExp(`^\\p{Lu}\\p{Ll}+(${alternation(lex.companyWordEndings)})$`, 'u'),
    brandWord: new RegExp(`^(${alternation(lex.brandPrefixes)})\\p{L}{3,}$`, 'iu'),
    notBrand: new RegExp(`^(${alternation(lex.notBrands)})$`, 'i'),
    countryNames: () => (countries ??= icuCountryNames(lex.countryShortNames)),
  };
  return words;
}

/** Vietnamese names of every region ICU knows (`Nga`, `Hoa Kỳ`, `Hàn Quốc`), plus the lexicon's short forms. */
function icuCountryNames(shortNames: readonly CountryName[]): CountryName[] {
  const names: CountryName[] = [];
  let dn: Intl.DisplayNames | undefined;
  try {
    dn = new Intl.DisplayNames(['vi'], { type: 'region' });
  } catch {
    return names;
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
      names.push({ iso, name });
      // `Đặc khu Hành chính Hồng Kông, Trung Quốc` → also `Hồng Kông`.
      const short = name.split(/[,(]/)[0].replace(/^Đặc khu Hành chính\s+/, '').trim();
      if (short && short !== name) names.push({ iso, name: short });
    }
  }
  for (const { iso, name } of shortNames) names.push({ iso, name });
  return names;
}

// Word shapes that need the lexicon.

/**
 * A single capitalised token shaped like a company name: CamelCase (`OceanBank`, `MobiFone`, but not
 * `McDonald`, `DeChambeau`), a `-bank` compound, or a `Vina-`/`Viet-`/`Petro-` brand that is no Vietnamese syllable.
 * (A fact of the word: the tokenizer keeps it, COMPANY_WORD.)
 */
export function looksLikeCompanyWord(toks: Toks, i: number): boolean {
  return (toks.flags[i] & COMPANY_WORD) !== 0;
}

/** The word of key `key` and text `raw` is shaped like a company name (looksLikeCompanyWord). */
function isCompanyWord(w: Words, key: string, raw: string): boolean {
  if (UPPER[raw.charCodeAt(0)] !== 1 || raw.length < 4 || isVietnameseSyllable(key)) return false;
  if (w.companyWord.test(raw) || w.brandWord.test(raw)) return !w.notBrand.test(raw);
  const camel = /^(\p{Lu}+)(\p{Ll}+)(\p{Lu})/u.exec(raw);
  if (!camel) return false;
  // Name prefixes (`McDonald`, `MacArthur`, `DeChambeau`, `LeBron`, `DiMaria`, `VanDyke`).
  if (w.surnamePrefixes.has(camel[1] + camel[2])) return false;
  return !w.notBrand.test(raw);
}

/** A capitalised word after `và` that starts something else: a document (`Kế hoạch số 24`), a new organisation or place, a title. */
export function startsOtherThing(w: Words, toks: Toks, i: number): boolean {
  if (toks.inTitle(i)) return true;
  const k = toks.k;
  if (toks.notName(i) || (i + 1 < toks.n && toks.adj(i + 1) && w.notName.has(`${k[i]} ${k[i + 1]}`))) return true;
  // A place head before a name or a number starts a new place (`TP.HCM và Phường 9`, not `Ủy ban Dân tộc và Miền núi`).
  const ph = w.placeHead.match(toks, i);
  if (ph > 0 && i + ph < toks.n && toks.adj(i + ph) && (toks.cap(i + ph) || toks.digit(i + ph))) return true;
  return w.orgHead.match(toks, i) > 0 && !(i + 1 < toks.n && toks.adj(i + 1) && !toks.cap(i + 1) && !toks.allCaps(i + 1) && w.orgHead.match(toks, i) === 1 && !w.lowerOrgHead.match(toks, i));
}
