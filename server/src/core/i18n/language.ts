// The languages Corpus Lens writes its messages in, and how a language tag or a POSIX locale
// names one. Pure: the fronts hand in the editor's locale or the environment.

export type Language = 'en' | 'vi';

export const LANGUAGES: readonly Language[] = ['en', 'vi'];

/** `vi`, `vi-VN`, `vi_VN.UTF-8` → `vi`; `en`, `en-GB` → `en`; anything else (`fr`, `C`, '') → undefined. */
export function parseLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = /^([A-Za-z]{2,3})(?:$|[-_.@])/.exec(tag.trim())?.[1]?.toLowerCase();
  return base === 'vi' || base === 'en' ? base : undefined;
}

/**
 * The language a POSIX environment asks for, as gettext reads it: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set decides (`vi_VN.UTF-8` → Vietnamese); English otherwise,
 * including for `C` and `POSIX`.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLanguage(value) ?? 'en';
  }
  return 'en';
}
