// `corpus-lens stats [--json] [--cache] PATH…`: indexes the articles and prints what the
// corpus holds (articles, mentions by type, entities, problems by severity) and how long it
// took, holding nothing it does not need. The benchmark's entry point.

import { performance } from 'node:perf_hooks';
import type { Severity } from '../core/diagnostic';
import { ENTITY_TYPES, type EntityType } from '../core/entities/types';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { ENGINE_USAGE, indexArticles, parseEngineOptions, engineUsage } from './indexArticles';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';
import type { ProblemTotals } from '../workspace/corpusHost';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const STATS_USAGE = translator('en')('cli.stats.usage', { engine: ENGINE_USAGE });

export interface CorpusStats {
  articles: number;
  unreadable: number;
  bytes: number;
  mentions: Record<EntityType, number> & { total: number };
  entities: Record<EntityType, number> & { total: number; known: number; unknown: number };
  problems: Record<Severity, number>;
  analysed: number;
  fromCache: number;
  /** Of those from the cache, the ones the index saved by the last run already held. */
  fromIndex: number;
  /** The problems were not counted again: the totals kept with the saved index held (--cache,
   *  nothing changed since the run that counted them, the same severities). */
  problemsKept?: boolean;
  timings: { listMs: number; indexMs: number; totalMs: number };
  jobs: number;
  maxRssMb: number;
}

export async function statsCommand(args: string[], out: { write(s: string): unknown } = process.stdout, err: { write(s: string): unknown } = process.stderr): Promise<number> {
  const t0 = performance.now();
  const { options, rest } = parseEngineOptions(args);
  const env = translator(envLanguage());
  let json = false;
  const paths: string[] = [];
  for (const a of rest) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out.write(env('cli.stats.usage', { engine: engineUsage() }) + '\n');
      return 0;
    } else if (a.startsWith('-')) throw new UsageError(env('cli.unknownOption', { option: a }));
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError(env('cli.needsPath', { command: 'stats' }));

  const items = await collectArticles(paths);
  const t1 = performance.now();
  const zero = () => Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const stats: CorpusStats = {
    articles: 0,
    unreadable: 0,
    bytes: 0,
    mentions: { ...zero(), total: 0 },
    entities: { ...zero(), total: 0, known: 0, unknown: 0 },
    problems: { error: 0, warning: 0, information: 0, hint: 0 },
    analysed: 0,
    fromCache: 0,
    fromIndex: 0,
    timings: { listMs: t1 - t0, indexMs: 0, totalMs: 0 },
    jobs: options.jobs,
    maxRssMb: 0,
  };
  // Everything is counted from the index, which a warm run reads back whole.
  const run = await indexArticles(items, options, undefined, { savedIndex: true });
  for (const note of run.notes) err.write(`corpus-lens: ${note}\n`);
  const t2 = performance.now();
  stats.analysed = run.counts.analysed;
  stats.fromCache = run.counts.fromCache;
  stats.fromIndex = run.counts.indexed;
  for (const { corpus, index, articles, saved } of run.corpora) {
    // Counting every article's problems is most of a warm run: the totals are kept with the
    // saved index, for the index they were counted over and the severities they were counted with.
    const rules = JSON.stringify(corpus.config.rules);
    const kept = saved?.cache.loadProblemTotals?.(saved.generation, rules);
    const counted: ProblemTotals = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const a of articles) {
      stats.articles++;
      if (index.unreadableReason(a.path)) {
        stats.unreadable++;
        stats.problems.error++;
        continue;
      }
      stats.bytes += index.summary(a.path)?.length ?? 0;
      if (!kept) for (const f of index.findingsFor(a.path, corpus.config)) counted[f.severity]++;
    }
    for (const k of SEVERITIES) stats.problems[k] += (kept ?? counted)[k];
    if (kept) stats.problemsKept = true;
    else if (saved) {
      try {
        saved.cache.saveProblemTotals?.(saved.generation, rules, counted);
      } catch (e) {
        err.write(`corpus-lens: could not keep the problem totals beside ${saved.cache.file}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
    const byType = index.entities.mentionsByType();
    for (const type of Object.keys(byType) as EntityType[]) stats.mentions[type] += byType[type];
    stats.mentions.total += index.entities.mentionCount;
    for (const e of index.entities.entityKeys()) {
      stats.entities[e.type]++;
      stats.entities.total++;
      if (e.entityKey.startsWith('unknown:')) stats.entities.unknown++;
      else stats.entities.known++;
    }
  }
  stats.timings.indexMs = t2 - t1;
  stats.timings.totalMs = performance.now() - t0;
  stats.maxRssMb = process.resourceUsage().maxRSS / 1024;

  if (json) {
    out.write(JSON.stringify(stats) + '\n');
    return 0;
  }
  const language = outputLanguage(run.corpora.map((c) => c.corpus));
  const t = translator(language);
  const n = (x: number) => x.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US');
  /** A decimal number, with the comma in Vietnamese. */
  const dec = (x: number, digits: number) => (language === 'vi' ? x.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }) : x.toFixed(digits));
  const row = (label: string, value: string) => out.write(`${label.padEnd(22)}${value}\n`);
  // Types keep their English names (person, place…): they are the codes of --json and of the registry.
  row(t('cli.stats.articles'), t('cli.stats.articlesValue', { articles: n(stats.articles), unreadable: stats.unreadable ? t('cli.stats.unreadable', { count: n(stats.unreadable) }) : '', size: dec(stats.bytes / 1048576, 1) }));
  row(t('cli.stats.mentions'), `${n(stats.mentions.total)}: ${ENTITY_TYPES.map((type) => `${n(stats.mentions[type])} ${type}`).join(', ')}`);
  row(t('cli.stats.entities'), t('cli.stats.entitiesValue', { total: n(stats.entities.total), known: n(stats.entities.known), unknown: n(stats.entities.unknown), byType: ENTITY_TYPES.map((type) => `${n(stats.entities[type])} ${type}`).join(', ') }));
  row(t('cli.stats.problems'), t('cli.stats.problemsValue', { errors: n(stats.problems.error), warnings: n(stats.problems.warning), information: n(stats.problems.information), hints: n(stats.problems.hint) }));
  row(t('cli.stats.analysed'), t('cli.stats.analysedValue', { analysed: n(stats.analysed), cached: n(stats.fromCache), threads: stats.jobs || 1 }));
  row(t('cli.stats.time'), t('cli.stats.timeValue', { total: dec(stats.timings.totalMs / 1000, 2), listing: dec(stats.timings.listMs / 1000, 2), indexing: dec(stats.timings.indexMs / 1000, 2) }));
  row(t('cli.stats.memory'), `${stats.maxRssMb.toFixed(0)} MB`);
  return 0;
}
