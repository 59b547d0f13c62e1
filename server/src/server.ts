// LSP wiring: documents, configuration, file watching, progress. Domain logic lives in core/.

import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusWorkspace, type ArticleState } from './workspace/corpusWorkspace';
import { toDiagnostic } from './features/diagnostics';
import { codeActions } from './features/codeActions';
import { dateInlayHints } from './features/inlayHints';
import { LineIndex } from './core/text/lineIndex';
import { defaultConfig } from './core/config/corpusConfig';

interface Settings {
  roots: string[];
  diagnostics: { scope: 'corpus' | 'open' };
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let workspace = new CorpusWorkspace({ folders: [], extraRoots: [] });
let settings: Settings = { roots: [], diagnostics: { scope: 'corpus' } };
let folders: string[] = [];
let snippetSupport = false;
let configurationSupport = false;
let ready = false;
const published = new Set<string>();

const uriOf = (p: string) => pathToFileURL(p).toString();
const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  snippetSupport = caps.workspace?.workspaceEdit?.snippetEditSupport === true;
  configurationSupport = caps.workspace?.configuration === true;
  folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  if (folders.length === 0 && params.rootUri) folders = [pathOf(params.rootUri)];
  const init = params.initializationOptions as Partial<Settings> | undefined;
  if (init?.roots) settings.roots = init.roots;
  if (init?.diagnostics?.scope) settings.diagnostics.scope = init.diagnostics.scope;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.corpus-lens'], resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'corpus-lens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (configurationSupport) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    settings = await fetchSettings();
  }
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    folders = folders.filter((f) => !e.removed.some((r) => pathOf(r.uri) === f)).concat(e.added.map((a) => pathOf(a.uri)));
    void rescan();
  });
  await rescan();
});

async function fetchSettings(): Promise<Settings> {
  const s = (await connection.workspace.getConfiguration('corpusLens').catch(() => undefined)) as Partial<Settings> | undefined;
  const scope = s?.diagnostics?.scope === 'open' ? 'open' : 'corpus';
  return { roots: Array.isArray(s?.roots) ? s!.roots : [], diagnostics: { scope } };
}

/** Reads every article under the corpus roots, with a progress report, then publishes. */
async function rescan(): Promise<void> {
  ready = false;
  workspace.setOptions({ folders, extraRoots: settings.roots });
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('Corpus Lens', 0, 'Reading articles…', false);
  let lastReport = 0;
  await workspace.scan((done, total) => {
    const pct = Math.floor((done / total) * 100);
    if (pct !== lastReport) {
      lastReport = pct;
      progress?.report(pct, `${done}/${total} articles`);
    }
  });
  for (const doc of documents.all()) analyzeOpen(doc, false);
  publishAll();
  progress?.done();
  ready = true;
  void connection.sendNotification('corpusLens/indexReady', { articles: workspace.articles.size, corpora: [...workspace.corpora.keys()] });
}

function inScope(state: ArticleState): boolean {
  return state.open || settings.diagnostics.scope === 'corpus';
}

function publish(state: ArticleState): void {
  const uri = uriOf(state.path);
  let diagnostics: Diagnostic[] = [];
  if (inScope(state)) {
    if (state.unreadable) {
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, code: 'file/unreadable', source: 'corpus-lens', message: `Skipped: ${state.unreadable}.` }];
    } else if (state.lines) {
      const lines = state.lines;
      diagnostics = state.findings.map((f) => toDiagnostic(f, lines, uri, uriOf));
    }
  }
  if (diagnostics.length === 0 && !published.has(uri)) return;
  if (diagnostics.length) published.add(uri);
  else published.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics });
}

function publishAll(): void {
  const live = new Set<string>();
  for (const corpus of workspace.corpora.values()) {
    if (!corpus.configPath || !corpus.configLines) continue;
    const uri = uriOf(corpus.configPath);
    const lines = corpus.configLines;
    const diagnostics = corpus.configProblems.map((p) => toDiagnostic({ ...p, code: 'config/invalid' }, lines, uri, uriOf));
    live.add(uri);
    if (diagnostics.length) published.add(uri);
    if (diagnostics.length || published.has(uri)) void connection.sendDiagnostics({ uri, diagnostics });
  }
  for (const state of workspace.articles.values()) {
    live.add(uriOf(state.path));
    publish(state);
  }
  for (const uri of [...published]) {
    if (!live.has(uri)) clear(uri);
  }
}

function clear(uri: string): void {
  if (!published.delete(uri)) return;
  void connection.sendDiagnostics({ uri, diagnostics: [] });
}

function isArticleDocument(doc: TextDocument): boolean {
  return doc.languageId === 'corpus-article' || workspace.isArticle(pathOf(doc.uri));
}

function analyzeOpen(doc: TextDocument, andPublish = true): ArticleState | undefined {
  if (!isArticleDocument(doc)) return undefined;
  const state = workspace.analyzeText(pathOf(doc.uri), doc.getText());
  if (andPublish) publish(state);
  return state;
}

documents.onDidChangeContent((e) => {
  if (ready) analyzeOpen(e.document);
});
documents.onDidOpen((e) => {
  if (!ready) analyzeOpen(e.document, false);
});
documents.onDidClose(async (e) => {
  const file = pathOf(e.document.uri);
  const state = await workspace.closed(file);
  if (state) publish(state);
  else clear(e.document.uri);
});

connection.onDidChangeConfiguration(async () => {
  if (!configurationSupport) return;
  const next = await fetchSettings();
  const rootsChanged = JSON.stringify(next.roots) !== JSON.stringify(settings.roots);
  settings = next;
  if (rootsChanged) await rescan();
  else publishAll();
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  if (changes.some((c) => workspace.isConfigFile(pathOf(c.uri)))) {
    await rescan();
    return;
  }
  for (const c of changes) {
    const file = pathOf(c.uri);
    if (documents.get(c.uri)) continue; // the editor's text is authoritative
    if (c.type === FileChangeType.Deleted) {
      for (const gone of workspace.deleted(file)) clear(uriOf(gone));
    } else if (workspace.isArticle(file)) {
      const state = await workspace.readFromDisk(file);
      if (state) publish(state);
    }
  }
});

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && workspace.articles.get(pathOf(doc.uri));
  if (!doc || !state?.open || !state.lines) return [];
  return codeActions({
    uri: doc.uri,
    version: doc.version,
    findings: state.findings,
    lines: state.lines,
    range: params.range,
    only: params.context.only,
    snippetSupport,
    config: state.corpus?.config ?? defaultConfig(),
  });
});

connection.languages.inlayHint.on((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && (workspace.articles.get(pathOf(doc.uri))?.analysis ? workspace.articles.get(pathOf(doc.uri)) : analyzeOpen(doc, false));
  if (!doc || !state?.analysis) return [];
  return dateInlayHints(state.analysis, state.lines ?? new LineIndex(doc.getText()), params.range);
});

documents.listen(connection);
connection.listen();
