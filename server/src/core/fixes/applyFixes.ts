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
  /** Passes before giving up (default 10); a pass that left problems counted, not kept (more
   *  than `passFindings` of one rule), is not one of them. */
  maxPasses?: number;
  /** A rule's findings one pass fixes at most (default FIX_PASS_FINDINGS). */
  passFindings?: number;
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
  const maxFindings = options.passFindings ?? FIX_PASS_FINDINGS;
  const context = (t: string) => ({ text: t, article: parseArticle(t), config, today, mentions: registry ? recognizeEntities(t, registry) : [], registry, maxFindings });
  const found = (t: string) => runRules(context(t), rules).filter((f) => allowed(f.code, options));
  let passes = 0;
  for (let full = 0; full < maxPasses; ) {
    const findings = found(text);
    // Problems counted, not kept: this pass fixes what it kept, and the next ones the rest.
    const partial = findings.some((f) => f.count);
    const chosen = selectFixes(findings);
    if (chosen.length === 0) return { text, changed: text !== original, applied, passes, converged: !partial };
    text = applyEdits(text, chosen.flatMap((c) => c.fix.edits));
    for (const c of chosen) applied[c.finding.code] = (applied[c.finding.code] ?? 0) + 1;
    passes++;
    if (!partial) full++;
  }
  const left = found(text);
  return { text, changed: text !== original, applied, passes, converged: selectFixes(left).length === 0 && !left.some((f) => f.count) };
}

/**
 * A rule's findings one pass of `fix` keeps at most, the rest counted and fixed in the passes
 * after: an 8 MB file of blank lines holding a space made four million findings with their
 * fixes at once, and the command peaked at 4 GB (Node's heap limit), in 72 s. Twenty passes
 * of 200,000: 762 MB, 132 s (at 50,000, 672 MB and 340 s: each pass reads the 8 MB again).
 */
export const FIX_PASS_FINDINGS = 200_000;

/** A finding may carry a code other than its rule's; it must be allowed in its own right. */
function allowed(code: string, options: FixOptions): boolean {
  const only = options.only;
  if (!only || only.length === 0) return true;
  return only.includes(code) || only.some((o) => o.endsWith('/') && code.startsWith(o));
}
