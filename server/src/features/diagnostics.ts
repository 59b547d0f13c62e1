import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/diagnostic';
import type { LineIndex } from '../core/text/lineIndex';

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
