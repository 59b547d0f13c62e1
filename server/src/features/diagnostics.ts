import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/diagnostic';
import type { LineIndex } from '../core/text/lineIndex';
import { translator, type Language } from '../core/i18n';
import { MAX_KEPT_FINDINGS } from '../core/summary/keptFindings';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// docs/rules.md ships with the extension next to dist/; each section has an anchor named by its code.
const rulesDoc = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).toString();

export function ruleLink(code: string): string {
  return `${rulesDoc}#${code}`;
}

/** `uri` is the article's own; related information in other files points at their start. */
export function toDiagnostic(f: Finding, lines: LineIndex, uri: string, uriOf: (p: string) => string): Diagnostic {
  const d: Diagnostic = {
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    severity: severities[f.severity],
    code: f.code,
    codeDescription: { href: ruleLink(f.code) },
    source: 'corpus-lens',
    message: f.message,
  };
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: {
        uri: r.path ? uriOf(r.path) : uri,
        range: r.path ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : { start: lines.positionAt(r.start), end: lines.positionAt(r.end) },
      },
      message: r.message,
    }));
  }
  return d;
}

/** Problems shown per file: beyond this, one more diagnostic says how many are left out. As
 *  many as a summary keeps (beyond them it counts). */
export const MAX_DIAGNOSTICS_PER_FILE = MAX_KEPT_FINDINGS;
/** Longer messages (a quoted run of text) are cut. */
export const MAX_MESSAGE_LENGTH = 1000;

/** Keeps an editor responsive on a file with thousands of problems and on huge messages.
 *  `unlisted`: problems of the file its summary counts without keeping them (keptFindings). */
export function capDiagnostics(list: Diagnostic[], language?: Language, unlisted = 0): Diagnostic[] {
  for (const d of list) if (typeof d.message === 'string' && d.message.length > MAX_MESSAGE_LENGTH) d.message = d.message.slice(0, MAX_MESSAGE_LENGTH - 1) + '…';
  if (list.length <= MAX_DIAGNOSTICS_PER_FILE && unlisted === 0) return list;
  const shown = list.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown.at(-1)?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  shown.push({
    range: last,
    severity: DiagnosticSeverity.Information,
    code: 'internal/too-many-problems',
    source: 'corpus-lens',
    message: translator(language)('internal.tooMany', { count: list.length - shown.length + unlisted, max: MAX_DIAGNOSTICS_PER_FILE }),
  });
  return shown;
}
