// What the corpus workspace needs from the world, as interfaces: where corpora and articles
// are, their settings and registries, something that turns files into summaries, file stamps
// and a cache. The language server and the CLI give it the Node host (node/nodeHost.ts);
// tests give it files in memory, and a web build could give it the editor's file system.

import type { Severity } from '../core/diagnostic';
import type { CorpusConfig } from '../core/config/corpusConfig';
import type { Language } from '../core/i18n';
import type { EntityRegistry } from '../core/entities/registry';
import type { RegistryProblem, RegistrySource } from '../core/entities/types';
import type { ArticleSummary } from '../core/summary/articleSummary';
import type { CorpusIndexState } from '../core/index/corpusIndexState';
import type { Corpus } from '../core/config/corpus';
import type { CorpusContext, FileJob, FileResult, GivenRegistry } from '../ingest/summarizeFile';
import type { FileHits, PhraseSearchJob } from '../ingest/searchFiles';

/** Turns article files into summaries (a pool of threads, or work on the calling thread). */
export interface Summarizer {
  /** Threads it works on (0: the calling thread). */
  readonly jobs: number;
  /** Set when a thread failed; the work went on without it. */
  readonly failure?: string;
  /** A corpus's settings and registry, before its files; `registry`: one already built here. */
  defineCorpus(ctx: CorpusContext, registry?: GivenRegistry): void;
  /** `batch`: how many files the caller hands over in all, for a pool to judge whether they
   *  are worth starting threads for. */
  summarize(job: FileJob, batch?: number): Promise<FileResult>;
  /** Searches files for a phrase (the concordance). */
  search(job: PhraseSearchJob): Promise<FileHits[]>;
  /** Stops its threads if it has nothing to do (the next file starts them again); settles
   *  once they are gone. */
  rest?(): Promise<void>;
  close(): Promise<void>;
}

/** What a cached summary was made from. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The stamps of many files, in their order, as they come: two numbers each, the size (−1
 *  where there is no regular file), then the mtime. One array, not an object per file (100,000
 *  at a warm start). */
export interface FileStamps {
  /** File i's at 2i and 2i + 1, once `through(i + 1)` has resolved. */
  readonly values: Float64Array;
  /** Resolves once the first `n` files' stamps are in. */
  through(n: number): Promise<void>;
}

/** Summaries kept between runs (see ingest/summaryCache.ts for the one on disk). */
export interface SummaryStore {
  /** Entries held. */
  readonly size: number;
  get(file: string): (FileStamp & { hash: string }) | undefined;
  summary(file: string): ArticleSummary | undefined;
  /** `record`: the summary in the store's own form (ingest/summaryRecord), when the thread that
   *  made it made that too. */
  set(file: string, entry: FileStamp & { hash: string }, summary: ArticleSummary, record?: Uint8Array): void;
  touch(file: string, entry: FileStamp & { hash: string }): void;
  delete(file: string): void;
  retain(files: Set<string>): void;
  /** Writes what changed; throws when it cannot. */
  save(): void;
  close(): void;
  readonly file: string;
  /** Told when what the store read only when first needed turns out to be damaged (the store is
   *  then empty), for the log. */
  onRejected?: (note: string) => void;
  /** The index saved beside the summaries, when there is one made for the same settings. */
  loadIndex?(): SavedIndex | undefined;
  /** Saves an index beside the summaries (replacing the one there); returns the generation it
   *  was saved as; throws when it cannot. */
  saveIndex?(index: SavedIndex): string;
  /** The problem totals kept beside the index, counted with severities `rules`. */
  loadProblemTotals?(rules: string): KeptProblems | undefined;
  /** Keeps problem totals counted over the saved index of a generation, with each article's
   *  when given; throws when it cannot. */
  saveProblemTotals?(generation: string, rules: string, totals: ProblemTotals, perArticle?: ReadonlyMap<string, ProblemTotals>): void;
}

/** Problems by severity. */
export type ProblemTotals = Record<Severity, number>;

/** Problem totals kept beside a saved index: the save they were counted over, and each
 *  article's (read when asked) when they were counted one by one. */
export interface KeptProblems {
  generation: string;
  totals: ProblemTotals;
  perArticle(): Map<string, ProblemTotals> | undefined;
}

/** A corpus index as saved, and for each of its articles (in the state's order) the content
 *  hash of the file its summary was made from: '' when it was not the file on disk (an open
 *  document's unsaved text, an unreadable file). */
export interface SavedIndex {
  state: CorpusIndexState;
  hashes: string[];
  /** Each row's file size and modification time when its summary was made (NaN where not
   *  known): a file that still has them needs no look in the cache. */
  stamps?: Float64Array;
  /** Which save it was (read back only). */
  generation?: string;
}

/** A registry's problems, and the registry itself or how to restore it when first needed. */
export interface RegistryLoad {
  problems: RegistryProblem[];
  registry: GivenRegistry;
}

export interface CorpusHost {
  /** Folders at or under `folder` that hold corpus-lens.yaml. */
  findCorpusRoots(folder: string): Promise<string[]>;
  /** The same roots, with every file the walk met: listArticles takes them for a root found so,
   *  instead of walking its tree again (100,000 files: 0.1 s). */
  findCorpora?(folder: string): Promise<{ roots: string[]; files: string[] }>;
  /** A corpus's settings (defaults, with a problem, when corpus-lens.yaml cannot be read);
   *  `fallbackLanguage`: the messages' language when the settings name none. */
  loadCorpus(root: string, fallbackLanguage?: Language): Promise<Corpus>;
  /** Decides which files under a corpus root are its articles. */
  articleMatcher(corpus: Corpus): (file: string) => boolean;
  /** Every article of a corpus (the files articleMatcher accepts), sorted; from `walked` (the
   *  files of a findCorpora walk that found this root) when given. */
  listArticles(corpus: Corpus, walked?: readonly string[]): Promise<string[]>;
  builtinRegistrySources(): RegistrySource[];
  /** Loads a registry, from a copy kept since the last load of the same sources when the host
   *  keeps one (default: loadRegistry); the copy may be restored only when first used. */
  loadRegistry?(sources: RegistrySource[], options: { language?: Language }): RegistryLoad;
  corpusRegistrySources(root: string, config: CorpusConfig): Promise<RegistrySource[]>;
  createSummarizer(threads: number): Summarizer;
  isFolder(p: string): Promise<boolean>;
  /** Size and mtime of a regular file; undefined when there is none. */
  stat(file: string): FileStamp | undefined;
  /** The stamps of many files, in their order, taken off the calling thread when the host can
   *  (a warm start restores the saved index meanwhile); default: `stat` one by one. */
  statFiles?(files: readonly string[]): FileStamps;
  /** The summaries cached for a corpus, when the host keeps a cache; `note` says why one was
   *  ignored. `savedIndex`: what readSavedIndex gave for it, for the store's loadIndex. */
  openCache?(root: string, context: string, savedIndex?: unknown): { cache: SummaryStore; note?: string } | undefined;
  /** Reads the index saved with the cache of the corpus at `root`, off the calling thread, for
   *  openCache (undefined when there is none): a start reads it while it lists the files. */
  readSavedIndex?(root: string): Promise<unknown>;
  /** Whether a cache was kept for the corpus at `root` (openCache may still find it foreign):
   *  a warm start takes its files' stamps from the moment they are listed. */
  hasCache?(root: string): boolean;
}
