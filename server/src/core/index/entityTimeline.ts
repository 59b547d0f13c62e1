// An entity over time: mentions per month along the articles' header dates (undated ones
// apart), and the entities most associated with it by logDice, the association score of
// Sketch Engine: 14 + log2(2·f(xy) / (f(x) + f(y))), here over articles. It does not grow with
// the corpus as raw counts do, and a frequent entity (a country named everywhere) does not
// come first just for being frequent.

import type { EntityType } from '../entities/types';

export interface MonthlyMentions {
  /** `YYYY-MM` → mentions. */
  byMonth: Map<string, number>;
  undated: number;
}

/** The month an article counts in: its header date's, or `undated` without one — or with one
 *  after today (header/future-date: a typo such as 2099 would stretch the timeline over decades). */
export function monthOf(date: string | undefined, today: string): string {
  return date && date <= today ? date.slice(0, 7) : 'undated';
}

export function monthlyMentions(docs: ReadonlyArray<{ date?: string; mentions: number }>, today: string): MonthlyMentions {
  const byMonth = new Map<string, number>();
  let undated = 0;
  for (const d of docs) {
    const m = monthOf(d.date, today);
    if (m === 'undated') undated += d.mentions;
    else byMonth.set(m, (byMonth.get(m) ?? 0) + d.mentions);
  }
  return { byMonth, undated };
}

/** Every month from the earliest to the latest of those given, none skipped. */
export function monthRange(months: Iterable<string>): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const m of months) {
    if (!first || m < first) first = m;
    if (!last || m > last) last = m;
  }
  if (!first || !last) return [];
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let mo = Number(first.slice(5, 7));
  for (;;) {
    const m = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(m);
    if (m >= last || out.length > 12 * 3000) break;
    if (++mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}

export function logDice(together: number, a: number, b: number): number {
  return 14 + Math.log2((2 * together) / (a + b));
}

export interface Associated {
  key: string;
  name: string;
  type: EntityType;
  logDice: number;
  articles: number;
}

/** The `top` entities most associated with one mentioned in `documents` articles. */
export function strongestAssociations(
  documents: number,
  others: ReadonlyArray<{ entityKey: string; type: EntityType; name: string; together: number; documents: number }>,
  top: number,
): Associated[] {
  return others
    .map((o) => ({ key: o.entityKey, name: o.name, type: o.type, logDice: logDice(o.together, documents, o.documents), articles: o.together }))
    .sort((x, y) => y.logDice - x.logDice || y.articles - x.articles || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, Math.max(0, top));
}
