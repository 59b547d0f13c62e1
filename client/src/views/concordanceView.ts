// The Concordance view (keyword in context) in the panel: the extension host side. It asks the
// server for CONCORDANCE rows with a partial-result token so they stream into the table, cancels
// a query that is replaced or stopped, opens an article at a row, and writes exports. The table
// itself (sorting, grouping, layout) lives in the webview script client/webview/concordance.ts.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { WebviewClicks } from './webviewClicks';
import { slugId } from '../../../server/src/core/entities/registryEntry';
import { ProgressType, type LanguageClient } from 'vscode-languageclient/node';
import {
  CONCORDANCE,
  type ConcordanceParams,
  type ConcordanceQuery,
  type ConcordanceResult,
  type ConcordanceRow,
} from '../../../server/src/protocol/corpusLensProtocol';
import type {
  ConcordanceFromWebview,
  ConcordanceRendered,
  ConcordanceStatus,
  ConcordanceToWebview,
  ConcordanceViewRow,
  ConcordanceViewState,
} from '../../webview/messages';
import { formatOf, formatRows, type ExportRow } from './concordanceExport';
import { entityAt, insideMention } from './entityPick';
import { webviewHtml, webviewL10n, webviewOptions } from './webviewHtml';
import { CONCORDANCE_STRINGS } from '../../webview/strings';

export type { ConcordanceRendered } from '../../webview/messages';

export const CONCORDANCE_VIEW = 'corpusLens.concordance';
export const SHOW_CONCORDANCE = 'corpusLens.showConcordance';

/** What to show: an entity (by key) or a phrase, optionally only the articles of one month (`YYYY-MM`, or `undated`). */
export type ConcordanceShowArg = ({ entity: string; name?: string } | { phrase: string; ignoreDiacritics?: boolean }) & { month?: string };

export interface ConcordanceApi {
  /** Shows the view and runs the query (from the argument, else the editor, else asking); resolves when the query has ended. */
  show(arg?: ConcordanceShowArg): Promise<void>;
  /** Fires after each render of the table, with what it shows. */
  onDidRender: vscode.Event<ConcordanceRendered>;
  /** Clicks the row at this place in the table as displayed (e2e tests); resolves once the article is shown. */
  clickRow(index: number): Promise<void>;
}

/** Characters of context each side of a match. */
const CONTEXT = 80;
/** Rows asked for (the server counts every match, but sends at most these). */
const LIMIT = 10_000;
/** Rows are sent to the webview in batches at most this often (ms). */
const FLUSH_MS = 60;
/** A selection longer than this is not taken as a phrase. */
const MAX_PHRASE = 200;

function isShowArg(a: unknown): a is ConcordanceShowArg {
  if (!a || typeof a !== 'object') return false;
  const o = a as Record<string, unknown>;
  if (o.month !== undefined && typeof o.month !== 'string') return false;
  return typeof o.entity === 'string' || typeof o.phrase === 'string';
}

export function registerConcordanceView(context: vscode.ExtensionContext, client: LanguageClient): ConcordanceApi {
  const view = new ConcordanceView(context.extensionUri, client);
  context.subscriptions.push(
    view,
    vscode.window.registerWebviewViewProvider(CONCORDANCE_VIEW, view, { webviewOptions: { retainContextWhenHidden: true } }),
    // From the editor's context menu the argument is the document's URI: not a query.
    vscode.commands.registerCommand(SHOW_CONCORDANCE, (arg?: unknown) => view.show(isShowArg(arg) ? arg : undefined)),
  );
  return {
    show: (arg) => view.show(arg),
    onDidRender: view.onDidRender,
    clickRow: (index) => view.clickRow(index),
  };
}

interface Query {
  query: ConcordanceQuery;
  label: string;
  month?: string;
}

class ConcordanceView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready: Promise<void>;
  private markReady!: () => void;
  private readonly rendered = new vscode.EventEmitter<ConcordanceRendered>();
  readonly onDidRender = this.rendered.event;

  private state: ConcordanceViewState = { label: '', rows: [], status: 'idle' };
  private last: Query | undefined;
  /** The running query: its cancellation and its end. */
  private running: { cts: vscode.CancellationTokenSource; finish: (status: ConcordanceStatus, extra?: Partial<ConcordanceViewState>) => void } | undefined;
  private generation = 0;
  private readonly clicks = new WebviewClicks();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {
    this.ready = this.newReady();
  }

  private newReady(): Promise<void> {
    return new Promise((resolve) => (this.markReady = resolve));
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view = webviewView;
    webviewView.webview.options = webviewOptions(this.extensionUri);
    webviewView.webview.html = webviewHtml(webviewView.webview, this.extensionUri, 'concordance', vscode.l10n.t('Concordance'), webviewL10n(CONCORDANCE_STRINGS));
    webviewView.webview.onDidReceiveMessage((m: ConcordanceFromWebview) => this.onMessage(m));
    webviewView.onDidDispose(() => {
      if (this.view !== webviewView) return;
      this.view = undefined;
      this.ready = this.newReady();
    });
  }

  dispose(): void {
    this.running?.cts.cancel();
    this.rendered.dispose();
  }

  private post(message: ConcordanceToWebview): void {
    void this.view?.webview.postMessage(message);
  }

  private onMessage(m: ConcordanceFromWebview): void {
    switch (m.type) {
      case 'ready':
        // A new or reloaded page: give it everything it should show.
        this.post({ type: 'state', state: this.state });
        this.markReady();
        break;
      case 'rendered': {
        const { type: _type, ...rendered } = m;
        this.rendered.fire(rendered);
        break;
      }
      case 'open':
        this.clicks.settleWhen(m.requestId, this.open(m.id));
        break;
      case 'clickFailed':
        this.clicks.settle(m.requestId, new Error(m.reason));
        break;
      case 'cancel':
        this.cancel();
        break;
      case 'search':
        void this.show(undefined, true);
        break;
      case 'allMonths':
        if (this.last?.month) void this.run({ ...this.last, month: undefined });
        break;
      case 'export':
        void this.export(m.ids).catch((err: unknown) => {
          void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens: the export failed: {0}', err instanceof Error ? err.message : String(err)));
        });
        break;
    }
  }


  /** Makes the view visible and waits until its page is running. */
  private async reveal(): Promise<void> {
    if (this.view) this.view.show(true);
    else await vscode.commands.executeCommand(`${CONCORDANCE_VIEW}.focus`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the Concordance view did not start within 30 s')), 30_000);
    });
    try {
      await Promise.race([this.ready, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async show(arg?: ConcordanceShowArg, ask = false): Promise<void> {
    const query = arg ? fromArg(arg) : ask ? await askPhrase() : await this.fromEditor();
    if (!query) return;
    await this.reveal();
    await this.run(query);
  }

  /** The entity under the cursor, else the selected text as a phrase, else a phrase the user types. */
  private async fromEditor(): Promise<Query | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return askPhrase();
    const doc = editor.document;
    const sel = editor.selection;
    const entity = await entityAt(this.client, doc, sel.isEmpty ? sel.active : sel.start).catch(() => undefined);
    if (sel.isEmpty) return entity ? { query: { entity: entity.key }, label: entity.name } : askPhrase();
    // A selection: the entity when the selection is (part of) one of its mentions, else the
    // selected words as a phrase ("Tổng thống Putin" is a phrase, "Putin" selected is the entity).
    if (entity && (await insideMention(this.client, entity.key, doc, sel).catch(() => false))) {
      return { query: { entity: entity.key }, label: entity.name };
    }
    const text = doc.getText(sel).replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_PHRASE) return askPhrase(text.slice(0, MAX_PHRASE));
    return { query: { phrase: text }, label: phraseLabel(text, false) };
  }

  private cancel(): void {
    const r = this.running;
    if (!r) return;
    r.cts.cancel();
    // Shown at once: a server that is slow to notice the cancel does not keep the view waiting.
    r.finish('cancelled');
  }

  private async run(q: Query): Promise<void> {
    // A new query replaces the running one.
    if (this.running) {
      this.running.cts.cancel();
      this.running.finish('cancelled');
    }
    const generation = ++this.generation;
    const cts = new vscode.CancellationTokenSource();
    const token = `corpusLens/concordance/${process.pid}/${generation}/${Date.now()}`;
    this.last = q;
    this.state = { label: q.label, month: q.month, rows: [], status: 'running', limit: LIMIT };
    this.post({ type: 'state', state: this.state });

    let received = 0;
    let pending: ConcordanceViewRow[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (!pending.length || generation !== this.generation) return;
      this.post({ type: 'rows', rows: pending });
      pending = [];
    };
    const accept = (rows: ConcordanceRow[]) => {
      if (generation !== this.generation || this.state.status !== 'running') return;
      received += rows.length;
      for (const row of rows) {
        const viewRow: ConcordanceViewRow = { ...row, id: this.state.rows.length, file: fileNameOf(row.uri) };
        this.state.rows.push(viewRow);
        pending.push(viewRow);
      }
      timer ??= setTimeout(flush, FLUSH_MS);
    };

    let finished!: () => void;
    const ended = new Promise<void>((resolve) => (finished = resolve));
    const finish = (status: ConcordanceStatus, extra: Partial<ConcordanceViewState> = {}) => {
      if (this.running?.cts !== cts) return;
      this.running = undefined;
      if (timer) clearTimeout(timer);
      flush();
      progress.dispose();
      Object.assign(this.state, { status, ...extra });
      const { total, truncated, problem, error } = this.state;
      this.post({ type: 'end', status, total, truncated, problem, error });
      finished();
    };
    this.running = { cts, finish };
    const progress = this.client.onProgress(new ProgressType<ConcordanceRow[]>(), token, accept);

    const params: ConcordanceParams = { query: q.query, context: CONTEXT, limit: LIMIT, month: q.month, partialResultToken: token };
    this.client.sendRequest<ConcordanceResult>(CONCORDANCE, params, cts.token).then(
      (result) => {
        // A server that does not stream answers with every row at once.
        if (result.rows?.length) accept(result.rows);
        finish('done', { total: result.total, truncated: result.total > received, problem: result.problem });
      },
      (err: unknown) => {
        if (cts.token.isCancellationRequested) finish('cancelled');
        else finish('error', { error: err instanceof Error ? err.message : String(err) });
      },
    );
    await ended;
    cts.dispose();
  }

  private async open(id: number): Promise<void> {
    const row = this.state.rows[id];
    if (!row) throw new Error(`the concordance has no row ${id}`);
    const uri = this.client.protocol2CodeConverter.asUri(row.uri);
    const r = row.range;
    const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    await vscode.window.showTextDocument(uri, { selection, preview: true });
  }

  async clickRow(index: number): Promise<void> {
    await this.reveal();
    await this.clicks.click((requestId) => this.post({ type: 'clickRow', index, requestId }), `clicking row ${index} did not open an article`, 20_000);
  }

  /** Writes the rows as displayed (the webview sends their ids in its order) to a CSV or TSV file. */
  private async export(ids: number[]): Promise<void> {
    const rows = ids.map((id) => this.state.rows[id]).filter((r): r is ConcordanceViewRow => r !== undefined);
    if (!rows.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: the concordance has no rows to export.'));
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const base = `concordance-${slugId(this.state.label).slice(0, 40) || 'rows'}${this.state.month ? `-${this.state.month}` : ''}.csv`;
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export the concordance'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, base) : undefined,
      filters: { [vscode.l10n.t('CSV (comma-separated)')]: ['csv'], [vscode.l10n.t('TSV (tab-separated)')]: ['tsv'] },
    });
    if (!target) return;
    const format = formatOf(target.path);
    const exportRows: ExportRow[] = rows.map((r) => {
      const uri = this.client.protocol2CodeConverter.asUri(r.uri);
      return {
        file: uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.toString(),
        line: r.range.start.line + 1,
        column: r.range.start.character + 1,
        date: r.date,
        title: r.title,
        left: r.left,
        match: r.match,
        right: r.right,
      };
    });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatRows(exportRows, format)));
    const openLabel = vscode.l10n.t('Open');
    const open = await vscode.window.showInformationMessage(
      rows.length === 1
        ? vscode.l10n.t('Corpus Lens: exported 1 row to {0} ({1}).', path.basename(target.path), format.toUpperCase())
        : vscode.l10n.t('Corpus Lens: exported {0} rows to {1} ({2}).', rows.length, path.basename(target.path), format.toUpperCase()),
      openLabel,
    );
    if (open === openLabel) await vscode.window.showTextDocument(target);
  }
}

function fromArg(arg: ConcordanceShowArg): Query {
  if ('entity' in arg) return { query: { entity: arg.entity }, label: arg.name ?? arg.entity, month: arg.month };
  const ignore = arg.ignoreDiacritics ?? false;
  return { query: { phrase: arg.phrase, ignoreDiacritics: ignore }, label: phraseLabel(arg.phrase, ignore), month: arg.month };
}

function phraseLabel(phrase: string, ignoreDiacritics: boolean): string {
  return ignoreDiacritics ? vscode.l10n.t('“{0}” (diacritics ignored)', phrase) : `“${phrase}”`;
}

function hasDiacritics(s: string): boolean {
  return /[\u0300-\u036f]/.test(s.normalize('NFD')) || /[đĐ]/.test(s);
}

/** Asks for a phrase, then whether diacritics must match (ignoring them first when the phrase has none). */
async function askPhrase(value = ''): Promise<Query | undefined> {
  const phrase = await vscode.window.showInputBox({
    title: vscode.l10n.t('Corpus Lens: Concordance'),
    prompt: vscode.l10n.t('A word or phrase to find in every article of the corpus (case is ignored)'),
    placeHolder: vscode.l10n.t('e.g. hợp tác'),
    value,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a word or phrase')),
  });
  if (!phrase?.trim()) return undefined;
  const text = phrase.replace(/\s+/g, ' ').trim();
  const exact = { label: vscode.l10n.t('Match diacritics exactly'), detail: vscode.l10n.t('“hòa” finds hòa and hoà, not hoa'), ignore: false };
  const loose = { label: vscode.l10n.t('Ignore diacritics'), detail: vscode.l10n.t('“ha noi” finds Hà Nội'), ignore: true };
  const choice = await vscode.window.showQuickPick(hasDiacritics(text) ? [exact, loose] : [loose, exact], {
    title: vscode.l10n.t('Corpus Lens: Concordance of “{0}”', text),
    placeHolder: vscode.l10n.t('How to compare letters with diacritics'),
  });
  if (!choice) return undefined;
  return { query: { phrase: text, ignoreDiacritics: choice.ignore }, label: phraseLabel(text, choice.ignore) };
}

function fileNameOf(uri: string): string {
  try {
    return path.posix.basename(vscode.Uri.parse(uri).path);
  } catch {
    return uri;
  }
}

