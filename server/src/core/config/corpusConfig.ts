import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Severity } from '../diagnostic';
import { globProblem } from './glob';
import { parseLanguage, translator, type Language } from '../i18n';

export type RuleSetting = Severity | 'off';
export type ToneStyle = 'old' | 'new';

/** Settings read from a corpus's `corpus-lens.yaml`. */
export interface CorpusConfig {
  include: string[];
  exclude: string[];
  /** The language of messages (findings, hovers, CLI output): `language:` of corpus-lens.yaml,
   *  else the editor's or the environment's language, else English. */
  language: Language;
  /** Rule code (or prefix such as `scrape/`) → severity or `off`. */
  rules: Record<string, RuleSetting>;
  /** Extra registry files, relative to the corpus root. */
  registry: string[];
  dates: { max?: string; min?: string };
  toneStyle?: ToneStyle;
  /** Unknown people to leave alone (`entity/unknown`, Review Unknown People): names as written. */
  ignoreUnknown: string[];
}

export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

export const CONFIG_FILE = 'corpus-lens.yaml';

export function defaultConfig(): CorpusConfig {
  return { include: ['**/*.txt'], exclude: [], language: 'en', rules: {}, registry: ['entities.yaml'], dates: {}, ignoreUnknown: [] };
}

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses corpus-lens.yaml; problems come back with offsets, and a broken file falls back to
 * defaults. `fallbackLanguage` (the editor's or the environment's) is the messages' language
 * when the file sets none; the problems are written in the language the file ends up with.
 */
export function parseCorpusConfig(text: string, fallbackLanguage: Language = 'en'): { config: CorpusConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  config.language = fallbackLanguage;
  const problems: ConfigProblem[] = [];
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  const root = doc.contents;
  // The language first: every problem of the file is written in it.
  const languagePair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'language') : undefined;
  const declared = languagePair && isScalar(languagePair.value) ? parseLanguage(languagePair.value.value) : undefined;
  if (declared) config.language = declared;
  const t = translator(config.language);
  for (const e of doc.errors) problems.push({ message: t('config.yamlError', { message: e.message }), start: e.pos[0], end: e.pos[1], severity: 'error' });
  if (root === null || root === undefined) return { config, problems };
  if (!isMap(root)) {
    problems.push({ message: t('config.notMapping'), ...range(root), severity: 'error' });
    return { config, problems };
  }
  const problem = (node: Node | null | undefined, message: string, severity: Severity = 'error') =>
    problems.push({ message, ...range(node), severity });
  const stringList = (pair: Pair, name: string): string[] | undefined => {
    const v = pair.value as Node;
    if (isScalar(v) && typeof v.value === 'string') return [v.value];
    if (isSeq(v) && v.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      return v.items.map((i) => String((i as { value: unknown }).value));
    }
    problem(v, t('config.stringList', { name }));
    return undefined;
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'include':
      case 'exclude':
      case 'registry': {
        let list = stringList(pair, key);
        if (list && key === 'registry') {
          // A corpus-lens.yaml someone else wrote must not make us read (or write, for the
          // add-to-registry fix) files outside the corpus: /etc/passwd, ../../secrets.yaml.
          const v = pair.value as Node;
          list = list.filter((file, i) => {
            if (isInsideFolder(file)) return true;
            problem(isSeq(v) ? (v.items[i] as Node) : v, t('config.registryOutside', { file }));
            return false;
          });
        }
        if (list) config[key] = list;
        if (list && key !== 'registry') {
          const v = pair.value as Node;
          list.forEach((pattern, i) => {
            const why = globProblem(pattern, config.language);
            if (why) problem(isSeq(v) ? (v.items[i] as Node) : v, t('config.globNothing', { pattern, why }));
          });
        }
        break;
      }
      case 'ignoreUnknown': {
        const list = stringList(pair, key);
        if (list) config.ignoreUnknown = list;
        break;
      }
      case 'language':
        // en or vi (en-GB, vi-VN too); another language is said so, and messages follow the editor's.
        if (!isScalar(value) || typeof value.value !== 'string') problem(value, t('config.languageType'));
        else if (!parseLanguage(value.value)) problem(value, t('config.languageUnknown', { value: value.value }), 'warning');
        break;
      case 'toneStyle':
        if (isScalar(value) && (value.value === 'old' || value.value === 'new')) config.toneStyle = value.value;
        else problem(value, t('config.toneStyle'));
        break;
      case 'dates':
        if (!isMap(value)) {
          problem(value, t('config.datesMapping'));
          break;
        }
        for (const d of value.items) {
          const dk = isScalar(d.key) ? String(d.key.value) : '';
          const dv = d.value as Node | null;
          if (dk !== 'min' && dk !== 'max') {
            problem(d.key as Node, t('config.datesUnknown', { key: dk }), 'warning');
            continue;
          }
          const s = isScalar(dv) ? String(dv.value) : '';
          if (s === 'today') continue;
          if (!isoDate.test(s) || !isValidIsoDate(s)) problem(dv, t('config.datesValue', { key: dk }));
          else config.dates[dk] = s;
        }
        break;
      case 'rules':
        // `rules:` with nothing but comments under it (as Initialize Corpus writes it) sets nothing.
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          problem(value, t('config.rulesMapping'));
          break;
        }
        for (const r of value.items) {
          const code = isScalar(r.key) ? String(r.key.value) : '';
          const rv = r.value as Node | null;
          const s = isScalar(rv) ? (rv.value === false ? 'off' : String(rv.value)) : '';
          if (!severities.has(s)) problem(rv ?? (r.key as Node), t('config.ruleValue', { code }));
          else config.rules[code] = s as RuleSetting;
        }
        break;
      default:
        problem(pair.key as Node, t('config.unknown', { key }), 'warning');
    }
  }
  return { config, problems };
}

/** The severity a rule has in this corpus: an exact code wins over a prefix (`scrape/`). */
export function ruleSetting(config: CorpusConfig, code: string, fallback: Severity): RuleSetting {
  const exact = config.rules[code];
  if (exact) return exact;
  const slash = code.indexOf('/');
  const prefix = slash > 0 ? config.rules[code.slice(0, slash + 1)] ?? config.rules[code.slice(0, slash)] : undefined;
  return prefix ?? fallback;
}

export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function range(node: Node | null | undefined): { start: number; end: number } {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

/** True for a relative path that stays inside the folder it is relative to. */
export function isInsideFolder(file: string): boolean {
  if (file === '' || /^[\\/]/.test(file) || /^[A-Za-z]:/.test(file)) return false;
  let depth = 0;
  for (const part of file.split(/[\\/]+/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return false;
  }
  return depth > 0;
}
