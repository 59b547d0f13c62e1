// Export Corpus… in a real VS Code: the command (format and folder given, as a keybinding
// would) writes one JSONL line per saved article, the text from its title on, with Putin's
// mentions labelled PER; expected figures are counted here from the fixture's files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { corpusLensReady, readDisk, workspaceRoot } from './helpers';

const PUTIN = /(?<![\p{L}\p{N}])(?:Vladimir Putin|V\. ?Putin|Putin)(?![\p{L}\p{N}])/gu;

describe('Export Corpus', () => {
  it('writes the saved articles as JSONL with their names', async function () {
    this.timeout(60_000);
    await corpusLensReady();
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'corpus');
    const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.endsWith('.txt')).sort();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-e2e-export-'));
    try {
      const result = await vscode.commands.executeCommand<{ articles: number; cancelled: boolean; refused?: string }>('corpusLens.exportCorpus', { format: 'jsonl', outDir });
      assert.strictEqual(result?.refused, undefined);
      const lines = fs.readFileSync(path.join(outDir, 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { path: string; text: string; spans: Array<{ text: string; label: string }> });
      // Every article of the fixture that has text (the server skips none of them).
      assert.deepStrictEqual(lines.map((l) => l.path), names);
      let putin = 0;
      for (const line of lines) {
        const disk = await readDisk(vscode.Uri.joinPath(dir, line.path));
        assert.ok(disk.endsWith(line.text), `${line.path}: the text is the saved article from its title on`);
        const expected = [...line.text.matchAll(PUTIN)].length;
        const labelled = line.spans.filter((s) => s.label === 'PER' && /Putin/.test(s.text)).length;
        assert.strictEqual(labelled, expected, `${line.path}: Putin's mentions labelled PER`);
        putin += expected;
      }
      assert.ok(putin >= 5, `the fixture mentions Putin (${putin})`);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
