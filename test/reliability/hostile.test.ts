// Hostile input, on disk and over LSP, against the real server: it becomes ready, accounts for
// every file, keeps the good articles' results as they are without the bad ones, and an edit
// storm on an open document ends where a fresh open of the final text does.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';

import { TextDocument } from 'vscode-languageserver-textdocument';

import { LspClient, uri } from '../protocol/lspClient';

const name = (i: number, tail = '') => `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}${tail}.txt`;
const GOOD = 'date: 2026-02-25 Tin tốt\n\nNgày 31/2 ở Hà Nội, Tổng thống Vladimir Putin nói về dầu khí.   \n';
const codes = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => `${String(x.code)}@${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`).sort().join(',');
const codeNames = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => String(x.code));

describe('reliability: hostile input', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  const clients: LspClient[] = [];
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-hostile-'));
    dirs.push(d);
    return d;
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a folder of hostile files: ready in time, each one accounted for, the good article unaffected', async () => {
    const dir = tempDir();
    const at = (f: string) => path.join(dir, f);
    // A backtracking glob next to the plain one, and a registry entry outside the folder.
    fs.writeFileSync(at('corpus-lens.yaml'), `include: ['**/*.txt', '**/*${'a*'.repeat(14)}b.txt']\nregistry: [entities.yaml, /etc/passwd]\nrules: {}\n`);
    // And 1,200 entries whose parent is nowhere: a problem each, more than a file shows.
    const orphans = Array.from({ length: 1200 }, (_, i) => `  - id: nganh-${i}\n    type: sector\n    name: ngành thử ${i}\n    english: test sector ${i}\n    parent: khong-co-${i}\n`).join('');
    fs.writeFileSync(at('entities.yaml'), `people:\n  - id: nguoi-a\n    name: Nguyễn Văn A\nentities:\n${orphans}`);
    fs.writeFileSync(at(name(0)), GOOD);
    fs.writeFileSync(at(name(1)), ` date 2026-02-25 Nhị phân\n\n${'chữ '.repeat(3000)}\0 và tiếp.\n`);
    fs.writeFileSync(at(name(2)), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2026-02-25 UTF-16\n\nBài viết.\n', 'utf16le')]));
    // Sparse, past 2 GiB: no disk space used, and nothing read.
    const big = fs.openSync(at(name(3)), 'w');
    fs.ftruncateSync(big, 2 ** 31 + 4096);
    fs.closeSync(big);
    execFileSync('mkfifo', [at(name(4))]);
    fs.symlinkSync('/etc/passwd', at(name(5)));
    fs.writeFileSync(at(name(6)), ` date 2026-02-25 Số\n\n${'1.'.repeat(40_000)}   \n`);
    fs.writeFileSync(at(name(7)), ` date 2026-02-25 Tin${' '.repeat(80_000)}dài\n\nNội dung.\n`);
    fs.writeFileSync(at(name(8)), ' \n'.repeat(500_000));
    fs.writeFileSync(at(`${'a'.repeat(40)}.txt`), ' date 2026-02-25 Tên dài\n\nNội dung.\n');

    const started = Date.now();
    const client = await LspClient.start({ folder: dir });
    clients.push(client);
    // The limit this test sets, not the client's usual ten seconds: the half million lines of
    // name(8) alone took 7–8 s on a slow day of a two-core machine while each of their problems
    // was kept (2.6 s in all since a rule counts what it does not keep).
    await client.ready(60_000);
    const took = Date.now() - started;
    assert.ok(took < 60_000, `ready after ${took} ms`);

    const unreadable = (f: string) => codeNames(client.diagnostics.get(uri(at(f))));
    for (const f of [name(1), name(2), name(3), name(4), name(5)]) assert.deepEqual(unreadable(f), ['file/unreadable'], f);
    assert.match(client.diagnostics.get(uri(at(name(3))))![0].message as string, /larger than/);
    assert.match(client.diagnostics.get(uri(at(name(5))))![0].message as string, /outside/);
    // Slow patterns once: each of these analysed, with the problems its text holds.
    const has = (f: string, code: string) => assert.ok(codeNames(client.diagnostics.get(uri(at(f)))).includes(code), `${f}: ${code}`);
    has(name(6), 'text/whitespace');
    has(name(7), 'text/whitespace');
    has(name(8), 'header/missing');
    has(name(8), 'internal/too-many-problems');
    has(`${'a'.repeat(40)}.txt`, 'file/name');
    // The registry's 1,201 problems: the first thousand, then one that says how many are left out.
    const registry = client.diagnostics.get(uri(at('entities.yaml'))) ?? [];
    assert.equal(registry.length, 1001);
    // (Its top-level `people:` is one more: an unknown field, at the top.)
    assert.equal(registry[0].code, 'registry/unknown-field');
    assert.equal(registry.slice(1, 1000).filter((d) => d.code === 'registry/invalid-entry').length, 999);
    assert.equal(registry[1000].code, 'internal/too-many-problems');
    assert.match(String(registry[1000].message), /\b201\b/);
    const config = client.diagnostics.get(uri(at('corpus-lens.yaml'))) ?? [];
    assert.ok(config.some((d) => /\/etc\/passwd/.test(String(d.message)) && /outside/.test(String(d.message))), JSON.stringify(config));

    // The good article gets exactly what it gets in a folder of its own.
    const alone = tempDir();
    fs.writeFileSync(path.join(alone, 'corpus-lens.yaml'), 'registry: [entities.yaml]\nrules: {}\n');
    fs.copyFileSync(at('entities.yaml'), path.join(alone, 'entities.yaml'));
    fs.writeFileSync(path.join(alone, name(0)), GOOD);
    const fresh = await LspClient.start({ folder: alone });
    clients.push(fresh);
    await fresh.ready();
    const want = codes(fresh.diagnostics.get(uri(path.join(alone, name(0)))));
    assert.ok(want.includes('date/'), `the good article has date problems: ${want}`);
    assert.equal(codes(client.diagnostics.get(uri(at(name(0))))), want);

    // And it still answers.
    const line = GOOD.split('\n')[2];
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(at(name(0))) }, position: { line: 2, character: line.indexOf('Putin') } });
    assert.match((hover.contents as { value: string }).value, /Vladimir Putin/);
  });

  it('requests out of range, foreign documents and a storm of 2,000 edits: it answers, and ends equal to a fresh open', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    const file = path.join(dir, name(0));
    fs.writeFileSync(file, GOOD);
    const client = await LspClient.start({ folder: dir });
    clients.push(client);
    await client.ready();
    const u = uri(file);
    await client.open(u, GOOD);

    // Positions past the end and documents that are not articles of the corpus.
    const far = { line: 1_000_000, character: 1_000_000 };
    await client.request('textDocument/hover', { textDocument: { uri: u }, position: far });
    await client.request('textDocument/definition', { textDocument: { uri: u }, position: far });
    await client.request('textDocument/references', { textDocument: { uri: u }, position: far, context: { includeDeclaration: true } });
    await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: far, end: far }, context: { diagnostics: [] } });
    await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/at/all.txt' }, position: { line: 0, character: 0 } });
    await client.open('untitled:Untitled-1', GOOD);
    await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 2, character: 3 } });

    // A storm of incremental edits: inserts and deletes anywhere, astral characters, CRLF,
    // ranges past the end (clamped by the protocol's rules), from a fixed seed.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['Hà Nội ', 'Tổng thống Vladimir Putin ', '\r\n', '\n\n', '😀', 'ngày 31/2 ', '   ', 'đ', '\u0301', ' date 2026-02-25 ', 'Ð°Ñ'];
    // The protocol's own model of the text (positions on lines ended by \r, \n or \r\n).
    const doc = TextDocument.create(u, 'corpus-article', 1, GOOD);
    for (let i = 0; i < 2000; i++) {
      const text = doc.getText();
      const a = rand(text.length + 1);
      const b = Math.min(text.length, a + rand(12));
      const insert = rand(3) === 0 ? '' : pieces[rand(pieces.length)];
      const end = rand(50) === 0 ? { line: 1_000_000, character: 0 } : doc.positionAt(b);
      const change = { range: { start: doc.positionAt(a), end }, text: insert };
      TextDocument.update(doc, [change], doc.version + 1);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: doc.version }, contentChanges: [change] });
    }
    const text = doc.getText();
    // Every answer after the storm comes from the final text.
    await client.request('workspace/symbol', { query: 'x' });

    const fresh = await LspClient.start({ folder: dir });
    clients.push(fresh);
    await fresh.ready();
    await fresh.open(u, text);
    // An open document's problems are published before the answer to a later request.
    await fresh.request('workspace/symbol', { query: 'x' });
    const want = fresh.diagnostics.get(u) ?? [];
    assert.ok(want.length > 0, 'the final text has problems to compare');
    await client.waitForDiagnostics(u, (d) => codes(d) === codes(want), 'the storm to settle on the fresh result');
  });
});
