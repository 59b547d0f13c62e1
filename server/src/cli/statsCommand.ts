// `corpus-lens stats [--json] [--cache] PATH…`: indexes the articles and prints what the
// corpus holds (articles, mentions by type, entities, problems by severity) and how long it
// took, holding nothing it does not need. The benchmark's entry point.

import { performance } from 'node:perf_hooks';
import type { Severity } from '../core/diagnostic';
import { ENTITY_TYPES, type EntityType } from '../core/entities/types';
import { mentionCount, typeOfFlags, MENTION_INTS } from '../core/summary/packedMentions';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { ENGINE_USAGE, indexArticles, parseEngineOptions } from './indexArticles';

export const STATS_USAGE = `Usage: corpus-lens stats [--json] [--cache] [--jobs N] PATH…

Indexes the articles and prints counts (articles, mentions by type, entities, problems by
severity) and timings.

  --json              one JSON object instead of the table
${ENGINE_USAGE}`;

export interface CorpusStats {
  articles: number;
  unreadable: number;
  bytes: number;
  mentions: Record<EntityType, number> & { total: number };
  entities: Record<EntityType, number> & { total: number; known: number; unknown: number };
  problems: Record<Severity, number>;
  analysed: number;
  fromCache: number;
  timings: { listMs: number; indexMs: number; totalMs: number };
  jobs: number;
  maxRssMb: number;
}

export async function statsCommand(args: string[], out: { write(s: string): unknown } = process.stdout, err: { write(s: string): unknown } = process.stderr): Promise<number> {
  const t0 = performance.now();
  const { options, rest } = parseEngineOptions(args);
  let json = false;
  const paths: string[] = [];
  for (const a of rest) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out.write(STATS_USAGE + '\n');
      return 0;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError('stats needs at least one file or folder');

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
    timings: { listMs: t1 - t0, indexMs: 0, totalMs: 0 },
    jobs: options.jobs,
    maxRssMb: 0,
  };
  // Mentions are counted from each summary as it arrives; nothing per mention is kept here.
  const run = await indexArticles(items, options, (r) => {
    if (r.kind !== 'summary') return;
    const d = r.summary.mentions.data;
    for (let k = 3; k < d.length; k += MENTION_INTS) stats.mentions[typeOfFlags(d[k])]++;
    stats.mentions.total += mentionCount(r.summary.mentions);
  });
  for (const note of run.notes) err.write(`corpus-lens: ${note}\n`);
  const t2 = performance.now();
  stats.analysed = run.counts.analysed;
  stats.fromCache = run.counts.fromCache;
  for (const { corpus, index, articles } of run.corpora) {
    for (const a of articles) {
      stats.articles++;
      if (index.unreadableReason(a.path)) {
        stats.unreadable++;
        stats.problems.error++;
        continue;
      }
      stats.bytes += index.summary(a.path)?.length ?? 0;
      for (const f of index.findingsFor(a.path, corpus.config)) stats.problems[f.severity]++;
    }
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
  const n = (x: number) => x.toLocaleString('en-US');
  const row = (label: string, value: string) => out.write(`${label.padEnd(22)}${value}\n`);
  row('articles', `${n(stats.articles)}${stats.unreadable ? ` (${n(stats.unreadable)} unreadable)` : ''}, ${(stats.bytes / 1048576).toFixed(1)} M characters`);
  row('mentions', `${n(stats.mentions.total)}: ${ENTITY_TYPES.map((t) => `${n(stats.mentions[t])} ${t}`).join(', ')}`);
  row('entities', `${n(stats.entities.total)} (${n(stats.entities.known)} in the registry, ${n(stats.entities.unknown)} not): ${ENTITY_TYPES.map((t) => `${n(stats.entities[t])} ${t}`).join(', ')}`);
  row('problems', `${n(stats.problems.error)} errors, ${n(stats.problems.warning)} warnings, ${n(stats.problems.information)} information, ${n(stats.problems.hint)} hints`);
  row('analysed', `${n(stats.analysed)} articles, ${n(stats.fromCache)} from the cache, on ${stats.jobs || 1} thread${stats.jobs > 1 ? 's' : ''}`);
  row('time', `${(stats.timings.totalMs / 1000).toFixed(2)} s (listing ${(stats.timings.listMs / 1000).toFixed(2)} s, indexing ${(stats.timings.indexMs / 1000).toFixed(2)} s)`);
  row('peak memory', `${stats.maxRssMb.toFixed(0)} MB`);
  return 0;
}
