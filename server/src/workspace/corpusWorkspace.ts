// The corpora the server watches: their settings, registries, articles on disk, and the
// latest analysis of each article, with the entity index and the corpus-wide checks kept
// up to date one article at a time. Open documents' text wins over the disk. No LSP here.

import { MAX_ARTICLE_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../core/analyzeArticle';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { CONFIG_FILE, defaultConfig } from '../core/config/corpusConfig';
import { CorpusChecks } from '../core/corpus/corpusChecks';
import type { Finding } from '../core/diagnostic';
import { loadRegistry, type EntityRegistry } from '../core/entities/registry';
import type { RegistryProblem, RegistrySource } from '../core/entities/types';
import { EntityIndex } from '../core/index/entityIndex';
import { LineIndex } from '../core/text/lineIndex';
import { articleMatcher, findCorpusRoots, listArticles, loadCorpus, type Corpus } from '../node/corpusFiles';
import { readBuiltinRegistrySources, readCorpusRegistrySources } from '../node/registryFiles';

export interface ArticleState {
  path: string;
  corpus?: Corpus;
  /** Set when the file could not be read as an article. */
  unreadable?: string;
  /** The article's own problems (corpus-wide ones come from `findingsFor`). */
  findings: Finding[];
  lines?: LineIndex;
  /** Kept for open documents only: disk articles keep no text in memory. */
  analysis?: ArticleAnalysis;
  open: boolean;
}

/** A corpus's entity registry (built-in + its own files) and the index of its articles. */
export interface CorpusEntities {
  registry: EntityRegistry;
  problems: RegistryProblem[];
  /** The registry files, for positions in them (definition, references to entries). */
  files: Map<string, { lines: LineIndex; builtin: boolean }>;
  index: EntityIndex;
}

export interface WorkspaceOptions {
  folders: string[];
  extraRoots: string[];
  today?: () => string;
}

/** Key of the entities of articles outside any corpus (opened with the corpus-article language). */
const LOOSE = '';
const REGISTRY_FILE = 'entities.yaml';

export class CorpusWorkspace {
  readonly corpora = new Map<string, Corpus>();
  readonly articles = new Map<string, ArticleState>();
  readonly entities = new Map<string, CorpusEntities>();
  private checks = new CorpusChecks();
  private matchers = new Map<string, (p: string) => boolean>();
  private builtinSources: RegistrySource[] | undefined;

  constructor(private options: WorkspaceOptions) {}

  setOptions(options: WorkspaceOptions): void {
    this.options = options;
  }

  /** Finds every corpus root, then reads and analyses every article; reports progress.
   *  Open documents are kept as they are; the caller re-analyses them with their live text. */
  async scan(onProgress?: (done: number, total: number) => void): Promise<void> {
    const roots = new Set<string>();
    for (const folder of this.options.folders) for (const r of await findCorpusRoots(folder)) roots.add(r);
    for (const r of this.options.extraRoots) roots.add(path.resolve(this.options.folders[0] ?? process.cwd(), r));
    this.corpora.clear();
    this.matchers.clear();
    this.entities.clear();
    this.checks = new CorpusChecks();
    this.builtinSources = readBuiltinRegistrySources();
    for (const root of roots) await this.addCorpus(root);
    this.entities.set(LOOSE, this.makeEntities(this.builtinSources));
    const files: Array<[string, Corpus]> = [];
    for (const corpus of this.corpora.values()) for (const f of await listArticles(corpus)) files.push([f, corpus]);
    const open = new Map([...this.articles].filter(([, a]) => a.open));
    this.articles.clear();
    for (const [p, a] of open) this.articles.set(p, { ...a, corpus: this.corpusOf(p) });
    let done = 0;
    for (const [file, corpus] of files) {
      if (!this.articles.get(file)?.open) await this.readFromDisk(file, corpus);
      onProgress?.(++done, files.length);
    }
  }

  private async addCorpus(root: string): Promise<void> {
    const corpus = await loadCorpus(root);
    this.corpora.set(root, corpus);
    this.matchers.set(root, articleMatcher(corpus));
    const own = await readCorpusRegistrySources(root, corpus.config);
    this.entities.set(root, this.makeEntities([...(this.builtinSources ?? []), ...own]));
  }

  private makeEntities(sources: RegistrySource[]): CorpusEntities {
    const { registry, problems } = loadRegistry(sources);
    const files = new Map(sources.map((s) => [s.path, { lines: new LineIndex(s.text), builtin: s.builtin }]));
    return { registry, problems, files, index: new EntityIndex() };
  }

  /** The corpus an article belongs to: the deepest root whose settings select it. */
  corpusOf(file: string): Corpus | undefined {
    let best: Corpus | undefined;
    for (const [root, corpus] of this.corpora) {
      if (this.matchers.get(root)!(file) && (!best || root.length > best.root.length)) best = corpus;
    }
    return best;
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

  /** corpus-lens.yaml or a registry file: a change means reading the corpus again. */
  isSettingsFile(file: string): boolean {
    const base = path.basename(file);
    if (base === CONFIG_FILE || base === REGISTRY_FILE) return true;
    for (const [root, e] of this.entities) if (root !== LOOSE && e.files.has(file)) return true;
    return false;
  }

  /** Problems of an article: its own and those that need the corpus (ids, duplicates). */
  findingsFor(state: ArticleState): Finding[] {
    if (state.unreadable) return [];
    const corpusWide = state.corpus ? this.checks.findingsFor(state.path, state.corpus.config) : [];
    return corpusWide.length ? [...corpusWide, ...state.findings].sort((a, b) => a.start - b.start) : state.findings;
  }

  /** Reads an article from disk; returns the other articles whose problems changed. */
  async readFromDisk(file: string, corpus = this.corpusOf(file)): Promise<string[]> {
    const read = await readRegularFile(file, { maxBytes: MAX_ARTICLE_FILE_BYTES });
    if (!read.ok && read.missing) return this.deleted(file);
    const decoded = read.ok ? decodeArticle(read.bytes) : { ok: false as const, reason: read.reason };
    const state: ArticleState = { path: file, corpus, open: false, findings: [] };
    this.articles.set(file, state);
    if (!decoded.ok) {
      state.unreadable = decoded.reason;
      this.entitiesOf(file)?.index.deleteDocument(file);
      return corpus ? this.checks.setUnreadable(file) : [];
    }
    return this.ingest(state, decoded.text).affected;
  }

  /** Analyses an open document's live text; returns its state and the other articles affected. */
  analyzeText(file: string, text: string): { state: ArticleState; affected: string[] } {
    const state: ArticleState = { path: file, corpus: this.corpusOf(file), open: true, findings: [] };
    this.articles.set(file, state);
    return { state, affected: this.ingest(state, text).affected };
  }

  private ingest(state: ArticleState, text: string): { affected: string[] } {
    const entities = this.entitiesOf(state.path);
    const analysis = analyzeArticle(text, { config: state.corpus?.config ?? defaultConfig(), today: this.options.today?.(), registry: entities?.registry });
    state.findings = analysis.findings;
    state.lines = new LineIndex(text);
    if (state.open) state.analysis = analysis;
    entities?.index.setDocument(state.path, analysis.mentions, { date: analysis.article.date });
    return { affected: state.corpus ? this.checks.set(state.path, text) : [] };
  }

  /** A document was closed: its disk text becomes authoritative again. */
  async closed(file: string): Promise<{ state?: ArticleState; affected: string[] }> {
    const state = this.articles.get(file);
    if (state) state.open = false;
    if (!this.isArticle(file)) {
      this.articles.delete(file);
      this.entitiesOf(file)?.index.deleteDocument(file);
      return { affected: [] };
    }
    const affected = await this.readFromDisk(file);
    return { state: this.articles.get(file), affected };
  }

  /** A file or folder was deleted on disk: returns every article path gone or affected. */
  deleted(file: string): string[] {
    const gone = [...this.articles.keys()].filter((p) => p === file || p.startsWith(file + path.sep));
    const affected: string[] = [];
    for (const p of gone) {
      if (this.articles.get(p)?.open) continue;
      this.articles.delete(p);
      this.entitiesOf(p)?.index.deleteDocument(p);
      affected.push(p, ...this.checks.delete(p));
    }
    return [...new Set(affected)];
  }
}
