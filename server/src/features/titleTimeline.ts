// The person hover's timeline: the registry's titles with their intervals and the titles the
// articles give, by month, in one list, newest first.

import type { TitleEntry } from '../core/entities/types';

export interface TimelineRow {
  /** `YYYY-MM` or `YYYY-MM-DD`, or '' when unknown. */
  from: string;
  to: string;
  title: string;
  source: 'registry' | 'articles';
  count?: number;
}

/** Runs of consecutive months in which the articles gave the title. */
function runs(months: Map<string, number>): Array<{ from: string; to: string; count: number }> {
  const sorted = [...months].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out: Array<{ from: string; to: string; count: number }> = [];
  for (const [m, c] of sorted) {
    const last = out[out.length - 1];
    if (last && nextMonth(last.to) === m) {
      last.to = m;
      last.count += c;
    } else out.push({ from: m, to: m, count: c });
  }
  return out;
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

export function titleTimeline(registry: readonly TitleEntry[], observed: ReadonlyArray<{ title: string; months: Map<string, number>; undated: number }>): TimelineRow[] {
  const rows: TimelineRow[] = registry.map((t) => ({
    from: t.from ?? '',
    to: t.to ?? (t.from ? 'now' : ''),
    title: t.organization ? `${t.title}, ${t.organization}` : t.title,
    source: 'registry',
  }));
  for (const o of observed) {
    for (const r of runs(o.months)) rows.push({ from: r.from, to: r.to, title: o.title, source: 'articles', count: r.count });
    if (o.undated) rows.push({ from: '', to: '', title: o.title, source: 'articles', count: o.undated });
  }
  // Newest end first ('now' above any date), undated rows last.
  const endKey = (r: TimelineRow) => (r.to === 'now' ? '9999' : r.to || r.from || '');
  return rows.sort((a, b) => (endKey(a) === endKey(b) ? (a.from < b.from ? 1 : -1) : endKey(a) < endKey(b) ? 1 : -1));
}
