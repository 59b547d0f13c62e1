// Everything known about one corpus's articles, built from their summaries alone: the entity
// index, the duplicate bodies, the file ids, and each article's own findings. One per corpus,
// so two corpora never report duplicate ids or bodies against each other.

import type { CorpusConfig } from '../config/corpusConfig';
import type { Finding } from '../diagnostic';
import { DuplicateIndex } from './duplicateIndex';
import { FileIdIndex, fileNameFindings } from '../corpus/fileNames';
import { withConfiguredSeverity } from '../rules/corpus';
import { ruleSetting } from '../config/corpusConfig';
import type { Severity } from '../diagnostic';
import type { ArticleSummary } from '../summary/articleSummary';
import { storeTitled, titledMentionsOf, type StoredTitled } from './storedTitled';
import { titledColumnOf } from './titledColumn';
import { lineColumnOf } from './lineColumn';
import { numberedPaths, pathNumbers, repeated, type CorpusIndexState } from './corpusIndexState';
import { EntityIndex } from './entityIndex';
import { SharedStrings } from './sharedStrings';
import { jsonRunsOf } from './jsonRuns';
import { findingRuns } from './findingRuns';
import { NO_FINDINGS, SavedSummaries, type ArticleFacts, type LineBoundaries, type StoredSummary } from './savedSummaries';
import { TITLE_WINDOW_DAYS, titleConflictCount, titleConflictFindings } from './titleConflicts';
import { impliedLineEnds } from '../text/lineIndex';
import { Slabs } from './slabs';
import { SummaryRows } from './summaryRows';
import type { ByteRun } from './byteRun';

/** Articles touched since the index was saved beyond which their problems are counted all
 *  again, not one by one (a full count of 100,000 takes seconds, of 2,000 a tenth of one). */
const MAX_TOUCHED = 2000;

/** Items of a scan's slabs (64 KB each). A slab lives while one of its articles is still as the
 *  scan left it: the space of those edited since is given back only then. */
const SLAB_LENGTH = 16384;

export class CorpusIndex {
  readonly ids = new FileIdIndex();
  /** The articles applied since the index was made or read back, but a scan's. */
  private readonly summaries = new Map<string, StoredSummary>();
  /** The articles a scan applied (apply's `track` false) when the index held them nowhere, as
   *  rows of columns. One applied again keeps its row, for its place in the order of paths,
   *  and is answered from `summaries`: `rowsShadowed` counts these. */
  private scanned: SummaryRows | undefined;
  private rowsShadowed = 0;
  /** The articles of the saved index it was read back from, as they were saved. One applied
   *  again keeps its row, for its place in the order of paths (as a Map's key keeps it), and
   *  is answered from `summaries` or `scanned`: `shadowed` counts these. */
  private saved: SavedSummaries | undefined;
  /** The content hashes of the files the saved rows were made from, by row. */
  private savedHashes: readonly string[] | undefined;
  private shadowed = 0;
  private readonly shared = new SharedStrings();
  /** Articles that exist but could not be read (binary, too large…): they keep their file id. */
  private readonly unreadable = new Map<string, string>();
  /** The articles whose problems may differ from when the index was last as saved (read back,
   *  or marked saved): each one applied or removed since, and the others it affected. Undefined
   *  when that is not known: never saved, a change made without working out the others (a
   *  scan's), or more than counting everything again would cost. */
  private touched: Set<string> | undefined;
  /** Where a scan's articles keep their entity lists. With an array of its own each, a first
   *  start at 10,000 articles held tens of thousands of array buffers, each with its memory
   *  outside the heap and the collector's bookkeeping; a warm start about a thousand. */
  private readonly scanLists = new Slabs((n) => new Uint8Array(n), 4 * SLAB_LENGTH);

  constructor(
    readonly entities = new EntityIndex(),
    readonly duplicates = new DuplicateIndex(),
  ) {}

  get size(): number {
    return this.summaries.size + (this.scanned?.size ?? 0) - this.rowsShadowed + (this.saved?.size ?? 0) - this.shadowed + this.unreadable.size;
  }

  has(path: string): boolean {
    return this.hasSummary(path) || this.unreadable.has(path);
  }

  hasSummary(path: string): boolean {
    return this.applied(path) || this.saved?.has(path) === true;
  }

  /** Whether the article was applied since the index was made or read back. */
  private applied(path: string): boolean {
    return this.summaries.has(path) || this.scanned?.has(path) === true;
  }

  paths(): IterableIterator<string> {
    return [...this.summaryPaths(), ...this.unreadable.keys()][Symbol.iterator]();
  }

  /** The articles with a summary, in the order they came (read back, then applied). */
  private summaryPaths(): string[] {
    const saved = this.saved;
    const rows = this.scanned;
    // (Rows only hold articles the saved index does not.)
    const out = saved ? [...saved.paths()] : [];
    if (rows) for (const p of rows.paths()) out.push(p);
    for (const p of this.summaries.keys()) if (!saved?.has(p) && !rows?.has(p)) out.push(p);
    return out;
  }

  /** The article's stored summary (made when asked for an article read back: prefer the parts below). */
  summary(path: string): StoredSummary | undefined {
    return this.summaries.get(path) ?? this.scanned?.summary(path) ?? this.saved?.summary(path);
  }

  /** Its line boundaries (LineIndex.fromBoundaries), without the rest of its summary. */
  lineBoundaries(path: string): LineBoundaries | undefined {
    return this.summaries.get(path) ?? this.scanned?.lineBoundaries(path) ?? this.saved?.lineBoundaries(path);
  }

  /** Its path, length, header and day of analysis; the path is the index's own copy. */
  facts(path: string): ArticleFacts | undefined {
    return this.summaries.get(path) ?? this.scanned?.facts(path) ?? this.saved?.facts(path);
  }

  /** The content hash of the file an article of the saved index was made from, while savedRow
   *  answers for it (see setSavedHashes). */
  savedHash(path: string, today: string): string | undefined {
    const row = this.savedRow(path, today);
    return row === undefined ? undefined : this.savedHashAt(row) || undefined;
  }

  /** The content hash of the file a saved row was made from ('' when none is known). */
  savedHashAt(row: number): string {
    return this.savedHashes?.[row] ?? '';
  }

  /** How many rows the saved index it was read back from has (left or not). */
  get savedRowCount(): number {
    return this.saved?.rowCount ?? 0;
  }

  /** The path of a row of the saved index while that holds it (the index's own copy). */
  savedPathAt(row: number): string | undefined {
    return this.saved?.pathAt(row);
  }

  /** An article's row in the saved index while that holds it, applied again since or not. */
  savedRowOf(path: string): number | undefined {
    return this.saved?.rowOf(path);
  }

  /** Makes what an index read back leaves until first asked, the maps from an article's path
   *  to its number in the entities' and the duplicates' indexes, a thousand articles at a time
   *  while `more()` says so (the server, while nobody waits): true once made. The first edit
   *  otherwise made them (0.1 s at 100,000 articles). */
  makePathMaps(more: () => boolean): boolean {
    return this.entities.makeDocIds(more) && this.duplicates.makeIdOf(more);
  }

  /** The hashes saved with the index it was read back from, by row ('' where none is known). */
  setSavedHashes(hashes: readonly string[]): void {
    this.savedHashes = hashes;
  }

  /** For an article of the saved index it was read back from, still as saved and whose analysis
   *  may not say something else on `today`: its row in the saved state (whose per-article
   *  lists are in that order). */
  savedRow(path: string, today: string): number | undefined {
    // (At a warm start, applied summaries are few or none: no hash of the path for an empty map.)
    const row = (this.summaries.size !== 0 && this.summaries.has(path)) || this.scanned?.has(path) ? undefined : this.saved?.rowOf(path);
    return row === undefined || this.saved!.dependsOnToday(row, today) ? undefined : row;
  }

  /** The index's own copy of the path of an article it holds. */
  ownPath(path: string): string | undefined {
    return (this.summaries.size !== 0 ? this.summaries.get(path)?.path : undefined) ?? this.scanned?.pathOf(path) ?? this.saved?.pathOf(path);
  }

  /** Its header's title. */
  titleOf(path: string): string | undefined {
    const s = this.summaries.get(path);
    if (s) return s.header.title;
    return this.scanned?.has(path) ? this.scanned.titleOf(path) : this.saved?.titleOf(path);
  }

  /** Its own findings, at their default severity. */
  findingsOf(path: string): Finding[] | undefined {
    return this.summaries.get(path)?.findings ?? this.scanned?.findings(path) ?? this.saved?.findings(path);
  }

  private titledOf(path: string): StoredTitled | undefined {
    return this.summaries.get(path)?.titled ?? this.scanned?.titled(path) ?? this.saved?.titled(path);
  }

  private dateOf(path: string): string | undefined {
    const s = this.summaries.get(path);
    if (s) return s.header.date;
    return this.scanned?.has(path) ? this.scanned.dateOf(path) : this.saved?.dateOf(path);
  }

  /** The article leaves this index's summaries (not its other indexes). */
  private forgetSummary(path: string): void {
    if (this.saved?.delete(path) && this.applied(path)) this.shadowed--;
    if (this.scanned?.delete(path) && this.summaries.has(path)) this.rowsShadowed--;
    this.summaries.delete(path);
  }

  unreadableReason(path: string): string | undefined {
    return this.unreadable.get(path);
  }

  /** Adds or replaces an article; returns the other articles whose corpus-wide findings changed
   *  (`track` false: not worked out, for a scan that republishes everything at its end). */
  apply(summary: ArticleSummary, track = true): string[] {
    const path = summary.path;
    const beforeDate = this.dateOf(path);
    this.unreadable.delete(path);
    const applied = this.applied(path);
    const inSaved = this.saved?.has(path) === true;
    if (inSaved && !applied) this.shadowed++;
    // A scan's (track false) lists are kept in slabs and its articles as rows; an edit's have
    // arrays of their own, which the next keystroke frees.
    const retitled = this.entities.setPacked(path, summary.mentions, { date: summary.header.date, slabs: track ? undefined : this.scanLists });
    const affected = new Set([...this.ids.add(path), ...this.duplicates.setFingerprint(path, summary.fingerprint, track)]);
    const { header, findings, titled, today, lineStarts, lineEnds } = summary;
    // Without their quick fixes, as a saved index keeps them: only an open article's code
    // actions ask for fixes, from its own analysis (findingsFor's `given`).
    const plainFindings = findings.length ? findings.map(withoutFixes) : NO_FINDINGS;
    const ends = impliedLineEnds(lineStarts, lineEnds, summary.length) ? undefined : lineEnds;
    // Keys and titles as numbers of the entity index, which holds them now.
    if (!track && !applied && !inSaved) {
      // (A row numbers its strings itself: none is shared for it. Its line ends are copied out
      // of the buffer the summary came in.)
      (this.scanned ??= new SummaryRows()).add({ path, length: summary.length, header, findings: plainFindings, today, lineStarts, lineEnds: ends?.slice(), titled: storeTitled(titled, this.entities) });
    } else {
      if (this.scanned?.has(path) && !this.summaries.has(path)) this.rowsShadowed++;
      const shared = this.shared;
      // Every field named, none spread: an object spread from a summary a thread handed over
      // took a hidden class of its own, 10,000 of them (3.7 MB) at 10,000 articles.
      this.summaries.set(path, {
        path,
        length: summary.length,
        lineStarts,
        lineEnds: ends,
        header: shared.header(header),
        findings: plainFindings.length ? shared.findings(plainFindings) : NO_FINDINGS,
        titled: storeTitled(titled, this.entities),
        today: shared.share(today),
      });
    }
    if (track) for (const doc of this.titleNeighbours(retitled, [beforeDate, summary.header.date])) affected.add(doc);
    affected.delete(path);
    this.touch(path, track ? affected : undefined);
    return [...affected];
  }

  /** The file is there but is no article: it keeps its id, loses its body and mentions. */
  setUnreadable(path: string, reason: string): string[] {
    const date = this.dateOf(path);
    const titled = this.entities.titledEntitiesOf(path);
    this.forgetSummary(path);
    this.unreadable.set(path, reason);
    this.entities.deleteDocument(path);
    const affected = new Set([...this.ids.add(path), ...this.duplicates.delete(path), ...this.titleNeighbours(titled, [date])]);
    affected.delete(path);
    this.touch(path, affected);
    return [...affected];
  }

  /** Forgets an article; returns the other articles whose findings changed. */
  remove(path: string): string[] {
    if (!this.has(path)) return [];
    const date = this.dateOf(path);
    const titled = this.entities.titledEntitiesOf(path);
    this.forgetSummary(path);
    this.unreadable.delete(path);
    this.entities.deleteDocument(path);
    const affected = new Set([...this.ids.delete(path), ...this.duplicates.delete(path), ...this.titleNeighbours(titled, [date])]);
    affected.delete(path);
    this.touch(path, affected);
    return [...affected];
  }

  /** The index is now as saved: problems counted over it hold until it changes. */
  markSaved(): void {
    this.touched = new Set();
  }

  /** The articles whose problems may differ from those counted over the index as last saved;
   *  undefined when not known (see `touched`). */
  touchedSinceSaved(): ReadonlySet<string> | undefined {
    return this.touched;
  }

  private touch(path: string, affected: Iterable<string> | undefined): void {
    if (!this.touched) return;
    if (!affected) return void (this.touched = undefined);
    this.touched.add(path);
    for (const p of affected) this.touched.add(p);
    if (this.touched.size > MAX_TOUCHED) this.touched = undefined;
  }

  /**
   * The articles whose entity/title-conflict findings may change when these people's titles in
   * an article, or its date, changed: those giving them a title within the window of its old
   * or new date. The index says which people (setPacked), past-marked titles included, as it
   * counts them; nobody on an ordinary keystroke.
   */
  private titleNeighbours(entityKeys: readonly string[], dates: ReadonlyArray<string | undefined>): Set<string> {
    const out = new Set<string>();
    for (const key of entityKeys) {
      for (const date of new Set(dates)) {
        if (date) for (const doc of this.entities.titledDocumentsAround(key, date, TITLE_WINDOW_DAYS)) out.add(doc);
      }
    }
    return out;
  }

  /** The whole index as typed arrays and lists of strings, for a warm start (corpusIndexState.ts).
   *  The findings are kept without their quick fixes (apply): they were nearly half of a saved
   *  index's header at 100,000 articles, and most of the time reading it back. */
  toState(): CorpusIndexState {
    // A scan's rows give their encoded parts as they are (a run of their bytes, one object for
    // them all), and their other parts from their columns: no summary is made for them.
    const order = this.summaryPaths();
    const n = order.length;
    const rows = this.scanned;
    const rowOf = new Int32Array(n).fill(-1);
    const list: Array<StoredSummary | undefined> = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = order[i];
      const s = this.summaries.get(p);
      const row = s ? undefined : rows?.rowOf(p);
      if (row !== undefined) rowOf[i] = row;
      else list[i] = s ?? this.saved!.summary(p)!;
    }
    const run: ByteRun = { bytes: new Uint8Array(0), from: 0, to: 0 };
    const lines = lineColumnOf(n, (i) => (rowOf[i] < 0 ? list[i]!.lineStarts : rows!.run(rowOf[i], 'lines', run)));
    const endsOf = (i: number) => (rowOf[i] < 0 ? list[i]!.lineEnds : rows!.lineEndsAt(rowOf[i]));
    // Only the articles whose starts do not imply their ends keep them: one in many.
    let endsLength = 0;
    for (let i = 0; i < n; i++) endsLength += endsOf(i)?.length ?? 0;
    const lineEnds = new Uint32Array(endsLength);
    const lineEndsGiven = new Uint8Array(n);
    let endsAt = 0;
    for (let i = 0; i < n; i++) {
      const ends = endsOf(i);
      if (!ends) continue;
      lineEndsGiven[i] = 1;
      lineEnds.set(ends, endsAt);
      endsAt += ends.length;
    }
    // The entity index's numbers, which its state keeps as they are.
    const titled = titledColumnOf(n, (i) => (rowOf[i] < 0 ? list[i]!.titled : rows!.run(rowOf[i], 'titled', run)));
    const paths = order.map((p, i) => (rowOf[i] < 0 ? list[i]!.path : rows!.pathAt(rowOf[i])));
    const pathNumber = new Map(paths.map((path, i) => [path, i]));
    const entities = this.entities.toState();
    const duplicates = this.duplicates.toState();
    const column = <T>(of: (s: StoredSummary) => T, ofRow: (row: number) => T): T[] => Array.from(order, (_, i) => (rowOf[i] < 0 ? of(list[i]!) : ofRow(rowOf[i])));
    return {
      paths,
      lengths: Float64Array.from(column((x) => x.length, (r) => rows!.lengthAt(r))),
      headerKinds: repeated(column((x) => x.header.kind, (r) => rows!.kindAt(r))),
      headerDates: repeated(column((x) => x.header.date ?? '', (r) => rows!.dateAt(r) ?? '')),
      headerTitles: jsonRunsOf(n, (i) => (rowOf[i] < 0 ? list[i]!.header.title : rows!.run(rowOf[i], 'title', run))),
      todays: repeated(column((x) => x.today, (r) => rows!.dayAt(r))),
      lineLengthsBytes: lines.lengths,
      lineLengths: lines.column,
      lineEnds,
      lineEndsGiven,
      findings: findingRuns(column((x) => x.findings, (r) => rows!.findingsAt(r))),
      titledLengths: titled.lengths,
      titled: titled.column,
      unreadable: [...this.unreadable],
      idPaths: pathNumbers(this.ids.paths(), pathNumber),
      entityDocKeys: pathNumbers(entities.docKeys, pathNumber),
      duplicatePaths: pathNumbers(duplicates.paths, pathNumber),
      entities: { ...entities, docKeys: [] },
      duplicates: { ...duplicates, paths: [] },
    };
  }

  /** An index holding exactly what toState() saw. */
  static fromState(s: CorpusIndexState): CorpusIndex {
    const entities = { ...s.entities, docKeys: numberedPaths(s.entityDocKeys, s.paths) };
    const duplicates = { ...s.duplicates, paths: numberedPaths(s.duplicatePaths, s.paths) };
    const x = new CorpusIndex(EntityIndex.fromState(entities), DuplicateIndex.fromState(duplicates));
    x.saved = new SavedSummaries(s);
    for (const [path, reason] of s.unreadable) x.unreadable.set(path, reason);
    x.ids.addNew(numberedPaths(s.idPaths, s.paths));
    x.touched = new Set();
    return x;
  }

  /** Every problem of an article, configured for its corpus, in text order. `given`: its own
   *  findings as the caller has them, with their quick fixes (an open article's analysis: an
   *  index read back keeps none). */
  findingsFor(path: string, config?: CorpusConfig, given?: Finding[]): Finding[] {
    const findings = given ?? this.findingsOf(path);
    const corpusWide = [...fileNameFindings(path, config), ...this.ids.findingsFor(path, config), ...this.duplicates.findingsFor(path, config)];
    const titled = this.titledOf(path);
    if (titled?.length) corpusWide.push(...titleConflictFindings(path, this.dateOf(path), titledMentionsOf(titled, this.entities), this.entities, config, (doc) => this.dateOf(doc)));
    if (!findings) return corpusWide;
    const own = withConfiguredSeverity(findings, config);
    return corpusWide.length ? [...corpusWide, ...own].sort((a, b) => a.start - b.start) : own;
  }

  /** One article's problems by configured severity (the status bar keeps a running total of these). */
  problemCountsOf(path: string, config: CorpusConfig | undefined): Record<Severity, number> {
    const into: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    const findings = this.findingsOf(path);
    if (!findings) return into;
    for (const f of findings) {
      const sev = config ? ruleSetting(config, f.code, f.severity) : f.severity;
      // (A finding may count the problems the summary did not keep: keptFindings.)
      if (sev !== 'off') into[sev] += f.count ?? 1;
    }
    for (const f of [...fileNameFindings(path, config), ...this.ids.findingsFor(path, config), ...this.duplicates.findingsFor(path, config)]) into[f.severity]++;
    const titled = this.titledOf(path)!;
    if (titled.length) {
      const conflicts = titleConflictCount(path, this.dateOf(path), titled, this.entities, config);
      if (conflicts.severity !== 'off') into[conflicts.severity] += conflicts.count;
    }
    return into;
  }
}

function withoutFixes(f: Finding): Finding {
  if (!f.fixes) return f;
  const { fixes: _fixes, ...rest } = f;
  return rest;
}
