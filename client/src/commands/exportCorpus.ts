// Corpus Lens: Export Corpus… — asks for a format and a folder (or takes them as arguments, for
// keybindings and tests), then has the server write the corpus, with a cancellable progress
// notification and a message saying what was written.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_CORPUS, EXPORT_PROGRESS, type ExportCorpusParams, type ExportCorpusResult, type ExportProgressParams } from '../../../server/src/protocol/corpusLensProtocol';

type Format = ExportCorpusParams['format'];

export function registerExportCorpus(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('corpusLens.exportCorpus', (args?: Partial<ExportCorpusParams>) => exportCorpus(client, args)));
}

async function exportCorpus(client: LanguageClient, args: Partial<ExportCorpusParams> = {}): Promise<ExportCorpusResult | undefined> {
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  let outDir = args.outDir;
  if (!outDir) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: vscode.l10n.t('Export Here'),
      title: vscode.l10n.t('Folder for the {0} export', format),
    });
    outDir = picked?.[0]?.fsPath;
  }
  if (!outDir) return undefined;
  const params: ExportCorpusParams = { format, outDir, nested: args.nested, scheme: args.scheme };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the corpus as {0}', format), cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const listener = client.onNotification(EXPORT_PROGRESS, (p: ExportProgressParams) => {
        const pct = Math.floor((p.done / Math.max(1, p.total)) * 100);
        progress.report({ increment: pct - reported, message: vscode.l10n.t('{0} of {1} articles', p.done, p.total) });
        reported = pct;
      });
      try {
        return await client.sendRequest<ExportCorpusResult>(EXPORT_CORPUS, params, token);
      } finally {
        listener.dispose();
      }
    },
  );
  if (result.refused) void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens could not export: {0}', result.refused));
  else if (result.cancelled) void vscode.window.showInformationMessage(vscode.l10n.t('Export cancelled: the folder keeps what it had.'));
  else {
    const skipped = result.skipped.length ? ' ' + vscode.l10n.t('{0} articles skipped (see the output).', result.skipped.length) : '';
    for (const s of result.skipped) client.outputChannel.appendLine(`Export: ${s.path} skipped: ${s.reason}`);
    const open = vscode.l10n.t('Open Folder');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} articles with {1} names to {2}.', result.articles, result.spans, outDir) + skipped, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(outDir!));
    });
  }
  return result;
}

async function pickFormat(): Promise<Format | undefined> {
  const items: Array<vscode.QuickPickItem & { format: Format }> = [
    { format: 'jsonl', label: 'JSONL', description: vscode.l10n.t('one article per line'), detail: vscode.l10n.t('doccano, spaCy, Label Studio: text with [start, end, label] spans (code points), ids and surfaces') },
    { format: 'conll', label: 'CoNLL', description: vscode.l10n.t('one syllable per line'), detail: vscode.l10n.t('VLSP style, IOB2 tags, -DOCSTART- between articles; for sequence taggers') },
    { format: 'brat', label: 'brat', description: vscode.l10n.t('standoff .txt + .ann'), detail: vscode.l10n.t('brat, INCEpTION: every name, nested ones too, with its registry id') },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export the corpus as'), matchOnDetail: true }))?.format;
}
