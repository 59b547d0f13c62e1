// The Entities view (Explorer): entities by group, sorted by mentions or name, filtered ignoring
// case and diacritics; an entity expands to its articles, an article to its mentions. Every
// level is a page from the server (the index answers; nothing is rescanned), with a "more"
// node when a level holds more.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ENTITIES,
  ENTITY_ARTICLES,
  ENTITY_AT,
  ENTITY_GROUPS,
  ENTITY_MENTIONS,
  type EntitiesResult,
  type EntityArticleItem,
  type EntityArticlesResult,
  type EntityAtResult,
  type EntityGroup,
  type EntityGroupInfo,
  type EntityGroupsResult,
  type EntityItem,
  type EntityMentionsResult,
  type MentionLine,
} from '../../../server/src/protocol/corpusLensProtocol';

export const ENTITIES_VIEW = 'corpusLens.entities';
const PAGE = 200;

const GROUP_LABELS: Record<EntityGroup, () => string> = {
  person: () => vscode.l10n.t('People'),
  'unknown-person': () => vscode.l10n.t('Unknown people'),
  organization: () => vscode.l10n.t('Organisations'),
  place: () => vscode.l10n.t('Places'),
  sector: () => vscode.l10n.t('Sectors'),
  event: () => vscode.l10n.t('Events'),
};
const n = (x: number) => x.toLocaleString(vscode.env.language);
const GROUP_ICONS: Record<EntityGroup, string> = {
  person: 'person',
  'unknown-person': 'question',
  organization: 'organization',
  place: 'location',
  sector: 'symbol-class',
  event: 'calendar',
};

export type EntityNode =
  | { kind: 'group'; info: EntityGroupInfo }
  | { kind: 'entity'; item: EntityItem }
  | { kind: 'article'; entity: EntityItem; item: EntityArticleItem }
  | { kind: 'mention'; entity: EntityItem; article: EntityArticleItem; item: MentionLine }
  | { kind: 'more'; parent: EntityNode | undefined; shown: number; total: number };

type Page<T> = { items: T[]; total: number };

export interface EntitiesViewApi {
  readonly provider: EntitiesProvider;
  readonly view: vscode.TreeView<EntityNode>;
  /** Reveals the entity under the cursor of the active editor; resolves to it (undefined: none there). */
  revealAtCursor(): Promise<EntityItem | undefined>;
  setFilter(filter: string): void;
  setSort(sort: 'mentions' | 'name'): void;
}

export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';
  sort: 'mentions' | 'name' = 'mentions';
  /** Pages loaded so far per expandable node (by id): "more" extends them. */
  private readonly loaded = new Map<string, number>();
  /** The children handed out last, by parent id: reveal walks them, getParent answers from them. */
  private readonly parents = new Map<string, EntityNode | undefined>();

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  reset(): void {
    this.loaded.clear();
    this.refresh();
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const t = new vscode.TreeItem(GROUP_LABELS[node.info.group](), vscode.TreeItemCollapsibleState.Collapsed);
        t.description = vscode.l10n.t('{0} · {1} mentions', n(node.info.entities), n(node.info.mentions));
        t.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.info.group]);
        t.id = idOf(node);
        t.contextValue = 'group';
        return t;
      }
      case 'entity': {
        const t = new vscode.TreeItem(node.item.name, vscode.TreeItemCollapsibleState.Collapsed);
        t.description = vscode.l10n.t('{0} mentions · {1} articles', n(node.item.mentions), n(node.item.articles));
        t.tooltip = `${node.item.name} (${node.item.type}, ${node.item.key})`;
        t.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.item.group]);
        t.id = idOf(node);
        // Unknown people can be filed in the registry or ignored from here.
        t.contextValue = node.item.group === 'unknown-person' ? 'unknownEntity' : 'entity';
        return t;
      }
      case 'article': {
        const file = vscode.Uri.parse(node.item.uri);
        const t = new vscode.TreeItem(node.item.title || fileName(file), vscode.TreeItemCollapsibleState.Collapsed);
        t.description = `${node.item.date ?? vscode.l10n.t('no date')} · ${node.item.mentions}×`;
        t.tooltip = `${fileName(file)}${node.item.title ? `\n${node.item.title}` : ''}`;
        t.resourceUri = file;
        t.iconPath = vscode.ThemeIcon.File;
        t.id = idOf(node);
        t.contextValue = 'article';
        return t;
      }
      case 'mention': {
        const m = node.item;
        const label: vscode.TreeItemLabel = { label: m.line.trim() === '' ? m.line : m.line, highlights: [[m.matchStart, m.matchEnd]] };
        const t = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        t.description = `${m.range.start.line + 1}:${m.range.start.character + 1}`;
        t.id = idOf(node);
        t.contextValue = 'mention';
        const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
        t.command = { command: 'vscode.open', title: vscode.l10n.t('Open the mention'), arguments: [vscode.Uri.parse(node.article.uri), { selection: range } satisfies vscode.TextDocumentShowOptions] };
        return t;
      }
      case 'more': {
        const t = new vscode.TreeItem(vscode.l10n.t('Show more… ({0} of {1})', n(node.shown), n(node.total)), vscode.TreeItemCollapsibleState.None);
        t.id = idOf(node);
        t.command = { command: 'corpusLens.entities.showMore', title: vscode.l10n.t('Show more'), arguments: [node] };
        return t;
      }
    }
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    const children = await this.childrenOf(node);
    for (const c of children) this.parents.set(idOf(c), node);
    return children;
  }

  getParent(node: EntityNode): EntityNode | undefined {
    if (node.kind === 'entity') return this.parents.get(idOf(node)) ?? groupNode(node.item.group);
    return this.parents.get(idOf(node));
  }

  /** The next page of the level a "more" node ends. */
  showMore(more: Extract<EntityNode, { kind: 'more' }>): void {
    const id = more.parent ? idOf(more.parent) : 'root';
    this.loaded.set(id, (this.loaded.get(id) ?? 1) + 1);
    this.changed.fire(more.parent);
  }

  private pages(node: EntityNode | undefined): number {
    return this.loaded.get(node ? idOf(node) : 'root') ?? 1;
  }

  private async childrenOf(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const r = await this.client.sendRequest<EntityGroupsResult>(ENTITY_GROUPS, { filter: this.filter });
      return r.groups.map((info) => ({ kind: 'group' as const, info }));
    }
    const count = PAGE * this.pages(node);
    switch (node.kind) {
      case 'group': {
        const r = await pagesOf(count, (offset, limit) =>
          this.client.sendRequest<EntitiesResult>(ENTITIES, { group: node.info.group, filter: this.filter, sort: this.sort, offset, limit }),
        );
        return withMore(node, r, (item) => ({ kind: 'entity', item }));
      }
      case 'entity': {
        const r = await pagesOf(count, (offset, limit) => this.client.sendRequest<EntityArticlesResult>(ENTITY_ARTICLES, { key: node.item.key, offset, limit }));
        return withMore(node, r, (item) => ({ kind: 'article', entity: node.item, item }));
      }
      case 'article': {
        const r = await this.client.sendRequest<EntityMentionsResult>(ENTITY_MENTIONS, { key: node.entity.key, uri: node.item.uri });
        return r.items.map((item) => ({ kind: 'mention', entity: node.entity, article: node.item, item }));
      }
      default:
        return [];
    }
  }

  /** Finds the node of an entity, loading pages of its group until it is there. */
  async entityNode(item: EntityItem): Promise<EntityNode | undefined> {
    const group = (await this.getChildren()).find((g) => g.kind === 'group' && g.info.group === item.group);
    if (!group) return undefined;
    for (;;) {
      const children = await this.getChildren(group);
      const found = children.find((c) => c.kind === 'entity' && c.item.key === item.key);
      if (found) return found;
      const more = children.find((c) => c.kind === 'more');
      if (!more) return undefined;
      // Twice as many each time: an entity far down the list takes a few requests, not hundreds.
      this.loaded.set(idOf(group), this.pages(group) * 2);
    }
  }
}

/** The first `count` items of a listing, in requests of at most 1,000 (the server's page limit). */
async function pagesOf<T>(count: number, fetch: (offset: number, limit: number) => Thenable<Page<T>>): Promise<Page<T>> {
  const items: T[] = [];
  let total = 0;
  do {
    const page = await fetch(items.length, Math.min(1000, count - items.length));
    items.push(...page.items);
    total = page.total;
    if (!page.items.length) break;
  } while (items.length < Math.min(count, total));
  return { items, total };
}

function withMore<T>(parent: EntityNode, page: Page<T>, make: (item: T) => EntityNode): EntityNode[] {
  const nodes = page.items.map(make);
  if (page.total > page.items.length) nodes.push({ kind: 'more', parent, shown: page.items.length, total: page.total });
  return nodes;
}

function groupNode(group: EntityGroup): EntityNode {
  return { kind: 'group', info: { group, entities: 0, mentions: 0 } };
}

function idOf(node: EntityNode): string {
  switch (node.kind) {
    case 'group':
      return `group:${node.info.group}`;
    case 'entity':
      return `entity:${node.item.key}`;
    case 'article':
      return `article:${node.entity.key}:${node.item.uri}`;
    case 'mention':
      return `mention:${node.entity.key}:${node.article.uri}:${node.item.range.start.line}:${node.item.range.start.character}`;
    case 'more':
      return `more:${node.parent ? idOf(node.parent) : 'root'}`;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function registerEntitiesView(context: vscode.ExtensionContext, client: LanguageClient): EntitiesViewApi {
  const provider = new EntitiesProvider(client);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    view.description = provider.filter ? vscode.l10n.t('filter: {0}', provider.filter) : undefined;
    void vscode.commands.executeCommand('setContext', 'corpusLens.entities.filtered', provider.filter !== '');
    void vscode.commands.executeCommand('setContext', 'corpusLens.entities.sort', provider.sort);
  };
  describe();
  const api: EntitiesViewApi = {
    provider,
    view,
    async revealAtCursor() {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const at = await client.sendRequest<EntityAtResult>(ENTITY_AT, {
        textDocument: { uri: editor.document.uri.toString() },
        position: { line: editor.selection.active.line, character: editor.selection.active.character },
      });
      if (!at) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: no entity is mentioned at the cursor.'));
        return undefined;
      }
      // A filter that hides the entity would make it impossible to show.
      if (provider.filter) {
        provider.filter = '';
        describe();
        provider.reset();
      }
      if (!view.visible) await vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`);
      for (let attempt = 1; ; attempt++) {
        const node = await provider.entityNode(at);
        if (!node) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: {0} is not in the Entities view yet (the corpus is still being read?).', at.name));
          return undefined;
        }
        try {
          // The group first: a tree that has not loaded its top level yet takes the reveal of
          // a nested node but selects nothing (seen in VS Code 1.10x).
          const group = provider.getParent(node);
          if (group) await view.reveal(group, { select: false, focus: false, expand: true });
          await view.reveal(node, { select: true, focus: true, expand: true });
          return at;
        } catch (e) {
          // The tree was refreshed under the reveal (the view shown just now, or the index
          // moved on): the nodes are new ones, so look the entity up again.
          if (attempt === 3) throw e;
        }
      }
    },
    setFilter(filter) {
      provider.filter = filter.trim();
      describe();
      provider.reset();
    },
    setSort(sort) {
      provider.sort = sort;
      describe();
      provider.reset();
    },
  };
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('corpusLens.revealInEntities', () => api.revealAtCursor()),
    vscode.commands.registerCommand('corpusLens.entities.showMore', (node: Extract<EntityNode, { kind: 'more' }>) => provider.showMore(node)),
    vscode.commands.registerCommand('corpusLens.entities.filter', async () => {
      const filter = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter entities'),
        prompt: vscode.l10n.t('Names and spellings seen in the articles; case and diacritics are ignored (ha noi finds Hà Nội).'),
        value: provider.filter,
      });
      if (filter !== undefined) api.setFilter(filter);
    }),
    vscode.commands.registerCommand('corpusLens.entities.clearFilter', () => api.setFilter('')),
    vscode.commands.registerCommand('corpusLens.entities.sortByName', () => api.setSort('name')),
    vscode.commands.registerCommand('corpusLens.entities.sortByMentions', () => api.setSort('mentions')),
    vscode.commands.registerCommand('corpusLens.entities.refresh', () => provider.refresh()),
  );
  return api;
}
