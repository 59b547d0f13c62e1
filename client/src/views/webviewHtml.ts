// The HTML page of a Corpus Lens webview: one stylesheet and one script from dist/webview, a strict
// content security policy (no inline script or style), nothing else. The script builds the page.

import * as vscode from 'vscode';
import type { WebviewL10n } from '../../webview/strings';

/** The only folder the webviews may load from. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewRoot(extensionUri)] };
}

/** The page's texts translated with the extension's l10n bundle (keyed by the English texts). */
export function webviewL10n(defaults: Record<string, string>): WebviewL10n {
  const bundle = vscode.l10n.bundle;
  const strings: Record<string, string> = {};
  for (const [key, english] of Object.entries(defaults)) strings[key] = bundle?.[english] ?? english;
  return { locale: vscode.env.language, strings };
}

/** `l10n`: the texts the script shows, in the display language (read from `data-l10n`). */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, name: 'concordance' | 'timeline', title: string, l10n?: WebviewL10n): string {
  const root = webviewRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, `${name}.js`));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, `${name}.css`));
  const src = webview.cspSource;
  const csp = `default-src 'none'; script-src ${src}; style-src ${src}; img-src ${src}; font-src ${src}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(l10n?.locale ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="app" aria-busy="true"${l10n ? ` data-l10n="${escapeHtml(JSON.stringify(l10n))}"` : ''}></main>
<script src="${script}"></script>
</body>
</html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
