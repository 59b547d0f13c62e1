// End-to-end checks of Corpus Lens against the real `vscode` API, on the fixture workspace
// test/e2e/fixtures/workspace (copied to a temporary folder by the runners).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  CorpusLensApi,
  EXTENSION_ID,
  LANGUAGE_ID,
  codeOf,
  corpusFile,
  describeDiagnostics,
  hintLabel,
  openArticle,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers';

const ARTICLE_OK = '001_5c1e0a9b7d3f2e41.txt';
const NO_HEADER = '002_9f0d4b6a2c8e1735.txt';
const COLON_KEYWORD = '003_3a7c5e9d1b2f4068.txt';
const DMY_DATE = '004_b4e81f2a6d0c9357.txt';
const IMPOSSIBLE_DATE = '005_e2c9a07f5b3d8146.txt';
const FUTURE_DATE = '006_7d2b9e4c0a6f1853.txt';
const INVALID_DATE = '007_0c5f3a8e2d7b6914.txt';

const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
const find = (ds: vscode.Diagnostic[], code: string) => {
  const d = ds.find((x) => codeOf(x) === code);
  assert.ok(d, `expected a ${code} diagnostic, got:\n    ${describeDiagnostics(ds)}`);
  return d;
};

describe('Corpus Lens in a real VS Code', function () {
  let api: CorpusLensApi | undefined;

  before(async function () {
    this.timeout(90_000);
    const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
    // The workspace contains corpus/corpus-lens.yaml: activation must happen without our help
    // (workspaceContains:**/corpus-lens.yaml). Poll the flag (no activation event exists).
    const deadline = Date.now() + 30_000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(ext.isActive, 'extension did not activate on a workspace containing corpus-lens.yaml within 30 s');
    api = ext.exports;
    assert.ok(api && typeof api.whenReady === 'function', 'activate() must return { whenReady(): Promise<void> }');
    await api.whenReady();
  });

  it('activates on the corpus and exposes whenReady()', function () {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(api);
  });

  it('gives corpus files the corpus-article language and leaves other .txt files alone', async function () {
    const notes = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'notes.txt'));
    const article = await openArticle(corpusFile(ARTICLE_OK));
    assert.strictEqual(article.languageId, LANGUAGE_ID);
    // The client handled the article opened after notes.txt, so it has seen notes.txt too.
    const notesNow = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.uri.toString());
    assert.strictEqual(notesNow?.languageId ?? notes.languageId, 'plaintext', 'notes.txt is outside the corpus');
    const langs = await vscode.languages.getLanguages();
    assert.ok(langs.includes(LANGUAGE_ID), 'corpus-article is a registered language');
  });

  describe('diagnostics (whole corpus, no article opened)', function () {
    it('reports header/missing on the first word of an article without header', async function () {
      const ds = await waitForDiagnostics(corpusFile(NO_HEADER), has('header/missing'), 'header/missing');
      const d = find(ds, 'header/missing');
      assert.strictEqual(d.source, 'corpus-lens');
      assert.deepStrictEqual(
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        [0, 0, 0, 'Thủ'.length],
        'range = the first word of the first line',
      );
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, 'code carries a link to the rule docs');
      assert.match(code.target.toString(), /rules\.md/);
    });

    it('reports header/malformed on `date:` (keyword with a colon)', async function () {
      const uri = corpusFile(COLON_KEYWORD);
      const ds = await waitForDiagnostics(uri, has('header/malformed'), 'header/malformed');
      const doc = await vscode.workspace.openTextDocument(uri);
      const d = find(ds, 'header/malformed');
      assert.strictEqual(d.range.start.line, 0);
      assert.strictEqual(d.range.start.character, 0);
      assert.strictEqual(doc.getText(d.range).trim(), 'date:');
      assert.ok(!has('header/missing')(ds), 'a malformed header is not a missing one');
    });

    it('reports header/malformed on a day/month/year header date', async function () {
      const uri = corpusFile(DMY_DATE);
      const ds = await waitForDiagnostics(uri, has('header/malformed'), 'header/malformed');
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(doc.getText(find(ds, 'header/malformed').range), '25/02/2026');
    });

    it('reports date/impossible on 31/2 in the body', async function () {
      const uri = corpusFile(IMPOSSIBLE_DATE);
      const ds = await waitForDiagnostics(uri, has('date/impossible'), 'date/impossible');
      const doc = await vscode.workspace.openTextDocument(uri);
      const d = find(ds, 'date/impossible');
      assert.strictEqual(d.range.start.line, 2);
      assert.strictEqual(doc.getText(d.range), '31/2');
    });

    it('reports header/future-date and header/invalid-date on the header date', async function () {
      const future = await waitForDiagnostics(corpusFile(FUTURE_DATE), has('header/future-date'), 'header/future-date');
      const fdoc = await vscode.workspace.openTextDocument(corpusFile(FUTURE_DATE));
      assert.strictEqual(fdoc.getText(find(future, 'header/future-date').range), '2099-03-01');
      const invalid = await waitForDiagnostics(corpusFile(INVALID_DATE), has('header/invalid-date'), 'header/invalid-date');
      const idoc = await vscode.workspace.openTextDocument(corpusFile(INVALID_DATE));
      assert.strictEqual(idoc.getText(find(invalid, 'header/invalid-date').range), '2026-02-30');
    });

    it('leaves a clean article and notes.txt without errors', async function () {
      const ok = vscode.languages.getDiagnostics(corpusFile(ARTICLE_OK));
      const errors = ok.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual(errors.map(codeOf), [], `clean article has errors:\n    ${describeDiagnostics(errors)}`);
      const notes = vscode.languages.getDiagnostics(vscode.Uri.joinPath(workspaceRoot(), 'notes.txt'));
      assert.deepStrictEqual(notes.map(codeOf), [], 'notes.txt is not an article');
    });
  });

  describe('quick fixes', function () {
    it('"Insert header…" fixes header/missing', async function () {
      const uri = corpusFile(NO_HEADER);
      const doc = await openArticle(uri);
      const ds = await waitForDiagnostics(uri, has('header/missing'), 'header/missing');
      const d = find(ds, 'header/missing');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const titles = (actions ?? []).map((a) => a.title);
      const fix = (actions ?? []).find((a) => a.title.startsWith('Insert header'));
      assert.ok(fix, `no "Insert header…" action; got: ${JSON.stringify(titles)}`);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
      assert.ok(fix.edit, 'the quick fix carries a WorkspaceEdit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit succeeded');
      const after = await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y)?.startsWith('header/')), 'header diagnostics to clear');
      assert.ok(!has('header/missing')(after));
      assert.match(doc.lineAt(0).text, /^ ?date \d{4}-\d{2}-\d{2} \S/, 'first line is now a header');
      assert.ok(doc.getText().includes('Ngày 15/1, tại trụ sở Chính phủ'), 'no text was lost');
    });

    it('"Rewrite date as 2026-02-25" fixes a day/month/year header date', async function () {
      const uri = corpusFile(DMY_DATE);
      const doc = await openArticle(uri);
      const ds = await waitForDiagnostics(uri, has('header/malformed'), 'header/malformed');
      const d = find(ds, 'header/malformed');
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range)) ?? [];
      const fix = actions.find((a) => a.title === 'Rewrite date as 2026-02-25');
      assert.ok(fix?.edit, `no "Rewrite date as 2026-02-25" action; got: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y)?.startsWith('header/')), 'header diagnostics to clear');
      assert.ok(doc.lineAt(0).text.startsWith('date 2026-02-25 Hợp tác giáo dục'), doc.lineAt(0).text);
    });
  });

  it('shows the full date as an inlay hint after a partial date', async function () {
    const uri = corpusFile(ARTICLE_OK);
    const doc = await openArticle(uri);
    const line = 2;
    const col = doc.lineAt(line).text.indexOf('24/2');
    assert.ok(col >= 0, 'fixture has "Chiều 24/2" on line 3');
    const all =
      (await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        uri,
        new vscode.Range(0, 0, doc.lineCount, 0),
      )) ?? [];
    const hint = all.find((h) => hintLabel(h).includes('2026-02-24'));
    assert.ok(hint, `no inlay hint with 2026-02-24; got: ${JSON.stringify(all.map((h) => [h.position.line, h.position.character, hintLabel(h)]))}`);
    assert.strictEqual(hint.position.line, line);
    assert.strictEqual(hint.position.character, col + '24/2'.length, 'the hint sits right after "24/2"');
  });

  it('Corpus Lens: Initialize Corpus writes corpus-lens.yaml into the given folder', async function () {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('corpusLens.initializeCorpus'), 'command corpusLens.initializeCorpus is registered');
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'fresh-corpus');
    await vscode.workspace.fs.createDirectory(folder);
    const target = vscode.Uri.joinPath(folder, 'corpus-lens.yaml');
    await vscode.commands.executeCommand('corpusLens.initializeCorpus', folder);
    const bytes = await vscode.workspace.fs.readFile(target); // throws FileNotFound if not written
    const text = Buffer.from(bytes).toString('utf8');
    assert.match(text, /^\s*#/m, 'the file is commented');
    assert.match(text, /^include\s*:/m, 'the file has the include setting');
  });

  it('starts a server that died again, which reports the corpus as before', async function () {
    this.timeout(60_000);
    const pid = api!.serverPid();
    assert.ok(pid, 'the server said its process id');
    const again = api!.nextReady();
    process.kill(pid, 'SIGKILL');
    const ready = await again;
    assert.notEqual(ready.pid, pid);
    assert.equal(api!.restarts(), 1);
    const ds = await waitForDiagnostics(corpusFile(IMPOSSIBLE_DATE), has('date/impossible'), 'date/impossible from the new server');
    assert.ok(ds.length > 0);
  });
});
