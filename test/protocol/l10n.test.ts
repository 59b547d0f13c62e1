// Diagnostics, hovers and fixes in Vietnamese: from `language: vi` in corpus-lens.yaml, or from
// the editor's display language (InitializeParams.locale, or the client's initializationOptions)
// when the corpus names none. English stays the default.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CodeLens, Hover } from 'vscode-languageserver-protocol';
import { LspClient, uri, type StartOptions } from './lspClient';

const fixture = path.join(__dirname, 'fixtures', 'corpus');
const A1 = '001_1a2b3c4d5e6f7a8b.txt';
const A2 = '002_2b3c4d5e6f7a8b9c.txt';

function positionOf(text: string, needle: string, delta = 1) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('the language server in Vietnamese', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient | undefined;
  const file = (name: string) => path.join(dir, 'corpus', name);
  const read = (name: string) => fs.readFileSync(file(name), 'utf8');

  /** A copy of the fixture corpus, with `language:` when given, and a server started on it. */
  async function start(language: string | undefined, options: Partial<StartOptions> = {}): Promise<LspClient> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-l10n-'));
    fs.cpSync(fixture, path.join(dir, 'corpus'), { recursive: true });
    const yaml = path.join(dir, 'corpus', 'corpus-lens.yaml');
    if (language) fs.appendFileSync(yaml, `language: ${language}\n`);
    client = await LspClient.start({ folder: dir, settings: {}, ...options });
    await client.ready();
    return client;
  }
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const missingHeader = (c: LspClient) => c.waitForDiagnostics(uri(file(A2)), (d) => d.some((x) => x.code === 'header/missing'), 'header/missing').then((d) => d.find((x) => x.code === 'header/missing')!);
  const hoverOf = async (c: LspClient, name: string, needle: string) => {
    await c.open(uri(file(name)), read(name));
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: uri(file(name)) }, position: positionOf(read(name), needle, 3) });
    return (hover.contents as { value: string }).value;
  };

  it('gives a corpus with language: vi its diagnostics, fixes, hover and code lens in Vietnamese', async () => {
    const c = await start('vi');
    const d = await missingHeader(c);
    assert.equal(d.message, 'Bài báo không có dòng đầu (header): dòng đầu tiên phải có dạng `date YYYY-MM-DD Tiêu đề`.');
    assert.equal(d.code, 'header/missing', 'codes stay as they are');
    await c.open(uri(file(A2)), read(A2));
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file(A2)) }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => a.title.startsWith("Chèn dòng đầu 'date ")), JSON.stringify(actions.map((a) => a.title)));
    const md = await hoverOf(c, A1, 'Sergey Lavrov');
    assert.match(md, /\*\*Sergey Lavrov\*\* · nhân vật · Nga/);
    assert.match(md, /\*\*2 lần nhắc đến trong 2 bài báo\*\*/);
    assert.match(md, /\*\*Chức danh theo thời gian\*\*/);
    assert.match(md, /\| 2004-03-09 – nay \| Bộ trưởng Ngoại giao, Bộ Ngoại giao Nga \| danh mục \|/);
    const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(file(A1)) } });
    assert.match(lenses[0].command!.title, /nhân vật/);
  });

  it('follows the editor: InitializeParams.locale vi, without language: in corpus-lens.yaml', async () => {
    const c = await start(undefined, { locale: 'vi' });
    assert.match((await missingHeader(c)).message as string, /^Bài báo không có dòng đầu/);
    assert.match(await hoverOf(c, A1, 'Sergey Lavrov'), /2 lần nhắc đến trong 2 bài báo/);
  });

  it("takes the client's display language from initializationOptions.locale too", async () => {
    const c = await start(undefined, { initializationOptions: { locale: 'vi' }, locale: 'en' });
    assert.match((await missingHeader(c)).message as string, /^Bài báo không có dòng đầu/);
  });

  it("lets language: en win over a Vietnamese editor, and stays English by default", async () => {
    const c = await start('en', { locale: 'vi' });
    assert.match((await missingHeader(c)).message as string, /^Article has no header/);
    assert.match(await hoverOf(c, A1, 'Sergey Lavrov'), /2 mentions in 2 articles/);
  });

  it('writes the problems of corpus-lens.yaml in its language', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-l10n-'));
    fs.cpSync(fixture, path.join(dir, 'corpus'), { recursive: true });
    const yaml = path.join(dir, 'corpus', 'corpus-lens.yaml');
    fs.appendFileSync(yaml, 'language: vi\nfoo: 1\n');
    client = await LspClient.start({ folder: dir, settings: {} });
    await client.ready();
    const d = await client.waitForDiagnostics(uri(yaml), (x) => x.length > 0, 'corpus-lens.yaml');
    assert.deepEqual(d.map((x) => x.message as string), ["thiết lập không xác định 'foo'"]);
  });
});
