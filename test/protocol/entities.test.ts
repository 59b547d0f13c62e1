import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CodeLens, Hover, Location, SemanticTokens, SymbolInformation, DocumentHighlight, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { applyTextEdits, LspClient, uri } from './lspClient';

const fixture = path.join(__dirname, 'fixtures', 'corpus');

/** Position of the first occurrence of `needle` in `text` (plus `delta` characters). */
function positionOf(text: string, needle: string, delta = 1) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textAt(loc: Location): string {
  const text = fs.readFileSync(new URL(loc.uri), 'utf8').split('\n');
  const { start, end } = loc.range;
  assert.equal(start.line, end.line);
  return text[start.line].slice(start.character, end.character);
}

describe('entities over LSP', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient;
  const file = (name: string) => path.join(dir, 'corpus', name);
  const read = (name: string) => fs.readFileSync(file(name), 'utf8');
  const A1 = '001_1a2b3c4d5e6f7a8b.txt';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-entities-'));
    fs.cpSync(fixture, path.join(dir, 'corpus'), { recursive: true });
    client = await LspClient.start({ folder: dir, settings: {} });
    await client.ready();
    await client.open(uri(file(A1)), read(A1));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hovers a person with registry facts and corpus statistics', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(file(A1)) }, position: positionOf(read(A1), 'Sergey Lavrov', 3) });
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*Sergey Lavrov\*\* · person · Nga/);
    // One timeline, newest first: the registry's current post, then what the two articles call
    // him (one dated 2026-02-25, one whose header date is malformed), then his older post.
    const table = md.slice(md.indexOf('**Titles over time**')).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| when'));
    assert.deepEqual(table.slice(0, 4), [
      '| 2004-03-09 – nay | Bộ trưởng Ngoại giao, Bộ Ngoại giao Nga | registry |',
      '| 2026-02 | Bộ trưởng Ngoại giao | articles, 1× |',
      '| 1994 – 2004 | Đại diện thường trực, Liên hợp quốc | registry |',
      '| no date | Bộ trưởng Ngoại giao | articles, 1× |',
    ]);
    assert.match(md, /2 mentions in 2 articles/);
    assert.match(md, /Mentioned most with: .*Lê Hoài Trung \(1\)/);
    const range = hover.range!;
    assert.equal(read(A1).split('\n')[range.start.line].slice(range.start.character, range.end.character), 'Sergey Lavrov');
  });

  it('hovers a sector with its English name and parent', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(file(A1)) }, position: positionOf(read(A1), 'dầu khí', 2) });
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*dầu khí\*\* · sector · \*oil and gas\*/i);
    assert.match(md, /Part of\*\* năng lượng/);
    assert.match(md, /1 mention in 1 article\*\* · first 2026-02-25, last 2026-02-25/);
  });

  it('finds references in every article, opened or not, and the registry entry', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uri(file(A1)) },
      position: positionOf(read(A1), 'Sergey Lavrov', 2),
      context: { includeDeclaration: true },
    });
    const files = refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    assert.deepEqual(files, ['001_1a2b3c4d5e6f7a8b.txt', '003_3c4d5e6f7a8b9c0d.txt', 'people.yaml']);
    for (const r of refs) assert.equal(textAt(r), 'Sergey Lavrov');
  });

  it('goes to the definition in the built-in registry, or in the corpus entities.yaml', async () => {
    const [builtin] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri(file(A1)) }, position: positionOf(read(A1), 'Lê Hoài Trung', 1) });
    assert.match(builtin.uri, /server\/data\/people\.yaml$/);
    assert.equal(textAt(builtin), 'Lê Hoài Trung');
    const A2 = '002_2b3c4d5e6f7a8b9c.txt';
    await client.open(uri(file(A2)), read(A2));
    const [own] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri(file(A2)) }, position: positionOf(read(A2), 'N.V.An', 1) });
    assert.equal(own.uri, uri(file('entities.yaml')));
    assert.equal(textAt(own), 'Nguyễn Văn An');
  });

  it('finds references from the registry entry itself', async () => {
    const yaml = read('entities.yaml');
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(file('entities.yaml')) }, position: positionOf(yaml, 'Nguyễn Văn An', 2), context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => [path.basename(new URL(r.uri).pathname), textAt(r)]), [['002_2b3c4d5e6f7a8b9c.txt', 'N.V.An']]);
  });

  it('highlights the mentions of the entity in the article', async () => {
    const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uri(file(A1)) }, position: positionOf(read(A1), 'Nga Sergey', 1) });
    assert.equal(hl.length, 2, 'Nga in the title and Nga before Sergey Lavrov');
  });

  it('searches workspace symbols without diacritics or case', async () => {
    const hits = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'le hoai trung' });
    assert.equal(hits[0].name, 'Lê Hoài Trung');
    assert.match(hits[0].location.uri, /people\.yaml$/);
    const own = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'NGUYEN VAN AN' });
    assert.equal(own[0].name, 'Nguyễn Văn An');
  });

  it('shows the entity counts of the article in a code lens on the header', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(file(A1)) } });
    assert.equal(lenses[0].command!.title, '2 people · 2 places · 3 sectors');
  });

  it('colours entities, titles and dates with semantic tokens', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri(file(A1)) } });
    const decoded: Array<[number, number, number, number]> = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
      line += dl;
      ch = dl === 0 ? ch + dc : dc;
      decoded.push([line, ch, len, type]);
    }
    const lines = read(A1).split('\n');
    const words = decoded.map(([l, c, len, t]) => `${lines[l].slice(c, c + len)}:${t}`);
    for (const w of ['Lê Hoài Trung:0', 'Moskva:2', 'dầu khí:3', '24/2:6', 'Bộ trưởng Ngoại giao:5']) assert.ok(words.includes(w), `${w} not in ${words.join(', ')}`);
  });

  it('follows articles created and deleted on disk in references', async () => {
    const refsOf = async () =>
      (await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(file(A1)) }, position: positionOf(read(A1), 'Sergey Lavrov', 2), context: { includeDeclaration: false } })).length;
    assert.equal(await refsOf(), 2);
    const created = file('006_6f7a8b9c0d1e2f3a.txt');
    fs.writeFileSync(created, ' date 2026-03-01 Tin ngắn\n\nÔng Sergey Lavrov phát biểu tại Moskva.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 1 }] });
    // The server answers requests in order, so the change is indexed before this answer comes;
    // polling only guards against a slow file system.
    for (let i = 0; i < 50 && (await refsOf()) !== 3; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await refsOf(), 3);
    fs.rmSync(created);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 3 }] });
    for (let i = 0; i < 50 && (await refsOf()) !== 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await refsOf(), 2);
  });

  it('reports a person the registry does not know, with a fix that files them in entities.yaml', async () => {
    const name = '007_7a8b9c0d1e2f3a4b.txt';
    const text = ' date 2026-03-02 Tiếp xúc\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn. Ông Bảo cảm ơn đoàn.\n';
    fs.writeFileSync(file(name), text);
    await client.open(uri(file(name)), text);
    const diags = await client.waitForDiagnostics(uri(file(name)), (d) => d.some((x) => x.code === 'entity/unknown'));
    const d = diags.find((x) => x.code === 'entity/unknown')!;
    assert.equal(d.severity, 3);
    assert.equal(text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'Phạm Quốc Bảo');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file(name)) }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => a.title === "Add 'Phạm Quốc Bảo' to entities.yaml")!;
    assert.ok(add, actions.map((a) => a.title).join(', '));
    const edit = add.edit!.documentChanges![0] as TextDocumentEdit;
    const yaml = read('entities.yaml');
    const after = applyTextEdits(yaml, edit.edits as TextEdit[]);
    assert.ok(after.startsWith(yaml), 'the registry keeps every character it had');
    const added = (parse(after) as { entities: Array<Record<string, unknown>> }).entities.at(-1);
    assert.deepEqual(added, { id: 'pham-quoc-bao', type: 'person', name: 'Phạm Quốc Bảo', titles: [{ title: 'Thứ trưởng', from: '2026-03-02' }] });
    fs.writeFileSync(file('entities.yaml'), after);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file('entities.yaml')), type: 2 }] });
    await client.waitForDiagnostics(uri(file(name)), (x) => !x.some((y) => y.code === 'entity/unknown'), 'entity/unknown gone once filed');
  });

  it('validates entities.yaml at exact positions without stopping the rest', async () => {
    const yaml = read('entities.yaml') + '  - id: nguyen-van-an\n    type: person\n    name: Trùng Mã\n';
    fs.writeFileSync(file('entities.yaml'), yaml);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file('entities.yaml')), type: 2 }] });
    const d = await client.waitForDiagnostics(uri(file('entities.yaml')), (x) => x.length > 0);
    assert.deepEqual(d.map((x) => x.code), ['registry/duplicate-id']);
    assert.equal(yaml.split('\n')[d[0].range.start.line].slice(d[0].range.start.character, d[0].range.end.character), 'nguyen-van-an');
    const hits = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'sergey' });
    assert.equal(hits[0].name, 'Sergey Lavrov', 'the built-in registry still works');
  });

  it('files a person into the unsaved text of an open entities.yaml, not its copy on disk', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-dirty-registry-'));
    const other = await LspClient.start({ folder: own, settings: {} });
    try {
      fs.writeFileSync(path.join(own, 'corpus-lens.yaml'), 'rules: {}\n');
      const disk = 'entities: []\n';
      fs.writeFileSync(path.join(own, 'entities.yaml'), disk);
      const article = path.join(own, '001_1111111111111111.txt');
      const text = ' date 2026-03-02 Tiếp xúc\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn.\n';
      fs.writeFileSync(article, text);
      await other.ready();
      // In the editor, not saved: the same person already written by hand.
      const live = 'entities:\n  - id: pham-quoc-bao\n    type: person\n    name: Phạm Quốc Bảo Khác\n';
      await other.open(uri(path.join(own, 'entities.yaml')), live, 7);
      await other.open(uri(article), text);
      const diags = await other.waitForDiagnostics(uri(article), (d) => d.some((x) => x.code === 'entity/unknown'));
      const d = diags.find((x) => x.code === 'entity/unknown')!;
      const actions = await other.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(article) }, range: d.range, context: { diagnostics: [d] } });
      const edit = actions.find((a) => a.title === "Add 'Phạm Quốc Bảo' to entities.yaml")!.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(edit.textDocument.version, 7, 'an edit of the open document, at its version');
      const after = applyTextEdits(live, edit.edits as TextEdit[]);
      assert.ok(after.startsWith(live), 'the unsaved text keeps every character');
      const ids = (parse(after) as { entities: Array<{ id: string }> }).entities.map((e) => e.id);
      assert.deepEqual(ids, ['pham-quoc-bao', 'pham-quoc-bao-2']);
    } finally {
      await other.stop();
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('goes to, hovers and outlines entries where the unsaved text of an open entities.yaml has them', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-dirty-positions-'));
    fs.writeFileSync(path.join(own, 'corpus-lens.yaml'), 'rules: {}\n');
    const disk = 'entities:\n  - id: pham-quoc-bao\n    type: person\n    name: Phạm Quốc Bảo\n';
    fs.writeFileSync(path.join(own, 'entities.yaml'), disk);
    const article = path.join(own, '001_1111111111111111.txt');
    const text = ' date 2026-03-02 Tiếp xúc\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn.\n';
    fs.writeFileSync(article, text);
    const other = await LspClient.start({ folder: own, settings: {} });
    try {
      await other.ready();
      // Unsaved: three comment lines above everything, so every entry moved down.
      const live = '# Người trong các bài tháng 3\n# (chưa lưu)\n\n' + disk;
      const yamlUri = uri(path.join(own, 'entities.yaml'));
      await other.open(yamlUri, live, 3);
      await other.open(uri(article), text);
      const [def] = await other.request<Location[]>('textDocument/definition', { textDocument: { uri: uri(article) }, position: positionOf(text, 'Phạm Quốc Bảo', 2) });
      const liveLines = live.split('\n');
      assert.equal(def.range.start.line, 6);
      assert.equal(liveLines[def.range.start.line].slice(def.range.start.character, def.range.end.character), 'Phạm Quốc Bảo');
      const hover = await other.request<Hover>('textDocument/hover', { textDocument: { uri: yamlUri }, position: positionOf(live, 'Phạm Quốc Bảo', 2) });
      assert.match((hover.contents as { value: string }).value, /\*\*Phạm Quốc Bảo\*\* · person/);
      const [sym] = await other.request<Array<{ selectionRange: Location['range'] }>>('textDocument/documentSymbol', { textDocument: { uri: yamlUri } });
      assert.equal(liveLines[sym.selectionRange.start.line].slice(sym.selectionRange.start.character, sym.selectionRange.end.character), 'Phạm Quốc Bảo');
    } finally {
      await other.stop();
      fs.rmSync(own, { recursive: true, force: true });
    }
  });
});
