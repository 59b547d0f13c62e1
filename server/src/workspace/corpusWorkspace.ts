// The corpora the server watches: their settings, registries, and the index of each corpus
// built from article summaries through the one ingest path (pool, cache). Open documents'
// text wins over the disk. No LSP here.
//
// Order: a scan, a disk event and an edit each take a ticket for the article they touch; a
// result is applied only while its ticket is the article's latest, so a late disk read never
// overwrites an edit, and a scan that a newer scan replaced applies nothing more.

import * as path from 'node:path';
import { articleDates } from '../core/dates/articleDates';
import { resolvePartialDate } from '../core/dates/resolveDate';
import type { ArticleAnalysis } from '../core/analyzeArticle';
import { localToday } from '../core/analyzeArticle';
import { CONFIG_FILE, defaultConfig, type CorpusConfig } from '../core/config/corpusConfig';
import { translator, type Language } from '../core/i18n';
import { MAX_ARTICLE_BYTES } from '../core/corpus/decodeArticle';
import type { Finding } from '../core/diagnostic';
import { loadRegistry, type EntityRegistry } from '../core/entities/registry';
import type { RegistryProblem, RegistrySource } from '../core/entities/types';
import { CorpusIndex } from '../core/index/corpusIndex';
import type { EntityIndex } from '../core/index/entityIndex';
import { summarizeArticleWithDetails, type ArticleSummary } from '../core/summary/articleSummary';
import { LineIndex } from '../core/text/lineIndex';
import { ingestFiles, type IngestResult } from '../ingest/ingest';
import { contextHash } from '../ingest/summaryCache';
import { contentHash, givenRegistry, type GivenRegistry } from '../ingest/summarizeFile';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_NAME } from './sampleArticle';
import { goneFromDisk, indexToSave, restoreIndex, savingCanWait, type IndexedHashes } from '../ingest/savedIndex';
import { searchText, type FileHits } from '../ingest/searchFiles';
import type { PhraseQuery } from '../core/search/phraseSearch';
import { monthOf } from '../core/index/entityTimeline';
import { defaultJobs, threadsFor } from '../ingest/summaryPool';
import type { Corpus } from '../core/config/corpus';
import { ArticleStates, type ArticleState } from './articleStates';
import type { CorpusHost, FileStamps, ProblemTotals, Summarizer, SummaryStore, RegistryLoad } from './corpusHost';

/** A UTF-16 unit no UTF-8 file can hold: a text with one is no file's bytes decoded. */
const LONE_SURROGATE = /\p{Cs}/u;

export type { ArticleState };

/** A corpus's entity registry (built-in + its own files) and the index of its articles. */
export interface CorpusEntities {
  /** The language of this corpus's messages (its hovers, outline and code lens too). */
  language: Language;
  /** Restored from its snapshot when first read (a warm start that analyses nothing is ready
   *  without it). */
  readonly registry: EntityRegistry;
  /** The registry, or how to restore it: what a scan's threads and a rescan's corpora share. */
  given: GivenRegistry;
  problems: RegistryProblem[];
  /** The registry files, for positions in them (definition, references to entries). */
  files: Map<string, { lines: LineIndex; builtin: boolean }>;
  index: EntityIndex;
  corpusIndex: CorpusIndex;
  sources: RegistrySource[];
}

export interface WorkspaceOptions {
  folders: string[];
  extraRoots: string[];
  today?: () => string;
  /** Threads of the summary pool (default: one per core). */
  jobs?: number;
  /** The messages' language of corpora whose corpus-lens.yaml names none, and of loose
   *  articles: the editor's (default English). Kept when later options leave it out. */
  language?: Language;
}

/** Key of the entities of articles outside any corpus (opened with the corpus-article language). */
const LOOSE = '';
const REGISTRY_FILE = 'entities.yaml';

/** The same registry files, read with the same text (a registry loaded from one holds for the other). */
function sameSources(a: readonly RegistrySource[], b: readonly RegistrySource[]): boolean {
  return a.length === b.length && a.every((s, i) => s.path === b[i].path && s.builtin === b[i].builtin && s.unreadable === b[i].unreadable && s.text === b[i].text);
}

export class CorpusWorkspace {
  corpora = new Map<string, Corpus>();
  readonly articles = new ArticleStates();
  entities = new Map<string, CorpusEntities>();
  private matchers = new Map<string, (p: string) => boolean>();
  private pool: Summarizer | undefined;
  private caches = new Map<string, SummaryStore>();
  /** Each cached corpus's index, saved beside its summaries when changed from the disk since
   *  it was read back or saved (an open document's unsaved text changes nothing there):
   *  `changed` counts the articles so changed, Infinity for an index built afresh;
   *  `generation` is the save it was read back from or last saved as. */
  private indexes = new Map<string, { index: CorpusIndex; changed: number; generation?: string }>();
  /** The latest ticket per article: results with an older one are stale. A scan's files hold
   *  none: its result for a file stands while the file has no ticket and was not revoked. */
  private readonly tickets = new Map<string, number>();
  /** The files of the corpus a scan is reading, and those forgotten since it listed them. */
  private scanning: { files: readonly string[]; revoked: Set<string> } | undefined;
  private nextTicket = 1;
  private generation = 0;
  /** Lines for the log (a cache ignored, a worker lost). */
  readonly notes: string[] = [];
  /** Articles the last scan took as the saved index held them. */
  fromSavedIndex = 0;
  /** False until a scan has found the corpora: an article opened before is analysed without a
   *  registry (analyzeText). */
  private corporaFound = false;

  constructor(
    private options: WorkspaceOptions,
    private readonly host: CorpusHost,
  ) {
    // Articles opened before the first scan has found the corpora are analysed as loose ones.
    this.entities.set(LOOSE, this.makeLooseEntities(host.builtinRegistrySources()));
  }

  setOptions(options: WorkspaceOptions): void {
    this.options = { ...options, language: options.language ?? this.options.language };
  }

  /** The language of messages not about one corpus (and of corpora that name none). */
  get language(): Language {
    return this.options.language ?? 'en';
  }

  /** The language of an article's or registry file's messages: its corpus's. */
  languageOf(file: string): Language {
    return this.entitiesOf(file)?.language ?? this.language;
  }

  /** Settings of an article outside any corpus. */
  private looseConfig(): CorpusConfig {
    return { ...defaultConfig(), language: this.language };
  }

  private today(): string {
    return this.options.today?.() ?? localToday();
  }

  private ticket(file: string): number {
    const t = this.nextTicket++;
    this.tickets.set(file, t);
    return t;
  }

  private current(file: string, ticket: number): boolean {
    return this.tickets.get(file) === ticket;
  }

  /** Finds every corpus root, then reads and analyses every article; reports progress.
   *  Open documents are kept as they are; the caller re-analyses them with their live text.
   *  A newer scan makes this one stop applying results. */
  async scan(onProgress?: (done: number, total: number) => void, onCorpora?: () => void): Promise<void> {
    const generation = ++this.generation;
    const roots = new Set<string>();
    // The walks that found roots, with their files: each root's listing is picked from them.
    const walks: Array<{ roots: Set<string>; files: string[] }> = [];
    for (const folder of this.options.folders) {
      const found = this.host.findCorpora ? await this.host.findCorpora(folder) : { roots: await this.host.findCorpusRoots(folder) };
      for (const r of found.roots) roots.add(r);
      if ('files' in found) walks.push({ roots: new Set(found.roots), files: found.files });
    }
    for (const r of this.options.extraRoots) roots.add(path.resolve(this.options.folders[0] ?? process.cwd(), r));
    // The new corpora are built aside and swapped in at once: a scan that a newer one replaced
    // while it awaited leaves nothing of its own behind.
    // A first scan's saved indexes are read on other threads while this one loads the corpora
    // and lists their files. (A rescan saves the indexes it had before it reads them.)
    const savedIndexes = new Map<string, Promise<unknown>>();
    if (this.caches.size === 0 && this.host.readSavedIndex) for (const r of roots) if (this.host.hasCache?.(r)) savedIndexes.set(r, this.host.readSavedIndex(r));
    const builtin = this.host.builtinRegistrySources();
    const corpora = new Map<string, Corpus>();
    const matchers = new Map<string, (p: string) => boolean>();
    const entities = new Map<string, CorpusEntities>();
    for (const root of [...roots].sort()) {
      const corpus = await this.host.loadCorpus(root, this.language);
      corpora.set(root, corpus);
      matchers.set(root, this.host.articleMatcher(corpus));
      entities.set(root, this.makeEntities([...builtin, ...(await this.host.corpusRegistrySources(root, corpus.config))], corpus.config.language));
    }
    entities.set(LOOSE, this.makeLooseEntities(builtin));
    // Listed before the swap: the listing awaits, and the new indexes take nothing before the
    // saved ones are restored.
    const byCorpus: Array<[Corpus, string[]]> = [];
    let total = 0;
    // Only cache hits need stamps; another thread takes them while this one reads the cache and
    // restores the saved index (started after those, the stamps of 100,000 files were what a
    // warm start waited for).
    const stamping = new Map<string, FileStamps>();
    for (const corpus of corpora.values()) {
      // A nested corpus's articles are its own, not also the outer one's. (One corpus alone
      // has every file its listing gives: no glob matched again for each of 100,000.)
      const listed = await this.host.listArticles(corpus, walks.find((w) => w.roots.has(corpus.root))?.files);
      const files = corpora.size === 1 ? listed : listed.filter((f) => corpusAmong(corpora, matchers, f) === corpus);
      byCorpus.push([corpus, files]);
      total += files.length;
      const stamps = this.host.hasCache?.(corpus.root) ? this.host.statFiles?.(files) : undefined;
      if (stamps) stamping.set(corpus.root, stamps);
    }
    walks.length = 0;
    // (Read, not yet made into indexes: that is done below, where nothing else runs between.)
    const savedIndexBytes = new Map<string, unknown>();
    for (const [root, read] of savedIndexes) savedIndexBytes.set(root, await read);
    if (generation !== this.generation) return;
    this.corpora = corpora;
    this.corporaFound = true;
    this.matchers = matchers;
    this.entities = entities;
    this.closeCaches();
    const today = this.today();
    // Before anything goes into the new indexes: an index saved by the last run replaces the
    // empty one, and the articles it holds as they are on disk need nothing more.
    const indexed = new Map<string, IndexedHashes>();
    this.fromSavedIndex = 0;
    for (const [corpus, files] of byCorpus) {
      const e = this.entities.get(corpus.root)!;
      const cache = this.cacheFor(corpus, e.sources, savedIndexBytes.get(corpus.root));
      if (!cache) continue;
      // (A host that cannot tell a kept cache before opening it. An empty cache, a first
      // start's, has no hits to check.)
      const stamps = !stamping.has(corpus.root) && cache.size ? this.host.statFiles?.(files) : undefined;
      if (stamps) stamping.set(corpus.root, stamps);
      const saved = cache.loadIndex?.();
      const restored = saved && restoreIndex(saved, today);
      if (restored) {
        e.corpusIndex = restored.index;
        e.index = restored.index.entities;
        indexed.set(corpus.root, restored.indexed);
      }
      this.indexes.set(corpus.root, { index: e.corpusIndex, changed: restored ? 0 : Infinity, generation: restored ? saved.generation : undefined });
    }
    const threads = threadsFor(total, this.options.jobs);
    if (!this.pool || this.pool.jobs !== threads) {
      void this.pool?.close();
      this.pool = this.host.createSummarizer(threads);
    }
    const open = new Map([...this.articles.madeStates()].filter((a) => a.open).map((a) => [a.path, a]));
    this.articles.clear();
    // Open documents are analysed again (by the caller) into the new indexes, before the rest.
    for (const [p, a] of open) this.articles.set(p, { ...a, corpus: this.corpusOf(p), analysis: undefined });
    onCorpora?.();
    let done = 0;
    for (const [corpus, files] of byCorpus) {
      const entities = this.entities.get(corpus.root)!;
      const ctx = { key: corpus.root, config: corpus.config, registrySources: entities.sources, today };
      this.pool.defineCorpus(ctx, entities.given);
      const cache = this.caches.get(corpus.root);
      // The scan reads every file after the tickets given so far (their results are stale
      // now) and before those given from here on (an edit, a disk event): a file's result is
      // the scan's to apply while it has no ticket and was not forgotten meanwhile. No entry
      // per file: 100,000 of them cost a tenth of a second at every start.
      if (this.tickets.size) for (const f of files) this.tickets.delete(f);
      const scanning = (this.scanning = { files, revoked: new Set<string>() });
      const scanned = (file: string) => !this.tickets.has(file) && !scanning.revoked.has(file);
      const counts = await ingestFiles(ctx, files, {
        pool: this.pool,
        cache,
        stat: this.host.stat,
        stamps: stamping.get(corpus.root),
        indexed: indexed.get(corpus.root),
        isCancelled: () => generation !== this.generation,
        onResult: (r) => {
          // An article opened during the scan has a ticket (analyzeText): only those open when
          // it began are looked up, not each of 100,000 paths in a map as large.
          if (generation === this.generation && scanned(r.path) && !(open.size !== 0 && open.has(r.path) && this.articles.get(r.path)?.open)) this.applyResult(r, corpus, false);
          // Progress every 64 files, and the last: not the server's bookkeeping 100,000 times.
          if ((++done & 63) === 0 || done === total) onProgress?.(done, total);
        },
      });
      if (this.scanning === scanning) this.scanning = undefined;
      if (generation !== this.generation) return;
      // After the last corpus, the threads stop before the save: their memory and the save's
      // copy of the index were a first start's peak (the next file to analyse starts them).
      if (cache && counts.analysed && corpus === byCorpus[byCorpus.length - 1][0]) {
        await this.pool.rest?.();
        if (generation !== this.generation) return;
      }
      // What the saved index held and the disk no longer has (an open article stays).
      if (indexed.has(corpus.root)) {
        for (const p of goneFromDisk(entities.corpusIndex, files, counts.indexed, (q) => this.articles.has(q))) {
          this.changedOnDisk(p);
          entities.corpusIndex.remove(p);
        }
      }
      if (cache) {
        // Each file reported `indexed` had a cache entry when the index was saved: a cache with
        // as many entries as those is not read through for entries the disk no longer has.
        if (cache.size !== counts.indexed) cache.retain(new Set(files));
        this.saveCache(cache);
        this.saveIndex(corpus.root, cache);
      }
    }
    if (this.pool.failure) this.notes.push(this.pool.failure);
  }

  private cacheFor(corpus: Corpus, sources: RegistrySource[], savedIndex?: unknown): SummaryStore | undefined {
    const opened = this.host.openCache?.(corpus.root, contextHash(corpus.config, sources), savedIndex);
    if (!opened) return undefined;
    if (opened.note) this.notes.push(opened.note);
    opened.cache.onRejected = (note) => this.notes.push(note);
    this.caches.set(corpus.root, opened.cache);
    return opened.cache;
  }

  private saveCache(cache: SummaryStore): void {
    try {
      cache.save();
    } catch (e) {
      this.notes.push(`could not write the cache ${cache.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private closeCaches(): void {
    for (const [root, cache] of this.caches) {
      this.saveCache(cache);
      this.saveIndex(root, cache);
      cache.close();
    }
    this.caches.clear();
    this.indexes.clear();
  }

  /** Saves a corpus's index beside its summaries when the disk changed it since it was read or
   *  saved, more than savingCanWait lets wait. */
  private saveIndex(root: string, cache: SummaryStore): void {
    const held = this.indexes.get(root);
    if (!held?.changed || !cache.saveIndex || savingCanWait(held.changed, held.index.size)) return;
    try {
      held.generation = cache.saveIndex(indexToSave(held.index, (p) => this.articles.hashOf(p), (p) => cache.get(p)));
      held.changed = 0;
      held.index.markSaved();
    } catch (e) {
      this.notes.push(`could not write the index ${cache.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * Each article's problem counts kept for a corpus's index as it is now: counted with `rules`
   * over the index as saved, which has changed since only in `touched` (those are to count
   * again). An article left out had none. Undefined when no counts hold.
   */
  keptProblemCounts(root: string, rules: string): { perArticle: Map<string, ProblemTotals>; touched: ReadonlySet<string> } | undefined {
    const held = this.indexes.get(root);
    const touched = held?.index.touchedSinceSaved();
    if (!held?.generation || !touched) return undefined;
    const kept = this.caches.get(root)?.loadProblemTotals?.(rules);
    const perArticle = kept?.generation === held.generation ? kept.perArticle() : undefined;
    return perArticle && { perArticle, touched };
  }

  /** Keeps a corpus's problem counts (each article's with any) beside its saved index, while
   *  the index is the saved one: a start that finds nothing changed need not count them. */
  keepProblemCounts(root: string, rules: string, totals: ProblemTotals, perArticle: ReadonlyMap<string, ProblemTotals>): void {
    const held = this.indexes.get(root);
    const cache = this.caches.get(root);
    if (!held?.generation || !cache?.saveProblemTotals || held.index.touchedSinceSaved()?.size !== 0) return;
    try {
      cache.saveProblemTotals(held.generation, rules, totals, perArticle);
    } catch (e) {
      this.notes.push(`could not keep the problem counts beside ${cache.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** A change that came from the disk: the saved index no longer says how things are. */
  private changedOnDisk(file: string): void {
    const held = this.indexes.get(this.corpusOf(file)?.root ?? '');
    if (held) held.changed++;
  }

  async dispose(): Promise<void> {
    this.closeCaches();
    await this.pool?.close();
    this.pool = undefined;
  }

  private makeEntities(sources: RegistrySource[], language: Language, load: RegistryLoad = this.registryOf(sources, language)): CorpusEntities {
    const { registry: given, problems } = load;
    const files = new Map(sources.map((s) => [s.path, { lines: new LineIndex(s.text), builtin: s.builtin }]));
    const corpusIndex = new CorpusIndex();
    let registry = typeof given === 'function' ? undefined : given;
    return {
      language,
      get registry() {
        return (registry ??= givenRegistry(given));
      },
      given,
      problems,
      files,
      index: corpusIndex.entities,
      corpusIndex,
      sources,
    };
  }

  /**
   * The loose articles' entities, whose registry (the built-in files alone) is loaded when first
   * read: when an article outside every corpus is analysed, or a search needs it
   * (searchedEntities). Every corpus loads the same files with its own, and loading them once
   * more for the loose articles, which are seldom, took 0.4 s of a first start. Their problems
   * are left to the corpora (a release's built-in files have none: test/unit/entities).
   */
  private makeLooseEntities(builtin: RegistrySource[]): CorpusEntities {
    const language = this.language;
    const held = this.entitiesWithSources(builtin, language);
    let registry: EntityRegistry | undefined;
    // (Not registryOf when loading: it would find these entities, whose registry this is.)
    const given = held?.given ?? (() => (registry ??= givenRegistry(this.loadSources(builtin, language).registry)));
    return this.makeEntities(builtin, language, { registry: given, problems: [] });
  }

  /** The entities a search of the workspace's names reads: every corpus's, and the loose
   *  articles' when they hold some or there is no corpus (else theirs, the built-in entities,
   *  are every corpus's too). */
  searchedEntities(): CorpusEntities[] {
    const out: CorpusEntities[] = [];
    for (const [root, e] of this.entities) if (root !== LOOSE || e.corpusIndex.size > 0 || this.entities.size === 1) out.push(e);
    return out;
  }

  /**
   * The registry of these sources: the one the workspace holds now (the corpora of the scan
   * before) when it was loaded from the same sources. A scan made the built-in registry again
   * that the workspace made when it started, and a rescan every corpus's (each restored from
   * its snapshot: 50 ms for 100,000 articles' registry); a source edited since is text of its
   * own and misses. Only registries in use are found: none is kept for later.
   */
  private registryOf(sources: RegistrySource[], language: Language): RegistryLoad {
    const held = this.entitiesWithSources(sources, language);
    return held ? { registry: held.given, problems: held.problems } : this.loadSources(sources, language);
  }

  /** Entities the workspace holds now whose registry was loaded from these very sources. */
  private entitiesWithSources(sources: RegistrySource[], language: Language): CorpusEntities | undefined {
    for (const e of this.entities.values()) if (e.language === language && sameSources(e.sources, sources)) return e;
    return undefined;
  }

  private loadSources(sources: RegistrySource[], language: Language): RegistryLoad {
    return this.host.loadRegistry ? this.host.loadRegistry(sources, { language }) : loadRegistry(sources, { language });
  }

  /** The corpus an article belongs to: the deepest root whose settings select it. */
  corpusOf(file: string): Corpus | undefined {
    return corpusAmong(this.corpora, this.matchers, file);
  }

  /** An article's line boundaries: its own, or those of its summary in the index. */
  linesOf(state: ArticleState): LineIndex | undefined {
    if (state.lines) return state.lines;
    const s = state.index?.lineBoundaries(state.path);
    return s && LineIndex.fromBoundaries(s.lineStarts, s.lineEnds, s.length);
  }

  /** The registry and index an article, or a registry file, belongs to. */
  entitiesOf(file: string): CorpusEntities | undefined {
    const corpus = this.corpusOf(file);
    if (corpus) return this.entities.get(corpus.root);
    for (const [root, e] of this.entities) if (root !== LOOSE && e.files.has(file)) return e;
    return this.entities.get(LOOSE);
  }

  isArticle(file: string): boolean {
    return this.corpusOf(file) !== undefined;
  }

  /** Under a corpus root, but left out by its include/exclude settings: not an article at all,
   *  whatever language the editor gave it. */
  isExcluded(file: string): boolean {
    if (this.corpusOf(file)) return false;
    for (const root of this.corpora.keys()) if (file.startsWith(root + path.sep)) return true;
    return false;
  }

  /** corpus-lens.yaml or a registry file: a change means reading the corpus again. */
  isSettingsFile(file: string): boolean {
    const base = path.basename(file);
    if (base === CONFIG_FILE || base === REGISTRY_FILE) return true;
    for (const [root, e] of this.entities) if (root !== LOOSE && e.files.has(file)) return true;
    return false;
  }

  /** True while the article's analysis is in the index its corpus uses now. */
  isCurrent(state: ArticleState): boolean {
    return state.index !== undefined && state.index === this.entitiesOf(state.path)?.corpusIndex && state.index.hasSummary(state.path);
  }

  /** Problems of an article, configured for its corpus: its own and those that need the corpus (ids, duplicates). */
  findingsFor(state: ArticleState): Finding[] {
    if (state.unreadable) return [];
    const index = this.entitiesOf(state.path)?.corpusIndex;
    return index ? index.findingsFor(state.path, state.corpus?.config ?? this.looseConfig(), state.open ? state.analysis?.findings : undefined) : [];
  }

  /** `track` false during a scan: everything is published when it ends. */
  private applyResult(r: IngestResult, corpus: Corpus | undefined, track = true): string[] {
    if (r.kind === 'indexed') return this.indexedArticle(r.path, r.row, corpus);
    this.changedOnDisk(r.path);
    if (r.kind === 'summary') {
      const affected = this.applySummary(r.summary, corpus, false, undefined, track);
      this.articles.get(r.path)!.hash = r.hash;
      return affected;
    }
    if (r.kind === 'gone') return this.forget(r.path);
    const state: ArticleState = { path: r.path, corpus, open: false, unreadable: r.reason };
    this.articles.set(r.path, state);
    const index = this.entitiesOf(r.path)?.corpusIndex;
    return index ? (corpus ? index.setUnreadable(r.path, r.reason) : (index.remove(r.path), [])) : [];
  }

  /** An article the index read back holds as it is on disk: its state is made when asked for. */
  private indexedArticle(file: string, row: number, corpus: Corpus | undefined): string[] {
    // The scan knows the corpus: no glob to match again for each of 100,000 files.
    const index = (corpus ? this.entities.get(corpus.root) : this.entitiesOf(file))?.corpusIndex;
    if (!index) return [];
    this.articles.takeAsSaved(index, corpus, row);
    this.fromSavedIndex++;
    return [];
  }

  /** `held`: the content hash of the bytes whose summary the index already holds as saved,
   *  for a summary of the same text (the index is then left as it is). */
  private applySummary(summary: ArticleSummary, corpus: Corpus | undefined, open: boolean, analysis?: ArticleAnalysis, track = true, held?: string): string[] {
    const file = summary.path;
    const index = this.entitiesOf(file)?.corpusIndex;
    // Every field named at once (the hash too, set by the caller): fields added later took a
    // property array of their own for each of a scan's articles.
    const state: ArticleState = {
      path: file,
      corpus,
      open,
      lines: open || !index ? LineIndex.fromBoundaries(summary.lineStarts, summary.lineEnds, summary.length) : undefined,
      analysis,
      index,
      hash: index ? held : undefined,
    };
    this.articles.set(file, state);
    if (!index || held !== undefined) return [];
    const affected = index.apply(summary, track);
    // Outside a corpus there are no corpus-wide checks to speak of.
    return corpus ? affected : [];
  }

  /**
   * Each corpus's readable articles with a way to get their summaries: the cache and the pool
   * the index was built with, so an export writes what the index holds (from disk, as saved).
   */
  exportSources(): Array<{ root: string; files: string[]; ingest(files: readonly string[], onResult: (r: IngestResult) => void): Promise<void> }> {
    const byRoot = new Map<string, string[]>();
    for (const { path: file, corpus } of this.articles.readable()) {
      const list = byRoot.get(corpus.root) ?? [];
      list.push(file);
      byRoot.set(corpus.root, list);
    }
    return [...byRoot].map(([root, files]) => {
      const corpus = this.corpora.get(root);
      const entities = this.entitiesOf(files[0]);
      return {
        root,
        files,
        ingest: async (batch, onResult) => {
          if (!this.pool || !corpus || !entities) return;
          const ctx = { key: corpus.root, config: corpus.config, registrySources: entities.sources, today: this.today() };
          await ingestFiles(ctx, batch, { pool: this.pool, cache: this.caches.get(root), stat: this.host.stat, onResult });
        },
      };
    });
  }

  /** Reads an article from disk through the pool; returns the other articles whose problems changed. */
  async readFromDisk(file: string, corpus = this.corpusOf(file)): Promise<string[]> {
    const ticket = this.ticket(file);
    const entities = this.entitiesOf(file);
    if (!this.pool || !corpus || !entities) return [];
    const ctx = { key: corpus.root, config: corpus.config, registrySources: entities.sources, today: this.today() };
    const cache = this.caches.get(corpus.root);
    let affected: string[] = [];
    await ingestFiles(ctx, [file], {
      pool: this.pool,
      cache,
      stat: this.host.stat,
      onResult: (r) => {
        if (this.current(file, ticket) && !this.articles.get(file)?.open) affected = this.applyResult(r, corpus);
      },
    });
    return affected;
  }

  /**
   * Analyses a short sample article with a corpus's settings and registry, and keeps nothing of
   * it: what the first analysis on this thread builds (the registry's name index, the
   * analyser's tables: 0.1 to 0.3 s) is then there before an article is opened.
   */
  primeAnalysis(root: string): void {
    const corpus = this.corpora.get(root);
    summarizeArticleWithDetails(SAMPLE_ARTICLE, { path: path.join(root, SAMPLE_ARTICLE_NAME), config: corpus?.config ?? this.looseConfig(), today: this.today(), registry: this.entities.get(root)?.registry });
  }

  /**
   * Runs what a keystroke runs on an article's text (its analysis, an index's update, the
   * article's problems), into `scratch`, an index made for this and dropped after: the corpus's
   * index and the articles' states are left as they were.
   */
  rehearseEdit(file: string, text: string, scratch: CorpusIndex): void {
    const corpus = this.corpusOf(file);
    const config = corpus?.config ?? this.looseConfig();
    const { summary } = summarizeArticleWithDetails(text, { path: file, config, today: this.today(), registry: this.entitiesOf(file)?.registry, edited: true });
    scratch.apply(summary);
    scratch.findingsFor(file, config, summary.findings);
  }

  /** Analyses an open document's live text; returns its state and the other articles affected.
   *  `namesMayWait`: before the first scan has found the corpora, an article that would be
   *  analysed as a loose one is analysed without its names (see below). */
  analyzeText(file: string, text: string, options: { namesMayWait?: boolean } = {}): { state: ArticleState; affected: string[] } {
    this.ticket(file);
    const corpus = this.corpusOf(file);
    const entities = this.entitiesOf(file);
    // The editor can hold any text; one too large for an article is not analysed (it would
    // block the server for many seconds), it is said so.
    if (text.length > MAX_ARTICLE_BYTES) {
      const reason = translator(corpus?.config.language ?? this.language)('read.textTooLong', { size: (text.length / 1048576).toFixed(1), max: MAX_ARTICLE_BYTES / 1048576 });
      const affected = this.applyResult({ kind: 'unreadable', path: file, reason }, corpus);
      const state = this.articles.get(file)!;
      state.open = true;
      return { state, affected };
    }
    const today = this.today();
    // An article opened before the first scan has found the corpora (an editor restored at
    // start) has its problems at once, without its names, not after the loose articles'
    // registry is loaded (0.5 s on a first start). It is analysed again, with its corpus's
    // registry, as soon as the corpora are found, or with the loose one when a request needs
    // its names first (a hover).
    const withoutNames = options.namesMayWait === true && !this.corporaFound && entities === this.entities.get(LOOSE);
    const registry = withoutNames ? undefined : entities?.registry;
    const details = summarizeArticleWithDetails(text, { path: file, config: corpus?.config ?? this.looseConfig(), today, registry, edited: true });
    const article = details.article;
    const dates = articleDates(text, article).map((mention) => ({ mention, resolved: article.date ? resolvePartialDate(mention, article.date) : undefined }));
    const analysis: ArticleAnalysis = { article, findings: details.findings, dates, mentions: details.mentions };
    // An article opened as the disk has it (an editor restored at start) whose summary the index
    // read back holds, made from these very bytes: the index stays as saved, so the problems
    // counted over it still hold (and are kept) and nothing else needs publishing.
    const saved = entities?.corpusIndex.savedHash(file, today);
    const held = saved !== undefined && !LONE_SURROGATE.test(text) && contentHash(Buffer.from(text, 'utf8')) === saved ? saved : undefined;
    const affected = this.applySummary(details.summary, corpus, true, analysis, true, held);
    const state = this.articles.get(file)!;
    state.withoutNames = withoutNames || undefined;
    return { state, affected };
  }

  /** A document was closed: its disk text becomes authoritative again. */
  async closed(file: string): Promise<{ state?: ArticleState; affected: string[] }> {
    const state = this.articles.get(file);
    if (state) state.open = false;
    if (!this.isArticle(file)) {
      this.ticket(file);
      this.articles.delete(file);
      this.entitiesOf(file)?.corpusIndex.remove(file);
      return { affected: [] };
    }
    const affected = await this.readFromDisk(file);
    return { state: this.articles.get(file), affected };
  }

  private forget(file: string): string[] {
    this.changedOnDisk(file);
    this.articles.delete(file);
    // A result still in flight for it finds no ticket and is dropped; a scan's is revoked.
    this.tickets.delete(file);
    this.scanning?.revoked.add(file);
    this.caches.get(this.corpusOf(file)?.root ?? '')?.delete(file);
    return [file, ...(this.entitiesOf(file)?.corpusIndex.remove(file) ?? [])];
  }

  isFolder(p: string): Promise<boolean> {
    return this.host.isFolder(p);
  }

  /** The articles of every corpus that lie in a folder (one just created or renamed). */
  async articlesUnder(folder: string): Promise<string[]> {
    const out: string[] = [];
    for (const corpus of this.corpora.values()) {
      if (!(folder + path.sep).startsWith(corpus.root + path.sep) && !corpus.root.startsWith(folder + path.sep)) continue;
      for (const f of await this.host.listArticles(corpus)) if (f.startsWith(folder + path.sep) && this.corpusOf(f) === corpus) out.push(f);
    }
    return out;
  }

  /** A file or folder was deleted on disk: returns every article path gone or affected. */
  deleted(file: string): string[] {
    const under = (p: string) => p === file || p.startsWith(file + path.sep);
    // A file read but not applied yet: its result is dropped instead of bringing the file back
    // (a disk read's without its ticket, a scan's revoked).
    for (const p of this.tickets.keys()) if (under(p) && !this.articles.has(p)) this.tickets.delete(p);
    if (this.scanning) for (const p of this.scanning.files) if (under(p) && !this.articles.has(p)) this.scanning.revoked.add(p);
    const gone = [...this.articles.keys()].filter(under);
    const affected: string[] = [];
    for (const p of gone) {
      if (this.articles.get(p)?.open) continue;
      this.ticket(p);
      affected.push(...this.forget(p));
    }
    return [...new Set(affected)];
  }

  /**
   * Searches every readable article for a phrase on the pool's threads (open documents in
   * their live text, on this thread), yielding each batch of files as it is done. Stops when
   * `stop()` says so (a cancelled request). `rowsWanted()`: how many more rows the caller takes,
   * asked as each batch is sent: once it has them all, the threads only count the matches of the
   * rest (no context, no positions), most of a search that matches in every article.
   */
  async *searchPhrase(
    query: PhraseQuery,
    options: { context: number; maxRowsPerFile: number; month?: string; liveText(file: string): string | undefined; stop(): boolean; rowsWanted?(): number },
  ): AsyncGenerator<FileHits[]> {
    const disk: Array<{ path: string; root: string; language?: Language }> = [];
    const live: FileHits[] = [];
    for (const { path: file, corpus } of this.articles.readable()) {
      if (options.month !== undefined && monthOf(this.entitiesOf(file)?.corpusIndex.facts(file)?.header.date, this.today()) !== options.month) continue;
      const text = options.liveText(file);
      if (text !== undefined) live.push({ path: file, ...searchText(text, query, options.context, options.maxRowsPerFile) });
      else disk.push({ path: file, root: corpus.root, language: corpus.config.language });
    }
    disk.sort((a, b) => (a.path < b.path ? -1 : 1));
    yield live;
    if (!disk.length || options.stop()) return;
    // (A search compiles no analyser: threads pay from a few hundred files.)
    const pool = this.host.createSummarizer(threadsFor(disk.length, this.options.jobs ?? defaultJobs()));
    try {
      const BATCH = 64;
      const FIRST_BATCH = 16;
      const inFlight = Math.max(2, pool.jobs * 2);
      const batches: Array<Promise<FileHits[]>> = [];
      let next = 0;
      const more = () => {
        while (batches.length < inFlight && next < disk.length) {
          // (No file of this batch can need more rows than are wanted now: those sent before it only take some.)
          const maxRowsPerFile = Math.max(0, Math.min(options.maxRowsPerFile, options.rowsWanted?.() ?? Infinity));
          // (The first, searched on this thread while the threads start, is small: the first rows come at once.)
          const size = next === 0 ? FIRST_BATCH : BATCH;
          batches.push(pool.search({ files: disk.slice(next, next + size), query, context: options.context, maxRowsPerFile }));
          next += size;
        }
      };
      more();
      while (batches.length) {
        const done = await batches.shift()!;
        if (options.stop()) return;
        more();
        yield done;
      }
    } finally {
      await pool.close();
    }
  }
}

/** The innermost of `corpora` whose articles include `file`. */
function corpusAmong(corpora: ReadonlyMap<string, Corpus>, matchers: ReadonlyMap<string, (p: string) => boolean>, file: string): Corpus | undefined {
  let best: Corpus | undefined;
  for (const [root, corpus] of corpora) {
    if (matchers.get(root)!(file) && (!best || root.length > best.root.length)) best = corpus;
  }
  return best;
}
