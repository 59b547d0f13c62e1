import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { defaultConfig, type CorpusConfig } from '../../../server/src/core/config/corpusConfig';
import type { Finding } from '../../../server/src/core/diagnostic';
import { applyEdits } from '../../../server/src/core/fixes/applyFixes';

export const TODAY = '2026-11-23';

export function config(extra: Partial<CorpusConfig> = {}): CorpusConfig {
  return { ...defaultConfig(), ...extra };
}

/** The findings of one code. */
export function findings(text: string, code: string, cfg: CorpusConfig = config()): Finding[] {
  return analyzeArticle(text, { config: cfg, today: TODAY }).findings.filter((f) => f.code === code);
}

/** The text each finding covers. */
export function covered(text: string, fs: Finding[]): string[] {
  return fs.map((f) => text.slice(f.start, f.end));
}

/** Applies one finding's first fix. */
export function applyFix(text: string, f: Finding): string {
  assert.ok(f.fixes?.length, `finding ${f.code} '${f.message}' has no fix`);
  return applyEdits(text, f.fixes![0].edits);
}

/** "Fix all of this kind in this file": every finding's fix at once (they must not overlap). */
export function applyAll(text: string, fs: Finding[]): string {
  return applyEdits(
    text,
    fs.flatMap((f) => f.fixes?.[0]?.edits ?? []),
  );
}
