// Document symbols (header and entities of an article; entries of a registry file),
// workspace symbols over every entity, and the header's code lens.

import { SymbolKind, type CodeLens, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../core/analyzeArticle';
import { searchKey } from '../core/entities/normalize';
import { SearchQuery, SearchText, joinSearchKeys } from '../core/index/searchRanking';
import type { Entity, EntityType } from '../core/entities/types';
import type { EntityRegistry } from '../core/entities/registry';
import type { LineIndex } from '../core/text/lineIndex';
import type { CorpusEntities } from '../workspace/corpusWorkspace';
import { displayName } from './entityLookup';
import type { Locator } from './locator';
import { translator, type MessageKey } from '../core/i18n';

export const symbolKind: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Function,
  organization: SymbolKind.Class,
  place: SymbolKind.EnumMember,
  sector: SymbolKind.Constant,
  event: SymbolKind.Event,
};

/** The types in the code lens's order, with their names and counted names. */
const typeWords = {
  person: ['type.person', 'count.person'],
  organization: ['type.organization', 'count.organization'],
  place: ['type.place', 'count.place'],
  sector: ['type.sector', 'count.sector'],
  event: ['type.event', 'count.event'],
} as const satisfies Record<EntityType, [MessageKey, MessageKey]>;

export function articleSymbols(docKey: string, analysis: ArticleAnalysis | undefined, entities: CorpusEntities, lines: LineIndex): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const t = translator(entities.language);
  const h = analysis?.article.header;
  if (h && h.kind !== 'missing') {
    const range = { start: lines.positionAt(h.header.line.start), end: lines.positionAt(h.header.line.end) };
    out.push({ name: h.header.title?.text ?? t('symbols.noTitle'), detail: h.header.date?.raw ?? '', kind: SymbolKind.File, range, selectionRange: range });
  }
  const first = new Map<string, { start: number; end: number; type: EntityType; count: number }>();
  for (const m of entities.index.documentMentions(docKey)) {
    const f = first.get(m.entityKey);
    if (f) f.count++;
    else first.set(m.entityKey, { start: m.start, end: m.end, type: m.type, count: 1 });
  }
  for (const [key, f] of first) {
    const range = { start: lines.positionAt(f.start), end: lines.positionAt(f.end) };
    out.push({ name: displayName(entities, key), detail: `${t(typeWords[f.type][0])} · ${f.count}×`, kind: symbolKind[f.type], range, selectionRange: range });
  }
  return out;
}

export function registrySymbols(file: string, entities: CorpusEntities, lines: LineIndex): DocumentSymbol[] {
  return entities.registry.entriesIn(file).map((e) => ({
    name: e.name,
    detail: `${e.type} · ${e.id}`,
    kind: symbolKind[e.type],
    range: { start: lines.positionAt(e.definition.start), end: lines.positionAt(e.definition.end) },
    selectionRange: { start: lines.positionAt(e.nameRange.start), end: lines.positionAt(e.nameRange.end) },
  }));
}

/** Entities whose names match the query, insensitive to case and diacritics. */
export function workspaceSymbols(query: string, all: CorpusEntities[], locator: Locator, limit = 200): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const seen = new Set<string>();
  for (const entities of all) {
    const t = translator(entities.language);
    for (const hit of entities.index.search(query, limit)) {
      if (seen.has(hit.entityKey)) continue;
      const entity = entities.registry.get(hit.entityKey);
      const loc = entity
        ? locator.location(entity.definition.path, entity.nameRange.start, entity.nameRange.end)
        : firstMention(entities, hit.entityKey, locator);
      if (!loc) continue;
      seen.add(hit.entityKey);
      out.push({ name: entity?.name ?? hit.displayName, kind: symbolKind[hit.type], location: loc, containerName: t('symbols.inArticles', { mentions: hit.mentions, articles: hit.documents }) });
    }
    // Registry entities no article mentions yet are still worth finding.
    const q = new SearchQuery(searchKey(query).trim());
    if (q.text.length < 2) continue;
    const inRegistry = registrySearchText(entities.registry);
    for (const j of inRegistry.text.matches(q.text)) {
      if (out.length >= limit) break;
      const e = inRegistry.entities[j];
      if (seen.has(e.id)) continue;
      const loc = locator.location(e.definition.path, e.nameRange.start, e.nameRange.end);
      if (!loc) continue;
      seen.add(e.id);
      out.push({ name: e.name, kind: symbolKind[e.type], location: loc, containerName: t('symbols.notMentioned') });
    }
  }
  return out.slice(0, limit);
}

/** Works out the search strings of the index and of the registry while nobody waits, so that
 *  the first workspace-symbol search costs as little as the next. */
export function primeWorkspaceSymbols(entities: CorpusEntities): void {
  entities.index.primeSearch();
  registrySearchText(entities.registry);
}

/** The registry's entities and the search keys of their names and aliases (entity j's are the
 *  text's part j), worked out once per registry. */
const searchTextOf = new WeakMap<EntityRegistry, { entities: Entity[]; text: SearchText }>();
function registrySearchText(registry: EntityRegistry): { entities: Entity[]; text: SearchText } {
  let found = searchTextOf.get(registry);
  if (!found) {
    const entities = registry.all();
    found = { entities, text: SearchText.of(entities.map((e) => joinSearchKeys([e.name, ...e.aliases].map(searchKey)))) };
    searchTextOf.set(registry, found);
  }
  return found;
}

function firstMention(entities: CorpusEntities, key: string, locator: Locator) {
  const m = entities.index.mentionPages(key, 1).next().value?.[0];
  return m ? locator.location(m.docKey, m.start, m.end) : undefined;
}

/** `4 people · 3 places · 5 sectors` above the header. */
export function headerCodeLens(docKey: string, entities: CorpusEntities): CodeLens[] {
  const counts = entities.index.countsByType(docKey);
  const t = translator(entities.language);
  const parts = (Object.keys(typeWords) as EntityType[]).filter((type) => counts[type] > 0).map((type) => t(typeWords[type][1], { count: counts[type] }));
  if (parts.length === 0) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title: parts.join(' · '), command: '' } }];
}
