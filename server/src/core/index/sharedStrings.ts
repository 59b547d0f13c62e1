// One copy of the strings that repeat across stored summaries. A summary read from the cache
// or handed over by a thread brings its own copy of every string: the same rule code, message,
// date or title in 100,000 summaries would otherwise sit in memory 100,000 times.

import type { Finding } from '../diagnostic';
import type { HeaderFacts } from '../summary/articleSummary';

/** Distinct strings kept at most: text quoted in messages must not grow the table without end. */
const MAX_SHARED = 50_000;

export class SharedStrings {
  private readonly table = new Map<string, string>();

  /** The kept copy of `s` (kept now if there is room). */
  share<S extends string | undefined>(s: S): S {
    if (s === undefined) return s;
    const kept = this.table.get(s);
    if (kept !== undefined) return kept as S;
    if (this.table.size < MAX_SHARED) this.table.set(s, s);
    return s;
  }

  header(h: HeaderFacts): HeaderFacts {
    return { kind: this.share(h.kind), date: this.share(h.date), title: h.title };
  }

  findings(list: Finding[]): Finding[] {
    for (const f of list) {
      f.code = this.share(f.code);
      f.severity = this.share(f.severity);
      f.message = this.share(f.message);
      for (const r of f.related ?? []) r.message = this.share(r.message);
    }
    return list;
  }
}
