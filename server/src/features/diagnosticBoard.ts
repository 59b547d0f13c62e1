// Diagnostics for clients that pull them (LSP 3.17): every file we report on has a result id that
// changes when its problems may have; a pull answers "unchanged" for the rest. The workspace
// pull is held open: the first answer streams in pages, later changes stream as they happen,
// so a corpus of 100,000 articles is sent once, not again on every refresh.

import type {
  CancellationToken,
  Diagnostic,
  DocumentDiagnosticReport,
  ResultProgressReporter,
  WorkDoneProgressReporter,
  WorkspaceDiagnosticReport,
  WorkspaceDiagnosticReportPartialResult,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { pagesWithin } from './pagedAnswer';

/** Reports a page holds at most (fewer when they are long: PAGE_STRING_BYTES). */
const PAGE = 500;

/** A report's JSON as a string's bytes, about: two a character, for the messages are Vietnamese
 *  or English with quoted Vietnamese text (a range, code, link and source are ~220 characters). */
function reportBytes(r: WorkspaceDocumentDiagnosticReport): number {
  let chars = 100 + r.uri.length;
  if (r.kind === 'full')
    for (const d of r.items) {
      chars += 220 + (typeof d.message === 'string' ? d.message.length : 0);
      for (const x of d.relatedInformation ?? []) chars += 120 + x.location.uri.length + x.message.length;
    }
  return 2 * chars;
}

export class DiagnosticBoard {
  /** Result ids of the files changed one by one since everything last changed. */
  private readonly resultIds = new Map<string, string>();
  /** The result id of every other file: new each time everything may have changed (a scan's
   *  end, new settings), without a result id for each of 100,000 files. */
  private everyId = '0';
  /** Files whose problems a client has been sent: a gone one must be cleared there first. */
  private readonly sent = new Set<string>();
  private next = 1;
  private readonly listeners = new Set<(uris: Iterable<string> | 'all') => void>();

  /** `compute(uri)`: the file's diagnostics now, or undefined when it is no longer ours;
   *  `exists(uri)`: the same question without working the diagnostics out; `files()`: every
   *  file reported on now (iterated when a client pulls them all). */
  constructor(
    private readonly compute: (uri: string) => Diagnostic[] | undefined,
    private readonly exists: (uri: string) => boolean = (uri) => compute(uri) !== undefined,
    private readonly files: () => Iterable<string> = () => [],
  ) {}

  /** These files' problems may have changed (created, edited, gone). */
  changed(uris: Iterable<string>): void {
    const list: string[] = [];
    for (const uri of uris) {
      // Gone before any client saw it: nothing to clear, nothing to remember.
      if (!this.sent.has(uri) && !this.exists(uri)) {
        this.resultIds.delete(uri);
        continue;
      }
      this.resultIds.set(uri, String(this.next++));
      list.push(uri);
    }
    if (list.length) for (const l of this.listeners) l(list);
  }

  /** Every file's problems may have changed (a scan ended, the settings changed). */
  changedAll(): void {
    this.everyId = String(this.next++);
    this.resultIds.clear();
    for (const l of this.listeners) l('all');
  }

  /** Files the board keeps a result id or a sent mark for (tests: files that come and go must
   *  not make it grow). */
  get held(): number {
    return new Set([...this.resultIds.keys(), ...this.sent]).size;
  }

  document(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    const resultId = this.resultIds.get(uri) ?? this.everyId;
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    this.sent.add(uri);
    return { kind: 'full', resultId, items: this.compute(uri) ?? [] };
  }

  private report(uri: string, previous: Map<string, string>): WorkspaceDocumentDiagnosticReport | undefined {
    const resultId = this.resultIds.get(uri) ?? this.everyId;
    if (previous.get(uri) === resultId) return undefined; // the client has it: say nothing
    const items = this.compute(uri);
    if (items === undefined) {
      this.resultIds.delete(uri);
      // Gone: one empty report clears it where a client has it, then it is forgotten.
      const wasSent = this.sent.delete(uri);
      const clientHas = previous.delete(uri);
      return wasSent || clientHas ? { kind: 'full', uri, version: null, items: [] } : undefined;
    }
    previous.set(uri, resultId);
    this.sent.add(uri);
    return { kind: 'full', uri, version: null, resultId, items };
  }

  /** Every file a pull must look at: those reported on, those changed one by one, and those
   *  the client has (`previous`), each once. */
  private *everyFile(previous: Map<string, string>): Generator<string> {
    const seen = new Set<string>();
    for (const uri of this.files()) {
      seen.add(uri);
      yield uri;
    }
    for (const uri of [...this.resultIds.keys()]) if (!seen.has(uri)) yield uri;
    for (const uri of [...previous.keys()]) if (!seen.has(uri) && !this.resultIds.has(uri)) yield uri;
  }

  /** Every file's report, made as they are asked for; none once the client has cancelled. */
  private *reports(previous: Map<string, string>, token: CancellationToken): Generator<WorkspaceDocumentDiagnosticReport> {
    for (const uri of this.everyFile(previous)) {
      if (token.isCancellationRequested) return;
      const r = this.report(uri, previous);
      if (r) yield r;
    }
  }

  async workspace(
    previousResultIds: Array<{ uri: string; value: string }>,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
    /** Work-done progress while every file is looked at once (not while the pull is held open). */
    done?: { work: WorkDoneProgressReporter; title: string },
  ): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    done?.work.begin(done.title, undefined, undefined, true);
    try {
      if (!progress) {
        const items = [...this.reports(previous, token)];
        return { items: token.isCancellationRequested ? [] : items };
      }
      let between = false;
      for (const page of pagesWithin(this.reports(previous, token), reportBytes, PAGE)) {
        // Other requests (a hover, a keystroke) get their turn between pages; after the last,
        // the pull is held open at once.
        if (between) await new Promise((resolve) => setImmediate(resolve));
        between = true;
        if (token.isCancellationRequested) return { items: [] };
        progress.report({ items: page });
      }
    } finally {
      done?.work.done();
    }
    // Held open: later changes stream as partial results until the client cancels.
    return new Promise((resolve) => {
      const listener = (uris: Iterable<string> | 'all') => {
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        for (const uri of uris === 'all' ? this.everyFile(previous) : uris) {
          const r = this.report(uri, previous);
          if (r) items.push(r);
        }
        for (const page of pagesWithin(items, reportBytes, PAGE)) progress.report({ items: page });
      };
      this.listeners.add(listener);
      token.onCancellationRequested(() => {
        this.listeners.delete(listener);
        resolve({ items: [] });
      });
    });
  }
}
