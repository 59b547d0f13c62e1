// Concordance rows as CSV (RFC 4180) or TSV text. Pure: no vscode import, so unit tests run it.

export type ExportFormat = 'csv' | 'tsv';

export interface ExportRow {
  /** Workspace-relative path (or the URI when outside the workspace). */
  file: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  date?: string;
  title?: string;
  left: string;
  match: string;
  right: string;
}

export const EXPORT_COLUMNS = ['file', 'line', 'column', 'date', 'title', 'left', 'match', 'right'] as const;

/** A CSV field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A TSV field: TSV has no quoting, so tabs and line breaks become spaces. */
export function tsvField(value: string): string {
  return value.replace(/[\t\r\n]/g, ' ');
}

/** The whole file: a header line, then one line per row (CRLF for CSV as RFC 4180 has it, LF for TSV). */
export function formatRows(rows: readonly ExportRow[], format: ExportFormat): string {
  const field = format === 'csv' ? csvField : tsvField;
  const sep = format === 'csv' ? ',' : '\t';
  const eol = format === 'csv' ? '\r\n' : '\n';
  const lines = [EXPORT_COLUMNS.join(sep)];
  for (const r of rows) {
    const values = [r.file, String(r.line), String(r.column), r.date ?? '', r.title ?? '', r.left, r.match, r.right];
    lines.push(values.map(field).join(sep));
  }
  return lines.join(eol) + eol;
}

/** The format a chosen file name asks for (TSV for .tsv/.tab, CSV otherwise). */
export function formatOf(fileName: string): ExportFormat {
  return /\.(tsv|tab)$/i.test(fileName) ? 'tsv' : 'csv';
}
