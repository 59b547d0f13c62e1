// Thin client: finds corpus folders, gives their articles the corpus-article language,
// starts the language server, and registers the commands. No domain logic here.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { initialConfig } from '../../server/src/core/config/initialConfig';
import { parseLanguage } from '../../server/src/core/i18n';
import { CORPUS_STATUS, INDEX_READY, type CorpusStatusParams, type IndexReadyParams } from '../../server/src/protocol/corpusLensProtocol';
import { codeCacheEnv, SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol/serverProcess';
import { registerEntitiesView, type EntitiesViewApi } from './views/entitiesView';
import { CorpusStatusBar } from './views/statusBar';
import { registerUnknownPeople } from './views/unknownPeople';
import { registerConcordanceView, type ConcordanceApi } from './views/concordanceView';
import { registerTimelinePanel, type TimelineApi } from './views/timelinePanel';
import { registerExportCorpus } from './commands/exportCorpus';

const LANGUAGE = 'corpus-article';
/** Built-in registry files open under this scheme, read-only. */
const REGISTRY_SCHEME = 'corpus-lens-registry';
const CONFIG_FILE = 'corpus-lens.yaml';

let client: LanguageClient | undefined;
let roots: string[] = [];

export interface CorpusLensApi {
  /** Resolves once the server has read every article of the corpus and published its problems. */
  whenReady(): Promise<void>;
  /** Resolves at the next time the index is ready (after a restart, a rescan). */
  nextReady(): Promise<IndexReadyParams>;
  /** The running server's process id, once it has been ready. */
  serverPid(): number | undefined;
  /** How often the server stopped unexpectedly and was started again. */
  restarts(): number;
  /** The Entities view (its provider and tree), for the end-to-end tests. */
  entities: EntitiesViewApi;
  /** Review Unknown People: the groups, and filing one (with or without the preview). */
  unknownPeople: ReturnType<typeof registerUnknownPeople>;
  /** What the status bar shows, once the server has sent it. */
  status(): CorpusStatusParams | undefined;
  /** Resolves at the next status the server sends that is not "indexing". */
  nextStatus(): Promise<CorpusStatusParams>;
  /** The status bar item's text and tooltip as shown (in the display language). */
  statusBar(): { text: string; tooltip: string };
  /** The Concordance view (panel) and the Entity Timeline: show them, click them, see what they rendered. */
  concordance: ConcordanceApi;
  timeline: TimelineApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<CorpusLensApi> {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const status = new CorpusStatusBar();
  context.subscriptions.push(status);

  await refreshRoots();
  void offerToInitialize(context);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void assignLanguage(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusLens.roots')) void refreshRoots();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void refreshRoots()),
    vscode.commands.registerCommand('corpusLens.initializeCorpus', (folder?: vscode.Uri) => initializeCorpus(folder)),
  );
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  configWatcher.onDidCreate(() => void refreshRoots());
  configWatcher.onDidDelete(() => void refreshRoots());
  context.subscriptions.push(configWatcher);

  const dataDir = context.asAbsolutePath(path.join('server', 'data'));
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REGISTRY_SCHEME, {
      async provideTextDocumentContent(uri) {
        const name = path.basename(uri.path);
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(dataDir, name)));
        return new TextDecoder().decode(bytes);
      },
    }),
  );

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps V8's code cache of its bundle in the global storage: a start after the
  // first compiles less.
  const env = { ...process.env, ...SERVER_ENV, ...codeCacheEnv(context.globalStorageUri.fsPath) };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const settings = vscode.workspace.getConfiguration('corpusLens');
  const clientOptions: LanguageClientOptions = {
    // Registry files too, so hover, references and the outline work inside them.
    // Registry files too (entities.yaml and those a corpus-lens.yaml names), so hover,
    // references and the outline work inside them.
    documentSelector: [{ language: LANGUAGE }, { scheme: 'file', pattern: '**/*.{yaml,yml}' }, { scheme: REGISTRY_SCHEME }],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,yaml,yml}'),
        // Folders created, renamed or deleted: the watcher reports the folder, not each article in it.
        vscode.workspace.createFileSystemWatcher('**/*', false, true, false),
      ],
    },
    initializationOptions: {
      roots: settings.get('roots', []),
      diagnostics: { scope: settings.get('diagnostics.scope', 'corpus') },
      registryScheme: REGISTRY_SCHEME,
      // Summaries of unchanged articles are read back from here instead of analysed again.
      cacheFolder: (context.storageUri ?? context.globalStorageUri)?.fsPath,
      // The display language: the server's messages follow it where corpus-lens.yaml sets no `language:`.
      locale: vscode.env.language,
    },
  };
  clientOptions.errorHandler = restartPolicy(() => restarts++);
  client = new LanguageClient('corpusLens', 'Corpus Lens', serverOptions, clientOptions);
  // The corpus views fed by the server's CONCORDANCE, TIMELINE and ENTITY_AT requests.
  const concordance = registerConcordanceView(context, client);
  const timeline = registerTimelinePanel(context, client, concordance);
  let last: IndexReadyParams | undefined;
  let restarts = 0;
  const waiting: Array<(p: IndexReadyParams) => void> = [];
  const waitingStatus: Array<(p: CorpusStatusParams) => void> = [];
  const entities = registerEntitiesView(context, client);
  const unknownPeople = registerUnknownPeople(context, client);
  registerExportCorpus(context, client);
  let refreshTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    client.onNotification(INDEX_READY, (p: IndexReadyParams) => {
      last = p;
      markReady();
      for (const w of waiting.splice(0)) w(p);
    }),
    client.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => {
      status.update(p);
      if (p.indexing) return;
      for (const w of waitingStatus.splice(0)) w(p);
      // The tree follows the index, at most once a second and only while it is shown.
      if (entities.view.visible && !refreshTimer) refreshTimer = setTimeout(() => ((refreshTimer = undefined), entities.provider.refresh()), 1000);
    }),
    entities.view.onDidChangeVisibility((e) => e.visible && entities.provider.refresh()),
  );
  await client.start();
  return {
    whenReady: () => ready,
    nextReady: () => new Promise((resolve) => waiting.push(resolve)),
    serverPid: () => last?.pid,
    restarts: () => restarts,
    entities,
    unknownPeople,
    status: () => status.last,
    nextStatus: () => new Promise((resolve) => waitingStatus.push(resolve)),
    statusBar: () => {
      const tooltip = status.item.tooltip;
      return { text: status.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '') };
    },
    concordance,
    timeline,
  };
}

/**
 * A server that stops unexpectedly is started again after a pause that doubles each time (half
 * a second up to half a minute; back to short once it has run for five minutes). The user is
 * told once per session, not at every restart; after ten failures in ten minutes it stays
 * stopped, and says so.
 */
function restartPolicy(onRestart: () => void): ErrorHandler {
  const recent: number[] = [];
  let told = false;
  let lastStart = Date.now();
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    async closed() {
      const now = Date.now();
      while (recent.length && now - recent[0] > 10 * 60_000) recent.shift();
      recent.push(now);
      if (recent.length > 10) {
        return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Corpus Lens language server stopped 10 times in 10 minutes and will not be started again. Reload the window to try again; the output channel "Corpus Lens" has its log.') };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(vscode.l10n.t('The Corpus Lens language server stopped unexpectedly; it is being started again. The output channel "Corpus Lens" has its log.'));
      }
      const quick = now - lastStart > 5 * 60_000;
      const delay = quick ? 500 : Math.min(30_000, 500 * 2 ** (recent.length - 1));
      await new Promise((resolve) => setTimeout(resolve, delay));
      lastStart = Date.now();
      onRestart();
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Folders that hold corpus-lens.yaml, plus the ones listed in `corpusLens.roots`. */
async function refreshRoots(): Promise<void> {
  const found = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**');
  const configured: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const r of vscode.workspace.getConfiguration('corpusLens', folder.uri).get<string[]>('roots', [])) {
      configured.push(path.resolve(folder.uri.fsPath, r));
    }
  }
  roots = [...found.map((u) => path.dirname(u.fsPath)), ...configured];
  await vscode.commands.executeCommand('setContext', 'corpusLens.active', roots.length > 0);
  await Promise.all(vscode.workspace.textDocuments.map(assignLanguage));
}

function isUnderRoot(file: string): boolean {
  return roots.some((r) => file === r || file.startsWith(r + path.sep));
}

async function assignLanguage(doc: vscode.TextDocument): Promise<void> {
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'vscode-remote') return;
  if (doc.languageId !== 'plaintext' || !doc.uri.fsPath.toLowerCase().endsWith('.txt')) return;
  if (isUnderRoot(doc.uri.fsPath)) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

/** A folder of `NNN_<hex>.txt` files without settings looks like a corpus: offer, once, to make it one. */
async function offerToInitialize(context: vscode.ExtensionContext): Promise<void> {
  const key = 'corpusLens.offeredInit';
  if (roots.length > 0 || context.workspaceState.get(key)) return;
  const files = await vscode.workspace.findFiles('**/[0-9][0-9][0-9]_????????????????.txt', '**/node_modules/**', 3);
  if (files.length < 3) return;
  await context.workspaceState.update(key, true);
  const initialize = vscode.l10n.t('Initialize');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('This folder looks like a corpus of articles. Initialize it for Corpus Lens (writes corpus-lens.yaml)?'),
    initialize,
    vscode.l10n.t('Not now'),
  );
  if (choice === initialize) await initializeCorpus(vscode.Uri.file(path.dirname(files[0].fsPath)), true);
}

async function initializeCorpus(folder?: vscode.Uri, show = !folder): Promise<vscode.Uri | undefined> {
  let target = folder;
  if (!target) {
    const picked =
      (vscode.workspace.workspaceFolders?.length ?? 0) > 1
        ? await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder to make a corpus') })
        : vscode.workspace.workspaceFolders?.[0];
    target = picked?.uri;
  }
  if (!target) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens: open a folder first, then initialize it as a corpus.'));
    return undefined;
  }
  const file = vscode.Uri.joinPath(target, CONFIG_FILE);
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  if (exists) {
    if (!folder) void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: {0} already exists; opening it.', CONFIG_FILE));
  } else {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(initialConfig(parseLanguage(vscode.env.language))));
  }
  await refreshRoots();
  if (show) await vscode.window.showTextDocument(file);
  return file;
}
