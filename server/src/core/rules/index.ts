// Every rule Corpus Lens knows, and the one entry point that runs them over an article.

import type { Finding } from '../diagnostic';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { ruleSetting } from '../config/corpusConfig';
import { headerMissing } from './header/missing';
import { headerMalformed } from './header/malformed';
import { headerInvalidDate } from './header/invalidDate';
import { headerFutureDate } from './header/futureDate';
import { headerNoTitle } from './header/noTitle';
import { dateImpossible } from './date/impossible';
import { dateAfterPublication } from './date/afterPublication';
import { textRules } from './text';
import { scrapeRules } from './scrape';
import { entityUnknown } from './entity/unknown';
import { entityStaleTitle } from './entity/staleTitle';
import { translator } from '../i18n';
import { withCounted } from './findingList';

export const allRules: Rule[] = [
  headerMissing,
  headerMalformed,
  headerInvalidDate,
  headerFutureDate,
  headerNoTitle,
  dateImpossible,
  dateAfterPublication,
  ...textRules,
  ...scrapeRules,
  entityUnknown,
  entityStaleTitle,
];

export function findRule(code: string): Rule | undefined {
  return allRules.find((r) => r.code === code);
}

export interface RunOptions {
  /** False: every rule runs and findings keep their default severity (a summary's findings,
   *  configured when published). Default true: corpus-lens.yaml's severities and `off`. */
  configured?: boolean;
}

/** Runs every enabled rule; a rule that throws becomes one finding instead of breaking the rest. */
export function runRules(ctx: RuleContext, rules: Rule[] = allRules, options: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  const configured = options.configured !== false;
  for (const rule of rules) {
    const setting = configured ? ruleSetting(ctx.config, rule.code, rule.defaultSeverity) : rule.defaultSeverity;
    if (setting === 'off') continue;
    let found;
    try {
      found = rule.check(ctx);
    } catch (e) {
      out.push({ code: 'internal/rule-failed', severity: 'warning', message: translator(ctx.config.language)('internal.ruleFailed', { code: rule.code, error: String(e) }), start: 0, end: 0 });
      continue;
    }
    const counted = (tail: RuleFinding) => translator(ctx.config.language)('summary.moreFindings', { count: tail.count!, code: tail.code ?? rule.code });
    for (const f of withCounted(found, counted)) {
      const code = f.code ?? rule.code;
      const own = f.code && f.code !== rule.code ? (f.severity ?? setting) : setting;
      const sev = configured && f.code && f.code !== rule.code ? ruleSetting(ctx.config, f.code, own) : own;
      if (sev === 'off') continue;
      out.push({ ...f, code, severity: sev });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
