// What every CLI command does first: group the collected articles by corpus, then turn each
// corpus's files into summaries through the one ingest path (pool, cache) and index them.

import * as path from 'node:path';
import { localToday } from '../core/analyzeArticle';
import type { EntityRegistry } from '../core/entities/registry';
import type { RegistryProblem, RegistrySource } from '../core/entities/types';
import { CorpusIndex } from '../core/index/corpusIndex';
import { goneFromDisk, indexToSave, restoreIndex, savingCanWait, type IndexedHashes } from '../ingest/savedIndex';
import { ingestFiles, type IngestCounts, type IngestResult } from '../ingest/ingest';
import { contextHash } from '../ingest/summaryCache';
import { threadsFor } from '../ingest/summaryPool';
import { createNodeHost } from '../node/nodeHost';
import type { FileStamp, SummaryStore } from '../workspace/corpusHost';
import type { Corpus } from '../node/corpusFiles';
import { RegistryLoader } from '../node/registryFiles';
import { UsageError } from './checkCommand';
import { corpusGroups, type CollectedItem } from './collectArticles';
import { translator, type Language } from '../core/i18n';
import { envLanguage } from './language';

export interface EngineOptions {
  /** Threads to analyse on (--jobs); none given: as many as the files make worth it (threadsFor). */
  jobs?: number;
  cache: boolean;
  cacheLocation: string;
  today: string;
  /** A file's size and mtime for the cache's check (default: statted now). */
  stat?: (file: string) => FileStamp | undefined;
}

export interface IndexedCorpus {
  corpus: Corpus;
  index: CorpusIndex;
  /** The corpus's registry and its problems, built on first ask (a run from the cache needs neither). */
  registry(): Promise<{ registry: EntityRegistry; problems: RegistryProblem[] }>;
  registrySources: RegistrySource[];
  /** The articles given for this corpus, in the order they were collected. */
  articles: Array<Extract<CollectedItem, { kind: 'article' }>>;
  /** When the index is the one saved beside the cache (read back unchanged, or saved by this
   *  run): that cache and the save's generation, for what is kept with it (problem totals). */
  saved?: { cache: SummaryStore; generation: string };
  /** When the index was read back and changed: the generation it was read from, and the articles
   *  whose problems may differ from what they were in it (changed, added, gone, and those whose
   *  corpus-wide problems those changes touched). */
  changedSince?: { cache: SummaryStore; generation: string; paths: Set<string> };
}

export interface IndexRun {
  corpora: IndexedCorpus[];
  counts: IngestCounts;
  /** Messages for standard error (a cache ignored, a worker lost). */
  notes: string[];
  /** Threads the files were analysed on (0: this one). */
  threads: number;
}

export const ENGINE_USAGE = translator('en')('cli.engineUsage');

/** The engine's options, described in a language. */
export function engineUsage(language: Language = envLanguage()): string {
  return translator(language)('cli.engineUsage');
}

/** Takes the engine's options out of `args`; returns the rest. */
export function parseEngineOptions(args: string[]): { options: EngineOptions; rest: string[] } {
  const options: EngineOptions = { cache: false, cacheLocation: path.resolve('.corpus-lens-cache'), today: process.env.CORPUS_LENS_TODAY || localToday() };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(translator(envLanguage())('cli.needsValue', { option: name }));
      return v;
    };
    if (a === '--jobs' || a.startsWith('--jobs=') || a === '-j') {
      const v = value(a === '-j' ? '-j' : '--jobs');
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(translator(envLanguage())('cli.jobs', { value: v }));
      options.jobs = n;
    } else if (a === '--cache') options.cache = true;
    else if (a === '--cache-location' || a.startsWith('--cache-location=')) {
      options.cacheLocation = path.resolve(value('--cache-location'));
      options.cache = true;
    } else rest.push(a);
  }
  return { options, rest };
}

/** Where loaded registries are kept: beside the summaries, when they are cached. */
export function registryFolder(options: EngineOptions): string | undefined {
  return options.cache ? options.cacheLocation : undefined;
}

/** A corpus's articles with the one ingest path opened for it (its pool and its cache). */
export interface CorpusIngest {
  corpus: Corpus;
  registrySources: RegistrySource[];
  articles: Array<Extract<CollectedItem, { kind: 'article' }>>;
  /** `indexed`: files an index read back holds (ingest.ts). */
  ingest(files: readonly string[], onResult: (r: IngestResult) => void, indexed?: IndexedHashes): Promise<IngestCounts>;
  /** The cache, when asked for: it keeps the index too, for a run over the whole corpus. */
  cache?: SummaryStore;
  /** The run covers every article of the corpus. */
  wholeCorpus: boolean;
  /** Stops the pool's threads until the next file to analyse (before a large save). */
  rest(): Promise<void>;
}

/**
 * Groups the articles by corpus and hands `work` each corpus's ingest, with the same host as
 * the language server's (disk, threads, the cache when asked for); the cache is saved after
 * the corpus's work, and the threads stop at the end.
 */
export async function withCorpusIngest(items: CollectedItem[], options: EngineOptions, work: (g: CorpusIngest) => Promise<void>, registries = new RegistryLoader(registryFolder(options))): Promise<{ notes: string[]; threads: number }> {
  const groups = corpusGroups(items);
  const notes: string[] = [];
  const total = groups.reduce((n, g) => n + g.articles.length, 0);
  const host = createNodeHost({ cacheFolder: options.cache ? options.cacheLocation : undefined });
  const threads = threadsFor(total, options.jobs);
  const pool = host.createSummarizer(threads);
  try {
    for (const { corpus, articles } of groups) {
      const registrySources = await registries.sourcesFor(corpus.root, corpus.config);
      const ctx = { key: corpus.root, config: corpus.config, registrySources, today: options.today };
      // With a cache, the registry comes back from it at once (when a file needs analysing) and
      // the threads get it as bytes; without, each thread reads the sources itself, at the same
      // time (the calling thread need not hold one: 35 MB more at 1,000 articles). Analysed on
      // the calling thread, the files use the run's own registry, which a command that asks for
      // it (check's registry problems) then does not load a second time.
      const shared = options.cache || threads === 0;
      pool.defineCorpus(ctx, shared ? () => registries.load(corpus.root, registrySources, corpus.config.language).registry : undefined);
      const opened = host.openCache?.(corpus.root, contextHash(corpus.config, registrySources));
      if (opened?.note) notes.push(opened.note);
      const cache: SummaryStore | undefined = opened?.cache;
      const wholeCorpus = articles.every((a) => a.wholeCorpus);
      await work({ corpus, registrySources, articles, cache, wholeCorpus, ingest: (files, onResult, indexed) => ingestFiles(ctx, files, { pool, cache, onResult, indexed, stat: options.stat }), rest: async () => pool.rest?.() });
      if (cache) {
        // A run over the whole corpus drops entries of articles gone since; a run on a part keeps
        // them. (A cache with as many entries as there are articles is not read through for it:
        // each article analysed has one, and those the saved index answered had one when saved.)
        if (wholeCorpus && cache.size !== articles.length) cache.retain(new Set(articles.map((a) => a.path)));
        try {
          cache.save();
        } catch (e) {
          notes.push(`could not write the cache ${cache.file}: ${e instanceof Error ? e.message : String(e)}`);
        } finally {
          cache.close();
        }
      }
    }
  } finally {
    if (pool.failure) notes.push(pool.failure);
    await pool.close();
  }
  return { notes, threads };
}

/**
 * Indexes the articles of each corpus. `savedIndex`: with a cache and a run over a whole corpus,
 * the index saved by the last such run is read back and only what changed since is applied
 * (the articles it holds then give `onResult` no summary: for commands that read the index,
 * not each summary); the index is saved again when something changed, unless it was only a few
 * articles (savingCanWait).
 */
export async function indexArticles(items: CollectedItem[], options: EngineOptions, onResult?: (result: IngestResult, corpus: IndexedCorpus) => void, use: { savedIndex?: boolean } = {}): Promise<IndexRun> {
  const corpora: IndexedCorpus[] = [];
  const registries = new RegistryLoader(registryFolder(options));
  const counts: IngestCounts = { analysed: 0, fromCache: 0, indexed: 0, unreadable: 0, gone: 0 };
  const indexNotes: string[] = [];
  const { notes, threads } = await withCorpusIngest(items, options, async (c) => {
    const corpus = c.corpus;
    const keepsIndex = use.savedIndex === true && c.wholeCorpus && c.cache?.loadIndex !== undefined;
    const saved = keepsIndex ? c.cache!.loadIndex!() : undefined;
    const restored = saved && restoreIndex(saved, options.today);
    const g: IndexedCorpus = { corpus, index: restored?.index ?? new CorpusIndex(), registry: () => registries.forCorpus(corpus.root, corpus.config), registrySources: c.registrySources, articles: c.articles };
    corpora.push(g);
    // The content hashes go into the saved index; without one to save they are not kept (8 MB at 100,000 articles).
    const hashes = keepsIndex ? new Map<string, string>() : undefined;
    /** Articles this run changed in the index (analysed, unreadable, gone). */
    let applied = 0;
    // Over an index read back, what each change touched is worked out (a few articles, mostly):
    // what was counted over that index holds for the rest.
    const touched = restored && saved?.generation ? new Set<string>() : undefined;
    const touch = (path: string, affected: readonly string[]) => {
      if (!touched) return;
      touched.add(path);
      for (const p of affected) touched.add(p);
    };
    const paths = c.articles.map((a) => a.path);
    const n = await c.ingest(
      paths,
      (r) => {
        // A file the saved index already holds as unreadable, for the same reason, changes nothing.
        const unreadableAsBefore = r.kind === 'unreadable' && restored !== undefined && g.index.unreadableReason(r.path) === r.reason;
        if (r.kind === 'indexed') hashes?.set(r.path, r.hash);
        else if (!unreadableAsBefore) {
          applied++;
          if (r.kind === 'summary') {
            // The summary's path is a copy made crossing a thread: the index keeps the listing's
            // own, which the run holds anyway (6 MB of strings at 100,000 articles).
            r.summary.path = r.path;
            touch(r.path, g.index.apply(r.summary, touched !== undefined));
            if (r.hash) hashes?.set(r.path, r.hash);
          } else if (r.kind === 'unreadable') touch(r.path, g.index.setUnreadable(r.path, r.reason));
          else touch(r.path, g.index.setUnreadable(r.path, translator(g.corpus.config.language)('read.disappeared')));
        }
        onResult?.(r, g);
      },
      restored?.indexed,
    );
    if (restored) {
      // What the saved index held and the corpus no longer has.
      for (const p of goneFromDisk(g.index, paths, n.indexed)) {
        touch(p, g.index.remove(p));
        applied++;
      }
    }
    const changed = !restored || applied > 0;
    if (touched && changed) g.changedSince = { cache: c.cache!, generation: saved!.generation!, paths: touched };
    if (keepsIndex && !changed && saved?.generation) g.saved = { cache: c.cache!, generation: saved.generation };
    if (keepsIndex && changed && !(restored && savingCanWait(applied, g.index.size))) {
      // The threads' memory goes back first: with the save's copy of the index it was the run's peak.
      if (n.analysed) await c.rest();
      try {
        const generation = c.cache!.saveIndex?.(indexToSave(g.index, (p) => hashes?.get(p), (p) => c.cache!.get(p)));
        if (generation) g.saved = { cache: c.cache!, generation };
      } catch (e) {
        indexNotes.push(`could not write the index ${c.cache!.file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    for (const k of Object.keys(counts) as Array<keyof IngestCounts>) counts[k] += n[k];
  }, registries);
  return { corpora, counts, notes: [...notes, ...indexNotes], threads };
}
