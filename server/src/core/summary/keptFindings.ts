// What a summary keeps of an article's findings: the first MAX_KEPT_FINDINGS one by one, and
// the rest as one finding per rule and severity that counts them, where the first of them is.
// A file of 500,000 lines holding a space each made as many findings, which the thread, the
// index and the cache each carried: 10 s and 720 MB for that one 1 MB file, five of them 64 s.
// An editor shows no more of a file (MAX_DIAGNOSTICS_PER_FILE), and counts stay exact.

import type { Finding } from '../diagnostic';
import { translator, type Language } from '../i18n';

export const MAX_KEPT_FINDINGS = 1000;

/** A rule's findings an analysis keeps one by one, the rest counted as the rule finds them
 *  (findingList): an open article has this many of each rule with their fixes (*Fix all* fixes
 *  as many at once), its summary MAX_KEPT_FINDINGS in all. */
export const MAX_RULE_FINDINGS = 10_000;

/** `findings` (in text order) as a summary keeps them; the same array when there are few. */
export function keptFindings(findings: Finding[], language?: Language): Finding[] {
  if (findings.length <= MAX_KEPT_FINDINGS) return findings;
  const kept = findings.slice(0, MAX_KEPT_FINDINGS);
  const tails = new Map<string, Finding>();
  for (let i = MAX_KEPT_FINDINGS; i < findings.length; i++) {
    const f = findings[i];
    const key = `${f.code}\u0000${f.severity}`;
    const tail = tails.get(key);
    if (tail) tail.count! += f.count ?? 1;
    else tails.set(key, { code: f.code, severity: f.severity, message: '', start: f.start, end: f.end, count: f.count ?? 1 });
  }
  const t = translator(language);
  // In the order their first problem comes, after every kept one: still in text order.
  for (const tail of tails.values()) {
    tail.message = t('summary.moreFindings', { count: tail.count!, code: tail.code });
    kept.push(tail);
  }
  return kept;
}

/** How many problems findings stand for (a kept finding one, a tail its count). */
export function problemCount(f: Pick<Finding, 'count'>): number {
  return f.count ?? 1;
}
