// The Entities view and the status bar in a real VS Code: the tree's groups, entities, articles
// and mentions (fed by the server's paged requests), the reveal command from the editor, the
// filter, a click on a mention, and the figures in the status bar. Expected values are counted
// in the fixture's files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { corpusFile, corpusLensReady, openArticle, positionOf, readDisk, workspaceRoot } from './helpers';

const PUTIN_ARTICLE = '001_5c1e0a9b7d3f2e41.txt';

type Node = { kind: string; info?: { group: string }; item?: { key?: string; name?: string; mentions?: number; articles?: number; uri?: string; line?: string; matchStart?: number; matchEnd?: number } };
interface ViewApi {
  provider: { getChildren(n?: Node): Promise<Node[]>; getTreeItem(n: Node): vscode.TreeItem };
  view: vscode.TreeView<Node>;
  setFilter(f: string): void;
}
interface Api {
  entities: ViewApi;
  status(): { articles: number; entities: number; indexing: boolean } | undefined;
  nextStatus(): Promise<{ articles: number; entities: number; indexing: boolean }>;
}

const fileName = (uri: string) => uri.split('/').pop() ?? '';

async function fixtureArticles(): Promise<Map<string, string>> {
  const dir = vscode.Uri.joinPath(workspaceRoot(), 'corpus');
  const out = new Map<string, string>();
  for (const [name] of await vscode.workspace.fs.readDirectory(dir)) if (name.endsWith('.txt')) out.set(name, await readDisk(vscode.Uri.joinPath(dir, name)));
  return out;
}

describe('Entities view in a real VS Code', function () {
  let api: Api;
  let articles: Map<string, string>;

  before(async function () {
    this.timeout(90_000);
    await corpusLensReady();
    api = vscode.extensions.getExtension<Api>('corpus-lens.corpus-lens')!.exports;
    articles = await fixtureArticles();
  });

  it('says in the status bar how many articles and entities the corpus has', async function () {
    this.timeout(30_000);
    const status = api.status() ?? (await api.nextStatus());
    assert.strictEqual(status.indexing, false);
    assert.strictEqual(status.articles, articles.size);
    assert.ok(status.entities > 5, `${status.entities} entities`);
  });

  it('reveals the entity under the cursor, with its articles and mentions', async function () {
    this.timeout(30_000);
    const doc = await openArticle(corpusFile(PUTIN_ARTICLE));
    const editor = await vscode.window.showTextDocument(doc);
    const pos = positionOf(doc, 'Vladimir Putin', 3);
    editor.selection = new vscode.Selection(pos, pos);
    const item = await vscode.commands.executeCommand<{ key: string; name: string; mentions: number; articles: number }>('corpusLens.revealInEntities');
    assert.ok(item, 'an entity at the cursor');
    assert.strictEqual(item.name, 'Vladimir Putin');
    // The workbench reports the selection back after the reveal.
    const view = api.entities.view;
    // Mocha's timeout bounds the wait; no timer of our own.
    const selected =
      view.selection[0] ??
      (await new Promise<Node | undefined>((resolve) => {
        const sub = view.onDidChangeSelection((e) => {
          sub.dispose();
          resolve(e.selection[0]);
        });
      }));
    assert.ok(selected && selected.kind === 'entity' && selected.item?.key === item.key, `selected: ${JSON.stringify(selected)}`);

    // The articles under it: those whose text names Putin, each with its mentions' lines.
    const withPutin = [...articles].filter(([, t]) => /Putin/.test(t)).map(([n]) => n).sort();
    const children = await api.entities.provider.getChildren(selected);
    assert.deepStrictEqual(children.map((c) => fileName(c.item!.uri!)).sort(), withPutin);
    const first = children.find((c) => fileName(c.item!.uri!) === PUTIN_ARTICLE)!;
    const mentions = await api.entities.provider.getChildren(first);
    const expected = (articles.get(PUTIN_ARTICLE)!.match(/Putin/g) ?? []).length;
    assert.strictEqual(mentions.length, expected);
    for (const m of mentions) assert.match(m.item!.line!.slice(m.item!.matchStart, m.item!.matchEnd), /Putin/);

    // A click on a mention opens the article there.
    const tree = await api.entities.provider.getTreeItem(mentions[mentions.length - 1]);
    const command = (tree as vscode.TreeItem).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(fileName(active.document.uri.toString()), PUTIN_ARTICLE);
    assert.match(active.document.getText(active.selection), /Putin/);
  });

  it('filters the groups ignoring case and diacritics', async function () {
    this.timeout(30_000);
    api.entities.setFilter('LE HOAI');
    try {
      const groups = await api.entities.provider.getChildren();
      assert.deepStrictEqual(groups.map((g) => g.info!.group), ['person']);
      const people = await api.entities.provider.getChildren(groups[0]);
      assert.deepStrictEqual(people.map((p) => p.item!.name), ['Lê Hoài Trung']);
    } finally {
      api.entities.setFilter('');
    }
    const all = await api.entities.provider.getChildren();
    assert.ok(all.length >= 3, all.map((g) => g.info!.group).join(', '));
  });
});
