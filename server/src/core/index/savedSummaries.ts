// The articles of a saved index read back (CorpusIndex.fromState), kept as the state's own
// columns: a warm start makes no object per article for them. A StoredSummary, its header and
// its typed-array views were five objects an article, 500,000 at 100,000 articles for the
// collector to copy when they were new and to follow ever after. A summary is made when asked;
// the facts asked of every article (header, day, path) are read from the columns, its
// findings decoded from their JSON.
// An article applied or removed since leaves these rows: the CorpusIndex keeps it itself.

import type { Finding } from '../diagnostic';
import { headerMayChangeAfter, type ArticleSummary, type HeaderFacts } from '../summary/articleSummary';
import type { CorpusIndexState } from './corpusIndexState';
import type { StoredTitled } from './storedTitled';
import { storedTitledAt } from './titledColumn';
import { lineCountAt, lineStartsAt } from './lineColumn';
import { jsonRunAt } from './jsonRuns';
import { findingsAt } from './findingRuns';
import { PathRows } from './pathRows';

/** What the index keeps of an article: the summary without what the other indexes hold, its
 *  titled mentions flat (storedTitled.ts): an article read back has them decoded when asked. */
export type StoredSummary = Omit<ArticleSummary, 'mentions' | 'fingerprint' | 'titled' | 'lineEnds' | 'fileId'> & {
  titled: StoredTitled;
  /** Left out when the line starts imply them (impliedLineEnds): most articles. */
  lineEnds?: Uint32Array;
};

/** The facts of an article read without making its whole summary (its title apart: titleOf). */
export type ArticleFacts = Pick<StoredSummary, 'path' | 'length' | 'today'> & { header: Pick<HeaderFacts, 'kind' | 'date'> };

/** The findings of the many articles that have none: one list, not 100,000; frozen, as nothing may add to a stored list. */
/** An article's line starts, its line ends when they are not implied (impliedLineEnds), and its length. */
export type LineBoundaries = Pick<StoredSummary, 'lineStarts' | 'lineEnds' | 'length'>;

export const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

/** Where each article's run of a concatenated column starts, from the runs' lengths (n + 1 entries). */
function runStarts(counts: ArrayLike<number>): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = out[i] + counts[i];
  return out;
}

/** The state's columns these rows read: not the rest of it, which the indexes made from it own. */
type Columns = Pick<CorpusIndexState, 'paths' | 'lengths' | 'headerKinds' | 'headerDates' | 'headerTitles' | 'todays' | 'lineLengths' | 'lineEnds' | 'lineEndsGiven' | 'findings' | 'titled'>;

export class SavedSummaries {
  /** Path → the article's row in the state's columns; rows that left are deleted here. */
  private readonly rows: PathRows;
  private readonly lineAt: Int32Array;
  private readonly endsAt: Int32Array;
  private readonly titledAt: Int32Array;

  private readonly s: Columns;

  constructor(state: CorpusIndexState) {
    const { paths, lengths, headerKinds, headerDates, headerTitles, todays, lineLengths, lineEnds, lineEndsGiven, findings, titled } = state;
    const s = (this.s = { paths, lengths, headerKinds, headerDates, headerTitles, todays, lineLengths, lineEnds, lineEndsGiven, findings, titled });
    this.rows = new PathRows(s.paths);
    const lineAt = (this.lineAt = runStarts(state.lineLengthsBytes));
    // Only the few articles with line ends given (CRLF) have their lines counted.
    const counts = new Int32Array(s.lineEndsGiven.length);
    for (let i = 0; i < counts.length; i++) if (s.lineEndsGiven[i]) counts[i] = lineCountAt(s.lineLengths, lineAt[i], lineAt[i + 1]);
    this.endsAt = runStarts(counts);
    this.titledAt = runStarts(state.titledLengths);
  }

  get size(): number {
    return this.rows.size;
  }

  has(path: string): boolean {
    return this.rows.has(path);
  }

  /** The article leaves the saved rows (it was applied again, or removed). */
  delete(path: string): boolean {
    return this.rows.delete(path);
  }

  paths(): IterableIterator<string> {
    return this.rows.keys();
  }

  /** How many rows the state has, left or not. */
  get rowCount(): number {
    return this.s.paths.length;
  }

  /** The path of a row it holds (the state's own copy). */
  pathAt(row: number): string | undefined {
    return this.rows.pathAt(row);
  }

  /** The row of a path it holds: what the state's other per-article lists are in the order of. */
  rowOf(path: string): number | undefined {
    return this.rows.get(path);
  }

  /** Whether row i's analysis may say something else on `today` (dependsOnToday, from the columns). */
  dependsOnToday(i: number, today: string): boolean {
    const s = this.s;
    const day = this.dayAt(i);
    return day !== today && headerMayChangeAfter(this.kindAt(i), this.dateAt(i), day);
  }

  /** The state's own copy of a path it holds. */
  pathOf(path: string): string | undefined {
    const i = this.rows.get(path);
    return i === undefined ? undefined : this.s.paths[i];
  }

  findings(path: string): Finding[] | undefined {
    const i = this.rows.get(path);
    return i === undefined ? undefined : this.findingsAt(i);
  }

  private findingsAt(i: number): Finding[] {
    return findingsAt(this.s.findings, i) ?? NO_FINDINGS;
  }

  facts(path: string): ArticleFacts | undefined {
    const i = this.rows.get(path);
    const s = this.s;
    return i === undefined ? undefined : { path: s.paths[i], length: s.lengths[i], header: { kind: this.kindAt(i), date: this.dateAt(i) }, today: this.dayAt(i) };
  }

  /** Its header's date (a title conflict asks it of many articles). */
  dateOf(path: string): string | undefined {
    const i = this.rows.get(path);
    return i === undefined ? undefined : this.dateAt(i);
  }

  /** Its header's title, read now. */
  titleOf(path: string): string | undefined {
    const i = this.rows.get(path);
    return i === undefined ? undefined : jsonRunAt<string>(this.s.headerTitles, i);
  }

  titled(path: string): StoredTitled | undefined {
    const i = this.rows.get(path);
    return i === undefined ? undefined : storedTitledAt(this.s.titled, this.titledAt[i], this.titledAt[i + 1]);
  }

  /** Its line boundaries alone: what a location in it needs (references to 1,000 mentions
   *  decoded 1,000 whole summaries, their findings and titles, for these). */
  lineBoundaries(path: string): LineBoundaries | undefined {
    const i = this.rows.get(path);
    if (i === undefined) return undefined;
    const s = this.s;
    return {
      lineStarts: lineStartsAt(s.lineLengths, this.lineAt[i], this.lineAt[i + 1]),
      lineEnds: s.lineEndsGiven[i] ? s.lineEnds.subarray(this.endsAt[i], this.endsAt[i + 1]) : undefined,
      length: s.lengths[i],
    };
  }

  /** The whole stored summary, made now. */
  summary(path: string): StoredSummary | undefined {
    const i = this.rows.get(path);
    if (i === undefined) return undefined;
    const s = this.s;
    return {
      path: s.paths[i],
      length: s.lengths[i],
      header: this.header(i),
      findings: this.findingsAt(i),
      lineStarts: lineStartsAt(s.lineLengths, this.lineAt[i], this.lineAt[i + 1]),
      lineEnds: s.lineEndsGiven[i] ? s.lineEnds.subarray(this.endsAt[i], this.endsAt[i + 1]) : undefined,
      titled: storedTitledAt(s.titled, this.titledAt[i], this.titledAt[i + 1]),
      today: this.dayAt(i),
    };
  }

  private header(i: number): HeaderFacts {
    const s = this.s;
    // The shape SharedStrings.header gives an applied summary's.
    return { kind: this.kindAt(i), date: this.dateAt(i), title: jsonRunAt<string>(s.headerTitles, i) };
  }

  private kindAt(i: number): HeaderFacts['kind'] {
    return this.s.headerKinds.values[this.s.headerKinds.numbers[i]];
  }

  private dateAt(i: number): string | undefined {
    return this.s.headerDates.values[this.s.headerDates.numbers[i]] || undefined;
  }

  /** The day the row's article was analysed on. */
  private dayAt(i: number): string {
    return this.s.todays.values[this.s.todays.numbers[i]];
  }
}
