import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix } from '../core/diagnostic';
import type { LineIndex } from '../core/text/lineIndex';
import { findRule } from '../core/rules';
import { isSafeRule, selectFixes } from '../core/fixes/applyFixes';
import type { CorpusConfig } from '../core/config/corpusConfig';
import { toDiagnostic } from './diagnostics';
import { translator } from '../core/i18n';

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
  const t = translator(input.config.language);

  if (wants(CodeActionKind.QuickFix)) {
    const here = findings.filter((f) => f.fixes?.length && f.start <= end && f.end >= start);
    const fixAllOffered = new Set<string>();
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
      if (same.length > 1 && !fixAllOffered.has(f.code)) {
        fixAllOffered.add(f.code);
        const merged = mergeFixes(same);
        actions.push({
          title: t('server.fixAll', { code: f.code, count: merged.count }),
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
      const merged = mergeFixes(safe);
      actions.push({ title: t('server.safeFixes', { count: merged.count }), kind: CodeActionKind.SourceFixAll + '.corpus-lens', edit: toWorkspaceEdit(input, [merged.fix]) });
    }
  }
  return actions;
}

/** Combines fixes whose edits do not overlap; the first of two overlapping fixes wins. */
/** The fixes of these findings that can go together, chosen as `corpus-lens fix` chooses them
 *  (core/fixes/applyFixes.ts: widest first, no overlap; linear in the edits), as one edit. */
export function mergeFixes(findings: Finding[]): { fix: Fix; count: number } {
  const chosen = selectFixes(findings);
  const edits = [];
  for (const c of chosen) for (const e of c.fix.edits) edits.push(e);
  return { fix: { title: 'merged', edits }, count: chosen.length };
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
