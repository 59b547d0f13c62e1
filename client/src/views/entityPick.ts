// Which entity a view is about: the one under the cursor (ENTITY_AT), or one the user picks from a
// quick pick that searches the corpus's entities as they type (ENTITY_GROUPS + ENTITIES).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ENTITIES,
  ENTITY_AT,
  ENTITY_GROUPS,
  ENTITY_MENTIONS,
  type EntitiesParams,
  type EntitiesResult,
  type EntityAtParams,
  type EntityAtResult,
  type EntityGroupsParams,
  type EntityGroupsResult,
  type EntityItem,
  type EntityMentionsParams,
  type EntityMentionsResult,
} from '../../../server/src/protocol/corpusLensProtocol';

export const ARTICLE_LANGUAGE = 'corpus-article';

/** The entity mentioned at a position of a corpus article, if any. */
export async function entityAt(client: LanguageClient, doc: vscode.TextDocument, pos: vscode.Position): Promise<EntityItem | undefined> {
  if (doc.languageId !== ARTICLE_LANGUAGE) return undefined;
  const params: EntityAtParams = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
    position: { line: pos.line, character: pos.character },
  };
  return (await client.sendRequest<EntityAtResult>(ENTITY_AT, params)) ?? undefined;
}

/** Whether `range` lies inside one of the mentions of `key` in `doc` (a selected name, not a longer phrase). */
export async function insideMention(client: LanguageClient, key: string, doc: vscode.TextDocument, range: vscode.Range): Promise<boolean> {
  const params: EntityMentionsParams = { key, uri: client.code2ProtocolConverter.asUri(doc.uri) };
  const { items } = await client.sendRequest<EntityMentionsResult>(ENTITY_MENTIONS, params);
  return items.some((m) => {
    const r = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    return r.contains(range);
  });
}

const TYPE_LABEL: Record<string, () => string> = {
  person: () => vscode.l10n.t('person'),
  organization: () => vscode.l10n.t('organisation'),
  place: () => vscode.l10n.t('place'),
  sector: () => vscode.l10n.t('sector'),
  event: () => vscode.l10n.t('event'),
  'unknown-person': () => vscode.l10n.t('person (not in the registry)'),
};

interface EntityPickItem extends vscode.QuickPickItem {
  entity: EntityItem;
}

function itemOf(e: EntityItem): EntityPickItem {
  return {
    label: e.name,
    description: TYPE_LABEL[e.group]?.() ?? e.type,
    detail:
      e.mentions === 1
        ? e.articles === 1
          ? vscode.l10n.t('1 mention in 1 article')
          : vscode.l10n.t('1 mention in {0} articles', e.articles)
        : e.articles === 1
          ? vscode.l10n.t('{0} mentions in 1 article', e.mentions)
          : vscode.l10n.t('{0} mentions in {1} articles', e.mentions, e.articles),
    // The server has filtered them (ignoring diacritics, on aliases too): the quick pick's own
    // filter would hide "Hà Nội" for "ha noi".
    alwaysShow: true,
    entity: e,
  };
}

/** The entities whose names match `filter` (case and diacritics ignored), most mentioned first. */
async function searchEntities(client: LanguageClient, filter: string, token: vscode.CancellationToken): Promise<EntityItem[]> {
  const groupParams: EntityGroupsParams = filter ? { filter } : {};
  const { groups } = await client.sendRequest<EntityGroupsResult>(ENTITY_GROUPS, groupParams, token);
  const pages = await Promise.all(
    groups
      .filter((g) => g.entities > 0)
      .map((g) => {
        const p: EntitiesParams = { group: g.group, filter: filter || undefined, sort: 'mentions', limit: 25 };
        return client.sendRequest<EntitiesResult>(ENTITIES, p, token);
      }),
  );
  return pages
    .flatMap((p) => p.items)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi'))
    .slice(0, 60);
}

/**
 * A quick pick over the corpus's entities, searched as the user types. With `many`, several can be
 * chosen (the timeline compares them); the chosen ones stay in the list while the search changes.
 */
export function pickEntities(client: LanguageClient, options: { title: string; many: boolean; placeholder?: string }): Promise<EntityItem[] | undefined> {
  const qp = vscode.window.createQuickPick<EntityPickItem>();
  qp.title = options.title;
  qp.placeholder = options.placeholder ?? vscode.l10n.t('Type part of a name (case and diacritics ignored)');
  qp.canSelectMany = options.many;
  let cts: vscode.CancellationTokenSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const chosen = new Map<string, EntityPickItem>();

  const refresh = (filter: string) => {
    cts?.cancel();
    const mine = (cts = new vscode.CancellationTokenSource());
    qp.busy = true;
    searchEntities(client, filter.trim(), mine.token).then(
      (found) => {
        if (mine.token.isCancellationRequested) return;
        const kept = [...chosen.values()];
        const items = [...kept, ...found.filter((e) => !chosen.has(e.key)).map(itemOf)];
        qp.items = items;
        if (options.many) qp.selectedItems = kept;
        qp.busy = false;
      },
      (err: unknown) => {
        if (mine.token.isCancellationRequested) return;
        qp.busy = false;
        qp.items = [...chosen.values()];
        void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens: could not search the entities: {0}', err instanceof Error ? err.message : String(err)));
      },
    );
  };

  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: EntityItem[] | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      cts?.cancel();
      if (timer) clearTimeout(timer);
      qp.dispose();
    };
    qp.onDidChangeValue((v) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => refresh(v), 150);
    });
    qp.onDidChangeSelection((sel) => {
      if (!options.many) return;
      chosen.clear();
      for (const s of sel) chosen.set(s.entity.key, s);
    });
    qp.onDidAccept(() => {
      // Enter without ticking anything takes the highlighted entity, else the first one listed.
      const top = qp.activeItems[0] ?? qp.items[0];
      const picked = options.many && qp.selectedItems.length ? [...qp.selectedItems] : top ? [top] : [];
      finish(picked.length ? picked.map((p) => p.entity) : undefined);
    });
    qp.onDidHide(() => finish(undefined));
    qp.show();
    refresh('');
  });
}
