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
import { storeTitled, storedTitledAt, titledCount, titledMentionsOf, type StoredTitled } from './storedTitled';
import { numberedPaths, pathNumbers, repeated, type CorpusIndexState } from './corpusIndexState';
import { EntityIndex } from './entityIndex';
import { SharedStrings } from './sharedStrings';
import { TITLE_WINDOW_DAYS, titleConflictFindings } from './titleConflicts';
import { impliedLineEnds } from '../text/lineIndex';

/** What the index keeps of an article: the summary without what the other indexes hold, its
 *  titled mentions flat (storedTitled.ts). */
export type StoredSummary = Omit<ArticleSummary, 'mentions' | 'fingerprint' | 'titled' | 'lineEnds' | 'fileId'> & {
  titled: StoredTitled;
  /** Left out when the line starts imply them (impliedLineEnds): most articles. */
  lineEnds?: Uint32Array;
};

/** The findings of the many articles that have none: one list, not 100,000; frozen, as nothing may add to a stored list. */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

export class CorpusIndex {
  readonly ids = new FileIdIndex();
  private readonly summaries = new Map<string, StoredSummary>();
  private readonly shared = new SharedStrings();
  /** Articles that exist but could not be read (binary, too large…): they keep their file id. */
  private readonly unreadable = new Map<string, string>();

  constructor(
    readonly entities = new EntityIndex(),
    readonly duplicates = new DuplicateIndex(),
  ) {}

  get size(): number {
    return this.summaries.size + this.unreadable.size;
  }

  has(path: string): boolean {
    return this.summaries.has(path) || this.unreadable.has(path);
  }

  paths(): IterableIterator<string> {
    return [...this.summaries.keys(), ...this.unreadable.keys()][Symbol.iterator]();
  }

  summary(path: string): StoredSummary | undefined {
    return this.summaries.get(path);
  }

  unreadableReason(path: string): string | undefined {
    return this.unreadable.get(path);
  }

  /** Adds or replaces an article; returns the other articles whose corpus-wide findings changed
   *  (`track` false: not worked out, for a scan that republishes everything at its end). */
  apply(summary: ArticleSummary, track = true): string[] {
    const path = summary.path;
    const before = this.summaries.get(path);
    this.unreadable.delete(path);
    const retitled = this.entities.setPacked(path, summary.mentions, { date: summary.header.date });
    const affected = new Set([...this.ids.add(path), ...this.duplicates.setFingerprint(path, summary.fingerprint, track)]);
    const { mentions: _m, fingerprint: _f, fileId: _id, header, findings, titled, today, lineEnds, ...rest } = summary;
    const shared = this.shared;
    this.summaries.set(path, {
      ...rest,
      lineEnds: impliedLineEnds(summary.lineStarts, lineEnds, summary.length) ? undefined : lineEnds,
      header: shared.header(header),
      findings: findings.length ? shared.findings(findings) : NO_FINDINGS,
      // Keys and titles as numbers of the entity index, which holds them now.
      titled: storeTitled(titled, this.entities),
      today: shared.share(today),
    });
    if (track) for (const doc of this.titleNeighbours(retitled, [before?.header.date, summary.header.date])) affected.add(doc);
    affected.delete(path);
    return [...affected];
  }

  /** The file is there but is no article: it keeps its id, loses its body and mentions. */
  setUnreadable(path: string, reason: string): string[] {
    const date = this.summaries.get(path)?.header.date;
    const titled = this.entities.titledEntitiesOf(path);
    this.summaries.delete(path);
    this.unreadable.set(path, reason);
    this.entities.deleteDocument(path);
    const affected = new Set([...this.ids.add(path), ...this.duplicates.delete(path), ...this.titleNeighbours(titled, [date])]);
    affected.delete(path);
    return [...affected];
  }

  /** Forgets an article; returns the other articles whose findings changed. */
  remove(path: string): string[] {
    if (!this.has(path)) return [];
    const date = this.summaries.get(path)?.header.date;
    const titled = this.entities.titledEntitiesOf(path);
    this.summaries.delete(path);
    this.unreadable.delete(path);
    this.entities.deleteDocument(path);
    const affected = new Set([...this.ids.delete(path), ...this.duplicates.delete(path), ...this.titleNeighbours(titled, [date])]);
    affected.delete(path);
    return [...affected];
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
   *  The findings go without their quick fixes: nothing but an open article's code actions
   *  asks for them, and an article is analysed again when it is opened. They were nearly half
   *  of a saved index's header at 100,000 articles, and most of the time reading it back. */
  toState(): CorpusIndexState {
    const list = [...this.summaries.values()];
    const lineCounts = Int32Array.from(list, (x) => x.lineStarts.length);
    const lineStarts = new Uint32Array(lineCounts.reduce((a, b) => a + b, 0));
    // Only the articles whose starts do not imply their ends keep them: one in many.
    const lineEnds = new Uint32Array(list.reduce((n, x) => n + (x.lineEnds?.length ?? 0), 0));
    const lineEndsGiven = Uint8Array.from(list, (x) => (x.lineEnds ? 1 : 0));
    let at = 0;
    let endsAt = 0;
    for (const x of list) {
      lineStarts.set(x.lineStarts, at);
      at += x.lineStarts.length;
      if (x.lineEnds) lineEnds.set(x.lineEnds, endsAt);
      endsAt += x.lineEnds?.length ?? 0;
    }
    const titledCounts = Int32Array.from(list, (x) => titledCount(x.titled));
    // The entity index's numbers, which its state keeps as they are.
    const titled = new Int32Array(titledCounts.reduce((a, b) => a + b, 0) * 4);
    let t = 0;
    for (const x of list) {
      titled.set(x.titled, t);
      t += x.titled.length;
    }
    const paths = list.map((x) => x.path);
    const pathNumber = new Map(paths.map((path, i) => [path, i]));
    const entities = this.entities.toState();
    const duplicates = this.duplicates.toState();
    return {
      paths,
      lengths: Float64Array.from(list, (x) => x.length),
      headerKinds: repeated(list.map((x) => x.header.kind)),
      headerDates: repeated(list.map((x) => x.header.date ?? '')),
      headerTitles: list.map((x) => x.header.title),
      todays: repeated(list.map((x) => x.today)),
      lineCounts,
      lineStarts,
      lineEnds,
      lineEndsGiven,
      findings: list.map((x) => (x.findings.length ? x.findings.map(withoutFixes) : 0)),
      titledCounts,
      titled,
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
    const shared = x.shared;
    let line = 0;
    let endsAt = 0;
    let titledAt = 0;
    s.paths.forEach((path, i) => {
      const n = s.lineCounts[i];
      const titled = storedTitledAt(s.titled, titledAt, s.titledCounts[i]);
      titledAt += s.titledCounts[i];
      const findings = s.findings[i];
      const stored: StoredSummary = {
        path,
        length: s.lengths[i],
        header: shared.header({ kind: s.headerKinds.values[s.headerKinds.numbers[i]], date: s.headerDates.values[s.headerDates.numbers[i]] || undefined, title: s.headerTitles[i] }),
        findings: findings ? shared.findings(findings) : NO_FINDINGS,
        lineStarts: s.lineStarts.subarray(line, (line += n)),
        lineEnds: s.lineEndsGiven[i] ? s.lineEnds.subarray(endsAt, (endsAt += n)) : undefined,
        titled,
        today: shared.share(s.todays.values[s.todays.numbers[i]]),
      };
      x.summaries.set(path, stored);
    });
    for (const [path, reason] of s.unreadable) x.unreadable.set(path, reason);
    x.ids.addNew(numberedPaths(s.idPaths, s.paths));
    return x;
  }

  /** Every problem of an article, configured for its corpus, in text order. */
  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    const s = this.summaries.get(path);
    const corpusWide = [...fileNameFindings(path, config), ...this.ids.findingsFor(path, config), ...this.duplicates.findingsFor(path, config)];
    if (s?.titled.length) corpusWide.push(...titleConflictFindings(path, s.header.date, titledMentionsOf(s.titled, this.entities), this.entities, config, (doc) => this.summaries.get(doc)?.header.date));
    if (!s) return corpusWide;
    const own = withConfiguredSeverity(s.findings, config);
    return corpusWide.length ? [...corpusWide, ...own].sort((a, b) => a.start - b.start) : own;
  }

  /** One article's problems by configured severity (the status bar keeps a running total of these). */
  problemCountsOf(path: string, config: CorpusConfig | undefined): Record<Severity, number> {
    const into: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    const s = this.summaries.get(path);
    if (!s) return into;
    for (const f of s.findings) {
      const sev = config ? ruleSetting(config, f.code, f.severity) : f.severity;
      if (sev !== 'off') into[sev]++;
    }
    for (const f of [...fileNameFindings(path, config), ...this.ids.findingsFor(path, config), ...this.duplicates.findingsFor(path, config)]) into[f.severity]++;
    if (s.titled.length) for (const f of titleConflictFindings(path, s.header.date, titledMentionsOf(s.titled, this.entities), this.entities, config)) into[f.severity]++;
    return into;
  }
}

function withoutFixes(f: Finding): Finding {
  if (!f.fixes) return f;
  const { fixes: _fixes, ...rest } = f;
  return rest;
}
