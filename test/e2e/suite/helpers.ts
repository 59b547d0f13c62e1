import * as vscode from 'vscode';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';
export const LANGUAGE_ID = 'corpus-article';

export interface CorpusLensApi {
  whenReady(): Promise<void>;
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
