// Entity features through the real `vscode` API (the commands VS Code's own UI uses): hover
// cards, definition in the built-in registry (read-only `corpus-lens-registry:` documents) or in
// the corpus's entities.yaml, references across articles that are not open, semantic tokens,
// workspace symbols, the header code lens, and the entity/unknown quick fix.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml'; // a dependency of the extension, resolved from the repository's node_modules
import {
  codeOf,
  corpusFile,
  corpusLensReady,
  describeDiagnostics,
  hoverText,
  isOpen,
  openArticle,
  positionOf,
  readDisk,
  sliceRange,
  targetOf,
  waitForDiagnostics,
} from './helpers';

const PUTIN_ARTICLE = '001_5c1e0a9b7d3f2e41.txt'; // Vladimir Putin, Lê Hoài Trung, Tô Lâm, sectors
const CALL_ARTICLE = '008_4f2a9c7e1b3d5a60.txt'; // Lê Hoài Trung, Sergey Lavrov, V.Putin: no test opens it
const TOURISM_ARTICLE = '009_a6d3e8b1c05f7294.txt'; // Nguyễn Thị Thu Hà (entities.yaml), Thứ trưởng Phạm Quốc Bảo (unknown)
const REGISTRY_SCHEME = 'corpus-lens-registry';

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';

async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
  assert.strictEqual(hovers.length, 1, `one hover expected, got ${hovers.length}: ${hovers.map(hoverText).join(' | ')}`);
  return hovers[0];
}

async function definitionAt(doc: vscode.TextDocument, pos: vscode.Position) {
  const defs =
    (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos)) ?? [];
  assert.strictEqual(defs.length, 1, `one definition expected, got ${JSON.stringify(defs.map((d) => targetOf(d).uri.toString()))}`);
  return targetOf(defs[0]);
}

describe('Entities in a real VS Code', function () {
  let putin: vscode.TextDocument;

  before(async function () {
    this.timeout(90_000);
    await corpusLensReady();
    putin = await openArticle(corpusFile(PUTIN_ARTICLE));
  });

  describe('hover', function () {
    it('shows the card of a person: canonical name, registry facts, corpus statistics', async function () {
      const pos = positionOf(putin, 'Lê Hoài Trung', 3);
      const hover = await hoverAt(putin, pos);
      const md = hoverText(hover);
      assert.match(md, /^\*\*Lê Hoài Trung\*\* · person · Việt Nam/, md);
      // The timeline of titles, newest first: the registry's current post leads.
      assert.match(md, /\*\*Titles over time\*\*\n\n\| when \| title \| source \|\n\|---\|---\|---\|\n\| 2025-10-25 – nay \| Bộ trưởng, Bộ Ngoại giao \| registry \|/, md);
      // 001 and 009 are open in some tests, 008 never: the counts cover every article, and agree
      // with the references.
      const refs =
        (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', putin.uri, pos)) ?? [];
      const inArticles = refs.filter((r) => r.uri.scheme === 'file');
      const articles = new Set(inArticles.map((r) => r.uri.toString())).size;
      assert.strictEqual(articles, 3, '001, 008 and 009 mention him');
      assert.ok(md.includes(`**${inArticles.length} mentions in ${articles} articles**`), `expected ${inArticles.length} mentions in ${articles} articles:\n${md}`);
      assert.match(md, /Mentioned most with: .+ \(\d+\)/, md);
      assert.ok(hover.range, 'the hover has a range');
      assert.strictEqual(putin.getText(hover.range), 'Lê Hoài Trung');
    });

    it('shows an alias under its canonical name ("Putin" → Vladimir Putin)', async function () {
      const at = putin.getText().indexOf('Tổng thống Putin tại') + 'Tổng thống '.length;
      const hover = await hoverAt(putin, putin.positionAt(at + 2));
      const md = hoverText(hover);
      assert.match(md, /^\*\*Vladimir Putin\*\* · person · Nga/, md);
      assert.match(md, /\*\*Written as\*\* .*`V\.Putin`/, md);
      assert.strictEqual(putin.getText(hover.range), 'Putin');
    });

    it('shows a sector with its English gloss and parent', async function () {
      const md = hoverText(await hoverAt(putin, positionOf(putin, 'dầu khí', 2)));
      assert.match(md, /^\*\*dầu khí\*\* · sector · \*oil and gas\*/i, md);
      assert.match(md, /\*\*Part of\*\* năng lượng/, md);
    });

    it('gives no hover on ordinary words', async function () {
      const hovers =
        (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', putin.uri, positionOf(putin, 'nhất trí', 2))) ?? [];
      assert.deepStrictEqual(hovers.map(hoverText), []);
    });
  });

  describe('go to definition', function () {
    it('opens a built-in person read-only in the registry (corpus-lens-registry:/people.yaml)', async function () {
      const def = await definitionAt(putin, positionOf(putin, 'Lê Hoài Trung', 1));
      assert.strictEqual(def.uri.scheme, REGISTRY_SCHEME, def.uri.toString());
      assert.strictEqual(def.uri.path, '/people.yaml');
      const registry = await vscode.workspace.openTextDocument(def.uri); // served by the extension's content provider
      assert.strictEqual(registry.getText(def.range), 'Lê Hoài Trung');
      assert.match(registry.lineAt(def.range.start.line).text, /^\s*name: Lê Hoài Trung$/);
      // A content provider's document cannot be written back: no file system serves the scheme.
      assert.strictEqual(vscode.workspace.fs.isWritableFileSystem(REGISTRY_SCHEME), undefined);
      const editor = await vscode.window.showTextDocument(registry, { preview: true });
      assert.strictEqual(editor.document.uri.toString(), def.uri.toString());
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it("resolves an alias to the entity's entry, from any article (Putin → Vladimir Putin)", async function () {
      const at = putin.getText().indexOf('Tổng thống Putin tại') + 'Tổng thống '.length;
      const putinDef = await definitionAt(putin, putin.positionAt(at + 1));
      assert.strictEqual(putinDef.uri.toString(), `${REGISTRY_SCHEME}:/people.yaml`);
      const registry = await vscode.workspace.openTextDocument(putinDef.uri);
      assert.strictEqual(registry.getText(putinDef.range), 'Vladimir Putin');
      const tourism = await openArticle(corpusFile(TOURISM_ARTICLE));
      const lavrov = await definitionAt(tourism, positionOf(tourism, 'Sergey Lavrov', 2));
      assert.strictEqual(lavrov.uri.toString(), `${REGISTRY_SCHEME}:/people.yaml`);
      assert.strictEqual(registry.getText(lavrov.range), 'Sergey Lavrov');
    });

    it("lands in the corpus's own entities.yaml for a person filed there", async function () {
      const tourism = await openArticle(corpusFile(TOURISM_ARTICLE));
      const def = await definitionAt(tourism, positionOf(tourism, 'Nguyễn Thị Thu Hà', 2));
      assert.strictEqual(def.uri.scheme, 'file');
      assert.strictEqual(def.uri.fsPath, corpusFile('entities.yaml').fsPath);
      assert.strictEqual(sliceRange(await readDisk(def.uri), def.range), 'Nguyễn Thị Thu Hà');
    });
  });

  describe('references', function () {
    it('finds every mention in every article, open or not, and the registry entry', async function () {
      const unopened = corpusFile(CALL_ARTICLE);
      assert.ok(!isOpen(unopened), `${CALL_ARTICLE} must not be open for this test`);
      const refs =
        (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', putin.uri, positionOf(putin, 'Lê Hoài Trung', 4))) ?? [];
      const where = refs.map((r) => `${r.uri.scheme}:${fileName(r.uri)}:${r.range.start.line}`);
      assert.deepStrictEqual(
        [...new Set(refs.map((r) => fileName(r.uri)))].sort(),
        [PUTIN_ARTICLE, CALL_ARTICLE, TOURISM_ARTICLE, 'people.yaml'].sort(),
        where.join(', '),
      );
      assert.strictEqual(refs.filter((r) => fileName(r.uri) === CALL_ARTICLE).length, 2, `title and body of ${CALL_ARTICLE}: ${where.join(', ')}`);
      for (const r of refs) {
        const text = r.uri.scheme === REGISTRY_SCHEME ? (await vscode.workspace.openTextDocument(r.uri)).getText(r.range) : sliceRange(await readDisk(r.uri), r.range);
        assert.strictEqual(text, 'Lê Hoài Trung', `${r.uri.toString()} ${r.range.start.line}:${r.range.start.character}`);
      }
      assert.ok(!isOpen(unopened), 'finding references did not open the article');
    });

    it('finds a person under an alias in an article that is not open (V.Putin)', async function () {
      const refs =
        (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', putin.uri, positionOf(putin, 'Vladimir Putin', 2))) ?? [];
      const inCall = refs.filter((r) => fileName(r.uri) === CALL_ARTICLE);
      assert.strictEqual(inCall.length, 1, refs.map((r) => fileName(r.uri)).join(', '));
      assert.strictEqual(sliceRange(await readDisk(inCall[0].uri), inCall[0].range), 'V.Putin');
      assert.ok(!isOpen(corpusFile(CALL_ARTICLE)));
    });
  });

  it('highlights the mentions of the entity under the cursor in the article', async function () {
    const hl =
      (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', putin.uri, positionOf(putin, 'Lê Hoài Trung', 1))) ?? [];
    assert.deepStrictEqual(hl.map((h) => putin.getText(h.range)), ['Lê Hoài Trung']);
    const putins =
      (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', putin.uri, positionOf(putin, 'Vladimir Putin', 1))) ?? [];
    assert.deepStrictEqual(putins.map((h) => putin.getText(h.range)), ['Vladimir Putin', 'Vladimir Putin', 'Putin']);
  });

  it('colours entities, titles and dates with semantic tokens (person = function)', async function () {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', putin.uri);
    assert.ok(legend, 'the article has a semantic tokens legend');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', putin.uri);
    assert.ok(tokens && tokens.data.length > 0, 'semantic tokens for the article');
    const seen: string[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5);
      line += dl;
      ch = dl === 0 ? ch + dc : dc;
      const modNames = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
      seen.push(`${putin.lineAt(line).text.slice(ch, ch + len)}:${[legend.tokenTypes[type], ...modNames].join('.')}`);
    }
    for (const want of [
      'Lê Hoài Trung:function.declaration.defaultLibrary', // a person the registry knows, first mention
      'Vladimir Putin:function.defaultLibrary', // the same person again, in the body
      'Minh Anh:function.declaration.readonly', // the byline
      'Liên bang Nga:enumMember.declaration.defaultLibrary',
      'năng lượng:macro.declaration.defaultLibrary',
      '24/2:number',
      'Bộ trưởng Ngoại giao:keyword',
    ]) {
      assert.ok(seen.includes(want), `${want} not among the tokens:\n    ${seen.join(', ')}`);
    }
  });

  describe('symbols and code lens', function () {
    it('outlines the article: header, then its entities', async function () {
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', putin.uri)) ?? [];
      assert.ok(symbols.length > 1, 'symbols for the article');
      assert.strictEqual(symbols[0].kind, vscode.SymbolKind.File);
      assert.match(symbols[0].name, /^Tổng thống Vladimir Putin tiếp/);
      const trung = symbols.find((s) => s.name === 'Lê Hoài Trung');
      assert.ok(trung, symbols.map((s) => s.name).join(', '));
      assert.strictEqual(trung.kind, vscode.SymbolKind.Function);
      assert.strictEqual(putin.getText(trung.selectionRange), 'Lê Hoài Trung');
    });

    it('finds people in the workspace without diacritics or case ("le hoai trung")', async function () {
      const hits = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'le hoai trung')) ?? [];
      assert.ok(hits.length > 0, 'no workspace symbol for "le hoai trung"');
      assert.strictEqual(hits[0].name, 'Lê Hoài Trung');
      assert.strictEqual(hits[0].kind, vscode.SymbolKind.Function);
      assert.strictEqual(hits[0].location.uri.toString(), `${REGISTRY_SCHEME}:/people.yaml`);
      const own = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'NGUYEN THI THU HA')) ?? [];
      assert.strictEqual(own[0]?.name, 'Nguyễn Thị Thu Hà', own.map((s) => s.name).join(', '));
      assert.strictEqual(own[0].location.uri.fsPath, corpusFile('entities.yaml').fsPath);
    });

    it('shows the entity counts of the article in a code lens on the header', async function () {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', putin.uri)) ?? [];
      assert.strictEqual(lenses.length, 1, `one lens expected, got ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
      assert.strictEqual(lenses[0].range.start.line, 0);
      // The counts are those of the article's entities, as the outline lists them.
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', putin.uri)) ?? [];
      const kinds: [vscode.SymbolKind, string, string][] = [
        [vscode.SymbolKind.Function, 'person', 'people'],
        [vscode.SymbolKind.Class, 'organisation', 'organisations'],
        [vscode.SymbolKind.EnumMember, 'place', 'places'],
        [vscode.SymbolKind.Constant, 'sector', 'sectors'],
        [vscode.SymbolKind.Event, 'event', 'events'],
      ];
      const expected = kinds
        .map(([kind, one, many]) => [symbols.filter((s) => s.kind === kind).length, one, many] as const)
        .filter(([n]) => n > 0)
        .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
        .join(' · ');
      assert.match(expected, /^\d+ people · /, `the outline has people: ${expected}`);
      assert.strictEqual(lenses[0].command?.title, expected);
    });
  });

  describe('entity/unknown', function () {
    it("reports a titled person the registry does not know, and 'Add … to entities.yaml' files them", async function () {
      const uri = corpusFile(TOURISM_ARTICLE);
      const doc = await openArticle(uri);
      const hasUnknown = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'entity/unknown');
      const ds = await waitForDiagnostics(uri, hasUnknown, 'entity/unknown');
      const unknown = ds.filter((d) => codeOf(d) === 'entity/unknown');
      assert.deepStrictEqual(unknown.map((d) => doc.getText(d.range)), ['Phạm Quốc Bảo'], describeDiagnostics(ds));
      const d = unknown[0];
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);

      const registryUri = corpusFile('entities.yaml');
      const before = await readDisk(registryUri);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range)) ?? [];
      const fix = actions.find((a) => a.title === "Add 'Phạm Quốc Bảo' to entities.yaml");
      assert.ok(fix?.edit, `no "Add 'Phạm Quốc Bảo' to entities.yaml"; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit succeeded');
      // The edit lands in a document buffer; saving it is what the server (a file watcher) sees.
      const yaml = await vscode.workspace.openTextDocument(registryUri);
      if (yaml.isDirty) assert.ok(await yaml.save(), 'entities.yaml saved');
      const after = await readDisk(registryUri);
      assert.ok(after.startsWith(before), 'entities.yaml keeps every character it had');
      const entries = (parse(after) as { entities: Array<Record<string, unknown>> }).entities;
      assert.deepStrictEqual(entries.map((e) => e.id), ['nguyen-thi-thu-ha', 'pham-quoc-bao'], after);
      assert.deepStrictEqual(entries[1], {
        id: 'pham-quoc-bao',
        type: 'person',
        name: 'Phạm Quốc Bảo',
        titles: [{ title: 'Thứ trưởng', from: '2026-03-06' }], // the title that introduced him, from the article's date
      });

      await waitForDiagnostics(uri, (x) => !hasUnknown(x), 'entity/unknown to clear once filed');
      const def = await definitionAt(doc, positionOf(doc, 'Phạm Quốc Bảo', 2));
      assert.strictEqual(def.uri.fsPath, registryUri.fsPath, 'the definition is now the new entry');
      assert.strictEqual(sliceRange(after, def.range), 'Phạm Quốc Bảo');
    });
  });
});
