import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix } from '../core/diagnostic';
import type { LineIndex } from '../core/text/lineIndex';
import { findRule } from '../core/rules';
import { isSafeRule } from '../core/fixes/applyFixes';
import type { CorpusConfig } from '../core/config/corpusConfig';
import { toDiagnostic } from './diagnostics';

export interface CodeActionInput {
  uri: string;
  version: number;
  findings: Finding[];
  lines: LineIndex;
  range: Range;
  only?: string[];
  snippetSupport: boolean;
  config: CorpusConfig;
}

/** Quick fixes for the findings under the cursor, "fix all of this kind", and source.fixAll. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const { findings, lines, range, uri } = input;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const wants = (kind: string) => !input.only || input.only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const diag = (f: Finding) => toDiagnostic(f, lines, uri, () => uri);

  if (wants(CodeActionKind.QuickFix)) {
    const here = findings.filter((f) => f.fixes?.length && f.start <= end && f.end >= start);
    for (const f of here) {
      for (const fix of f.fixes!) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag(f)],
          isPreferred: fix.isPreferred,
          edit: toWorkspaceEdit(input, [fix]),
        });
      }
      const same = findings.filter((g) => g.code === f.code && g.fixes?.length);
      if (same.length > 1 && !actions.some((a) => a.title.startsWith(`Fix all '${f.code}'`))) {
        const merged = mergeFixes(same.map((g) => g.fixes![0]));
        actions.push({
          title: `Fix all '${f.code}' problems in this file (${merged.count})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: same.map(diag),
          edit: toWorkspaceEdit(input, [merged.fix]),
        });
      }
    }
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const safe = findings.filter((f) => {
      const rule = findRule(f.code);
      return f.fixes?.length && rule && isSafeRule(rule, input.config);
    });
    if (safe.length) {
      const merged = mergeFixes(safe.map((f) => f.fixes![0]));
      actions.push({ title: `Corpus Lens: apply ${merged.count} safe fixes`, kind: CodeActionKind.SourceFixAll + '.corpus-lens', edit: toWorkspaceEdit(input, [merged.fix]) });
    }
  }
  return actions;
}

/** Combines fixes whose edits do not overlap; the first of two overlapping fixes wins. */
export function mergeFixes(fixes: Fix[]): { fix: Fix; count: number } {
  const taken: Array<{ start: number; end: number }> = [];
  const edits = [];
  let count = 0;
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)));
    if (clash) continue;
    count++;
    for (const e of fix.edits) {
      taken.push({ start: e.start, end: e.end });
      edits.push(e);
    }
  }
  return { fix: { title: 'merged', edits }, count };
}

function toWorkspaceEdit(input: CodeActionInput, fixes: Fix[]): WorkspaceEdit {
  const edits: Array<TextEdit | { range: Range; snippet: { kind: 'snippet'; value: string } }> = [];
  for (const fix of fixes) {
    for (const e of fix.edits) {
      const range = { start: input.lines.positionAt(e.start), end: input.lines.positionAt(e.end) };
      if (e.snippet && input.snippetSupport) edits.push({ range, snippet: { kind: 'snippet', value: e.newText } });
      else edits.push({ range, newText: e.snippet ? e.plainText ?? e.newText : e.newText });
    }
  }
  return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits: edits as TextEdit[] }] };
}
