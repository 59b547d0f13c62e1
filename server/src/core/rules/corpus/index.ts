// Rules that look at more than one article, or at the file rather than its text. They are
// not in `allRules` (which runs over one article's text): the fronts call
// DuplicateIndex (core/index/duplicateIndex.ts) and the file-name checks
// (core/corpus/fileNames.ts), which report under these codes and honour corpus-lens.yaml.

import type { Finding, Severity } from '../../diagnostic';
import { ruleSetting, type CorpusConfig } from '../../config/corpusConfig';

export interface CorpusRuleInfo {
  code: string;
  defaultSeverity: Severity;
  description: string;
}

export const corpusDuplicateArticle: CorpusRuleInfo = {
  code: 'corpus/duplicate-article',
  defaultSeverity: 'warning',
  description: 'Two articles with the same or nearly the same body.',
};

export const fileName: CorpusRuleInfo = {
  code: 'file/name',
  defaultSeverity: 'warning',
  description: 'The file name is not NNN_<16 lower-case hex digits>.txt.',
};

export const fileDuplicateId: CorpusRuleInfo = {
  code: 'file/duplicate-id',
  defaultSeverity: 'error',
  description: 'Two files share the same 16-hex-digit article id.',
};

export const entityTitleConflict: CorpusRuleInfo = {
  code: 'entity/title-conflict',
  defaultSeverity: 'information',
  description: 'A person given a title here that the articles of the same weeks do not give them.',
};

/** Sets each finding's severity from the corpus settings; findings of a rule switched off go. */
export function withConfiguredSeverity(findings: Finding[], config: CorpusConfig | undefined): Finding[] {
  if (!config) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = ruleSetting(config, f.code, f.severity);
    if (s !== 'off') out.push({ ...f, severity: s });
  }
  return out;
}
