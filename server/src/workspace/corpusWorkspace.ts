// The corpora the server watches: their settings, their articles on disk, and the latest
// analysis of each article. Open documents' text wins over the disk. No LSP types here.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../core/analyzeArticle';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { CONFIG_FILE, defaultConfig } from '../core/config/corpusConfig';
import { LineIndex } from '../core/text/lineIndex';
import type { Finding } from '../core/diagnostic';
import { articleMatcher, findCorpusRoots, listArticles, loadCorpus, type Corpus } from '../node/corpusFiles';

export interface ArticleState {
  path: string;
  corpus?: Corpus;
  /** Set when the file could not be read as an article. */
  unreadable?: string;
  /** Problems found, with offsets resolved through `lines`. */
  findings: Finding[];
  lines?: LineIndex;
  /** Kept for open documents only: disk articles keep no text in memory. */
  analysis?: ArticleAnalysis;
  open: boolean;
}

export interface WorkspaceOptions {
  folders: string[];
  extraRoots: string[];
  today?: () => string;
}

export class CorpusWorkspace {
  readonly corpora = new Map<string, Corpus>();
  readonly articles = new Map<string, ArticleState>();
  private matchers = new Map<string, (p: string) => boolean>();

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
    for (const root of roots) await this.addCorpus(root);
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
  }

  /** The corpus an article belongs to: the deepest root whose settings select it. */
  corpusOf(file: string): Corpus | undefined {
    let best: Corpus | undefined;
    for (const [root, corpus] of this.corpora) {
      if (this.matchers.get(root)!(file) && (!best || root.length > best.root.length)) best = corpus;
    }
    return best;
  }

  isArticle(file: string): boolean {
    return this.corpusOf(file) !== undefined;
  }

  isConfigFile(file: string): boolean {
    return path.basename(file) === CONFIG_FILE;
  }

  async readFromDisk(file: string, corpus = this.corpusOf(file)): Promise<ArticleState | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(file);
    } catch {
      this.articles.delete(file);
      return undefined;
    }
    const decoded = decodeArticle(bytes);
    const state: ArticleState = { path: file, corpus, open: false, findings: [] };
    if (decoded.ok) {
      state.findings = this.analyze(decoded.text, corpus).findings;
      state.lines = new LineIndex(decoded.text);
    }
    else state.unreadable = decoded.reason;
    this.articles.set(file, state);
    return state;
  }

  /** Analyses an open document's live text. */
  analyzeText(file: string, text: string): ArticleState {
    const corpus = this.corpusOf(file);
    const analysis = this.analyze(text, corpus);
    const state: ArticleState = { path: file, corpus, open: true, analysis, findings: analysis.findings, lines: new LineIndex(text) };
    this.articles.set(file, state);
    return state;
  }

  /** A document was closed: its disk text becomes authoritative again. */
  async closed(file: string): Promise<ArticleState | undefined> {
    const state = this.articles.get(file);
    if (state) state.open = false;
    if (!this.isArticle(file)) {
      this.articles.delete(file);
      return undefined;
    }
    return this.readFromDisk(file);
  }

  deleted(file: string): string[] {
    const gone = [...this.articles.keys()].filter((p) => p === file || p.startsWith(file + path.sep));
    for (const p of gone) if (!this.articles.get(p)?.open) this.articles.delete(p);
    return gone;
  }

  private analyze(text: string, corpus: Corpus | undefined): ArticleAnalysis {
    return analyzeArticle(text, { config: corpus?.config ?? defaultConfig(), today: this.options.today?.() });
  }
}
