// Smoke test of the packaged extension: corpus-lens.vsix installed with
// `code-server --install-extension` into a fresh extensions folder, the repository not loaded as
// an extension. It proves the package holds what the extension needs at run time (minified
// bundles, the built-in registry, the manifest's strings) on the fixture workspace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  codeOf,
  corpusFile,
  corpusLensReady,
  hoverText,
  openArticle,
  positionOf,
  targetOf,
  waitForDiagnostics,
} from '../suite/helpers';

const ARTICLE_OK = '001_5c1e0a9b7d3f2e41.txt';
const NO_HEADER = '002_9f0d4b6a2c8e1735.txt';

describe('the packaged extension (installed from corpus-lens.vsix)', function () {
  before(async function () {
    this.timeout(90_000);
    await corpusLensReady();
  });

  it('runs from the extensions folder it was installed into, minified, with its strings resolved', function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const installedIn = process.env.CORPUS_LENS_E2E_SMOKE_EXTENSIONS_DIR;
    assert.ok(installedIn, 'the runner sets CORPUS_LENS_E2E_SMOKE_EXTENSIONS_DIR');
    assert.strictEqual(path.dirname(ext.extensionPath), installedIn, 'not the installed copy');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'dist', 'extension.js.map')), 'no source maps in the package');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'client')), 'no sources in the package');
    // Localised manifest strings ("%key%") are replaced only when package.nls.json is packaged.
    const contributes = ext.packageJSON.contributes as { commands: { title: string }[] };
    const unresolved = contributes.commands.map((c) => c.title).filter((t) => /^%.+%$/.test(t));
    assert.deepStrictEqual(unresolved, [], 'command titles left as %key% (package.nls.json not packaged?)');
  });

  it('reports header/missing on an article nobody opened', async function () {
    const ds = await waitForDiagnostics(corpusFile(NO_HEADER), (d) => d.some((x) => codeOf(x) === 'header/missing'), 'header/missing');
    const d = ds.find((x) => codeOf(x) === 'header/missing')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual([d.range.start.line, d.range.start.character], [0, 0]);
  });

  it('shows the hover card of a person and goes to the built-in registry', async function () {
    const doc = await openArticle(corpusFile(ARTICLE_OK));
    const pos = positionOf(doc, 'Lê Hoài Trung', 3);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
    assert.strictEqual(hovers.length, 1, `one hover expected, got ${hovers.length}`);
    assert.match(hoverText(hovers[0]), /^\*\*Lê Hoài Trung\*\* · person · Việt Nam/);
    const defs =
      (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos)) ?? [];
    assert.strictEqual(defs.length, 1, 'one definition');
    const def = targetOf(defs[0]);
    assert.strictEqual(def.uri.toString(), 'corpus-lens-registry:/people.yaml');
    const registry = await vscode.workspace.openTextDocument(def.uri);
    assert.strictEqual(registry.getText(def.range), 'Lê Hoài Trung');
  });
});
