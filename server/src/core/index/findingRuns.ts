// The findings of a saved index's articles: JSON runs (jsonRuns.ts), each finding's code,
// severity and message written as its number in one table of the state's strings. At 100,000
// articles 57,683 findings had 923 distinct messages: written out each time, they were 6.7 MB
// of the column's 11.7 MB. Read back, every finding with the same message shares its string.

import type { Finding } from '../diagnostic';
import { jsonRunAt, jsonRuns, type JsonRuns } from './jsonRuns';

export interface FindingRuns extends JsonRuns {
  /** The codes, severities and messages the runs name by number. */
  strings: string[];
}

export type NumberedFinding = Omit<Finding, 'code' | 'severity' | 'message'> & { code: number; severity: number; message: number };

/** The findings with their code, severity and message as numbers given by `n`. */
export function numberFindings(findings: readonly Finding[], n: (s: string) => number): NumberedFinding[] {
  return findings.map((f): NumberedFinding => ({ ...f, code: n(f.code), severity: n(f.severity), message: n(f.message) }));
}

/** The findings numberFindings gave, with the strings their numbers name. */
export function namedFindings(list: readonly NumberedFinding[], strings: readonly string[]): Finding[] {
  return list.map((f) => ({ ...f, code: strings[f.code], severity: strings[f.severity] as Finding['severity'], message: strings[f.message] }));
}

/** Each article's findings (undefined or none: left out). */
export function findingRuns(list: ReadonlyArray<readonly Finding[] | undefined>): FindingRuns {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const n = (s: string) => {
    let k = numbers.get(s);
    if (k === undefined) numbers.set(s, (k = strings.push(s) - 1));
    return k;
  };
  const runs = jsonRuns(list.map((findings) => (findings?.length ? numberFindings(findings, n) : undefined)));
  return { ...runs, strings };
}

/** Article i's findings, or undefined when it has none. */
export function findingsAt(runs: FindingRuns, i: number): Finding[] | undefined {
  const list = jsonRunAt<NumberedFinding[]>(runs, i);
  if (!list) return undefined;
  return namedFindings(list, runs.strings);
}
