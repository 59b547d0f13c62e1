// Corpus Lens in a VS Code whose display language is Vietnamese (runCodeServer.mjs opens a second
// window with locale vi; suite/index.ts runs only the *.vi.test files there). The corpus-lens.yaml
// of the fixture names no `language:`, so everything follows the display language: the palette's
// command titles (package.nls.vi.json), the status bar and the webviews (l10n/bundle.l10n.vi.json),
// the server's diagnostics, quick fixes and hovers (the client passes the locale on).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ConcordanceApi, ConcordanceRendered } from '../../../client/src/views/concordanceView';
import { EXTENSION_ID, codeOf, corpusFile, corpusLensReady, hoverText, openArticle, positionOf, waitForDiagnostics } from './helpers';

const ARTICLE_OK = '001_5c1e0a9b7d3f2e41.txt';
const NO_HEADER = '002_9f0d4b6a2c8e1735.txt';

interface ViApi {
  status(): { indexing: boolean } | undefined;
  nextStatus(): Promise<{ indexing: boolean }>;
  statusBar(): { text: string; tooltip: string };
  concordance: ConcordanceApi;
}

describe('Corpus Lens in Vietnamese (display language vi)', function () {
  let api: ViApi;

  before(async function () {
    this.timeout(90_000);
    await corpusLensReady();
    api = vscode.extensions.getExtension<ViApi>(EXTENSION_ID)!.exports;
  });

  it('runs in a VS Code whose display language is Vietnamese', function () {
    assert.strictEqual(vscode.env.language, 'vi');
  });

  it('gives its commands Vietnamese titles in the command palette', function () {
    const commands = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as Array<{ command: string; title: string | { value: string } }>;
    const title = (id: string) => {
      const t = commands.find((c) => c.command === id)?.title;
      return typeof t === 'string' ? t : t?.value;
    };
    assert.strictEqual(title('corpusLens.initializeCorpus'), 'Khởi tạo kho ngữ liệu');
    assert.strictEqual(title('corpusLens.showTimeline'), 'Hiện dòng thời gian của thực thể');
  });

  it('says in the status bar, in Vietnamese, what the corpus holds', async function () {
    const status = api.status();
    if (!status || status.indexing) await api.nextStatus();
    assert.match(api.statusBar().text, /^\$\(book\) 9 bài báo · \d+ thực thể · \d+ vấn đề$/);
    assert.match(api.statusBar().tooltip, /Bấm để mở khung Thực thể\./);
  });

  it('reports a missing header, and offers its fix, in Vietnamese', async function () {
    const uri = corpusFile(NO_HEADER);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'header/missing'), 'header/missing');
    const d = ds.find((x) => codeOf(x) === 'header/missing')!;
    assert.strictEqual(d.message, 'Bài báo không có dòng đầu (header): dòng đầu tiên phải có dạng `date YYYY-MM-DD Tiêu đề`.');
    await openArticle(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    assert.ok(actions.some((a) => a.title.startsWith("Chèn dòng đầu 'date ")), JSON.stringify(actions.map((a) => a.title)));
  });

  it('describes an entity on hover in Vietnamese', async function () {
    const doc = await openArticle(corpusFile(ARTICLE_OK));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Vladimir Putin', 3));
    const md = hovers.map(hoverText).join('\n');
    assert.match(md, /\*\*Vladimir Putin\*\* · nhân vật/);
    assert.match(md, /\*\*\d+ lần nhắc đến trong \d+ bài báo\*\*/);
  });

  it('writes the Concordance page in Vietnamese', async function () {
    const rendered = new Promise<ConcordanceRendered>((resolve) => {
      const sub = api.concordance.onDidRender((r) => {
        if (r.status === 'done' && r.label === '“Putin”') {
          sub.dispose();
          resolve(r);
        }
      });
    });
    await api.concordance.show({ phrase: 'Putin' });
    const r = await rendered;
    assert.match(r.summary, new RegExp(`^“Putin”: ${r.total} kết quả trong ${r.articles} bài báo$`));
  });
});
