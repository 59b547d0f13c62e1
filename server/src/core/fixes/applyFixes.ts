// Applies the quick fixes of an article's findings to its text, pass after pass until
// nothing is left to fix. Pure: text in, text out. The CLI's `fix` command is built on it.

import type { Finding, Fix, TextEdit } from '../diagnostic';
import type { CorpusConfig } from '../config/corpusConfig';
import { defaultConfig } from '../config/corpusConfig';
import { parseArticle } from '../corpus/article';
import type { Rule } from '../rules/rule';
import { allRules, runRules } from '../rules';
import { localToday } from '../analyzeArticle';
import { EditOccupancy, selfConflicting } from './editOccupancy';
import { recognizeEntities } from '../entities/recognize';
import type { EntityRegistry } from '../entities/registry';

export interface FixOptions {
  config?: CorpusConfig;
  /** YYYY-MM-DD, for the rules that compare with today. */
  today?: string;
  /**
   * Limit to these rule codes, or families such as `scrape/`. A code named exactly also
   * allows its fix when that fix is not safe (it needs a human choice); a family does not.
   */
  only?: string[];
  /** The rules to run (default: every rule). */
  rules?: Rule[];
  /** Passes before giving up (default 10). */
  maxPasses?: number;
  /** Recognise entities with this registry, for the entity rules' fixes (entity/stale-title). */
  registry?: EntityRegistry;
}

export interface FixResult {
  text: string;
  changed: boolean;
  /** Fixes applied, per code. */
  applied: Record<string, number>;
  passes: number;
  /** False when fixable findings remained after the last pass (edits kept overlapping). */
  converged: boolean;
}

/** True for a rule whose fixes `fix` applies without being asked by name. */
export function isSafeRule(rule: Rule, config: CorpusConfig): boolean {
  const conditional = (rule as Rule & { safeFixWhen?: (c: CorpusConfig) => boolean }).safeFixWhen;
  return rule.safeFix === true || (conditional !== undefined && conditional(config));
}

/** The rules `fix` runs under these options. */
export function fixableRules(options: FixOptions = {}): Rule[] {
  const config = options.config ?? defaultConfig();
  const rules = options.rules ?? allRules;
  const only = options.only;
  return rules.filter((r) => {
    if (!only || only.length === 0) return isSafeRule(r, config);
    if (only.includes(r.code)) return true;
    return only.some((o) => o.endsWith('/') && r.code.startsWith(o)) && isSafeRule(r, config);
  });
}

function editText(e: TextEdit): string {
  return e.snippet ? (e.plainText ?? e.newText) : e.newText;
}

/**
 * Picks the fixes of `findings` whose edits do not overlap: the widest first, so removing a
 * whole block wins over a small repair inside it (which then has nothing left to repair).
 */
export function selectFixes(findings: Finding[]): Array<{ finding: Finding; fix: Fix }> {
  const candidates = findings
    .map((finding) => ({ finding, fix: finding.fixes?.find((f) => f.isPreferred) ?? finding.fixes?.[0] }))
    .filter((c): c is { finding: Finding; fix: Fix } => c.fix !== undefined && c.fix.edits.length > 0);
  // Loops, not Math.max(...edits): a fix may carry 500,000 edits (every CRLF of a file), more
  // arguments than the stack holds.
  let textLength = 0;
  const spanned = candidates.map((c) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of c.fix.edits) {
      if (e.start < lo) lo = e.start;
      if (e.end > hi) hi = e.end;
    }
    if (hi > textLength) textLength = hi;
    return { c, span: hi - lo };
  });
  spanned.sort((a, b) => b.span - a.span || a.c.finding.start - b.c.finding.start);
  const taken = new EditOccupancy(textLength);
  const chosen: Array<{ finding: Finding; fix: Fix }> = [];
  for (const { c } of spanned) {
    if (selfConflicting(c.fix.edits) || c.fix.edits.some((e) => taken.conflicts(e))) continue;
    for (const e of c.fix.edits) taken.take(e);
    chosen.push(c);
  }
  return chosen;
}

/** Applies non-overlapping edits (throws when two overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or invalid edit at ${e.start}-${e.end}`);
    out += text.slice(at, e.start) + editText(e);
    at = e.end;
  }
  return out + text.slice(at);
}

/** Fixes the text: runs the eligible rules, applies what does not overlap, and repeats. */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? localToday();
  const rules = fixableRules(options);
  const maxPasses = options.maxPasses ?? 10;
  const applied: Record<string, number> = {};
  const original = text;
  // Entities are recognised only when a rule that reads them is asked for.
  const registry = options.registry && rules.some((r) => r.code.startsWith('entity/')) ? options.registry : undefined;
  const context = (t: string) => ({ text: t, article: parseArticle(t), config, today, mentions: registry ? recognizeEntities(t, registry) : [], registry });
  for (let pass = 1; pass <= maxPasses; pass++) {
    const findings = runRules(context(text), rules).filter((f) => allowed(f.code, options));
    const chosen = selectFixes(findings);
    if (chosen.length === 0) return { text, changed: text !== original, applied, passes: pass - 1, converged: true };
    text = applyEdits(text, chosen.flatMap((c) => c.fix.edits));
    for (const c of chosen) applied[c.finding.code] = (applied[c.finding.code] ?? 0) + 1;
  }
  const left = selectFixes(runRules(context(text), rules).filter((f) => allowed(f.code, options)));
  return { text, changed: text !== original, applied, passes: maxPasses, converged: left.length === 0 };
}

/** A finding may carry a code other than its rule's; it must be allowed in its own right. */
function allowed(code: string, options: FixOptions): boolean {
  const only = options.only;
  if (!only || only.length === 0) return true;
  return only.includes(code) || only.some((o) => o.endsWith('/') && code.startsWith(o));
}
