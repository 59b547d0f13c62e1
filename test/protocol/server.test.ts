import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, InlayHint, TextEdit, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, LspClient, uri } from './lspClient';

const fixture = path.join(__dirname, 'fixtures', 'corpus');
const codes = (d: Diagnostic[]) => d.map((x) => x.code);

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-protocol-'));
  fs.cpSync(fixture, path.join(dir, 'corpus'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'stray.txt'), 'Ghi chú không thuộc corpus.\n');
  return dir;
}

describe('language server over stdio', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient;
  const file = (name: string) => path.join(dir, 'corpus', name);

  beforeEach(async () => {
    dir = copyFixture();
    client = await LspClient.start({ folder: dir, settings: { diagnostics: { scope: 'corpus' }, roots: [] } });
    await client.ready();
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes problems for every article of the corpus, opened or not, with exact ranges', async () => {
    const missing = await client.waitForDiagnostics(uri(file('002_2b3c4d5e6f7a8b9c.txt')), (d) => d.length > 0);
    assert.deepEqual(codes(missing), ['header/missing']);
    assert.deepEqual(missing[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
    assert.equal(missing[0].source, 'corpus-lens');
    assert.match(missing[0].codeDescription!.href, /docs\/rules\.md#header\/missing$/);

    const broken = await client.waitForDiagnostics(uri(file('003_3c4d5e6f7a8b9c0d.txt')), (d) => d.length > 0);
    assert.deepEqual(codes(broken), ['header/malformed', 'date/impossible']);
    assert.deepEqual(broken[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.deepEqual(broken[1].range, { start: { line: 2, character: 45 }, end: { line: 2, character: 49 } });

    assert.equal(client.diagnostics.get(uri(file('001_1a2b3c4d5e6f7a8b.txt')))?.length ?? 0, 0);
    assert.equal(client.diagnostics.has(uri(path.join(dir, 'stray.txt'))), false, 'a .txt outside the corpus is not checked');
  });

  it('re-checks an open document as it is edited', async () => {
    const u = uri(file('001_1a2b3c4d5e6f7a8b.txt'));
    const text = fs.readFileSync(file('001_1a2b3c4d5e6f7a8b.txt'), 'utf8');
    await client.open(u, text);
    await client.change(u, text.replace(' date 2026-02-25', ' date 2026-02-30'), 2);
    const d = await client.waitForDiagnostics(u, (x) => x.length > 0);
    assert.deepEqual(codes(d), ['header/invalid-date']);
    assert.deepEqual(d[0].range, { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } });
  });

  it('answers from the live text while analysis waits for a pause in typing', async () => {
    const u = uri(file('001_1a2b3c4d5e6f7a8b.txt'));
    const text = fs.readFileSync(file('001_1a2b3c4d5e6f7a8b.txt'), 'utf8');
    await client.open(u, text);
    await client.change(u, text.replace('Chiều 24/2', 'Chiều 23/2'), 2);
    await client.change(u, text.replace('Chiều 24/2', 'Chiều 22/2'), 3);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.deepEqual(hints.map((h) => h.label), ['▸ 2026-02-22']);
    await client.change(u, text.replace(' date 2026-02-25', ' date 2026-02-31'), 4);
    await client.change(u, text.replace(' date 2026-02-25', ' date 2026-02-30'), 5);
    const d = await client.waitForDiagnostics(u, (x) => x.length > 0);
    assert.match(d[0].message as string, /2026-02-30/);
  });

  it('shows the resolved date after a partial date as an inlay hint', async () => {
    const u = uri(file('001_1a2b3c4d5e6f7a8b.txt'));
    await client.open(u, fs.readFileSync(file('001_1a2b3c4d5e6f7a8b.txt'), 'utf8'));
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.equal(hints.length, 1);
    assert.equal(hints[0].label, '▸ 2026-02-24');
    assert.deepEqual(hints[0].position, { line: 2, character: 10 });
  });

  it('inserts a header with a quick fix, after which no header problem is left', async () => {
    const u = uri(file('002_2b3c4d5e6f7a8b9c.txt'));
    const text = fs.readFileSync(file('002_2b3c4d5e6f7a8b9c.txt'), 'utf8');
    await client.open(u, text);
    const [diag] = await client.waitForDiagnostics(u, (d) => d.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    const insert = actions.find((a) => a.title.startsWith('Insert header'));
    assert.ok(insert, `no Insert header action in ${actions.map((a) => a.title).join(', ')}`);
    const edit = insert.edit!.documentChanges![0] as TextDocumentEdit;
    const fixed = applyTextEdits(text, edit.edits as TextEdit[]);
    assert.ok(fixed.startsWith(' date 2026-01-15 '), fixed.slice(0, 40));
    assert.ok(fixed.endsWith(text), 'no character of the article is lost');
    await client.change(u, fixed, 2);
    await client.waitForDiagnostics(u, (d) => d.length === 0, 'no problems after the fix');
  });

  it('rewrites a malformed header keyword with a quick fix', async () => {
    const u = uri(file('003_3c4d5e6f7a8b9c0d.txt'));
    const text = fs.readFileSync(file('003_3c4d5e6f7a8b9c0d.txt'), 'utf8');
    await client.open(u, text);
    const [diag] = await client.waitForDiagnostics(u, (d) => d.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0].code === 'header/malformed')!;
    const fixed = applyTextEdits(text, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    assert.ok(fixed.startsWith('date 2026-03-10 Đoàn'));
  });

  it('sends the date as a snippet choice to clients that support snippet edits', async () => {
    await client.stop();
    client = await LspClient.start({ folder: dir, snippetEditSupport: true, settings: {} });
    await client.ready();
    const u = uri(file('002_2b3c4d5e6f7a8b9c.txt'));
    await client.open(u, fs.readFileSync(file('002_2b3c4d5e6f7a8b9c.txt'), 'utf8'));
    const [diag] = await client.waitForDiagnostics(u, (d) => d.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    const edit = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits[0] as unknown as { snippet: { value: string } };
    assert.match(edit.snippet.value, /^ date \$\{1\|2026-01-15,2025-01-15\|\} \$\{2:Tiêu đề\}/);
  });

  it('follows articles created, changed and deleted on disk', async () => {
    const created = file('004_4d5e6f7a8b9c0d1e.txt');
    fs.writeFileSync(created, 'Date 2026-01-02 Tin mới\n\nNội dung.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 1 }] });
    const d = await client.waitForDiagnostics(uri(created), (x) => x.length > 0);
    assert.deepEqual(codes(d), ['header/malformed']);
    fs.writeFileSync(created, 'date 2026-01-02 Tin mới\n\nNội dung.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 2 }] });
    await client.waitForDiagnostics(uri(created), (x) => x.length === 0, 'cleared after the change');
    const gone = uri(file('002_2b3c4d5e6f7a8b9c.txt'));
    fs.rmSync(file('002_2b3c4d5e6f7a8b9c.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: gone, type: 3 }] });
    await client.waitForDiagnostics(gone, (x) => x.length === 0, 'cleared after deletion');
  });

  it("with scope 'open' reports only open articles", async () => {
    await client.stop();
    client = await LspClient.start({ folder: dir, settings: { diagnostics: { scope: 'open' } } });
    await client.ready();
    assert.equal(client.diagnostics.size, 0);
    const u = uri(file('002_2b3c4d5e6f7a8b9c.txt'));
    await client.open(u, fs.readFileSync(file('002_2b3c4d5e6f7a8b9c.txt'), 'utf8'));
    assert.deepEqual(codes(await client.waitForDiagnostics(u, (d) => d.length > 0)), ['header/missing']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    await client.waitForDiagnostics(u, (d) => d.length === 0, 'cleared on close');
  });

  it('reports problems in corpus-lens.yaml at their place, and applies the rest', async () => {
    const yaml = path.join(dir, 'corpus', 'corpus-lens.yaml');
    fs.writeFileSync(yaml, 'rules:\n  header/missing: loud\n  date/impossible: off\ncolour: blue\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(yaml), type: 2 }] });
    const d = await client.waitForDiagnostics(uri(yaml), (x) => x.length > 0);
    assert.deepEqual(codes(d), ['config/invalid', 'config/invalid']);
    assert.deepEqual(d[0].range, { start: { line: 1, character: 18 }, end: { line: 1, character: 22 } });
    assert.match(d[1].message as string, /unknown setting 'colour'/);
    await client.waitForDiagnostics(uri(file('003_3c4d5e6f7a8b9c0d.txt')), (x) => x.length === 1 && x[0].code === 'header/malformed', 'date/impossible switched off');
  });

  it('reports an unreadable article instead of crashing', async () => {
    const bad = file('005_5e6f7a8b9c0d1e2f.txt');
    fs.writeFileSync(bad, Buffer.from([0xc3, 0x28, 0x00, 0xff]));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(bad), type: 1 }] });
    const d = await client.waitForDiagnostics(uri(bad), (x) => x.length > 0);
    assert.deepEqual(codes(d), ['file/unreadable']);
  });
});

describe('language server with special files in the corpus', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('becomes ready and reports a FIFO article and a FIFO entities.yaml (it never got ready before)', async () => {
    dir = copyFixture();
    const corpus = path.join(dir, 'corpus');
    fs.rmSync(path.join(corpus, 'entities.yaml'));
    execFileSync('mkfifo', [path.join(corpus, 'entities.yaml')]);
    execFileSync('mkfifo', [path.join(corpus, '005_5e6f7a8b9c0d1e2f.txt')]);
    client = await LspClient.start({ folder: dir, settings: { diagnostics: { scope: 'corpus' }, roots: [] } });
    await client.ready();
    const article = await client.waitForDiagnostics(uri(path.join(corpus, '005_5e6f7a8b9c0d1e2f.txt')), (x) => x.length > 0);
    assert.deepEqual(codes(article), ['file/unreadable']);
    assert.match(article[0].message as string, /named pipe \(FIFO\), not a regular file/);
    const registry = await client.waitForDiagnostics(uri(path.join(corpus, 'entities.yaml')), (x) => x.length > 0);
    assert.deepEqual(codes(registry), ['registry/unreadable']);
  });
});
