// The status bar item: progress while the corpus is read, then the corpus in figures; a click
// opens the Entities view.

import * as vscode from 'vscode';
import type { CorpusStatusParams } from '../../../server/src/protocol/corpusLensProtocol';

const n = (x: number) => x.toLocaleString(vscode.env.language);

export class CorpusStatusBar {
  readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 0);
  last?: CorpusStatusParams;

  constructor() {
    this.item.name = 'Corpus Lens';
    this.item.text = '$(sync~spin) Corpus Lens';
    this.item.tooltip = vscode.l10n.t('Corpus Lens is reading the corpus');
    this.item.command = 'corpusLens.entities.focus';
    this.item.show();
  }

  update(s: CorpusStatusParams): void {
    this.last = s;
    if (s.indexing) {
      this.item.text = s.total ? `$(sync~spin) Corpus Lens ${n(s.done ?? 0)}/${n(s.total)}` : '$(sync~spin) Corpus Lens';
      this.item.tooltip = s.total ? vscode.l10n.t('Corpus Lens is reading the corpus: {0} of {1} files', n(s.done ?? 0), n(s.total)) : vscode.l10n.t('Corpus Lens is reading the corpus');
      return;
    }
    const problems = s.problems.errors + s.problems.warnings + s.problems.infos + s.problems.hints;
    this.item.text = `$(book) ${vscode.l10n.t('{0} articles · {1} entities · {2} problems', n(s.articles), n(s.entities), n(problems))}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Corpus Lens**\n\n${vscode.l10n.t('{0} articles, {1} mentions of {2} entities', n(s.articles), n(s.mentions), n(s.entities))}\n\n` +
        `${vscode.l10n.t('{0} errors · {1} warnings · {2} infos · {3} hints', n(s.problems.errors), n(s.problems.warnings), n(s.problems.infos), n(s.problems.hints))}\n\n${vscode.l10n.t('Click to open the Entities view.')}`,
    );
  }

  dispose(): void {
    this.item.dispose();
  }
}
