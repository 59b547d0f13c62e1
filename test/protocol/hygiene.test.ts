import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, LspClient, uri } from './lspClient';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../support/sharedCorpus';

const body = (n: number) =>
  `Chiều 24/2, tại Hà Nội, hai bên đã trao đổi về hợp tác năng lượng, dầu khí, giáo dục và du lịch trong năm 2026, thống nhất thúc đẩy các dự án trọng điểm và tăng cường giao lưu nhân dân giữa hai nước trong thời gian tới, bản số ${n}.`;

describe('hygiene rules over LSP', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient;
  const file = (name: string) => path.join(dir, name);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-hygiene-'));
    fs.writeFileSync(file('corpus-lens.yaml'), 'rules:\n  scrape/caption: warning\n');
    fs.writeFileSync(file('001_1111111111111111.txt'), ` date 2026-02-25 Tin một\n\n${body(1)}\n`);
    fs.writeFileSync(file('002_2222222222222222.txt'), ` date 2026-02-25 Tin hai\n\n${body(1)}\n`);
    fs.writeFileSync(file('003_3333333333333333.txt'), ` date 2026-02-25 Tin ba  \n\nHai  bên trao đổi.   \n\nẢnh: TTXVN\n\nCó thể bạn quan tâm\n\nTin khác\n`);
    fs.writeFileSync(file('004_1111111111111111.txt'), ` date 2026-02-25 Tin bốn\n\nNội dung khác hẳn.\n`);
    client = await LspClient.start({ folder: dir, settings: {} });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a duplicate article with the other file as related information', async () => {
    const d = await client.waitForDiagnostics(uri(file('002_2222222222222222.txt')), (x) => x.some((y) => y.code === 'corpus/duplicate-article'));
    const dup = d.find((x) => x.code === 'corpus/duplicate-article')!;
    assert.equal(dup.relatedInformation?.[0].location.uri, uri(file('001_1111111111111111.txt')));
  });

  it('reports two files sharing an id', async () => {
    const d = await client.waitForDiagnostics(uri(file('004_1111111111111111.txt')), (x) => x.some((y) => y.code === 'file/duplicate-id'));
    assert.equal(d.find((x) => x.code === 'file/duplicate-id')!.severity, 1);
  });

  it('follows corpus-lens.yaml severities and offers fix-all of one kind and the safe fixes of the file', async () => {
    const u = uri(file('003_3333333333333333.txt'));
    const text = fs.readFileSync(file('003_3333333333333333.txt'), 'utf8');
    await client.open(u, text);
    const d = await client.waitForDiagnostics(u, (x) => x.some((y) => y.code === 'scrape/trailer'));
    const codes = d.map((x) => x.code);
    assert.ok(codes.includes('text/whitespace') && codes.includes('scrape/caption'), codes.join());
    assert.equal(d.find((x) => x.code === 'scrape/caption')!.severity, 2, 'caption raised to warning by the corpus');
    const ws = d.filter((x) => x.code === 'text/whitespace');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: ws[0].range, context: { diagnostics: [ws[0]] } });
    const all = actions.find((a) => a.title.startsWith("Fix all 'text/whitespace' problems in this file"));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const fixedWs = applyTextEdits(text, (all.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    assert.equal(fixedWs, ` date 2026-02-25 Tin ba\n\nHai bên trao đổi.\n\nẢnh: TTXVN\n\nCó thể bạn quan tâm\n\nTin khác\n`);
    const source = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] as Diagnostic[], only: ['source.fixAll'] } });
    assert.equal(source.length, 1);
    const safe = applyTextEdits(text, (source[0].edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    assert.equal(safe, ` date 2026-02-25 Tin ba\n\nHai bên trao đổi.\n\nẢnh: TTXVN\n`, 'the caption needs a human choice and stays');
  });

  it("fixes a file in the editor (source.fixAll) to the same text as 'corpus-lens fix'", async () => {
    const name = '005_5555555555555555.txt';
    // Trailing spaces, a non-breaking space, a repeated line, a comments widget: all safe fixes.
    const text = ` date 2026-02-25 Tin năm\n\nHai\u00A0bên trao đổi.  \nHai bên trao đổi.  \nMột dòng khác.\n\nBình luận (0)\n`;
    const expected = ` date 2026-02-25 Tin năm\n\nHai bên trao đổi.\nMột dòng khác.\n`;
    fs.writeFileSync(file(name), text);
    const u = uri(file(name));
    await client.open(u, text);
    await client.waitForDiagnostics(u, (d) => d.length > 0);
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] as Diagnostic[], only: ['source.fixAll'] } });
    let editor = applyTextEdits(text, (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    // The editor applies one round; a second source.fixAll takes what the first made fixable.
    await client.change(u, editor, 2);
    const again = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] as Diagnostic[], only: ['source.fixAll'] } });
    if (again.length) editor = applyTextEdits(editor, (again[0].edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    const copy = path.join(dir, 'cli-copy');
    fs.mkdirSync(copy);
    fs.writeFileSync(path.join(copy, name), text);
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'fix', path.join(copy, name)], { encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });
    assert.equal(r.status, 0, r.stderr);
    const cli = fs.readFileSync(path.join(copy, name), 'utf8');
    assert.equal(editor, expected);
    assert.equal(cli, editor);
  });
});
