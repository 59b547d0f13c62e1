// The Entities view's listing: entities grouped by type (people the registry does not know in a
// group of their own), filtered ignoring case and diacritics, sorted, a page at a time.

import { searchKey } from '../entities/normalize';
import type { EntityType } from '../entities/types';
import type { EntityRow } from './entityIndex';

export type EntityGroup = EntityType | 'unknown-person';
export const ENTITY_GROUPS: readonly EntityGroup[] = ['person', 'unknown-person', 'organization', 'place', 'sector', 'event'];

export interface ListedEntity {
  key: string;
  name: string;
  type: EntityType;
  group: EntityGroup;
  mentions: number;
  articles: number;
}

export function groupOf(row: { key: string; type: EntityType }): EntityGroup {
  return row.type === 'person' && row.key.startsWith('unknown:') ? 'unknown-person' : row.type;
}

/** True when a name or surface seen contains the filter (case and diacritics ignored). */
export function passesFilter(row: EntityRow, folded: string): boolean {
  if (folded === '') return true;
  for (const k of row.searchKeys) if (k.includes(folded)) return true;
  return !row.key.startsWith('unknown:') && searchKey(row.key.replace(/[-_]/g, ' ')).includes(folded);
}

export function groupCounts(rows: readonly EntityRow[], filter = ''): Array<{ group: EntityGroup; entities: number; mentions: number }> {
  const folded = searchKey(filter).trim();
  const counts = new Map<EntityGroup, { entities: number; mentions: number }>();
  for (const row of rows) {
    if (!passesFilter(row, folded)) continue;
    const g = groupOf(row);
    const c = counts.get(g) ?? { entities: 0, mentions: 0 };
    c.entities++;
    c.mentions += row.mentions;
    counts.set(g, c);
  }
  return ENTITY_GROUPS.filter((g) => counts.has(g)).map((g) => ({ group: g, ...counts.get(g)! }));
}

export interface ListingQuery {
  group: EntityGroup;
  filter?: string;
  sort?: 'mentions' | 'name';
  offset?: number;
  limit?: number;
}

/** Sorted listings kept per rows array (a new array after any change) and query. */
const sortedCache = new WeakMap<readonly EntityRow[], Map<string, EntityRow[]>>();

export function listEntities(rows: readonly EntityRow[], q: ListingQuery): { items: ListedEntity[]; total: number } {
  const folded = searchKey(q.filter ?? '').trim();
  const sort = q.sort ?? 'mentions';
  const cacheKey = `${q.group}\u0000${sort}\u0000${folded}`;
  let perRows = sortedCache.get(rows);
  if (!perRows) sortedCache.set(rows, (perRows = new Map()));
  let sorted = perRows.get(cacheKey);
  if (!sorted) {
    sorted = rows.filter((r) => groupOf(r) === q.group && passesFilter(r, folded));
    if (sort === 'name') {
      const keyed = sorted.map((r) => ({ r, k: searchKey(r.name) }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.r.name < b.r.name ? -1 : a.r.name > b.r.name ? 1 : 0));
      sorted = keyed.map((x) => x.r);
    } else sorted.sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A few listings per version of the index: the view's groups, a filter being typed.
    if (perRows.size > 16) perRows.clear();
    perRows.set(cacheKey, sorted);
  }
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(1000, Math.max(1, q.limit ?? 200));
  return {
    total: sorted.length,
    items: sorted.slice(offset, offset + limit).map((r) => ({ key: r.key, name: r.name, type: r.type, group: groupOf(r), mentions: r.mentions, articles: r.documents })),
  };
}
