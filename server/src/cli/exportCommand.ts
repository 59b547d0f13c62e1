// `corpus-lens export --format jsonl|conll|brat --out DIR PATH…`: the corpus for annotation
// and training tools, from the same summaries the index holds. The articles are only read.

import * as path from 'node:path';
import { DEFAULT_LABELS, type ExportLabels, type NestedChoice } from '../core/export/exportDocument';
import type { TagScheme } from '../core/export/conll';
import { CorpusExport, EXPORT_FORMATS, refuseOutDir, type ExportFormat } from '../export/exportCorpus';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { readOptions, setLabel } from './commandOptions';
import { ENGINE_USAGE, parseEngineOptions, withCorpusIngest } from './indexArticles';

export const EXPORT_USAGE = `Usage: corpus-lens export --format jsonl|conll|brat --out DIR [options] PATH…

  --format F          jsonl: DIR/articles.jsonl, one article per line (doccano, spaCy)
                      conll: DIR/articles.conll, one syllable per line (VLSP style), and
                             DIR/documents.tsv naming the articles in order
                      brat:  one .txt and .ann per article, and annotation.conf
  --out DIR           the folder to write into (created; files there of the same name
                      are replaced)
  --nested N          outer (default for jsonl and conll), inner, or all (default for brat):
                      which of two names one inside the other is written
  --scheme S          CoNLL tags: iob2 (default) or bioes
  --label TYPE=L      the label of an entity type (person=PER, organization=ORG and
                      place=LOC by default; sector and event are left out unless given a
                      label; TYPE= leaves a type out)
Offsets in jsonl and brat count code points (as Python does).
${ENGINE_USAGE}`;

interface Out {
  write(s: string): unknown;
}

export async function exportCommand(args: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
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
      if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format is jsonl, conll or brat, not '${v}' (spaCy: see the README)`);
      format = v as ExportFormat;
    } else if (name === '--out') outDir = path.resolve(value());
    else if (name === '--nested') {
      const v = value();
      if (v !== 'outer' && v !== 'inner' && v !== 'all') throw new UsageError(`--nested is outer, inner or all, not '${v}'`);
      nested = v;
    } else if (name === '--scheme') {
      const v = value().toLowerCase();
      if (v !== 'iob2' && v !== 'bioes') throw new UsageError(`--scheme is iob2 or bioes, not '${v}'`);
      scheme = v;
    } else if (name === '--label') setLabel(labels, value());
    else return false;
  });
  if (help) {
    out.write(EXPORT_USAGE + '\n');
    return 0;
  }
  if (!format) throw new UsageError('export needs --format jsonl, conll or brat');
  if (!outDir) throw new UsageError('export needs --out DIR');
  if (!paths.length) throw new UsageError('export needs at least one file or folder');
  if (!Object.values(labels).some(Boolean)) throw new UsageError('every entity type is left out: nothing to export');
  const settings = { format, outDir, labels, nested: nested ?? (format === 'brat' ? 'all' : 'outer'), scheme };

  const items = await collectArticles(paths);
  const roots = [...new Set(items.flatMap((i) => (i.kind === 'article' ? [i.corpus.root] : [])))];
  const refused = await refuseOutDir(settings, roots);
  if (refused) throw new UsageError(refused);
  const started = Date.now();
  const run = await CorpusExport.start(settings, roots);
  let notes: string[];
  try {
    ({ notes } = await withCorpusIngest(items, options, async (c) => {
      await run.add({ root: c.corpus.root, files: c.articles.map((a) => a.path), ingest: async (files, onResult) => void (await c.ingest(files, onResult)) });
    }));
  } catch (e) {
    await run.abandon();
    throw e;
  }
  const r = await run.finish();
  for (const note of notes) err.write(`corpus-lens: ${note}\n`);
  for (const s of r.skipped) err.write(`corpus-lens: ${s.path}: skipped (${s.reason})\n`);
  err.write(`Exported ${r.articles} article${r.articles === 1 ? '' : 's'} with ${r.spans} names as ${format} into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s${r.skipped.length ? `; ${r.skipped.length} skipped` : ''}\n`);
  return r.articles || !r.skipped.length ? 0 : 1;
}
