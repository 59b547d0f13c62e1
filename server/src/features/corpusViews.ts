// The Entities view, the concordance of an entity and the timeline, answered from the indexes
// (no rescan): translates the core's listings into the protocol's shapes.

import type { CorpusEntities } from '../workspace/corpusWorkspace';
import type { EntityRow } from '../core/index/entityIndex';
import { groupCounts, groupOf, listEntities } from '../core/index/entityListing';
import { monthOf, monthRange, monthlyMentions, strongestAssociations } from '../core/index/entityTimeline';
import { localToday } from '../core/analyzeArticle';
import { keywordInContext } from '../core/search/keywordInContext';
import { LineIndex } from '../core/text/lineIndex';
import type {
  ConcordanceRow,
  EntitiesParams,
  EntitiesResult,
  EntityArticleItem,
  EntityArticlesParams,
  EntityArticlesResult,
  EntityGroupsParams,
  EntityGroupsResult,
  EntityItem,
  EntityMentionsParams,
  EntityMentionsResult,
  TimelineParams,
  TimelineResult,
  TimelineSeries,
} from '../protocol/corpusLensProtocol';

export interface ViewHost {
  /** The index of every corpus (and of loose articles). */
  indexes(): CorpusEntities[];
  uriOf(path: string): string;
  pathOf(uri: string): string;
  /** The article's text: the editor's when open, else read from disk. */
  text(path: string): Promise<string | undefined>;
}

/** Rows of every index; the same entity in two corpora is one row. */
let merged: { inputs: ReadonlyArray<readonly EntityRow[]>; rows: readonly EntityRow[] } | undefined;
function entityRows(host: ViewHost): readonly EntityRow[] {
  const inputs = host.indexes().map((e) => e.index.entityRows()).filter((r) => r.length > 0);
  if (inputs.length === 1) return inputs[0];
  if (merged && merged.inputs.length === inputs.length && merged.inputs.every((r, i) => r === inputs[i])) return merged.rows;
  const byKey = new Map<string, EntityRow>();
  for (const rows of inputs) {
    for (const r of rows) {
      const had = byKey.get(r.key);
      byKey.set(r.key, had ? { ...had, mentions: had.mentions + r.mentions, documents: had.documents + r.documents, searchKeys: [...new Set([...had.searchKeys, ...r.searchKeys])] } : r);
    }
  }
  merged = { inputs, rows: [...byKey.values()] };
  return merged.rows;
}

export function entityGroups(host: ViewHost, params: EntityGroupsParams): EntityGroupsResult {
  return { groups: groupCounts(entityRows(host), params.filter ?? '') };
}

export function entities(host: ViewHost, params: EntitiesParams): EntitiesResult {
  return listEntities(entityRows(host), params);
}

export function entityItem(host: ViewHost, key: string): EntityItem | undefined {
  const row = entityRows(host).find((r) => r.key === key);
  return row && { key: row.key, name: row.name, type: row.type, group: groupOf(row), mentions: row.mentions, articles: row.documents };
}

function titleOf(host: ViewHost, path: string): string | undefined {
  for (const e of host.indexes()) if (e.corpusIndex.hasSummary(path)) return e.corpusIndex.titleOf(path);
  return undefined;
}

/** The articles mentioning an entity: newest header date first, undated last, then by path. */
export function articlesOf(host: ViewHost, key: string): Array<{ path: string; date?: string; mentions: number; index: CorpusEntities }> {
  const out: Array<{ path: string; date?: string; mentions: number; index: CorpusEntities }> = [];
  for (const index of host.indexes()) for (const d of index.index.documentsWithCounts(key)) out.push({ path: d.docKey, date: d.date, mentions: d.mentions, index });
  return out.sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : 1) : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? 1 : -1));
}

export function entityArticles(host: ViewHost, params: EntityArticlesParams): EntityArticlesResult {
  const all = articlesOf(host, params.key);
  const offset = Math.max(0, params.offset ?? 0);
  const limit = Math.min(1000, Math.max(1, params.limit ?? 200));
  const items: EntityArticleItem[] = all.slice(offset, offset + limit).map((a) => ({ uri: host.uriOf(a.path), date: a.date, title: titleOf(host, a.path), mentions: a.mentions }));
  return { items, total: all.length };
}

/** A long line is shown around the mention: this much before it, the rest after. */
const LINE_BEFORE = 60;
const LINE_MAX = 200;

export async function entityMentions(host: ViewHost, params: EntityMentionsParams): Promise<EntityMentionsResult> {
  const path = host.pathOf(params.uri);
  const index = host.indexes().find((e) => e.index.hasDocument(path));
  if (!index) return { items: [] };
  const text = await host.text(path);
  if (text === undefined) return { items: [] };
  const lines = new LineIndex(text);
  return {
    items: index.index.mentionsIn(params.key, path).map((m) => {
      const start = lines.positionAt(m.start);
      const end = lines.positionAt(m.end);
      const lineStart = lines.lineStart(start.line);
      const lineEnd = lines.lineEnd(start.line);
      let from = lineStart;
      let to = lineEnd;
      if (to - from > LINE_MAX) {
        from = Math.max(lineStart, m.start - LINE_BEFORE);
        to = Math.min(lineEnd, Math.max(from + LINE_MAX, m.end));
      }
      const prefix = from > lineStart ? '…' : '';
      const line = prefix + text.slice(from, to) + (to < lineEnd ? '…' : '');
      return { range: { start, end }, line, matchStart: prefix.length + m.start - from, matchEnd: prefix.length + Math.min(m.end, to) - from };
    }),
  };
}

/** The articles of an entity's concordance (all, or those of one month) and their mentions in all. */
export function entityConcordanceArticles(host: ViewHost, key: string, month?: string): { articles: ReturnType<typeof articlesOf>; mentions: number } {
  const today = localToday();
  const articles = articlesOf(host, key).filter((a) => month === undefined || monthOf(a.date, today) === month);
  return { articles, mentions: articles.reduce((n, a) => n + a.mentions, 0) };
}

/** Concordance rows of an entity's mentions, an article at a time (the text is read then). */
export async function* entityConcordance(host: ViewHost, key: string, articles: ReturnType<typeof articlesOf>, context: number): AsyncGenerator<ConcordanceRow[]> {
  // A few reads in flight: the first rows come at once, the disk is kept busy.
  const AHEAD = 8;
  const reads: Array<Promise<string | undefined>> = [];
  for (let i = 0; i < articles.length; i++) {
    while (reads.length < AHEAD && i + reads.length < articles.length) reads.push(host.text(articles[i + reads.length].path));
    const text = await reads.shift()!;
    const a = articles[i];
    if (text === undefined) continue;
    const lines = new LineIndex(text);
    const title = titleOf(host, a.path);
    const uri = host.uriOf(a.path);
    yield a.index.index.mentionsIn(key, a.path).map((m) => ({
      uri,
      range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) },
      ...keywordInContext(text, m.start, m.end, context),
      date: a.date,
      title,
    }));
  }
}

export function timeline(host: ViewHost, params: TimelineParams): TimelineResult {
  const top = params.top ?? 10;
  const perKey = params.keys.map((key) => {
    const docs = host.indexes().flatMap((e) => e.index.documentsWithCounts(key));
    const co = new Map<string, { entityKey: string; type: EntityRow['type']; name: string; together: number; documents: number }>();
    for (const e of host.indexes()) {
      for (const o of e.index.coDocuments(key)) {
        const had = co.get(o.entityKey);
        co.set(o.entityKey, had ? { ...had, together: had.together + o.together, documents: had.documents + o.documents } : o);
      }
    }
    return { key, docs, monthly: monthlyMentions(docs, localToday()), co: [...co.values()] };
  });
  const months = monthRange(perKey.flatMap((k) => [...k.monthly.byMonth.keys()]));
  const series: TimelineSeries[] = perKey.map(({ key, docs, monthly, co }) => {
    const item = entityItem(host, key);
    return {
      key,
      name: item?.name ?? key,
      type: item?.type ?? 'person',
      counts: months.map((m) => monthly.byMonth.get(m) ?? 0),
      undated: monthly.undated,
      mentions: item?.mentions ?? 0,
      articles: docs.length,
      associated: strongestAssociations(docs.length, co, top),
    };
  });
  return { months, series };
}
