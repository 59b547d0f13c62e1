// The word lists the recognizer reasons with: titles, honorifics, head nouns, family names,
// capitalised words that are not names, the shapes of foreign company names. General
// vocabulary, never names from any data set. The lists live in server/data/lexicon/*.yaml
// (each file says what its lists are for, which pass reads them and where the facts come
// from); the host reads them with the built-in registry and hands them in as text, like any
// registry source: a built-in source whose top-level key is `lexicon:` is a lexicon file.
// loadRegistry builds one Lexicon from them (the same texts give the same object), and the
// recognizer compiles it once into its tables (passes/words.ts).

import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { RegistryProblem, RegistrySource } from './types';

export interface CountryName {
  iso: string;
  name: string;
}

/** The lists of server/data/lexicon/*.yaml, by the key they have there. */
export interface Lexicon {
  // titles.yaml
  readonly titles: readonly string[];
  readonly portfolios: readonly string[];
  readonly slotWords: readonly string[];
  // honorifics.yaml
  readonly honorifics: readonly string[];
  // organisation-heads.yaml
  readonly orgHeads: readonly string[];
  readonly lowercaseOrgHeads: readonly string[];
  readonly numberedHeads: readonly string[];
  readonly schoolHeads: readonly string[];
  readonly schoolWords: readonly string[];
  readonly genericOrgs: readonly string[];
  readonly genericTails: readonly string[];
  readonly bareInstitutions: readonly string[];
  // place-heads.yaml
  readonly placeHeads: readonly string[];
  readonly adminUnits: readonly string[];
  readonly placePrepositions: readonly string[];
  readonly weakPlacePrepositions: readonly string[];
  readonly directions: readonly string[];
  readonly directionTails: readonly string[];
  // person-names.yaml
  readonly familyNames: readonly string[];
  readonly middleNames: readonly string[];
  readonly ambiguousSyllables: readonly string[];
  // not-names.yaml
  readonly notNames: readonly string[];
  readonly ethnonyms: readonly string[];
  readonly heavenlyStems: readonly string[];
  readonly earthlyBranches: readonly string[];
  readonly documentWords: readonly string[];
  // acronyms.yaml
  readonly commonAcronyms: readonly string[];
  // stop-words.yaml
  readonly stopWords: readonly string[];
  // foreign-names.yaml
  readonly orgSuffixes: readonly string[];
  readonly orgPrefixes: readonly string[];
  readonly notPersonTails: readonly string[];
  readonly placeTails: readonly string[];
  readonly companyWordEndings: readonly string[];
  readonly brandPrefixes: readonly string[];
  readonly notBrands: readonly string[];
  readonly surnamePrefixes: readonly string[];
  // country-short-names.yaml
  readonly countryShortNames: readonly CountryName[];
}

type WordListName = Exclude<keyof Lexicon, 'countryShortNames'>;

/** Word lists written in lower case (the others keep their capitals: they are compared as written). */
const LOWER_CASE: Record<WordListName, boolean> = {
  titles: true,
  portfolios: true,
  slotWords: true,
  honorifics: true,
  orgHeads: true,
  lowercaseOrgHeads: true,
  numberedHeads: true,
  schoolHeads: true,
  schoolWords: true,
  genericOrgs: true,
  genericTails: true,
  bareInstitutions: true,
  placeHeads: true,
  adminUnits: true,
  placePrepositions: true,
  weakPlacePrepositions: true,
  directions: true,
  directionTails: true,
  familyNames: true,
  middleNames: true,
  ambiguousSyllables: true,
  notNames: true,
  ethnonyms: true,
  heavenlyStems: true,
  earthlyBranches: true,
  documentWords: true,
  commonAcronyms: true,
  stopWords: true,
  orgSuffixes: true,
  orgPrefixes: true,
  notPersonTails: true,
  placeTails: true,
  companyWordEndings: true,
  brandPrefixes: true,
  notBrands: true,
  surnamePrefixes: false,
};
const WORD_LISTS = Object.keys(LOWER_CASE) as WordListName[];
const ALL_LISTS: ReadonlySet<string> = new Set<string>([...WORD_LISTS, 'countryShortNames']);

/** A built-in source that holds lexicon lists rather than registry entries. */
export function isLexiconSource(source: RegistrySource): boolean {
  return source.builtin && source.unreadable === undefined && /^lexicon:/m.test(source.text);
}

export interface LexiconLoad {
  lexicon: Lexicon;
  problems: RegistryProblem[];
}

// The lexicon of the last few sets of sources: every registry of a process is loaded with the
// same built-in files, and gets the same Lexicon object (and so the same compiled tables).
const loaded = new Map<string, LexiconLoad>();

/**
 * The lexicon of these lexicon files. A missing list is an error (the list is then empty), an
 * unknown one a warning; a word written twice, or not lower-case NFC, is reported and kept once.
 */
export function parseLexicon(sources: readonly RegistrySource[]): LexiconLoad {
  const key = sources.map((s) => `${s.path}\u0000${s.text}`).join('\u0001');
  const hit = loaded.get(key);
  if (hit) return hit;
  const problems: RegistryProblem[] = [];
  const lists = new Map<string, { values: unknown[]; path: string }>();
  for (const source of sources) readLexiconFile(source, lists, problems);
  const out: Record<string, unknown> = {};
  for (const name of [...WORD_LISTS, 'countryShortNames'] as const) {
    const got = lists.get(name);
    if (!got) {
      const path = sources[0]?.path ?? 'lexicon';
      problems.push({ path, start: 0, end: 0, message: `the lexicon has no list '${name}'`, severity: 'error', code: 'registry/invalid-entry' });
    }
    out[name] = Object.freeze(got?.values ?? []);
  }
  const result = { lexicon: Object.freeze(out) as unknown as Lexicon, problems };
  if (loaded.size >= 4) loaded.delete(loaded.keys().next().value!);
  loaded.set(key, result);
  return result;
}

function readLexiconFile(source: RegistrySource, lists: Map<string, { values: unknown[]; path: string }>, problems: RegistryProblem[]): void {
  const { path } = source;
  const report = (node: Node | null | undefined, message: string, severity: RegistryProblem['severity'], code: RegistryProblem['code'] = 'registry/invalid-entry') => {
    const r = node?.range;
    problems.push({ path, start: r?.[0] ?? 0, end: r?.[1] ?? 0, message, severity, code });
  };
  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: false });
  for (const e of doc.errors) problems.push({ path, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), message: e.message.split('\n')[0], severity: 'error', code: 'registry/syntax' });
  const root = doc.contents as Node | null;
  const top = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'lexicon') : undefined;
  const body = top?.value as Node | null | undefined;
  if (!isMap(body)) {
    report(body ?? root, "a lexicon file is a mapping 'lexicon:' of named lists", 'error');
    return;
  }
  for (const pair of body.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (!ALL_LISTS.has(name)) {
      report(pair.key as Node, `unknown lexicon list '${name}'`, 'warning', 'registry/unknown-field');
      continue;
    }
    if (lists.has(name)) {
      report(pair.key as Node, `the list '${name}' is already given in ${lists.get(name)!.path} (that one is used)`, 'error', 'registry/duplicate-id');
      continue;
    }
    if (!isSeq(value)) {
      report(value ?? (pair.key as Node), `'${name}' must be a list`, 'error');
      continue;
    }
    const values: unknown[] = [];
    lists.set(name, { values, path });
    if (name === 'countryShortNames') {
      for (const item of value.items as Array<Node | null>) {
        const js = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
        if (!js || typeof js.iso !== 'string' || !/^[A-Z]{2}$/.test(js.iso) || typeof js.name !== 'string' || !js.name.trim()) {
          report(item, "a country name is '{ iso: XX, name: … }' (an ISO 3166-1 alpha-2 code)", 'error');
          continue;
        }
        values.push(Object.freeze({ iso: js.iso, name: js.name.normalize('NFC') }));
      }
      continue;
    }
    const seen = new Set<string>();
    for (const item of value.items as Array<Node | null>) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        report(item, `'${name}' holds words: a word that is not text is left out (quote it)`, 'error');
        continue;
      }
      const word = item.value;
      if (word !== word.normalize('NFC') || (LOWER_CASE[name as WordListName] && word !== word.toLowerCase())) {
        report(item, `'${word}' is not written ${LOWER_CASE[name as WordListName] ? 'in lower case, ' : ''}NFC (it is used as written)`, 'warning');
      }
      if (seen.has(word)) {
        report(item, `'${word}' is written twice in '${name}'`, 'warning');
        continue;
      }
      seen.add(word);
      values.push(word);
    }
  }
}

let fallback: Lexicon | undefined;

/**
 * The lexicon of a registry loaded without lexicon sources (a test's registry of its own YAML;
 * a registry file being edited). The host sets it (tests: the built-in lexicon, read once).
 */
export function setDefaultLexicon(lexicon: Lexicon | undefined): void {
  fallback = lexicon;
}

export function defaultLexicon(): Lexicon {
  if (!fallback) {
    throw new Error(
      'no lexicon: load the registry with the lexicon sources (readBuiltinRegistrySources reads server/data/lexicon/*.yaml with the built-in registry) or call setDefaultLexicon first',
    );
  }
  return fallback;
}
