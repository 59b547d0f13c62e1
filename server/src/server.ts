// LSP wiring: documents, configuration, file watching, progress. Domain logic lives in core/.

import { MAX_YAML_FILE_BYTES, readRegularFileSync } from './node/readRegularFile';
import { filePathOf, fileUriOf } from './node/fileUri';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusWorkspace, type ArticleState } from './workspace/corpusWorkspace';
import { createNodeHost } from './node/nodeHost';
import { capDiagnostics, toDiagnostic } from './features/diagnostics';
import { DiagnosticBoard } from './features/diagnosticBoard';
import { INDEX_READY, UNKNOWN_PEOPLE, type IndexReadyParams, type UnknownPeopleResult } from './protocol/corpusLensProtocol';
import { SERVER_COMPILED, type CodeCacheReport } from './protocol/serverProcess';
import { collectAllGarbage } from './node/fullCollection';
import type { EventEmitter } from 'node:events';
import { groupUnknownPeople, personKey } from './core/entities/unknownPeople';
import { ignoreUnknownEdit } from './core/config/ignoreUnknownEdit';
import { groupOf } from './core/index/entityListing';
import type { Corpus } from './core/config/corpus';
import type { CorpusEntities } from './workspace/corpusWorkspace';
import type { NewEntityInput } from './core/entities/registryEntry';
import { codeActions } from './features/codeActions';
import { dateInlayHints } from './features/inlayHints';
import { entityTargetAt } from './features/entityLookup';
import { entityHover } from './features/hover';
import { entityDefinition, entityHighlights, entityReferencePages } from './features/navigation';
import { answerInPages, pagesOf } from './features/pagedAnswer';
import { articleSymbols, headerCodeLens, registrySymbols, primeWorkspaceSymbols, workspaceSymbols } from './features/symbols';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import type { Locator } from './features/locator';
import { LineIndex } from './core/text/lineIndex';
import { CONFIG_FILE, defaultConfig } from './core/config/corpusConfig';
import { idsIn, newEntityYaml, slugId } from './core/entities/registryEntry';
import { loadRegistry, type EntityRegistry } from './core/entities/registry';
import { registerViewRequests } from './viewRequests';
import { registerExportCorpus } from './features/exportCorpus';
import { readArticleFromDisk } from './ingest/summarizeFile';
import { decodeArticle } from './core/corpus/decodeArticle';
import { parseLanguage, translator } from './core/i18n';
import { ClientActivity } from './clientActivity';
import { rehearse } from './rehearsal';

interface Settings {
  roots: string[];
  diagnostics: { scope: 'corpus' | 'open' };
}

interface InitOptions extends Partial<Settings> {
  /** A URI scheme the client serves read-only for the built-in registry files. */
  registryScheme?: string;
  /** A folder of the extension's storage where summaries are cached between sessions. */
  cacheFolder?: string;
  /** Threads of the summary pool (tests use fewer). */
  jobs?: number;
  /** The editor's display language (VS Code's `vscode.env.language`): the messages' language
   *  of corpora whose corpus-lens.yaml names none. Else InitializeParams.locale is used. */
  locale?: string;
}

/** Over stdio, a message with a broken header (Content-Length: abc) leaves the reader unable to
 *  find the next message: the server would live on, deaf. It exits instead, so that the client
 *  notices and can start it again. */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => {
    process.stderr.write(`Corpus Lens: unreadable message from the client (${e.message}); the server stops so that it can be started again.\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, activity.track(reader), activity.trackAnswers(new StreamMessageWriter(process.stdout)));
}

/** VS Code's transport (`--node-ipc`); any other (a socket, a pipe) as the library reads argv. */
function ipcConnection() {
  if (!process.argv.includes('--node-ipc')) return createConnection(ProposedFeatures.all);
  return createConnection(ProposedFeatures.all, activity.track(new IPCMessageReader(process)), activity.trackAnswers(new IPCMessageWriter(process)));
}

const activity = new ClientActivity();
const connection = process.argv.includes('--stdio') ? stdioConnection() : ipcConnection();
const documents = new TextDocuments(TextDocument);
// Made at initialize, when the client has said where the cache goes.
let workspace: CorpusWorkspace;
let settings: Settings = { roots: [], diagnostics: { scope: 'corpus' } };
let folders: string[] = [];
let snippetSupport = false;
let configurationSupport = false;
let registryScheme: string | undefined;
let jobs: number | undefined;
const published = new Set<string>();
/** True when the client pulls diagnostics (LSP 3.17, VS Code); others get them pushed. */
let pullDiagnostics = false;
const board = new DiagnosticBoard(
  diagnosticsOf,
  (uri) => workspace.articles.has(pathOf(uri)) || settingsDiagnostics.has(uri),
  function* () {
    yield* settingsDiagnostics.keys();
    for (const p of workspace.articles.keys()) yield uriOf(p);
  },
);

const pathOf = (uri: string): string => {
  if (uri.startsWith('file:')) return filePathOf(uri);
  if (registryScheme && uri.startsWith(registryScheme + ':')) return builtinPath(uri);
  return uri;
};
const uriOf = (p: string): string => {
  if (registryScheme && isBuiltinFile(p)) return `${registryScheme}:/${path.basename(p)}`;
  return fileUriOf(p);
};
/** A registry file of some corpus (the built-in ones included), as the corpus read it. */
function registryFileOf(p: string): { lines: LineIndex; builtin: boolean } | undefined {
  for (const e of workspace.entities.values()) {
    const f = e.files.get(p);
    if (f) return f;
  }
  return undefined;
}
function isBuiltinFile(p: string): boolean {
  for (const e of workspace.entities.values()) if (e.files.get(p)?.builtin) return true;
  return false;
}
function builtinPath(uri: string): string {
  const name = decodeURIComponent(uri.slice(uri.indexOf(':') + 1).replace(/^\/+/, ''));
  for (const e of workspace.entities.values()) for (const [p, f] of e.files) if (f.builtin && path.basename(p) === name) return p;
  return uri;
}

/** Line boundaries of an article or registry file we know. */
function linesOf(p: string): LineIndex | undefined {
  const state = workspace.articles.get(p);
  return (state && workspace.linesOf(state)) ?? registryFileOf(p)?.lines;
}

/** A registry file open in the editor with unsaved changes: its entries as the editor has them. */
interface LiveRegistryFile {
  registry: EntityRegistry;
  lines: LineIndex;
  /** The corpus's registry, read from the disk copy. */
  saved: EntityRegistry;
}
const liveRegistries = new Map<string, { version: number; live: LiveRegistryFile | undefined }>();

function liveRegistryFile(file: string): LiveRegistryFile | undefined {
  // Asked for every location of an answer: most are articles, told apart without a URI.
  if (!registryFileOf(file)) return undefined;
  const doc = documents.get(uriOf(file));
  const entities = doc && workspace.entitiesOf(file);
  if (!doc || !entities?.files.has(file)) return undefined;
  const cached = liveRegistries.get(file);
  if (cached?.version === doc.version) return cached.live;
  const text = doc.getText();
  const saved = entities.sources.find((x) => x.path === file);
  const live = saved && saved.text !== text ? { registry: loadRegistry([{ path: file, text, builtin: saved.builtin }], { language: entities.language }).registry, lines: new LineIndex(text), saved: entities.registry } : undefined;
  liveRegistries.set(file, { version: doc.version, live });
  return live;
}

/** A range of the disk copy of a registry file (an entry, its name or an alias), where the
 *  same entry stands in the editor's unsaved text. */
function liveRange(live: LiveRegistryFile, file: string, start: number, end: number): { start: number; end: number } | undefined {
  for (const e of live.saved.entriesIn(file)) {
    const now = live.registry.get(e.id);
    if (!now || now.definition.path !== file) continue;
    if (e.nameRange.start === start && e.nameRange.end === end) return now.nameRange;
    if (e.definition.start === start && e.definition.end === end) return now.definition;
    const a = e.aliasRanges.findIndex((r) => r?.start === start && r.end === end);
    if (a >= 0) return now.aliasRanges[now.aliases.indexOf(e.aliases[a])] ?? now.nameRange;
  }
  return undefined;
}

const locator: Locator = {
  location(p, start, end) {
    return locator.inDocument(p)(start, end);
  },
  inDocument(p) {
    // Most locations are in articles, told apart by one look-up: no registry file, no other scheme.
    const state = workspace.articles.get(p);
    const live = state ? undefined : liveRegistryFile(p);
    if (live) {
      return (start, end) => {
        const r = liveRange(live, p, start, end);
        return r ? { uri: uriOf(p), range: { start: live.lines.positionAt(r.start), end: live.lines.positionAt(r.end) } } : undefined;
      };
    }
    const lines = state ? workspace.linesOf(state) : registryFileOf(p)?.lines;
    if (!lines) return () => undefined;
    const uri = state ? fileUriOf(p) : uriOf(p);
    return (start, end) => ({ uri, range: { start: lines.positionAt(start), end: lines.positionAt(end) } });
  },
};

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  snippetSupport = caps.workspace?.workspaceEdit?.snippetEditSupport === true;
  configurationSupport = caps.workspace?.configuration === true;
  // Workspace-wide pull needs both the document pull and the refresh request.
  pullDiagnostics = caps.textDocument?.diagnostic !== undefined && caps.workspace?.diagnostics?.refreshSupport === true;
  folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  if (folders.length === 0 && params.rootUri) folders = [pathOf(params.rootUri)];
  const init = params.initializationOptions as InitOptions | undefined;
  if (init?.roots) settings.roots = init.roots;
  if (init?.diagnostics?.scope) settings.diagnostics.scope = init.diagnostics.scope;
  registryScheme = init?.registryScheme;
  const cacheFolder = typeof init?.cacheFolder === 'string' && init.cacheFolder ? path.join(init.cacheFolder, 'summaries') : undefined;
  // Messages in the corpus's `language:`, else in the editor's display language, else English.
  const language = parseLanguage(init?.locale) ?? parseLanguage(params.locale) ?? 'en';
  workspace = new CorpusWorkspace({ folders, extraRoots: settings.roots, language }, createNodeHost({ cacheFolder }));
  jobs = typeof init?.jobs === 'number' ? init.jobs : undefined;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.corpus-lens'], resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: semanticTokensLegend, full: true },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'corpus-lens', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
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
  // corpusLens.roots is set per folder: each folder's relative roots resolve against it, as the
  // client resolves them (a single global answer resolved against the first folder).
  const roots: string[] = [];
  const perFolder = await Promise.all(
    folders.map((f) => connection.workspace.getConfiguration({ scopeUri: pathToFileURL(f).toString(), section: 'corpusLens' }).catch(() => undefined) as Promise<Partial<Settings> | undefined>),
  );
  perFolder.forEach((fs, i) => {
    for (const r of Array.isArray(fs?.roots) ? fs!.roots : []) if (typeof r === 'string') roots.push(path.resolve(folders[i], r));
  });
  if (folders.length === 0 && Array.isArray(s?.roots)) roots.push(...s!.roots.filter((r): r is string => typeof r === 'string'));
  return { roots: [...new Set(roots)], diagnostics: { scope } };
}

let scans = 0;
// Settled when the newest scan has published; a new scan makes it pending again.
let indexedNow = false;
let markIndexed: () => void = () => undefined;
let indexed = new Promise<void>((resolve) => (markIndexed = resolve));

/** Reads every article under the corpus roots, with a progress report, then publishes. A newer
 *  rescan (settings changed again meanwhile) supersedes this one: only the newest publishes. */
async function rescan(): Promise<void> {
  const scan = ++scans;
  if (indexedNow) {
    indexedNow = false;
    indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  }
  workspace.setOptions({ folders, extraRoots: settings.roots, jobs });
  // Scanning from the start, not from its first files: an article opened meanwhile was
  // counted in the middle of a warm start (its file ids and title days: 0.2 s at 100,000).
  views.scanProgress(0, 0);
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  const t = translator(workspace.language);
  progress?.begin('Corpus Lens', 0, t('server.reading'), false);
  let lastReport = 0;
  const started = Date.now();
  await workspace.scan((done, total) => {
    const pct = Math.floor((done / total) * 100);
    if (pct !== lastReport) {
      lastReport = pct;
      progress?.report(pct, t('server.readingProgress', { done, total }));
    }
    views.scanProgress(done, total);
  }, () => {
    // The new corpora are in place: open articles first, with their corpus's settings.
    for (const doc of documents.all()) analyzeOpen(doc, true);
  });
  if (scan !== scans) {
    progress?.done();
    return;
  }
  for (const note of workspace.notes.splice(0)) connection.console.warn(`Corpus Lens: ${note}`);
  for (const doc of documents.all()) analyzeOpen(doc, false);
  publishAll();
  progress?.done();
  const saved = workspace.fromSavedIndex ? ` (${workspace.fromSavedIndex} as the index saved last time held them)` : '';
  connection.console.log(`Corpus Lens: ${workspace.articles.size} articles in ${workspace.corpora.size} corpora read in ${Date.now() - started} ms${saved}`);
  const readyParams: IndexReadyParams = { articles: workspace.articles.size, corpora: [...workspace.corpora.keys()], pid: process.pid };
  const told = connection.sendNotification(INDEX_READY, readyParams);
  indexedNow = true;
  markIndexed();
  // The problem count starts once the ready notification is written: its first slice (up to
  // a thousand articles, 0.4 s at 100,000) must not hold it up.
  // So does the workspace symbols' search text (75 ms at 100,000): the first query after it
  // finds it ready, and the index was ready to answer before it.
  void told.catch(() => undefined).then(() => {
    if (scan !== scans) return;
    for (const e of workspace.searchedEntities()) primeWorkspaceSymbols(e);
    views.scanDone();
    void primeAfterScan(scan);
  });
  void connection.languages.semanticTokens.refresh().catch(() => undefined);
  void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

/** Milliseconds of priming at a time (primeAfterScan). */
const PRIME_SLICE_MS = 4;

/** Entities in this many documents or more have their co-mentions counted after a scan: a
 *  hover counting them for an entity in fewer takes under 3 ms (40 ms for the 90,000 of the
 *  most mentioned place of 100,000 articles). */
const CO_MENTIONS_AHEAD_FROM = 5000;

/** People in this many documents or more have their titles by day built after a scan, one
 *  person at a time (the first article giving one a title waited for them: 10 ms for a person
 *  in 12,000 of 100,000 articles, 60 ms for one in 39,000). */
const TITLE_DAYS_AHEAD_FROM = 10000;

/** Runs `step` a slice at a time while the client is quiet, until it says it is done: false
 *  when a newer scan came first. */
async function inQuietSlices(scan: number, step: (more: () => boolean) => boolean): Promise<boolean> {
  for (let done = false; !done; ) {
    await activity.turn();
    if (scan !== scans) return false;
    const until = performance.now() + PRIME_SLICE_MS;
    done = step(() => performance.now() < until);
  }
  return true;
}

/**
 * What the first article opened after a scan would otherwise wait for, worked out while the
 * client is quiet, a corpus at a time: the file ids of an index read back (the first question
 * about duplicate ids read all of them: 60 ms at 100,000 articles), its maps from path to
 * article (the first edit made them: 0.1 s), the co-mentions of the entities in the most
 * articles (a first hover counted them) and the titles by day of the people in the most (the
 * first article giving one a title built them), then what the first analysis on this thread
 * builds (the registry's name index, the analyser's tables).
 */
async function primeAfterScan(scan: number): Promise<void> {
  for (const root of workspace.corpora.keys()) {
    const e = workspace.entities.get(root);
    if (!e) continue;
    const index = e.corpusIndex;
    const steps: Array<(more: () => boolean) => boolean> = [
      (more) => index.ids.readSome(more),
      (more) => index.makePathMaps(more),
      (more) => index.entities.primeCoMentions(CO_MENTIONS_AHEAD_FROM, more),
      (more) => index.entities.primeTitleDays(TITLE_DAYS_AHEAD_FROM, more),
    ];
    for (const step of steps) if (!(await inQuietSlices(scan, step))) return;
    await activity.turn();
    if (scan !== scans) return;
    workspace.primeAnalysis(root);
  }
  // The scan's garbage goes back to the system now, while the editor is quiet
  // (node/fullCollection). Before the rehearsal: a forced collection drops compiled code, and
  // the rehearsal compiles what the first requests run again.
  await activity.turn();
  if (scan !== scans) return;
  const collected = await collectAllGarbage();
  // (V8 frees the arrays' memory on a thread of its own once the collection is over.)
  if (collected) setTimeout(() => connection.console.log(`Corpus Lens: memory after the scan ${mb(collected.rssBefore)} → ${mb(process.memoryUsage.rss())} MB (a full collection and a compaction, ${Math.round(collected.ms)} ms)`), 2000).unref();
  const rehearsal = await rehearse({ workspace, activity, locator, uriOf, articleText, current: () => scan === scans });
  if (!rehearsal) return;
  if (rehearsal.articles) connection.console.log(`Corpus Lens: rehearsed editing ${rehearsal.articles} articles, symbol searches and ${rehearsal.references} references in ${Math.round(rehearsal.ms)} ms`);
  // What a start and the first requests run is compiled now: the entry keeps V8's code cache of it.
  await activity.turn();
  if (scan !== scans) return;
  const report: CodeCacheReport = (use, written) => {
    if (use === 'used') connection.console.log("Corpus Lens: the server's code came from V8's code cache");
    else if (written) connection.console.log(`Corpus Lens: V8's code cache written for the next start${use === 'rejected' ? ' (the one there was damaged or made by another Node.js)' : ''}: ${written}`);
  };
  (process as EventEmitter).emit(SERVER_COMPILED, report);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** An article's text: the editor's when it is open, else the file's (undefined when unreadable). */
async function articleText(p: string): Promise<string | undefined> {
  const open = documents.get(uriOf(p));
  if (open) return open.getText();
  const language = workspace.languageOf(p);
  const read = await readArticleFromDisk(p, workspace.corpusOf(p)?.root ?? path.dirname(p), language);
  if (!read.ok) return undefined;
  const decoded = decodeArticle(read.bytes, language);
  return decoded.ok ? decoded.text : undefined;
}

function inScope(state: ArticleState): boolean {
  return state.open || settings.diagnostics.scope === 'corpus';
}

function sendDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
  if (diagnostics.length === 0 && !published.has(uri)) return;
  if (diagnostics.length) published.add(uri);
  else published.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics });
}

/** Problems of the settings and registry files, by URI (worked out once per scan). */
let settingsDiagnostics = new Map<string, Diagnostic[]>();

function computeSettingsDiagnostics(): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  // The corpora with an article: the walk stops once each has one (not 100,000 steps).
  const withArticles = new Set<string>();
  for (const a of workspace.articles.values()) {
    if (a.corpus && workspace.corpora.has(a.corpus.root)) withArticles.add(a.corpus.root);
    if (withArticles.size === workspace.corpora.size) break;
  }
  for (const corpus of workspace.corpora.values()) {
    if (!corpus.configPath || !corpus.configLines) continue;
    const uri = uriOf(corpus.configPath);
    const lines = corpus.configLines;
    const list = corpus.configProblems.map((p) => toDiagnostic({ ...p, code: 'config/invalid' }, lines, uri, uriOf));
    // A misspelt include glob must not pass in silence.
    if (!withArticles.has(corpus.root)) {
      const globs = `include: ${corpus.config.include.join(', ')}${corpus.config.exclude.length ? `; exclude: ${corpus.config.exclude.join(', ')}` : ''}`;
      const message = translator(corpus.config.language)('config.noArticles', { globs });
      list.push(toDiagnostic({ code: 'config/no-articles', severity: 'warning', message, start: 0, end: 0 }, lines, uri, uriOf));
    }
    out.set(uri, list);
  }
  // Each corpus and the loose articles load the built-in files: their problems once each.
  const seen = new Set<string>();
  for (const entities of workspace.entities.values()) {
    for (const p of entities.problems) {
      const lines = entities.files.get(p.path)?.lines;
      if (!lines) continue;
      const uri = uriOf(p.path);
      const list = out.get(uri) ?? [];
      const d = toDiagnostic({ ...p }, lines, uri, uriOf);
      const key = `${uri}\0${d.range.start.line}\0${d.range.start.character}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(d);
      out.set(uri, list);
    }
  }
  // A registry with thousands of problems (a generated one) gets the cap an article gets.
  for (const [uri, list] of out) out.set(uri, capDiagnostics(list, workspace.languageOf(pathOf(uri))));
  return out;
}

function articleDiagnostics(state: ArticleState): Diagnostic[] {
  if (!inScope(state)) return [];
  const uri = uriOf(state.path);
  if (state.unreadable) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, code: 'file/unreadable', source: 'corpus-lens', message: translator(workspace.languageOf(state.path))('file.skipped', { reason: state.unreadable }) }];
  }
  const lines = workspace.linesOf(state);
  if (!lines) return [];
  // A summary's count of the problems it does not keep one by one goes into the line that says
  // how many are not shown.
  const listed: Diagnostic[] = [];
  let unlisted = 0;
  for (const f of workspace.findingsFor(state)) {
    if (f.count) unlisted += f.count;
    else listed.push(toDiagnostic(f, lines, uri, uriOf));
  }
  return capDiagnostics(listed, workspace.languageOf(state.path), unlisted);
}

/** A file's diagnostics now; undefined when it is none of ours (any more). */
function diagnosticsOf(uri: string): Diagnostic[] | undefined {
  const state = workspace.articles.get(pathOf(uri));
  if (state) return articleDiagnostics(state);
  return settingsDiagnostics.get(uri);
}

function publish(state: ArticleState): void {
  publishUris([uriOf(state.path)]);
}

/** Pull clients are told the files changed (they ask); push clients are sent them. */
function publishUris(uris: string[]): void {
  views.statusChanged(uris.map(pathOf));
  if (pullDiagnostics) board.changed(uris);
  else for (const uri of uris) sendDiagnostics(uri, diagnosticsOf(uri) ?? []);
}

function publishPaths(paths: string[]): void {
  publishUris(paths.map(uriOf));
}

function publishAll(): void {
  settingsDiagnostics = computeSettingsDiagnostics();
  if (pullDiagnostics) {
    // Every file's result id at once: the URIs of 100,000 articles are made when a client pulls.
    board.changedAll();
    void connection.languages.diagnostics.refresh().catch(() => undefined);
    return;
  }
  const live = new Set<string>(settingsDiagnostics.keys());
  for (const p of workspace.articles.keys()) live.add(uriOf(p));
  for (const uri of live) sendDiagnostics(uri, diagnosticsOf(uri) ?? []);
  for (const uri of [...published]) if (!live.has(uri)) sendDiagnostics(uri, []);
}

function isArticleDocument(doc: TextDocument): boolean {
  const file = pathOf(doc.uri);
  if (workspace.isArticle(file)) return true;
  return doc.languageId === 'corpus-article' && !workspace.isExcluded(file);
}

/** The document version each open article was last analysed at. */
const analyzedVersion = new Map<string, number>();
const pendingAnalysis = new Map<string, NodeJS.Timeout>();
const TYPING_PAUSE_MS = 150;

/** `names`: 'may wait' when only the article's problems are wanted now (workspace.analyzeText's
 *  namesMayWait). */
function analyzeOpen(doc: TextDocument, andPublish = true, names: 'now' | 'may wait' = 'now'): ArticleState | undefined {
  if (!isArticleDocument(doc)) return undefined;
  clearTimeout(pendingAnalysis.get(doc.uri));
  pendingAnalysis.delete(doc.uri);
  analyzedVersion.set(doc.uri, doc.version);
  const { state, affected } = workspace.analyzeText(pathOf(doc.uri), doc.getText(), { namesMayWait: names === 'may wait' });
  if (andPublish) publishPaths([state.path, ...affected]);
  return state;
}

/** The state of an open article, analysed with its live text (and its names, unless they may wait). */
function openState(uri: string, names: 'now' | 'may wait' = 'now'): { doc: TextDocument; state: ArticleState } | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  let state = workspace.articles.get(pathOf(uri));
  // A request while the analysis waits for a pause in typing: analyse now, the answer needs it.
  if (!state?.analysis || analyzedVersion.get(uri) !== doc.version || !workspace.isCurrent(state) || (names === 'now' && state.withoutNames)) state = analyzeOpen(doc, true, names);
  return state ? { doc, state } : undefined;
}

// Typing re-analyses once the typist pauses; a just-opened article is analysed at once.
// The scan does not hold them up: an article opened or edited meanwhile is analysed too.
documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  if (!analyzedVersion.has(uri)) {
    analyzeOpen(e.document, true, 'may wait');
    return;
  }
  clearTimeout(pendingAnalysis.get(uri));
  pendingAnalysis.set(
    uri,
    setTimeout(() => {
      const doc = documents.get(uri);
      if (doc && analyzedVersion.get(uri) !== doc.version) analyzeOpen(doc, true, 'may wait');
    }, TYPING_PAUSE_MS),
  );
});
documents.onDidClose(async (e) => {
  liveRegistries.delete(pathOf(e.document.uri));
  clearTimeout(pendingAnalysis.get(e.document.uri));
  pendingAnalysis.delete(e.document.uri);
  analyzedVersion.delete(e.document.uri);
  const file = pathOf(e.document.uri);
  const { state, affected } = await workspace.closed(file);
  publishUris([e.document.uri]);
  publishPaths(affected);
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
  if (changes.some((c) => workspace.isSettingsFile(pathOf(c.uri)))) {
    await rescan();
    return;
  }
  for (const c of changes) {
    const file = pathOf(c.uri);
    if (documents.get(c.uri)) continue; // the editor's text is authoritative
    if (c.type === FileChangeType.Deleted) {
      // A file, or a whole folder of articles (the client reports the folder alone).
      publishPaths(workspace.deleted(file));
    } else if (workspace.isArticle(file)) {
      const affected = await workspace.readFromDisk(file);
      publishPaths([file, ...affected]);
    } else if (c.type === FileChangeType.Created && (await workspace.isFolder(file))) {
      // A folder created or renamed into a corpus: its articles arrive with it, unannounced.
      for (const article of await workspace.articlesUnder(file)) {
        const affected = await workspace.readFromDisk(article);
        publishPaths([article, ...affected]);
      }
    }
  }
  void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
});

connection.onCodeAction((params) => {
  const open = openState(params.textDocument.uri);
  if (!open?.state.lines) return [];
  const { doc, state } = open;
  const actions = codeActions({
    uri: doc.uri,
    version: doc.version,
    findings: workspace.findingsFor(state),
    lines: state.lines!,
    range: params.range,
    only: params.context.only,
    snippetSupport,
    config: state.corpus?.config ?? { ...defaultConfig(), language: workspace.language },
  });
  for (const d of params.context.diagnostics) {
    if (d.code === 'entity/unknown') {
      const action = addToRegistryAction(state, d);
      if (action) actions.push(action);
    }
  }
  return actions;
});

/** Files a discovered person into the corpus's entities.yaml (created when missing). */
function addToRegistryAction(state: ArticleState, d: Diagnostic): CodeAction | undefined {
  const finding = state.analysis?.findings.find((f) => f.code === 'entity/unknown' && state.lines!.positionAt(f.start).line === d.range.start.line && state.lines!.positionAt(f.start).character === d.range.start.character);
  const data = finding?.data as { name: string; title?: string; date?: string } | undefined;
  if (!data || !state.corpus) return undefined;
  const append = registryAppendEdit(state.corpus, workspace.entitiesOf(state.path)!, { name: data.name, type: 'person', title: data.title, date: data.date });
  if (!append) return undefined;
  const title = translator(state.corpus.config.language)('server.addToRegistry', { name: data.name, file: path.basename(append.file) });
  return { title, kind: 'quickfix', diagnostics: [d], edit: append.edit };
}

/**
 * The edit that appends an entry to a corpus's first registry file (created when missing),
 * written against the editor's text when the file is open. `keepId`: the entry adds to an
 * existing entity (aliases merge by id); otherwise its id is made unique.
 */
function registryAppendEdit(corpus: Corpus, entities: CorpusEntities, input: NewEntityInput, keepId = false): { edit: WorkspaceEdit; file: string } | undefined {
  const file = path.resolve(corpus.root, corpus.config.registry[0] ?? 'entities.yaml');
  // The editor's text when the file is open (perhaps with unsaved entries), else the disk's.
  const live = documents.get(uriOf(file));
  let existing: string | undefined;
  if (live) existing = live.getText();
  else {
    const read = readRegularFileSync(file, { maxBytes: MAX_YAML_FILE_BYTES });
    if (!read.ok && !read.missing) return undefined; // a FIFO or a device: nothing to add to
    existing = read.ok ? read.bytes.toString('utf8') : undefined;
  }
  // Unique against the file and the registry: a built-in id would silently override that entity.
  const taken = idsIn(existing ?? '');
  let id = input.id ?? slugId(input.name);
  if (keepId) {
    // An entry of that id in this very file would be written twice: not offered.
    if (taken.has(id)) return undefined;
  } else {
    const base = id;
    for (let k = 2; taken.has(id) || entities.registry.get(id); k++) id = `${base}-${k}`;
  }
  const edit = newEntityYaml({ ...input, id }, existing ?? '');
  const uri = uriOf(file);
  const lines = existing === undefined ? undefined : new LineIndex(existing);
  const at = (offset: number) => (lines ? lines.positionAt(offset) : { line: 0, character: 0 });
  const range = { start: at(edit.offset), end: at(edit.offset + edit.length) };
  const insert = { textDocument: { uri, version: live ? live.version : null }, edits: [{ range, newText: edit.text }] };
  return { file, edit: { documentChanges: existing === undefined ? [{ kind: 'create', uri, options: { ignoreIfExists: true } }, insert] : [insert] } };
}

/** Adds a name to corpus-lens.yaml's ignoreUnknown list (the file created when the corpus has none). */
function ignoreEditFor(corpus: Corpus, name: string): WorkspaceEdit | undefined {
  const file = corpus.configPath ?? path.join(corpus.root, CONFIG_FILE);
  const live = documents.get(uriOf(file));
  let text = '';
  if (live) text = live.getText();
  else {
    const read = readRegularFileSync(file, { maxBytes: MAX_YAML_FILE_BYTES });
    if (!read.ok && !read.missing) return undefined;
    if (read.ok) text = read.bytes.toString('utf8');
  }
  const e = ignoreUnknownEdit(text, name);
  const lines = new LineIndex(text);
  const uri = uriOf(file);
  const change = { textDocument: { uri, version: live ? live.version : null }, edits: [{ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText }] };
  return { documentChanges: corpus.configPath || live ? [change] : [{ kind: 'create', uri, options: { ignoreIfExists: true } }, change] };
}

connection.onRequest(UNKNOWN_PEOPLE, (): UnknownPeopleResult => {
  const groups: UnknownPeopleResult['groups'] = [];
  for (const [root, corpus] of workspace.corpora) {
    const entities = workspace.entities.get(root);
    if (!entities) continue;
    const index = entities.index;
    const people = index
      .entityRows()
      .filter((r) => groupOf(r) === 'unknown-person')
      .map((r) => ({
        key: r.key,
        name: r.name,
        mentions: r.mentions,
        articles: r.documents,
        searchKeys: r.searchKeys,
        surfaces: index.stats(r.key, 0)?.aliasesSeen ?? [r.name],
        titles: index.titleMonths(r.key).map((t) => {
          const months = [...t.months.keys()].sort();
          return { title: t.title, first: months[0], last: months[months.length - 1], count: [...t.months.values()].reduce((a, b) => a + b, t.undated) };
        }),
      }));
    // Those corpus-lens.yaml says to leave alone are not listed.
    const ignored = new Set(corpus.config.ignoreUnknown.map(personKey));
    const listed = groupUnknownPeople(people, entities.registry).filter((g) => ![g.name, ...g.aliases].some((n) => ignored.has(personKey(n))));
    for (const g of listed.slice(0, 500)) {
      const title = g.titles[0];
      const edit =
        g.suggestion.kind === 'new'
          ? registryAppendEdit(corpus, entities, { name: g.name, type: 'person', aliases: g.aliases, title: title?.title, date: title?.first })
          : registryAppendEdit(corpus, entities, { id: g.suggestion.entityId, name: g.suggestion.entityName, type: 'person', aliases: g.aliases }, true);
      groups.push({
        corpus: root,
        name: g.name,
        mentions: g.mentions,
        articles: g.articles,
        aliases: g.aliases,
        titles: g.titles,
        suggestion: g.suggestion,
        members: g.members.map((m) => ({ key: m.key, name: m.name, mentions: m.mentions })),
        edit: edit?.edit,
        registryFile: edit ? uriOf(edit.file) : undefined,
        ignoreEdit: ignoreEditFor(corpus, g.name),
      });
    }
  }
  return { groups: groups.sort((a, b) => b.mentions - a.mentions) };
});

connection.languages.inlayHint.on((params) => {
  const open = openState(params.textDocument.uri);
  if (!open?.state.analysis) return [];
  return dateInlayHints(open.state.analysis, open.state.lines ?? new LineIndex(open.doc.getText()), params.range);
});

/** The entity under the cursor, in an article or in a registry file (open or not). */
function targetAt(uri: string, position: { line: number; character: number }) {
  if (documents.get(uri)) openState(uri); // the index must hold this document's live text
  const file = pathOf(uri);
  const live = liveRegistryFile(file);
  if (live) {
    // In a registry file with unsaved changes: the entry under the cursor as the editor has it.
    const entities = workspace.entitiesOf(file)!;
    const now = live.registry.entityAt(file, live.lines.offsetAt(position));
    if (!now) return undefined;
    return { target: { entities, entityKey: now.id, entity: entities.registry.get(now.id) ?? now }, lines: live.lines, file };
  }
  const lines = linesOf(file) ?? (documents.get(uri) ? new LineIndex(documents.get(uri)!.getText()) : undefined);
  if (!lines) return undefined;
  const target = entityTargetAt(workspace, file, lines.offsetAt(position));
  return target ? { target, lines, file } : undefined;
}

registerExportCorpus(connection, () => workspace, () => indexed);

const views = registerViewRequests({
  connection,
  activity,
  workspace: () => workspace,
  targetAt,
  liveText: (p) => documents.get(uriOf(p))?.getText(),
  host: {
    indexes: () => [...workspace.entities.values()],
    uriOf,
    pathOf,
    text: articleText,
  },
});

connection.onHover((params) => {
  const found = targetAt(params.textDocument.uri, params.position);
  if (!found) return null;
  const hover = entityHover(found.target);
  const m = found.target.mention;
  if (m) hover.range = { start: found.lines.positionAt(m.start), end: found.lines.positionAt(m.end) };
  return hover;
});

connection.onDefinition((params) => {
  const found = targetAt(params.textDocument.uri, params.position);
  return found ? entityDefinition(found.target, locator) : [];
});

// Pages of references stream as partial results when the client takes them; between pages
// other requests get their turn, and a cancelled request stops.
connection.onReferences(async (params, token, work, progress) => {
  const found = targetAt(params.textDocument.uri, params.position);
  if (!found) return [];
  const { target } = found;
  const title = translator(target.entities.language)('progress.references', { name: target.entity?.name ?? target.entities.index.displayName(target.entityKey) ?? target.entityKey });
  return answerInPages(entityReferencePages(target, locator, params.context.includeDeclaration), { token, progress, work, title, total: target.entities.index.mentionsOfEntity(target.entityKey) });
});

connection.onDocumentHighlight((params) => {
  const found = targetAt(params.textDocument.uri, params.position);
  if (!found || !found.target.mention) return [];
  return entityHighlights(found.target, found.file, found.lines);
});

connection.onDocumentSymbol((params) => {
  const open = openState(params.textDocument.uri);
  const file = pathOf(params.textDocument.uri);
  const entities = workspace.entitiesOf(file);
  const lines = linesOf(file);
  if (!entities || !lines) return [];
  if (entities.files.has(file)) {
    const live = liveRegistryFile(file);
    return live ? registrySymbols(file, { ...entities, registry: live.registry }, live.lines) : registrySymbols(file, entities, lines);
  }
  return articleSymbols(file, open?.state.analysis, entities, lines);
});

/** Workspace symbols a partial result holds. */
const SYMBOL_PAGE = 50;

// A few hundred symbols at most: worked out at once, given in pages when the client takes them.
connection.onWorkspaceSymbol((params, token, work, progress) => {
  const symbols = workspaceSymbols(params.query, workspace.searchedEntities(), locator);
  return answerInPages(pagesOf(symbols, SYMBOL_PAGE), { token, progress, work, title: translator(workspace.language)('progress.symbols', { query: params.query }) });
});

connection.onCodeLens((params) => {
  openState(params.textDocument.uri);
  const file = pathOf(params.textDocument.uri);
  const entities = workspace.entitiesOf(file);
  return entities && !entities.files.has(file) ? headerCodeLens(file, entities) : [];
});

connection.languages.semanticTokens.on((params) => {
  const open = openState(params.textDocument.uri);
  if (!open?.state.analysis || !open.state.lines) return { data: [] };
  return semanticTokens(open.state.analysis, open.state.lines);
});

connection.languages.diagnostics.on((params) => {
  // An open article is answered from its live text.
  if (documents.get(params.textDocument.uri)) openState(params.textDocument.uri, 'may wait');
  return board.document(params.textDocument.uri, params.previousResultId);
});

connection.languages.diagnostics.onWorkspace((params, token, work, progress) => board.workspace(params.previousResultIds, token, progress, { work, title: translator(workspace.language)('progress.problems') }));

connection.onShutdown(async () => {
  await workspace?.dispose();
});

documents.listen(connection);
connection.listen();
