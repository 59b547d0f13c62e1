// The TextMate grammar the extension contributes, tokenized with the same engine VS Code uses
// (vscode-textmate + vscode-oniguruma). The web workbench has no command that exposes token
// scopes, so the suite loads the engine itself: from CORPUS_LENS_E2E_TEXTMATE_MODULES (set by
// both runners to the e2e tooling's node_modules) or, failing that, from the repository.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, corpusFile } from './helpers';

// Minimal typings of the two engines (their packages are not dependencies of the repository).
interface IToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface IGrammar {
  tokenizeLine(line: string, stack: unknown): { tokens: IToken[]; ruleStack: unknown };
}
interface Textmate {
  INITIAL: unknown;
  parseRawGrammar(content: string, filePath: string): unknown;
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scopeName: string): Promise<unknown>;
  }) => { loadGrammar(scopeName: string): Promise<IGrammar | null> };
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (s: string) => unknown;
}

function loadModule<T>(name: string): { mod: T; dir: string } {
  const roots = [process.env.CORPUS_LENS_E2E_TEXTMATE_MODULES, path.resolve(__dirname, '../../../../node_modules')].filter(
    (r): r is string => !!r,
  );
  for (const root of roots) {
    const dir = path.join(root, name);
    if (fs.existsSync(dir)) return { mod: require(dir) as T, dir };
  }
  throw new Error(`cannot load ${name} (looked in ${roots.join(', ')}); run the suite through npm run test:e2e or test:e2e:electron`);
}

interface Tok {
  text: string;
  scopes: string[];
}

describe('TextMate grammar (text.corpus-article)', function () {
  let lines: Tok[][] = [];
  let source: string[] = [];

  before(async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    const grammars: { language?: string; scopeName: string; path: string }[] = ext.packageJSON.contributes?.grammars ?? [];
    const contrib = grammars.find((g) => g.language === 'corpus-article');
    assert.ok(contrib, 'package.json contributes a grammar for corpus-article');
    assert.strictEqual(contrib.scopeName, 'text.corpus-article');
    const grammarPath = path.join(ext.extensionPath, contrib.path);
    const grammarJson = fs.readFileSync(grammarPath, 'utf8');

    const tm = loadModule<Textmate>('vscode-textmate').mod;
    const onigModule = loadModule<Oniguruma>('vscode-oniguruma');
    const onig = onigModule.mod;
    const wasm = fs.readFileSync(path.join(onigModule.dir, 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.corpus-article' ? tm.parseRawGrammar(grammarJson, grammarPath) : null,
    });
    const grammar = await registry.loadGrammar('text.corpus-article');
    assert.ok(grammar, 'grammar loads');

    const text = Buffer.from(await vscode.workspace.fs.readFile(corpusFile('001_5c1e0a9b7d3f2e41.txt'))).toString('utf8');
    source = text.split('\n');
    let stack = tm.INITIAL;
    lines = source.map((line) => {
      const r = grammar.tokenizeLine(line, stack);
      stack = r.ruleStack;
      return r.tokens.map((t: IToken) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  });

  function scopesOf(lineNo: number, needle: string): string[] {
    const line = source[lineNo];
    const at = line.indexOf(needle);
    assert.ok(at >= 0, `fixture line ${lineNo} contains ${needle}`);
    let pos = 0;
    for (const t of lines[lineNo]) {
      if (at >= pos && at < pos + t.text.length) return t.scopes;
      pos += t.text.length;
    }
    throw new Error(`no token at ${lineNo}:${at}`);
  }

  function expectScope(lineNo: number, needle: string, scope: string) {
    const scopes = scopesOf(lineNo, needle);
    assert.ok(scopes.includes(scope), `"${needle}" on line ${lineNo + 1} has scopes ${JSON.stringify(scopes)}, expected ${scope}`);
  }

  it('scopes the header keyword, date and title', function () {
    expectScope(0, 'date', 'keyword.other.header.corpus-article');
    expectScope(0, '2026-02-25', 'constant.numeric.date.header.corpus-article');
    expectScope(0, 'Tổng thống Vladimir', 'markup.heading.title.corpus-article');
    assert.ok(scopesOf(0, 'date')[0] === 'text.corpus-article', 'root scope is text.corpus-article');
  });

  it('scopes body dates, captions and image slugs', function () {
    expectScope(2, '24/2', 'constant.numeric.date.corpus-article');
    expectScope(4, 'tong-thong-putin', 'comment.line.image-slug.corpus-article');
    expectScope(6, 'Ảnh: TTXVN', 'comment.line.caption.corpus-article');
  });

  it('does not scope ordinary body text as a header or date', function () {
    const scopes = scopesOf(8, 'Hai bên');
    assert.ok(!scopes.some((s) => /header|date|caption|slug/.test(s)), JSON.stringify(scopes));
  });
});
