// The list a rule gathers its findings in. Under a limit (RuleContext.maxFindings: the server
// and the command line set one, `fix` one a pass) it keeps that many one by one and counts the
// rest: one finding per code and severity with a `count`, where the first of them is. An 8 MB
// file of blank lines holding a space made four million findings and 3.9 GB before anything
// was counted; kept, each costs its rule nothing more than a tally. A summary keeps its
// article's findings with the same list (keptFindings).

import type { RuleContext, RuleFinding } from './rule';

class CappedFindings<T extends RuleFinding> extends Array<T> {
  private counted?: Map<string, T>;

  // (map, filter and the like make plain arrays: their results are not this list.)
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(private readonly max: number) {
    super();
  }

  override push(...items: T[]): number {
    for (const f of items) {
      if (this.length < this.max) {
        super.push(f);
        continue;
      }
      const key = `${f.code ?? ''}\u0000${f.severity ?? ''}`;
      const tail = (this.counted ??= new Map()).get(key);
      if (tail) tail.count! += f.count ?? 1;
      else this.counted.set(key, { code: f.code, severity: f.severity, message: '', start: f.start, end: f.end, count: f.count ?? 1 } as T);
    }
    return this.length;
  }

  /** The findings counted, not kept, in the order their first one came. */
  tails(): T[] {
    return this.counted ? [...this.counted.values()] : [];
  }
}

/** An empty list for findings, kept whole or under the context's limit. */
export function findingList<T extends RuleFinding = RuleFinding>(ctx: Pick<RuleContext, 'maxFindings'>): T[] {
  return ctx.maxFindings === undefined ? [] : new CappedFindings<T>(ctx.maxFindings);
}

/** A list's findings, then those it counted instead of keeping, each with `message(it)`. */
export function withCounted<T extends RuleFinding>(found: T[], message: (counted: T) => string): T[] {
  const tails = found instanceof CappedFindings ? (found as CappedFindings<T>).tails() : [];
  if (tails.length === 0) return found;
  for (const tail of tails) tail.message = message(tail);
  return [...found, ...tails];
}
