// `corpus-lens check [--format text|json] PATH…`

import { MAX_YAML_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import * as path from 'node:path';
import type { Finding, Severity } from '../core/diagnostic';
import type { RegistryProblem } from '../core/entities/types';
import { LineIndex, type Position } from '../core/text/lineIndex';
import { collectArticles } from './collectArticles';
import { indexArticles, parseEngineOptions } from './indexArticles';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';

interface JsonDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
  /** The problems of its rule it stands for, from here on (a file's first 1,000 are listed one
   *  by one: keptFindings); absent: one. */
  count?: number;
}

export async function checkCommand(args: string[], out: { write(s: string): unknown } = process.stdout, err: { write(s: string): unknown } = process.stderr): Promise<number> {
  const { options, rest } = parseEngineOptions(args);
  const env = translator(envLanguage());
  let format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--json') format = 'json';
    else if (a.startsWith('-')) throw new UsageError(env('cli.unknownOption', { option: a }));
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(env('cli.format', { format }));
  if (paths.length === 0) throw new UsageError(env('cli.needsPath', { command: 'check' }));

  const summary = { files: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  let clean = 0;
  const count = (s: Severity, n: number) => {
    if (s === 'error') summary.errors += n;
    else if (s === 'warning') summary.warnings += n;
    else if (s === 'information') summary.information += n;
    else summary.hints += n;
  };
  // Each file's result is written as soon as it is known, so the output is never held whole.
  let first = true;
  const emit = (display: string, diagnostics: JsonDiagnostic[]) => {
    diagnostics.forEach((d) => count(d.severity, d.count ?? 1));
    if (format === 'json') {
      out.write((first ? '{"files":[' : ',') + JSON.stringify({ path: display, diagnostics }));
      first = false;
      return;
    }
    for (const d of diagnostics) out.write(`${display}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
  };

  const items = await collectArticles(paths);
  // What is about no one corpus (a path without articles, the summary) is in the corpora's
  // language when they agree, else in the environment's.
  const t = translator(outputLanguage(new Map(items.filter((i) => i.kind === 'article').map((i) => [i.corpus.root, i.corpus])).values()));
  for (const item of items) {
    if (item.kind !== 'config' || item.problems.length === 0) continue;
    const read = await readRegularFile(item.path, { maxBytes: MAX_YAML_FILE_BYTES });
    const lines = new LineIndex(read.ok ? read.bytes.toString('utf8') : '');
    emit(item.display, item.problems.map((p) => toJson({ ...p, code: 'config/invalid' }, lines)));
  }
  // Problems that need the whole corpus (shared ids, duplicate bodies) are known once every
  // article is indexed: the files are reported after the scan, in the order they were given.
  const run = await indexArticles(items, options, undefined, { savedIndex: true });
  for (const note of run.notes) err.write(`corpus-lens: ${note}\n`);
  // A folder that holds no article says so: a misspelt include glob must not pass in silence.
  let nothing = false;
  for (const given of paths) {
    const abs = path.resolve(given);
    if (!items.some((i) => i.kind === 'article' && (i.path === abs || i.path.startsWith(abs + path.sep)))) {
      err.write(`corpus-lens: ${t('cli.noArticles', { path: given })}\n`);
      nothing = true;
    }
  }
  // The registries' own problems (entities.yaml), once per file.
  const reported = new Set<string>();
  for (const g of run.corpora) {
    if (!g.registrySources.some((x) => !x.builtin)) continue; // the built-in files are checked by our tests
    const byFile = new Map<string, RegistryProblem[]>();
    for (const p of (await g.registry()).problems) {
      if (reported.has(p.path)) continue;
      byFile.set(p.path, [...(byFile.get(p.path) ?? []), p]);
    }
    for (const [file, problems] of byFile) {
      reported.add(file);
      const source = g.registrySources.find((x) => x.path === file);
      const lines = new LineIndex(source?.text ?? '');
      emit(path.relative(process.cwd(), file) || file, problems.map((p) => toJson(p, lines)));
    }
  }
  for (const { corpus, index, articles } of run.corpora) {
    for (const a of articles) {
      summary.files++;
      const reason = index.unreadableReason(a.path);
      const zero = { line: 0, character: 0 };
      const diagnostics: JsonDiagnostic[] = reason ? [{ code: 'file/unreadable', severity: 'error', message: translator(corpus.config.language)('file.skipped', { reason }), range: { start: zero, end: zero } }] : [];
      const stored = index.lineBoundaries(a.path);
      const lines = stored ? LineIndex.fromBoundaries(stored.lineStarts, stored.lineEnds, stored.length) : new LineIndex('');
      for (const f of index.findingsFor(a.path, corpus.config)) diagnostics.push(toJson(f, lines));
      if (diagnostics.length === 0) clean++;
      emit(a.display, diagnostics);
    }
  }

  if (format === 'json') {
    out.write(`${first ? '{"files":[' : ''}],"summary":${JSON.stringify({ files: summary.files, errors: summary.errors, warnings: summary.warnings })}}\n`);
  } else {
    out.write(`\n${t('cli.checkSummary', { files: summary.files, clean, errors: summary.errors, warnings: summary.warnings, information: summary.information, hints: summary.hints })}\n`);
  }
  return nothing ? 2 : summary.errors > 0 ? 1 : 0;
}

function toJson(f: Pick<Finding, 'code' | 'severity' | 'message' | 'start' | 'end' | 'count'>, lines: LineIndex): JsonDiagnostic {
  const d: JsonDiagnostic = { code: f.code, severity: f.severity, message: f.message, range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) } };
  if (f.count) d.count = f.count;
  return d;
}

export class UsageError extends Error {}
