// The articles' states by path. A start from a saved index takes most articles as that index
// holds them: for those it keeps one byte per row of the index instead of a state object and a
// map entry each (100,000 of them were a tenth of a warm start), and makes the state when first
// asked for, kept from then on.

import type { CorpusIndex } from '../core/index/corpusIndex';
import type { Corpus } from '../core/config/corpus';
import type { ArticleAnalysis } from '../core/analyzeArticle';
import type { LineIndex } from '../core/text/lineIndex';

export interface ArticleState {
  path: string;
  corpus?: Corpus;
  /** Set when the file could not be read as an article. */
  unreadable?: string;
  /** Kept for open documents and articles outside any index; the others' come from their
   *  summary in the index when asked (linesOf): 100,000 fewer objects at a warm start. */
  lines?: LineIndex;
  /** Kept for open documents only: disk articles keep no text in memory. */
  analysis?: ArticleAnalysis;
  open: boolean;
  /** The index the summary went into: after a rescan replaced it, the article is analysed again. */
  index?: CorpusIndex;
  /** Content hash of the file the summary was made from (none for an open document's text). */
  hash?: string;
  /** Analysed without recognising names (analyzeText's namesMayWait). */
  withoutNames?: boolean;
}

/** The articles a scan took as one saved index holds them, by their rows in it. */
interface TakenAsSaved {
  index: CorpusIndex;
  corpus: Corpus | undefined;
  /** 1 for a row taken and whose state is not made yet. */
  rows: Uint8Array;
}

export class ArticleStates {
  private readonly made = new Map<string, ArticleState>();
  private readonly asSaved: TakenAsSaved[] = [];
  /** Rows taken whose state is not made yet, over all saved indexes. */
  private waiting = 0;

  get size(): number {
    return this.made.size + this.waiting;
  }

  /** An article the scan took as `index` read back holds it, at its row there. */
  takeAsSaved(index: CorpusIndex, corpus: Corpus | undefined, row: number): void {
    let taken = this.asSaved.find((t) => t.index === index);
    if (!taken) this.asSaved.push((taken = { index, corpus, rows: new Uint8Array(index.savedRowCount) }));
    if (taken.rows[row]) return;
    const path = index.savedPathAt(row);
    if (path === undefined) return;
    // (A state made before, say an open article's, stands for it. At a start none is made:
    // no hash of 100,000 paths for an empty map.)
    if (this.made.size !== 0 && this.made.has(path)) return;
    taken.rows[row] = 1;
    this.waiting++;
  }

  get(path: string): ArticleState | undefined {
    const state = this.made.get(path);
    if (state || this.waiting === 0) return state;
    const found = this.waitingRow(path);
    return found && this.make(found.taken, found.row);
  }

  /** The content hash of the file an article's summary was made from, making no state. */
  hashOf(path: string): string | undefined {
    const state = this.made.get(path);
    if (state || this.waiting === 0) return state?.hash;
    const found = this.waitingRow(path);
    return found && found.taken.index.savedHashAt(found.row);
  }

  has(path: string): boolean {
    return this.made.has(path) || (this.waiting !== 0 && this.waitingRow(path) !== undefined);
  }

  set(path: string, state: ArticleState): void {
    this.forgetRow(path);
    this.made.set(path, state);
  }

  delete(path: string): boolean {
    return this.forgetRow(path) || this.made.delete(path);
  }

  clear(): void {
    this.made.clear();
    this.asSaved.length = 0;
    this.waiting = 0;
  }

  /** The paths: the states made, then the rows taken as saved, in row order. Makes no state. */
  *keys(): IterableIterator<string> {
    yield* this.made.keys();
    for (const [taken, row] of this.waitingRows()) {
      const path = taken.index.savedPathAt(row);
      if (path !== undefined) yield path;
    }
  }

  /** Each state, made as it comes (prefer keys() or readable() over every article). */
  *values(): IterableIterator<ArticleState> {
    for (const [, state] of this.entries()) yield state;
  }

  *entries(): IterableIterator<[string, ArticleState]> {
    // The states made, then those made here: a state made meanwhile is no longer waiting.
    yield* this.made;
    for (const [taken, row] of this.waitingRows()) {
      const state = this.make(taken, row);
      if (state) yield [state.path, state];
    }
  }

  [Symbol.iterator](): IterableIterator<[string, ArticleState]> {
    return this.entries();
  }

  /** The states made so far (an open article's always is). */
  madeStates(): IterableIterator<ArticleState> {
    return this.made.values();
  }

  /** Each readable article of a corpus with its corpus, making no state. */
  *readable(): IterableIterator<{ path: string; corpus: Corpus }> {
    for (const [path, state] of this.made) if (!state.unreadable && state.corpus) yield { path, corpus: state.corpus };
    for (const [{ index, corpus }, row] of this.waitingRows()) {
      const path = corpus && index.savedPathAt(row);
      if (path) yield { path, corpus };
    }
  }

  /** The rows taken as saved whose state is not made yet, index by index, in row order (a row
   *  made meanwhile, behind the one yielded, does not change what is still to come). */
  private *waitingRows(): IterableIterator<[TakenAsSaved, number]> {
    for (const taken of this.asSaved) for (let row = 0; row < taken.rows.length; row++) if (taken.rows[row]) yield [taken, row];
  }

  private waitingRow(path: string): { taken: TakenAsSaved; row: number } | undefined {
    for (const taken of this.asSaved) {
      const row = taken.index.savedRowOf(path);
      if (row !== undefined && taken.rows[row]) return { taken, row };
    }
    return undefined;
  }

  /** A row taken as saved gets its state (made, kept). */
  private make(taken: TakenAsSaved, row: number): ArticleState | undefined {
    const { index, corpus } = taken;
    const path = index.savedPathAt(row);
    taken.rows[row] = 0;
    this.waiting--;
    if (path === undefined) return undefined;
    const state: ArticleState = { path, corpus, open: false, index, hash: index.savedHashAt(row) };
    this.made.set(path, state);
    return state;
  }

  /** The path's row taken as saved, if any, is no longer waiting: true if there was one. */
  private forgetRow(path: string): boolean {
    if (this.waiting === 0) return false;
    const found = this.waitingRow(path);
    if (!found) return false;
    found.taken.rows[found.row] = 0;
    this.waiting--;
    return true;
  }
}
