// `corpus-lens stats [--json] [--cache] PATH…`: indexes the articles and prints what the
// corpus holds (articles, mentions by type, entities, problems by severity) and how long it
// took, holding nothing it does not need. The benchmark's entry point.

import { performance } from 'node:perf_hooks';
import type { Severity } from '../core/diagnostic';
import { ENTITY_TYPES, type EntityType } from '../core/entities/types';
import { UsageError } from './checkCommand';
import { collectArticles, corpusGroups } from './collectArticles';
import { ENGINE_USAGE, indexArticles, parseEngineOptions, engineUsage, registryFolder } from './indexArticles';
import { mayChangeAfter } from '../core/summary/articleSummary';
import { countsKey, keptCountsFile, loadKeptCounts, saveKeptCounts } from '../ingest/keptCounts';
import { contextHash } from '../ingest/summaryCache';
import { RegistryLoader } from '../node/registryFiles';
import type { Corpus } from '../node/corpusFiles';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';
import type { FileStamp, ProblemTotals } from '../workspace/corpusHost';
import { statFileSync } from '../ingest/summarizeFile';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const STATS_USAGE = translator('en')('cli.stats.usage', { engine: ENGINE_USAGE });

/** What a corpus holds, as `stats` counts it: kept beside the cache for the next run. */
export interface CorpusCounts {
  articles: number;
  unreadable: number;
  bytes: number;
  mentions: Record<EntityType, number> & { total: number };
  entities: Record<EntityType, number> & { total: number; known: number; unknown: number };
  problems: Record<Severity, number>;
}

export interface CorpusStats extends CorpusCounts {
  analysed: number;
  fromCache: number;
  /** Of those from the cache, the ones the index saved by the last run already held, or the
   *  counts kept by it (countsKept). */
  fromIndex: number;
  /** The problems were not counted again: the totals kept with the saved index held (--cache,
   *  nothing changed since the run that counted them, the same severities). */
  problemsKept?: boolean;
  /** Articles whose problems this run counted: every readable one, or with --cache only those
   *  that changed since the last run and those whose corpus-wide problems the changes touched. */
  problemsCounted: number;
  /** Nothing was counted again: every corpus's counts are the ones kept by the last run (--cache,
   *  no article, setting, registry file or analyser changed since). */
  countsKept?: boolean;
  timings: { listMs: number; indexMs: number; totalMs: number };
  /** Threads the articles were analysed on (0: the command's own). */
  jobs: number;
  maxRssMb: number;
}

function zeroCounts(): CorpusCounts {
  const zero = () => Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  return {
    articles: 0,
    unreadable: 0,
    bytes: 0,
    mentions: { ...zero(), total: 0 },
    entities: { ...zero(), total: 0, known: 0, unknown: 0 },
    problems: { error: 0, warning: 0, information: 0, hint: 0 },
  };
}

/** Adds `b` into `a`, number by number. */
function addCounts(a: CorpusCounts, b: CorpusCounts): void {
  a.articles += b.articles;
  a.unreadable += b.unreadable;
  a.bytes += b.bytes;
  for (const k of Object.keys(a.mentions) as Array<keyof CorpusCounts['mentions']>) a.mentions[k] += b.mentions[k];
  for (const k of Object.keys(a.entities) as Array<keyof CorpusCounts['entities']>) a.entities[k] += b.entities[k];
  for (const k of SEVERITIES) a.problems[k] += b.problems[k];
}

/** Counts read back from a file are used only when they have every number a run would count. */
function isCorpusCounts(x: unknown): x is CorpusCounts {
  const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const c = x as CorpusCounts;
  const template = zeroCounts();
  return (
    typeof c === 'object' && c !== null && whole(c.articles) && whole(c.unreadable) && whole(c.bytes) &&
    (['mentions', 'entities', 'problems'] as const).every((part) => typeof c[part] === 'object' && c[part] !== null && Object.keys(template[part]).every((k) => whole((c[part] as Record<string, unknown>)[k])))
  );
}

/** Where a corpus's counts are kept, and the key they hold under for the files as they are now. */
interface KeptPlace {
  file: string;
  key: string;
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
  const stats: CorpusStats = {
    ...zeroCounts(),
    analysed: 0,
    fromCache: 0,
    fromIndex: 0,
    problemsCounted: 0,
    timings: { listMs: t1 - t0, indexMs: 0, totalMs: 0 },
    jobs: 0,
    maxRssMb: 0,
  };
  const corpora: Corpus[] = [];
  // With --cache, a corpus none of whose files changed since the last run gives the counts that
  // run kept: checking every file's stamp costs a fraction of reading the index back.
  const places = new Map<string, KeptPlace>();
  const keptRoots = new Set<string>();
  const stamps = new Map<string, FileStamp | undefined>();
  if (options.cache) {
    const registries = new RegistryLoader(registryFolder(options));
    for (const { corpus, articles } of corpusGroups(items)) {
      if (!articles.every((a) => a.wholeCorpus)) continue;
      const sources = await registries.sourcesFor(corpus.root, corpus.config);
      const place = { file: keptCountsFile(options.cacheLocation, corpus.root), key: countsKey(contextHash(corpus.config, sources), JSON.stringify(corpus.config.rules), articles.map((a) => a.path), stamps) };
      const kept = loadKeptCounts(place.file, place.key, options.today, isCorpusCounts);
      if (!kept) {
        places.set(corpus.root, place);
        continue;
      }
      keptRoots.add(corpus.root);
      corpora.push(corpus);
      addCounts(stats, kept);
      stats.fromCache += kept.articles - kept.unreadable;
      stats.fromIndex += kept.articles - kept.unreadable;
    }
  }
  const left = items.filter((i) => i.kind !== 'article' || !keptRoots.has(i.corpus.root));
  if (keptRoots.size > 0) {
    stats.problemsKept = true;
    if (!left.some((i) => i.kind === 'article')) stats.countsKept = true;
  }
  // Everything else is counted from the index, which a warm run reads back whole.
  const stat = (file: string) => (stamps.has(file) ? stamps.get(file) : statFileSync(file));
  const run = stats.countsKept ? undefined : await indexArticles(left, { ...options, stat }, undefined, { savedIndex: true });
  for (const note of run?.notes ?? []) err.write(`corpus-lens: ${note}\n`);
  const t2 = performance.now();
  if (run) {
    stats.jobs = run.threads;
    stats.analysed += run.counts.analysed;
    stats.fromCache += run.counts.fromCache;
    stats.fromIndex += run.counts.indexed;
  }
  for (const { corpus, index, articles, saved, changedSince } of run?.corpora ?? []) {
    corpora.push(corpus);
    const counts = zeroCounts();
    // Counting every article's problems is most of a warm run: the totals are kept with the
    // saved index, for the index they were counted over and the severities they were counted with.
    const rules = JSON.stringify(corpus.config.rules);
    const keptFile = (saved ?? changedSince)?.cache.loadProblemTotals?.(rules);
    const kept = keptFile?.generation === saved?.generation ? keptFile?.totals : undefined;
    // Over an index read back and changed, each article's problems as counted over it hold but
    // for the articles the changes touched.
    const before = !kept && changedSince && keptFile?.generation === changedSince.generation ? keptFile.perArticle() : undefined;
    const perArticle = kept ? undefined : new Map<string, ProblemTotals>();
    const counted: ProblemTotals = { error: 0, warning: 0, information: 0, hint: 0 };
    /** An article dated today or later (or without a valid header) can say something else tomorrow. */
    let dayBound = false;
    for (const a of articles) {
      counts.articles++;
      if (index.unreadableReason(a.path)) {
        counts.unreadable++;
        counts.problems.error++;
        continue;
      }
      const summary = index.facts(a.path);
      counts.bytes += summary?.length ?? 0;
      if (summary && mayChangeAfter(summary, options.today)) dayBound = true;
      if (!perArticle) continue;
      let mine = before && !changedSince!.paths.has(a.path) ? before.get(a.path) : undefined;
      if (!mine) {
        mine = index.problemCountsOf(a.path, corpus.config);
        stats.problemsCounted++;
      }
      perArticle.set(a.path, mine);
      for (const k of SEVERITIES) counted[k] += mine[k];
    }
    for (const k of SEVERITIES) counts.problems[k] += (kept ?? counted)[k];
    if (kept) stats.problemsKept = true;
    else if (saved) {
      try {
        saved.cache.saveProblemTotals?.(saved.generation, rules, counted, perArticle);
      } catch (e) {
        err.write(`corpus-lens: could not keep the problem totals beside ${saved.cache.file}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
    const byType = index.entities.mentionsByType();
    for (const type of Object.keys(byType) as EntityType[]) counts.mentions[type] += byType[type];
    counts.mentions.total += index.entities.mentionCount;
    for (const e of index.entities.entityKeys()) {
      counts.entities[e.type]++;
      counts.entities.total++;
      if (e.entityKey.startsWith('unknown:')) counts.entities.unknown++;
      else counts.entities.known++;
    }
    addCounts(stats, counts);
    const place = places.get(corpus.root);
    if (place) {
      try {
        saveKeptCounts(place.file, place.key, counts, dayBound ? options.today : undefined);
      } catch (e) {
        err.write(`corpus-lens: could not keep the counts in ${place.file}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
  }
  stats.timings.indexMs = t2 - t1;
  stats.timings.totalMs = performance.now() - t0;
  stats.maxRssMb = process.resourceUsage().maxRSS / 1024;

  if (json) {
    out.write(JSON.stringify(stats) + '\n');
    return 0;
  }
  const language = outputLanguage(corpora);
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
