// Diagnostics for clients that pull them (LSP 3.17): every file we report on has a result id that
// changes when its problems may have; a pull answers "unchanged" for the rest. The workspace
// pull is held open: the first answer streams in pages, later changes stream as they happen,
// so a corpus of 100,000 articles is sent once, not again on every refresh.

import type {
  CancellationToken,
  Diagnostic,
  DocumentDiagnosticReport,
  ResultProgressReporter,
  WorkspaceDiagnosticReport,
  WorkspaceDiagnosticReportPartialResult,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';

const PAGE = 500;

export class DiagnosticBoard {
  private readonly resultIds = new Map<string, string>();
  /** Files whose problems a client has been sent: a gone one must be cleared there first. */
  private readonly sent = new Set<string>();
  private next = 1;
  private readonly listeners = new Set<(uris: string[]) => void>();

  /** `compute(uri)`: the file's diagnostics now, or undefined when it is no longer ours;
   *  `exists(uri)`: the same question without working the diagnostics out. */
  constructor(
    private readonly compute: (uri: string) => Diagnostic[] | undefined,
    private readonly exists: (uri: string) => boolean = (uri) => compute(uri) !== undefined,
  ) {}

  /** These files' problems may have changed (created, edited, gone, settings changed). */
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

  /** The files now known, for a full refresh. */
  known(): string[] {
    return [...this.resultIds.keys()];
  }

  document(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    let resultId = this.resultIds.get(uri);
    if (resultId === undefined) this.resultIds.set(uri, (resultId = String(this.next++)));
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    this.sent.add(uri);
    return { kind: 'full', resultId, items: this.compute(uri) ?? [] };
  }

  private report(uri: string, previous: Map<string, string>): WorkspaceDocumentDiagnosticReport | undefined {
    const resultId = this.resultIds.get(uri);
    if (resultId === undefined) return undefined;
    if (previous.get(uri) === resultId) return undefined; // the client has it: say nothing
    const items = this.compute(uri);
    if (items === undefined) {
      // Gone: one empty report clears it, then it is forgotten.
      this.resultIds.delete(uri);
      this.sent.delete(uri);
      return { kind: 'full', uri, version: null, items: [] };
    }
    previous.set(uri, resultId);
    this.sent.add(uri);
    return { kind: 'full', uri, version: null, resultId, items };
  }

  async workspace(
    previousResultIds: Array<{ uri: string; value: string }>,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    const first: WorkspaceDocumentDiagnosticReport[] = [];
    const answered = new Set<string>();
    for (const uri of [...this.resultIds.keys()]) {
      if (token.isCancellationRequested) return { items: [] };
      const r = this.report(uri, previous);
      if (!r) continue;
      answered.add(uri);
      first.push(r);
      if (progress && first.length >= PAGE) {
        progress.report({ items: first.splice(0) });
        // Let other requests (a hover, a keystroke) in between pages.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // Files we stopped knowing since the client's last pull.
    for (const uri of previous.keys()) if (!this.resultIds.has(uri) && !answered.has(uri)) first.push({ kind: 'full', uri, version: null, items: [] });
    if (!progress) return { items: first };
    if (first.length) progress.report({ items: first });
    // Held open: later changes stream as partial results until the client cancels.
    return new Promise((resolve) => {
      const listener = (uris: string[]) => {
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        for (const uri of uris) {
          const r = this.report(uri, previous);
          if (r) items.push(r);
        }
        for (let i = 0; i < items.length; i += PAGE) progress.report({ items: items.slice(i, i + PAGE) });
      };
      this.listeners.add(listener);
      token.onCancellationRequested(() => {
        this.listeners.delete(listener);
        resolve({ items: [] });
      });
    });
  }
}
