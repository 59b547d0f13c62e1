// `corpus-lens export --format jsonl|conll|brat --out DIR PATH…`: the corpus for annotation
// and training tools, from the same summaries the index holds. The articles are only read.

import * as path from 'node:path';
import { DEFAULT_LABELS, type ExportLabels, type NestedChoice } from '../core/export/exportDocument';
import type { TagScheme } from '../core/export/conll';
import { CorpusExport, EXPORT_FORMATS, refuseOutDir, type ExportFormat } from '../export/exportCorpus';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { readOptions, setLabel } from './commandOptions';
import { parseEngineOptions, withCorpusIngest } from './indexArticles';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';

interface Out {
  write(s: string): unknown;
}

export async function exportCommand(args: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const env = translator(envLanguage());
  const { options, rest } = parseEngineOptions(args);
  let format: ExportFormat | undefined;
  let outDir: string | undefined;
  let nested: NestedChoice | undefined;
  let scheme: TagScheme = 'iob2';
  const labels: ExportLabels = { ...DEFAULT_LABELS };
  let help = false;
  const paths = readOptions(rest, (name, value) => {
    if (name === '--help' || name === '-h') help = true;
    else if (name === '--format') {
      const v = value();
      if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new UsageError(env('cli.export.format', { value: v }));
      format = v as ExportFormat;
    } else if (name === '--out') outDir = path.resolve(value());
    else if (name === '--nested') {
      const v = value();
      if (v !== 'outer' && v !== 'inner' && v !== 'all') throw new UsageError(env('cli.export.nested', { value: v }));
      nested = v;
    } else if (name === '--scheme') {
      const v = value().toLowerCase();
      if (v !== 'iob2' && v !== 'bioes') throw new UsageError(env('cli.export.scheme', { value: v }));
      scheme = v;
    } else if (name === '--label') setLabel(labels, value());
    else return false;
  });
  if (help) {
    out.write(env('cli.export.usage', { engine: env('cli.engineUsage') }) + '\n');
    return 0;
  }
  if (!format) throw new UsageError(env('cli.export.needsFormat'));
  if (!outDir) throw new UsageError(env('cli.export.needsOut'));
  if (!paths.length) throw new UsageError(env('cli.needsPath', { command: 'export' }));
  if (!Object.values(labels).some(Boolean)) throw new UsageError(env('cli.export.noLabels'));

  const items = await collectArticles(paths);
  const language = outputLanguage(new Map(items.flatMap((i) => (i.kind === 'article' ? [[i.corpus.root, i.corpus] as const] : []))).values());
  const t = translator(language);
  const settings = { format, outDir, labels, nested: nested ?? (format === 'brat' ? 'all' : 'outer'), scheme, language };
  const roots = [...new Set(items.flatMap((i) => (i.kind === 'article' ? [i.corpus.root] : [])))];
  const refused = await refuseOutDir(settings, roots);
  if (refused) throw new UsageError(refused);
  const started = Date.now();
  const run = await CorpusExport.start(settings, roots);
  // Ctrl-C stops after the batch in hand; the folder keeps what it had.
  let interrupted = false;
  const onSigint = () => (interrupted = true);
  process.once('SIGINT', onSigint);
  let notes: string[];
  let r;
  try {
    ({ notes } = await withCorpusIngest(items, options, async (c) => {
      if (interrupted) return;
      await run.add({ root: c.corpus.root, files: c.articles.map((a) => a.path), ingest: async (files, onResult) => void (await c.ingest(files, onResult)) }, () => interrupted);
    }));
    r = interrupted ? await run.abandon() : await run.finish();
  } catch (e) {
    await run.abandon();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  if (r.cancelled) return 130;
  for (const note of notes) err.write(`corpus-lens: ${note}\n`);
  for (const s of r.skipped) err.write(`corpus-lens: ${t('cli.entities.skipped', { file: s.path, reason: s.reason })}\n`);
  const skipped = r.skipped.length ? t('cli.export.skippedCount', { count: r.skipped.length }) : '';
  err.write(t('cli.export.summary', { articles: r.articles, names: r.spans, format, dir: outDir, seconds: ((Date.now() - started) / 1000).toFixed(1), skipped }) + '\n');
  return r.articles || !r.skipped.length ? 0 : 1;
}
