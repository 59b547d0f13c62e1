// `corpus-lens check [--format text|json] PATH…`

import { MAX_ARTICLE_FILE_BYTES, MAX_YAML_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import { analyzeArticle } from '../core/analyzeArticle';
import { decodeArticle } from '../core/corpus/decodeArticle';
import type { Finding, Severity } from '../core/diagnostic';
import type { CorpusConfig } from '../core/config/corpusConfig';
import { LineIndex, type Position } from '../core/text/lineIndex';
import { collectArticles } from './collectArticles';
import { CorpusChecks } from '../core/corpus/corpusChecks';
import { RegistryLoader } from '../node/registryFiles';

interface JsonDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
}

export async function checkCommand(args: string[], out = process.stdout): Promise<number> {
  let format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--json') format = 'json';
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  if (paths.length === 0) throw new UsageError('check needs at least one file or folder');

  const files: Array<{ path: string; diagnostics: JsonDiagnostic[] }> = [];
  const summary = { files: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  const count = (s: Severity) => {
    if (s === 'error') summary.errors++;
    else if (s === 'warning') summary.warnings++;
    else if (s === 'information') summary.information++;
    else summary.hints++;
  };
  const today = process.env.CORPUS_LENS_TODAY;

  // Two passes: each article's own problems first, then those that need the whole set
  // (shared ids, duplicate bodies). Only findings and line boundaries are kept, not texts.
  const checks = new CorpusChecks();
  // Entities are recognised so entity/unknown is reported; each corpus has its own registry.
  const registries = new RegistryLoader();
  const pending: Array<{ display: string; path: string; lines?: LineIndex; findings: Finding[]; config?: CorpusConfig; unreadable?: string }> = [];
  for (const item of await collectArticles(paths)) {
    if (item.kind === 'config') {
      if (item.problems.length === 0) continue;
      const read = await readRegularFile(item.path, { maxBytes: MAX_YAML_FILE_BYTES });
      const text = read.ok ? read.bytes.toString('utf8') : '';
      const lines = new LineIndex(text);
      const diagnostics = item.problems.map((p) => toJson({ ...p, code: 'config/invalid' }, lines));
      diagnostics.forEach((d) => count(d.severity));
      files.push({ path: item.display, diagnostics });
      continue;
    }
    summary.files++;
    const read = await readRegularFile(item.path, { maxBytes: MAX_ARTICLE_FILE_BYTES });
    const decoded = read.ok ? decodeArticle(read.bytes) : { ok: false as const, reason: read.reason };
    if (!decoded.ok) {
      checks.setUnreadable(item.path);
      pending.push({ display: item.display, path: item.path, findings: [], unreadable: decoded.reason, config: item.corpus.config });
      continue;
    }
    const analysis = analyzeArticle(decoded.text, { config: item.corpus.config, today, registry: (await registries.forCorpus(item.corpus.root, item.corpus.config)).registry });
    checks.set(item.path, decoded.text);
    pending.push({ display: item.display, path: item.path, lines: new LineIndex(decoded.text), findings: analysis.findings, config: item.corpus.config });
  }
  for (const p of pending) {
    const zero = { line: 0, character: 0 };
    const lines = p.lines ?? new LineIndex('');
    const diagnostics: JsonDiagnostic[] = p.unreadable
      ? [{ code: 'file/unreadable', severity: 'error', message: `Skipped: ${p.unreadable}.`, range: { start: zero, end: zero } }]
      : [];
    const all = [...checks.findingsFor(p.path, p.config), ...p.findings].sort((a, b) => a.start - b.start);
    for (const f of all) diagnostics.push(toJson(f, lines));
    diagnostics.forEach((d) => count(d.severity));
    files.push({ path: p.display, diagnostics });
  }

  if (format === 'json') {
    out.write(JSON.stringify({ files, summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings } }) + '\n');
  } else {
    for (const f of files) {
      for (const d of f.diagnostics) {
        out.write(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
      }
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const clean = files.filter((f) => f.diagnostics.length === 0).length;
    out.write(
      `\n${plural(summary.files, 'article')} checked (${clean} clean): ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.information} information, ${plural(summary.hints, 'hint')}\n`,
    );
  }
  return summary.errors > 0 ? 1 : 0;
}

function toJson(f: Pick<Finding, 'code' | 'severity' | 'message' | 'start' | 'end'>, lines: LineIndex): JsonDiagnostic {
  return { code: f.code, severity: f.severity, message: f.message, range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) } };
}

export class UsageError extends Error {}
