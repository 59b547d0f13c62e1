// Corpus Lens: Review Unknown People — the people the articles name whom the registry does not
// know, grouped when one person is written differently, most mentioned first. Each can be filed
// in entities.yaml (a new entry, or its spellings as aliases of an entry the registry has), with
// a preview of the edit, or looked at in the concordance first.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UNKNOWN_PEOPLE, type UnknownPeopleResult, type UnknownPersonGroupItem } from '../../../server/src/protocol/corpusLensProtocol';

interface GroupPick extends vscode.QuickPickItem {
  group: UnknownPersonGroupItem;
}

export interface UnknownPeopleApi {
  groups(): Promise<UnknownPersonGroupItem[]>;
  file(group: UnknownPersonGroupItem, preview: boolean): Promise<boolean>;
}

export function registerUnknownPeople(context: vscode.ExtensionContext, client: LanguageClient): UnknownPeopleApi {
  const groups = async () => (await client.sendRequest<UnknownPeopleResult>(UNKNOWN_PEOPLE, {})).groups;
  /** Applies a server-made edit; shown in the Refactor Preview first when asked, so the user
   *  sees the YAML before it is written. */
  const apply = async (protocolEdit: NonNullable<UnknownPersonGroupItem['edit']>, label: string, preview: boolean) => {
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(protocolEdit);
    if (!preview) return vscode.workspace.applyEdit(edit);
    const annotated = new vscode.WorkspaceEdit();
    const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label };
    for (const [uri, edits] of edit.entries()) {
      // A registry or settings file that does not exist yet is created first.
      if (!(await vscode.workspace.fs.stat(uri).then(() => true, () => false))) annotated.createFile(uri, { ignoreIfExists: true }, metadata);
      for (const e of edits) annotated.replace(uri, e.range, e.newText, metadata);
    }
    return vscode.workspace.applyEdit(annotated, { isRefactoring: true });
  };
  const file = async (group: UnknownPersonGroupItem, preview: boolean) => {
    if (!group.edit) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Lens: {0} cannot be filed automatically (the registry file already has that entry, or cannot be written).', group.name));
      return false;
    }
    return apply(group.edit, vscode.l10n.t('File {0}', group.name), preview);
  };
  /** The group an unknown person of the Entities view belongs to. */
  const groupOf = async (key: string) => {
    const g = (await groups()).find((x) => x.members.some((m) => m.key === key));
    if (!g) void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: that person is no longer unknown (or is ignored).'));
    return g;
  };
  context.subscriptions.push(
    // From the Entities view's context menu on an unknown person.
    vscode.commands.registerCommand('corpusLens.entities.fileUnknown', async (node?: { item?: { key?: string } }) => {
      const g = node?.item?.key ? await groupOf(node.item.key) : undefined;
      if (g) await file(g, true);
    }),
    vscode.commands.registerCommand('corpusLens.entities.ignoreUnknown', async (node?: { item?: { key?: string } }) => {
      const g = node?.item?.key ? await groupOf(node.item.key) : undefined;
      if (g?.ignoreEdit) await apply(g.ignoreEdit, vscode.l10n.t('Ignore {0}', g.name), true);
    }),
    vscode.commands.registerCommand('corpusLens.reviewUnknownPeople', async () => {
      const list = await groups();
      if (!list.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: every person the articles name with a title is in the registry.'));
        return;
      }
      const picked = await vscode.window.showQuickPick<GroupPick>(
        list.map((group) => ({
          group,
          label: group.name,
          description: vscode.l10n.t('{0} mentions · {1} articles', group.mentions, group.articles),
          detail: [
            group.aliases.length ? vscode.l10n.t('also {0}', group.aliases.join(', ')) : '',
            group.titles.length ? group.titles.map((t) => `${t.title}${t.first ? ` (${t.first}${t.last && t.last !== t.first ? ` – ${t.last}` : ''})` : ''}`).join('; ') : '',
            group.suggestion.kind === 'alias' ? vscode.l10n.t('the registry has {0}', group.suggestion.entityName) : '',
          ]
            .filter(Boolean)
            .join(' · '),
        })),
        { title: vscode.l10n.t('Review unknown people'), placeHolder: vscode.l10n.t('People the registry does not know, most mentioned first'), matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      const g = picked.group;
      const fileLabel = g.suggestion.kind === 'new' ? vscode.l10n.t('Add {0} to the registry', g.name) : vscode.l10n.t('Add {0} spelling(s) as aliases of {1}', g.aliases.length, g.suggestion.entityName);
      const action = await vscode.window.showQuickPick(
        [
          { label: fileLabel, id: 'file' },
          { label: vscode.l10n.t('Ignore {0}', g.name), description: vscode.l10n.t('kept in corpus-lens.yaml (ignoreUnknown): not reported, not listed here'), id: 'ignore' },
          { label: vscode.l10n.t('Show the mentions of {0} in the concordance', g.name), id: 'show' },
        ],
        { title: g.name },
      );
      if (action?.id === 'file') await file(g, true);
      else if (action?.id === 'ignore' && g.ignoreEdit) await apply(g.ignoreEdit, vscode.l10n.t('Ignore {0}', g.name), true);
      else if (action?.id === 'show') await vscode.commands.executeCommand('corpusLens.showConcordance', { entity: g.members[0].key });
    }),
  );
  return { groups, file };
}
