// The list a rule gathers its findings in. Under a limit (RuleContext.maxFindings: the server
// and the command line set one, `fix` does not) it keeps that many one by one and counts the
// rest: one finding per code and severity with a `count`, where the first of them is. An 8 MB
// file of blank lines holding a space made four million findings and 3.9 GB before anything
// was counted; kept, each costs its rule nothing more than a tally.

import type { RuleContext, RuleFinding } from './rule';

class CappedFindings extends Array<RuleFinding> {
  private counted?: Map<string, RuleFinding>;

  // (map, filter and the like make plain arrays: their results are not this list.)
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(private readonly max: number) {
    super();
  }

  override push(...items: RuleFinding[]): number {
    for (const f of items) {
      if (this.length < this.max) {
        super.push(f);
        continue;
      }
      const key = `${f.code ?? ''}\u0000${f.severity ?? ''}`;
      const tail = (this.counted ??= new Map()).get(key);
      if (tail) tail.count! += f.count ?? 1;
      else this.counted.set(key, { code: f.code, severity: f.severity, message: '', start: f.start, end: f.end, count: f.count ?? 1 });
    }
    return this.length;
  }

  /** The findings counted, not kept (their message left to the caller). */
  tails(): RuleFinding[] {
    return this.counted ? [...this.counted.values()] : [];
  }
}

/** An empty list for a rule's findings, kept whole or under the context's limit. */
export function findingList(ctx: Pick<RuleContext, 'maxFindings'>): RuleFinding[] {
  return ctx.maxFindings === undefined ? [] : new CappedFindings(ctx.maxFindings);
}

/** What a rule gave back, with the findings its list counted instead of keeping. */
export function withCounted(found: RuleFinding[]): RuleFinding[] {
  return found instanceof CappedFindings && found.tails().length ? [...found, ...found.tails()] : found;
}
