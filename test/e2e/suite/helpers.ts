import * as vscode from 'vscode';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';
export const LANGUAGE_ID = 'corpus-article';

export interface CorpusLensApi {
  whenReady(): Promise<void>;
  nextReady(): Promise<{ articles: number; pid: number }>;
  serverPid(): number | undefined;
  restarts(): number;
}

/**
 * Waits until the extension has activated by itself (its workspaceContains activation event;
 * never activate() it here, that would hide a broken activation event) and read the corpus.
 */
export async function corpusLensReady(): Promise<CorpusLensApi> {
  const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  // No activation event exists: poll the flag.
  const deadline = Date.now() + 30_000;
  while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!ext.isActive) throw new Error('extension did not activate on a workspace containing corpus-lens.yaml within 30 s');
  const api = ext.exports;
  if (!api || typeof api.whenReady !== 'function') throw new Error('activate() must return { whenReady(): Promise<void> }');
  await api.whenReady();
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run has no workspace folder open');
  return folder.uri;
}

export function corpusFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'corpus', name);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => `${codeOf(d)} [${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}] ${d.message}`)
    .join('\n    ');
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

/** Resolves when `check()` returns a value other than undefined, re-checking on each of the given events. */
export function waitFor<T>(
  what: string,
  check: () => T | undefined,
  events: vscode.Event<unknown>[],
  timeoutMs = 20_000,
  explain: () => string = () => '',
): Promise<T> {
  const first = check();
  if (first !== undefined) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = () => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    };
    const timer = setTimeout(() => {
      done();
      const extra = explain();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${extra ? `\n    ${extra}` : ''}`));
    }, timeoutMs);
    for (const ev of events) {
      subs.push(
        ev(() => {
          let v: T | undefined;
          try {
            v = check();
          } catch (e) {
            done();
            reject(e);
            return;
          }
          if (v !== undefined) {
            done();
            resolve(v);
          }
        }),
      );
    }
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (checked now and on every diagnostics change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  const mine = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corpus-lens');
  return waitFor(
    `${what} (${uri.path.split('/').pop()})`,
    () => {
      const ds = mine();
      return predicate(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
    timeoutMs,
    () => `current diagnostics: ${describeDiagnostics(mine())}`,
  );
}

/**
 * Opens a document and, for corpus articles, waits until the client has switched it to
 * `corpus-article` (setTextDocumentLanguage closes the document and opens it again).
 */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.workspace.openTextDocument(uri);
  return waitFor(
    `${uri.path.split('/').pop()} to get language ${LANGUAGE_ID}`,
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID),
    [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    20_000,
    () =>
      `open as: ${vscode.workspace.textDocuments
        .filter((d) => d.uri.toString() === uri.toString())
        .map((d) => d.languageId)
        .join(', ')}`,
  );
}

export function rangeText(doc: vscode.TextDocument, r: vscode.Range): string {
  return doc.getText(r);
}

export function hintLabel(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

/** Position of the first occurrence of `needle` in `doc` (after `after`, if given), `delta` characters in. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 1, after = 0): vscode.Position {
  const at = doc.getText().indexOf(needle, after);
  if (at < 0) throw new Error(`'${needle}' is not in ${doc.uri.path.split('/').pop()}`);
  return doc.positionAt(at + delta);
}

/** The text of a hover's contents, markdown or plain. */
export function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** A Location or LocationLink as [uri, range]. */
export function targetOf(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };
}

/** Reads a file from disk without opening it as a document (an open document is sent to the server). */
export async function readDisk(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

/** The text of a single-line range in a string. */
export function sliceRange(text: string, r: vscode.Range): string {
  const line = text.split('\n')[r.start.line] ?? '';
  return line.slice(r.start.character, r.start.line === r.end.line ? r.end.character : undefined);
}

export function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}
