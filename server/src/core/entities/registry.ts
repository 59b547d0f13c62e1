// The entity registry: the built-in knowledge base plus a corpus's own entities.yaml.
//
// Sources are read in order; a later source adds entities or overrides earlier ones:
//   * Same id in a later source = override. Scalar fields written in the later entry
//     replace the earlier values; `aliases` and `titles` are merged (earlier first, duplicates
//     dropped). An override that changes `type` replaces the earlier entity entirely.
//     Go-to-definition lands on the last definition; earlier ones are kept in `overrides`.
//   * Same id twice in one file = `registry/duplicate-id` (the second entry is skipped).
//   * One alias (compared on its normalised key, case-folded) claimed by two entities:
//     within the same tier (built-in vs built-in, corpus vs corpus) the first claimant keeps
//     it and the later one gets `registry/duplicate-alias` (warning). A corpus file claiming
//     a built-in alias wins silently: the corpus knows its own texts best.
// A broken file never stops the rest: YAML errors are reported (`registry/syntax`) and
// whatever parsed is still used; a bad entry is skipped (`registry/invalid-entry`); a bad
// field is dropped with its own problem, and the entry kept.

import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { readYamlSource } from './yamlTree';
import type { Severity } from '../diagnostic';
import { Gazetteer, type GazetteerPattern } from './gazetteer';
import { checkRegistryTitles } from './registryChecks';
import { normalizeKey } from './normalize';
import { translator, type Language, type Translate } from '../i18n';
import { defaultLexicon, isLexiconSource, parseLexicon, type Lexicon } from './lexicon';
import {
  ENTITY_TYPES,
  PLACE_KINDS,
  type Entity,
  type EntityType,
  type PlaceKind,
  type RegistryProblem,
  type RegistryProblemCode,
  type RegistrySource,
  type SourceRange,
  type TitleEntry,
} from './types';

export type { Entity, EntityType, RegistryProblem, RegistrySource } from './types';

const COMMON_FIELDS = ['id', 'type', 'name', 'aliases', 'description', 'english'];
const TYPE_FIELDS: Record<EntityType, string[]> = {
  person: ['nationality', 'titles'],
  organization: ['country', 'parent'],
  place: ['kind', 'iso', 'parent'],
  sector: ['parent'],
  event: ['date', 'from', 'to', 'parent'],
};
const ALL_FIELDS = new Set([...COMMON_FIELDS, ...Object.values(TYPE_FIELDS).flat()]);
const TITLE_FIELDS = new Set(['title', 'organization', 'from', 'to']);
const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First words that are common nouns, written lower-case mid-sentence (`biển Đông`, `châu Á`, `bộ Ngoại giao`): the one-word heads of the lexicon. */
const genericHeadsCache = new WeakMap<Lexicon, Set<string>>();
function genericHeads(lexicon: Lexicon): Set<string> {
  let s = genericHeadsCache.get(lexicon);
  if (!s) genericHeadsCache.set(lexicon, (s = new Set([...lexicon.placeHeads, ...lexicon.orgHeads].filter((w) => !w.includes(' ')).map((w) => normalizeKey(w)))));
  return s;
}

export class EntityRegistry {
  private readonly byId = new Map<string, Entity>();
  private readonly aliasOwner = new Map<string, { id: string; builtin: boolean }>();
  private gazetteerCache: Gazetteer | undefined;
  private childrenCache: Map<string, Entity[]> | undefined;
  private ownLexicon: Lexicon | undefined;

  /** The word lists the recognizer reasons with: from the lexicon files among the sources, else the default one. */
  get lexicon(): Lexicon {
    return this.ownLexicon ?? defaultLexicon();
  }

  /** Every entity, in the order first defined. */
  all(): Entity[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  byType(type: EntityType): Entity[] {
    return this.all().filter((e) => e.type === type);
  }

  /** The entity a surface form names (name or alias, compared on the normalised key). */
  resolve(surface: string): Entity | undefined {
    const owner = this.aliasOwner.get(aliasKey(surface, 'person')) ?? this.aliasOwner.get(aliasKey(surface, 'sector'));
    return owner ? this.byId.get(owner.id) : undefined;
  }

  /** Entities whose last definition is in this file (document symbols of an entities.yaml). */
  entriesIn(path: string): Entity[] {
    return this.all().filter((e) => e.definition.path === path);
  }

  /** The entity whose entry in `path` encloses `offset` (hover and references in entities.yaml). */
  entityAt(path: string, offset: number): Entity | undefined {
    for (const e of this.byId.values()) {
      const ranges = [e.definition, ...e.overrides];
      if (ranges.some((r) => r.path === path && r.start <= offset && offset <= r.end)) return e;
    }
    return undefined;
  }

  /** Children of an entity (`parent` pointing at it): sub-sectors, provinces of a region. */
  children(id: string): Entity[] {
    // Grouped once: a hover asked this of every entity in turn (2,000 at each hover).
    if (!this.childrenCache) {
      this.childrenCache = new Map();
      for (const e of this.byId.values()) {
        if (e.parent === undefined) continue;
        const list = this.childrenCache.get(e.parent);
        if (list) list.push(e);
        else this.childrenCache.set(e.parent, [e]);
      }
    }
    return [...(this.childrenCache.get(id) ?? [])];
  }

  /** The gazetteer over every name and alias; built on first use and cached. */
  gazetteer(): Gazetteer {
    if (!this.gazetteerCache) this.gazetteerCache = Gazetteer.build(this.patterns());
    return this.gazetteerCache;
  }

  /** The surface forms the gazetteer matches. Sectors match case-insensitively. */
  *patterns(): Iterable<GazetteerPattern> {
    const heads = genericHeads(this.lexicon);
    for (const e of this.byId.values()) {
      const caseSensitive = e.type !== 'sector';
      for (const text of surfaceForms(e)) {
        const owner = this.aliasOwner.get(aliasKey(text, e.type));
        if (owner && owner.id !== e.id) continue;
        const firstWord = normalizeKey(text.split(/\s+/)[0]);
        const lowerFirst = caseSensitive && /\s/.test(text.trim()) && heads.has(firstWord);
        yield { text, entityId: e.id, type: e.type, caseSensitive, lowerFirst };
      }
    }
  }

  /** @internal used by loadRegistry */
  _setLexicon(lexicon: Lexicon): void {
    this.ownLexicon = lexicon;
    this.gazetteerCache = undefined;
  }
  /** @internal used by loadRegistry */
  _put(e: Entity): void {
    this.byId.set(e.id, e);
    this.gazetteerCache = undefined;
    this.childrenCache = undefined;
  }
  /** @internal */
  _claim(key: string, id: string, builtin: boolean): { id: string; builtin: boolean } | undefined {
    const prev = this.aliasOwner.get(key);
    if (prev && prev.id !== id) {
      if (!prev.builtin || builtin) return prev; // conflict within a tier, or a builtin after the corpus
      // A corpus entity takes the alias from a built-in one.
    }
    this.aliasOwner.set(key, { id, builtin });
    return undefined;
  }
  /** @internal */
  _release(key: string, id: string): void {
    if (this.aliasOwner.get(key)?.id === id) this.aliasOwner.delete(key);
  }

  /** What the registry holds, as plain data (registrySnapshot.ts). */
  toState(): RegistryState {
    return { entities: this.all(), owners: [...this.aliasOwner].map(([key, o]) => [key, o.id, o.builtin]), lexicon: this.ownLexicon };
  }

  /** A registry holding exactly this state, without reading a source again. */
  static fromState(state: RegistryState): EntityRegistry {
    const r = new EntityRegistry();
    for (const e of state.entities) r.byId.set(e.id, e);
    for (const [key, id, builtin] of state.owners) r.aliasOwner.set(key, { id, builtin });
    r.ownLexicon = state.lexicon;
    return r;
  }
}

/** The registry's own state: entities in the order first defined, owners of alias keys, the lexicon read from its sources. */
export interface RegistryState {
  entities: Entity[];
  owners: Array<[key: string, id: string, builtin: boolean]>;
  lexicon: Lexicon | undefined;
}

/**
 * The key two surface forms collide on: the normalised form, case-folded for sectors
 * (common nouns), case-kept for names (`Hòa Bình` the province ≠ `hòa bình` peace).
 */
export function aliasKey(text: string, type: EntityType): string {
  const k = normalizeKey(text);
  return type === 'sector' ? k : `${k}\u0000${casePattern(text)}`;
}

function casePattern(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => (w.length && w[0] !== w[0].toLowerCase() ? 'A' : 'a'))
    .join('');
}

/** The name, the aliases, and derived variants (sector phrase variants) of an entity. */
export function surfaceForms(e: Entity): string[] {
  const out = new Set<string>([e.name, ...e.aliases]);
  if (e.type === 'sector') {
    for (const s of [...out]) for (const v of sectorVariants(s)) out.add(v);
  }
  return [...out];
}

/**
 * Sector names are written several ways: `khoa học - công nghệ`, `khoa học-công nghệ`,
 * `khoa học công nghệ`, `khoa học và công nghệ`; `giao thông, vận tải`, `giao thông vận tải`.
 * A four-syllable name made of two two-syllable halves gets the other spellings.
 */
export function sectorVariants(s: string): string[] {
  const words = s
    .replace(/\s*[-–,]\s*/g, ' ')
    .replace(/\s+và\s+/g, ' ')
    .trim()
    .split(/\s+/);
  if (words.length !== 4) return [];
  const a = `${words[0]} ${words[1]}`;
  const b = `${words[2]} ${words[3]}`;
  return [`${a} ${b}`, `${a} - ${b}`, `${a}, ${b}`, `${a} và ${b}`];
}

export interface LoadResult {
  registry: EntityRegistry;
  problems: RegistryProblem[];
}

/** `language`: of the problems' messages (English by default). */
export function loadRegistry(sources: RegistrySource[], options: { language?: Language } = {}): LoadResult {
  const registry = new EntityRegistry();
  const problems: RegistryProblem[] = [];
  const t = translator(options.language);
  // The built-in lexicon files travel with the built-in registry files (lexicon.ts).
  const lexiconSources = sources.filter(isLexiconSource);
  if (lexiconSources.length) {
    const lexicon = parseLexicon(lexiconSources);
    registry._setLexicon(lexicon.lexicon);
    problems.push(...lexicon.problems);
  }
  for (const source of sources) if (!lexiconSources.includes(source)) loadSource(registry, source, problems, t);
  // References to parents are checked once every source is in.
  for (const e of registry.all() as EntityDraft[]) {
    if (e.parent && !registry.get(e.parent)) {
      const r = e._parentRange ?? e.definition;
      problems.push({ path: r.path, start: r.start, end: r.end, message: t('registry.unknownParent', { parent: e.parent }), severity: 'warning', code: 'registry/invalid-entry' });
    }
    delete e._parentRange;
  }
  // Facts over time, reported in the corpus's own files (the built-in ones have their tests).
  const builtin = new Set(sources.filter((s) => s.builtin).map((s) => s.path));
  problems.push(...checkRegistryTitles(registry, (_e, title) => title.range !== undefined && !builtin.has(title.range.path), options.language));
  return { registry, problems };
}

function loadSource(registry: EntityRegistry, source: RegistrySource, problems: RegistryProblem[], t: Translate): void {
  const { path } = source;
  const report = (node: Node | Pair | null | undefined, code: RegistryProblemCode, message: string, severity: Severity) => {
    const r = rangeOf(node);
    problems.push({ path, start: r.start, end: r.end, message, severity, code });
  };
  if (source.unreadable !== undefined) {
    problems.push({ path, start: 0, end: 0, message: t('registry.unreadable', { reason: source.unreadable }), severity: 'error', code: 'registry/unreadable' });
    return;
  }
  let doc;
  try {
    doc = readYamlSource(source);
  } catch (err) {
    problems.push({ path, start: 0, end: 0, message: t('registry.yaml', { error: String(err) }), severity: 'error', code: 'registry/syntax' });
    return;
  }
  for (const e of doc.errors) {
    problems.push({ path, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), message: t('registry.yamlError', { message: e.message.split('\n')[0] }), severity: 'error', code: 'registry/syntax' });
  }
  const root = doc.contents as Node | null;
  if (root === null || root === undefined) return;
  let list: Node | null | undefined;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'entities') list = pair.value as Node | null;
      else report(pair.key as Node, 'registry/unknown-field', t('registry.topLevel', { key }), 'warning');
    }
    if (list === undefined) {
      report(root, 'registry/invalid-entry', t('registry.notMapping'), 'error');
      return;
    }
  } else if (isSeq(root)) {
    list = root; // A bare list of entries is accepted too.
  } else {
    report(root, 'registry/invalid-entry', t('registry.notMapping'), 'error');
    return;
  }
  if (list === null) return;
  if (!isSeq(list)) {
    report(list, 'registry/invalid-entry', t('registry.entitiesList'), 'error');
    return;
  }
  const idsHere = new Map<string, Node>();
  for (const item of list.items as Array<Node | null>) {
    if (!item) continue;
    const entity = readEntry(item, source, report, t);
    if (!entity) continue;
    if (idsHere.has(entity.id)) {
      report((entity as EntityDraft)._idNode, 'registry/duplicate-id', t('registry.duplicateId', { id: entity.id }), 'error');
      continue;
    }
    idsHere.set(entity.id, item);
    merge(registry, entity, source, report, t);
  }
}

type Report = (node: Node | Pair | null | undefined, code: RegistryProblemCode, message: string, severity: Severity) => void;

interface EntityDraft extends Entity {
  _idNode: Node;
  _aliasNodes: Array<Node | undefined>;
  _fields: Set<string>;
  _parentRange?: SourceRange;
}

function readEntry(item: Node, source: RegistrySource, report: Report, t: Translate): EntityDraft | undefined {
  if (!isMap(item)) {
    report(item, 'registry/invalid-entry', t('registry.entryMapping'), 'error');
    return undefined;
  }
  const map = item as YAMLMap;
  const fields = new Map<string, Pair>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (fields.has(key)) {
      report(pair.key as Node, 'registry/invalid-entry', t('registry.fieldTwice', { key }), 'warning');
      continue;
    }
    fields.set(key, pair);
  }
  const str = (name: string): { value: string; node: Node } | undefined => {
    const pair = fields.get(name);
    if (!pair) return undefined;
    const v = pair.value as Node | null;
    if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim() !== '') {
      return { value: String(v.value).trim(), node: v };
    }
    return undefined;
  };

  const idField = str('id');
  const nameField = str('name');
  const typeField = str('type');
  const label = idField ? `'${idField.value}'` : nameField ? `'${nameField.value}'` : t('registry.entry');
  const missing = ['id', 'type', 'name'].filter((f) => !{ id: idField, type: typeField, name: nameField }[f]);
  if (missing.length) {
    const written = missing.filter((f) => fields.has(f));
    report(
      written.length ? (fields.get(written[0])!.value as Node) ?? (fields.get(written[0])!.key as Node) : item,
      'registry/invalid-entry',
      t('registry.missing', { entry: label, fields: missing.map((m) => `'${m}'`).join(', '), count: missing.length }),
      'error',
    );
    return undefined;
  }
  const id = idField!.value;
  if (!ID_RE.test(id)) {
    report(idField!.node, 'registry/invalid-entry', t('registry.badId', { id }), 'error');
    return undefined;
  }
  const type = typeField!.value as EntityType;
  if (!ENTITY_TYPES.includes(type)) {
    report(typeField!.node, 'registry/invalid-entry', t('registry.badType', { type: typeField!.value }), 'error');
    return undefined;
  }

  const entity: EntityDraft = {
    id,
    type,
    name: nameField!.value.normalize('NFC'),
    aliases: [],
    titles: [],
    builtin: source.builtin,
    definition: { path: source.path, ...rangeOf(item) },
    nameRange: { path: source.path, ...rangeOf(nameField!.node) },
    overrides: [],
    aliasRanges: [],
    _idNode: idField!.node,
    _aliasNodes: [],
    _fields: new Set(),
  };
  const allowed = new Set([...COMMON_FIELDS, ...TYPE_FIELDS[type]]);
  for (const [key, pair] of fields) {
    const valueNode = pair.value as Node | null;
    if (!allowed.has(key)) {
      const why = ALL_FIELDS.has(key) ? t('registry.fieldNotFor', { key, type }) : t('registry.unknownField', { key });
      report(pair.key as Node, 'registry/unknown-field', why, 'warning');
      continue;
    }
    if (key === 'id' || key === 'type' || key === 'name') {
      entity._fields.add(key);
      continue;
    }
    switch (key) {
      case 'aliases': {
        const items: Array<Node | null> = isSeq(valueNode) ? (valueNode.items as Array<Node | null>) : valueNode && isScalar(valueNode) ? [valueNode] : [];
        if (!isSeq(valueNode) && !(valueNode && isScalar(valueNode))) {
          report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.aliasesList'), 'warning');
          break;
        }
        for (const a of items) {
          if (isScalar(a) && (typeof a.value === 'string' || typeof a.value === 'number') && String(a.value).trim()) {
            entity.aliases.push(String(a.value).trim().normalize('NFC'));
            entity.aliasRanges.push({ path: source.path, ...rangeOf(a) });
            entity._aliasNodes.push(a);
          } else if (a) report(a, 'registry/invalid-entry', t('registry.aliasString'), 'warning');
        }
        entity._fields.add(key);
        break;
      }
      case 'titles': {
        if (!isSeq(valueNode)) {
          report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.titlesList'), 'warning');
          break;
        }
        for (const item of valueNode.items as Array<Node | null>) {
          const entry = readTitle(item, report, source.path, t);
          if (entry) entity.titles.push(entry);
        }
        entity._fields.add(key);
        break;
      }
      case 'date':
      case 'from':
      case 'to': {
        const d = readDate(valueNode, key, report, t);
        if (d) {
          entity[key] = d;
          entity._fields.add(key);
        }
        break;
      }
      case 'kind': {
        const v = scalarString(valueNode);
        if (v && PLACE_KINDS.includes(v as PlaceKind)) {
          entity.kind = v as PlaceKind;
          entity._fields.add(key);
        } else report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.kind', { kinds: PLACE_KINDS.join(', ') }), 'warning');
        break;
      }
      case 'iso':
      case 'nationality':
      case 'country': {
        const v = scalarString(valueNode);
        if (v && /^[A-Za-z]{2}$/.test(v)) {
          entity[key] = v.toUpperCase();
          entity._fields.add(key);
        } else report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.countryCode', { key }), 'warning');
        break;
      }
      case 'parent': {
        const v = scalarString(valueNode);
        if (v) {
          entity.parent = v;
          entity._parentRange = { path: source.path, ...rangeOf(valueNode) };
          entity._fields.add(key);
        } else report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.parentId'), 'warning');
        break;
      }
      case 'description':
      case 'english': {
        const v = scalarString(valueNode);
        if (v !== undefined) {
          entity[key] = v;
          entity._fields.add(key);
        } else report(valueNode ?? (pair.key as Node), 'registry/invalid-entry', t('registry.text', { key }), 'warning');
        break;
      }
    }
  }
  if (type === 'sector' && !entity.english) {
    report(nameField!.node, 'registry/invalid-entry', t('registry.englishGloss', { id }), 'information');
  }
  return entity;
}

function readTitle(node: Node | null, report: Report, path: string, t: Translate): TitleEntry | undefined {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim()) return withRange({ title: node.value.trim() }, { path, ...rangeOf(node) });
  if (!isMap(node)) {
    report(node, 'registry/invalid-entry', t('registry.titleShape'), 'warning');
    return undefined;
  }
  const entry: Partial<TitleEntry> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value as Node | null;
    if (!TITLE_FIELDS.has(key)) {
      report(pair.key as Node, 'registry/unknown-field', t('registry.titleField', { key }), 'warning');
      continue;
    }
    if (key === 'from' || key === 'to') {
      const d = readDate(v, key, report, t);
      if (d) entry[key] = d;
    } else {
      const s = scalarString(v);
      if (s) entry[key as 'title' | 'organization'] = s;
    }
  }
  if (!entry.title) {
    report(node, 'registry/invalid-entry', t('registry.titleNeedsTitle'), 'warning');
    return undefined;
  }
  return withRange(entry as TitleEntry, { path, ...rangeOf(node) });
}

/** The entry's place in its file, kept out of JSON and comparisons (it is not a fact of the title). */
function withRange(t: TitleEntry, range: SourceRange): TitleEntry {
  Object.defineProperty(t, 'range', { value: range, enumerable: false });
  return t;
}

function readDate(node: Node | null, field: string, report: Report, t: Translate): string | undefined {
  const raw = isScalar(node) ? node.value : undefined;
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  const m = s !== undefined ? DATE_RE.exec(s) : null;
  if (m && s) {
    const month = m[2] ? Number(m[2]) : 1;
    const day = m[3] ? Number(m[3]) : 1;
    const y = Number(m[1]);
    const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (month >= 1 && month <= 12 && day >= 1 && day <= (dim ?? 0)) return s;
  }
  report(node, 'registry/invalid-date', s !== undefined ? t('registry.dateNot', { field, value: s }) : t('registry.date', { field }), 'warning');
  return undefined;
}

function merge(registry: EntityRegistry, entity: EntityDraft, source: RegistrySource, report: Report, t: Translate): void {
  const prev = registry.get(entity.id);
  let result: Entity;
  if (prev && prev.type === entity.type) {
    const f = entity._fields;
    const aliases = [...prev.aliases];
    const aliasRanges = [...prev.aliasRanges];
    const keys = new Set([prev.name, ...prev.aliases].map(normalizeKey));
    const nameChanged = normalizeKey(entity.name) !== normalizeKey(prev.name);
    if (nameChanged && !keys.has(normalizeKey(entity.name))) {
      // The old name stays a surface form of the entity.
      aliases.unshift(prev.name);
      aliasRanges.unshift(prev.nameRange);
    }
    entity.aliases.forEach((a, i) => {
      if (keys.has(normalizeKey(a)) && normalizeKey(a) !== normalizeKey(entity.name)) return;
      aliases.push(a);
      aliasRanges.push(entity.aliasRanges[i]);
    });
    const titles = [...prev.titles];
    const same = (a: TitleEntry, b: TitleEntry) => a.title === b.title && a.organization === b.organization && a.from === b.from && a.to === b.to;
    for (const t of entity.titles) if (!titles.some((x) => same(x, t))) titles.push(t);
    result = {
      ...prev,
      name: entity.name,
      aliases: aliases.filter((a) => normalizeKey(a) !== normalizeKey(entity.name)),
      aliasRanges: aliasRanges.filter((_, i) => normalizeKey(aliases[i]) !== normalizeKey(entity.name)),
      titles,
      builtin: prev.builtin && source.builtin,
      definition: entity.definition,
      nameRange: entity.nameRange,
      overrides: [...prev.overrides, prev.definition],
    };
    for (const k of ['description', 'english', 'nationality', 'kind', 'iso', 'parent', 'country', 'date', 'from', 'to'] as const) {
      if (f.has(k)) (result as unknown as Record<string, unknown>)[k] = entity[k];
    }
    if (entity._parentRange) (result as EntityDraft)._parentRange = entity._parentRange;
  } else {
    if (prev) for (const s of [prev.name, ...prev.aliases]) registry._release(aliasKey(s, prev.type), prev.id);
    result = {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases.filter((a) => normalizeKey(a) !== normalizeKey(entity.name)),
      aliasRanges: entity.aliasRanges.filter((_, i) => normalizeKey(entity.aliases[i]) !== normalizeKey(entity.name)),
      titles: entity.titles,
      builtin: entity.builtin,
      definition: entity.definition,
      nameRange: entity.nameRange,
      overrides: prev ? [...prev.overrides, prev.definition] : [],
    };
    for (const k of ['description', 'english', 'nationality', 'kind', 'iso', 'parent', 'country', 'date', 'from', 'to'] as const) {
      if (entity[k] !== undefined) (result as unknown as Record<string, unknown>)[k] = entity[k];
    }
    if (entity._parentRange) (result as EntityDraft)._parentRange = entity._parentRange;
  }
  // Claim the surface forms written in this entry; report the ones another entity holds.
  const claims: Array<{ text: string; node: Node | undefined }> = [
    { text: entity.name, node: undefined },
    ...entity.aliases.map((a, i) => ({ text: a, node: entity._aliasNodes[i] })),
  ];
  const seen = new Set<string>();
  for (const c of claims) {
    const key = aliasKey(c.text, entity.type);
    if (seen.has(key)) continue;
    seen.add(key);
    const holder = registry._claim(key, entity.id, source.builtin);
    if (holder) {
      const r = c.node ? rangeOf(c.node) : { start: entity.nameRange.start, end: entity.nameRange.end };
      report(
        { range: [r.start, r.end, r.end] } as unknown as Node,
        'registry/duplicate-alias',
        t('registry.duplicateAlias', { alias: c.text, id: holder.id }),
        'warning',
      );
    }
  }
  registry._put(result);
}

function scalarString(node: Node | null | undefined): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const s = String(node.value).trim();
    return s === '' ? undefined : s;
  }
  return undefined;
}

function rangeOf(node: Node | Pair | null | undefined): { start: number; end: number } {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (r) return { start: r[0], end: r[1] };
  const pair = node as Pair | undefined;
  if (pair && 'key' in pair) {
    const k = (pair.key as Node | undefined)?.range;
    const v = (pair.value as Node | undefined)?.range;
    if (k) return { start: k[0], end: v ? v[1] : k[1] };
  }
  return { start: 0, end: 0 };
}
