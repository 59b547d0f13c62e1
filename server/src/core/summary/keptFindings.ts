// What a summary keeps of an article's findings: the first MAX_KEPT_FINDINGS one by one, and
// the rest as one finding per rule and severity that counts them, where the first of them is.
// A file of 500,000 lines holding a space each made as many findings, which the thread, the
// index and the cache each carried: 10 s and 720 MB for that one 1 MB file, five of them 64 s.
// An editor shows no more of a file (MAX_DIAGNOSTICS_PER_FILE), and counts stay exact.

import type { Finding } from '../diagnostic';
import { translator, type Language } from '../i18n';
import { findingList, withCounted } from '../rules/findingList';

export const MAX_KEPT_FINDINGS = 1000;

/** A rule's findings an analysis keeps one by one, the rest counted as the rule finds them
 *  (findingList): an open article has this many of each rule with their fixes (*Fix all* fixes
 *  as many at once), its summary MAX_KEPT_FINDINGS in all. */
export const MAX_RULE_FINDINGS = 10_000;

/** `findings` (in text order) as a summary keeps them; the same array when there are few. */
export function keptFindings(findings: Finding[], language?: Language): Finding[] {
  if (findings.length <= MAX_KEPT_FINDINGS) return findings;
  const kept = findingList<Finding>({ maxFindings: MAX_KEPT_FINDINGS });
  for (const f of findings) kept.push(f);
  // The counted ones come after every kept one, in the order of their first: still text order.
  const t = translator(language);
  return withCounted(kept, (tail) => t('summary.moreFindings', { count: tail.count!, code: tail.code }));
}
