// The message catalog: every message the core, the server and the CLI show, in English and in
// Vietnamese. A `Translate` for a language turns a key and its values into the message;
// TypeScript checks that a call gives every placeholder its key's English text names.

import { en } from './en';
import { vi } from './vi';
import type { Language } from './language';

export { LANGUAGES, languageFromEnv, parseLanguage, type Language } from './language';

export type MessageKey = keyof typeof en;

/** Placeholder names of a message: `{name}` and `{name|one|other}`. */
type Names<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer N}|${string}` ? N : P extends `${string} ${string}` | `${string},${string}` ? never : P) | Names<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<Names<(typeof en)[K]>, string | number>;

type ParamsArg<K extends MessageKey> = [Names<(typeof en)[K]>] extends [never] ? [] : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, vi };

/** The messages of a language, as they are written (for tests and tools). */
export function catalog(language: Language): Readonly<Record<MessageKey, string>> {
  return catalogs[language];
}

/** `{name}` and `{name|one|other}` (`#` is the number) filled from `params`. */
export const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^{}]*))?\}/g;

export function formatMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = compileTemplate(template)));
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params[part.name];
    if (value === undefined) out += part.all;
    else if (part.one === undefined) out += String(value);
    else out += (Number(value) === 1 ? part.one : part.other ?? part.one).replace(/#/g, String(value));
  }
  return out;
}

/** A template's text between placeholders, and its placeholders. */
type TemplatePart = string | { all: string; name: string; one?: string; other?: string };

/** Templates read once each: the catalogs' messages are few, and a diagnostic or a workspace
 *  symbol's label is filled in thousands of times (a regular expression's replace each time). */
const compiledTemplates = new Map<string, TemplatePart[]>();

function compileTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = new RegExp(PLACEHOLDER.source, 'g');
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ all: m[0], name: m[1], one: m[2], other: m[3] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

const translators = new Map<Language, Translate>();

/** The messages in `language` (English when it is undefined). */
export function translator(language: Language | undefined): Translate {
  const lang = language ?? 'en';
  let t = translators.get(lang);
  if (!t) {
    const messages = catalogs[lang];
    t = ((key: MessageKey, params?: Record<string, string | number>) => formatMessage(messages[key] ?? en[key], params)) as Translate;
    translators.set(lang, t);
  }
  return t;
}

/** Items joined as a list: `a, b and c` / `a, b và c`. */
export function joinList(language: Language | undefined, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${translator(language)('list.and')}${items[items.length - 1]}`;
}
