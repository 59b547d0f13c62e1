// The language of the command line's output: each corpus's `language:` (corpus-lens.yaml) for
// what is about that corpus, else the environment's (LC_ALL, LC_MESSAGES, LANG: vi_VN… is
// Vietnamese), else English.

import { languageFromEnv, type Language } from '../core/i18n';

/** The environment's language. */
export function envLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return languageFromEnv(env);
}

/** The language of output about several corpora (a summary line): theirs when they agree, else the environment's. */
export function outputLanguage(corpora: Iterable<{ config: { language: Language } }>): Language {
  const languages = new Set<Language>();
  for (const c of corpora) languages.add(c.config.language);
  return languages.size === 1 ? [...languages][0] : envLanguage();
}
