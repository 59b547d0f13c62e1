// The status bar item: progress while the corpus is read, then the corpus in figures; a click
// opens the Entities view.

import * as vscode from 'vscode';
import type { CorpusStatusParams } from '../../../server/src/protocol/corpusLensProtocol';

const n = (x: number) => x.toLocaleString('en');

export class CorpusStatusBar {
  readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 0);
  last?: CorpusStatusParams;

  constructor() {
    this.item.name = 'Corpus Lens';
    this.item.text = '$(sync~spin) Corpus Lens';
    this.item.tooltip = 'Corpus Lens is reading the corpus';
    this.item.command = 'corpusLens.entities.focus';
    this.item.show();
  }

  update(s: CorpusStatusParams): void {
    this.last = s;
    if (s.indexing) {
      this.item.text = s.total ? `$(sync~spin) Corpus Lens ${n(s.done ?? 0)}/${n(s.total)}` : '$(sync~spin) Corpus Lens';
      this.item.tooltip = s.total ? `Corpus Lens is reading the corpus: ${n(s.done ?? 0)} of ${n(s.total)} files` : 'Corpus Lens is reading the corpus';
      return;
    }
    const problems = s.problems.errors + s.problems.warnings + s.problems.infos + s.problems.hints;
    this.item.text = `$(book) ${n(s.articles)} articles · ${n(s.entities)} entities · ${n(problems)} problems`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Corpus Lens**\n\n${n(s.articles)} articles, ${n(s.mentions)} mentions of ${n(s.entities)} entities\n\n` +
        `${n(s.problems.errors)} errors · ${n(s.problems.warnings)} warnings · ${n(s.problems.infos)} infos · ${n(s.problems.hints)} hints\n\nClick to open the Entities view.`,
    );
  }

  dispose(): void {
    this.item.dispose();
  }
}
