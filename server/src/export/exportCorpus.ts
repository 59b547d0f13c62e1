// Writes corpora out for annotation tools: the articles' summaries (from the cache when they
// are there, else the pool: the index's own) with the articles' text, in path order, a batch
// at a time so a corpus of any size is never held whole. Files are written beside their final
// name and renamed into place; nothing in the corpus is touched.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { bratConfig, toBrat } from '../core/export/brat';
import { toConll, type TagScheme } from '../core/export/conll';
import { exportDocument, type ExportLabels, type NestedChoice } from '../core/export/exportDocument';
import { toJsonl } from '../core/export/jsonl';
import { translator, type Language } from '../core/i18n';
import type { ArticleSummary } from '../core/summary/articleSummary';
import type { IngestResult } from '../ingest/ingest';
import { readArticleFromDisk } from '../ingest/summarizeFile';

export const EXPORT_FORMATS = ['jsonl', 'conll', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSettings {
  format: ExportFormat;
  outDir: string;
  labels: ExportLabels;
  nested: NestedChoice;
  scheme: TagScheme;
  /** Of the reasons given (English by default). */
  language?: Language;
}

/** One corpus to export: its root, its articles, and how to turn files into summaries. */
export interface ExportSource {
  root: string;
  files: readonly string[];
  ingest(files: readonly string[], onResult: (r: IngestResult) => void): Promise<void>;
}

export interface ExportReport {
  articles: number;
  spans: number;
  skipped: Array<{ path: string; reason: string }>;
  written: string[];
  cancelled: boolean;
}

const BATCH = 256;

/** Why the export cannot go to that folder, or undefined. */
export async function refuseOutDir(settings: ExportSettings, roots: readonly string[]): Promise<string | undefined> {
  const t = translator(settings.language);
  if (settings.format === 'conll' && settings.nested === 'all') return t('export.conllAll');
  if (settings.format !== 'brat') return undefined;
  // The folder may not exist yet: its nearest existing parent, links followed, decides.
  let existing = path.resolve(settings.outDir);
  const rest: string[] = [];
  while (!(await fs.stat(existing).catch(() => undefined)) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  const out = path.join(await fs.realpath(existing).catch(() => existing), ...rest);
  for (const root of roots) {
    const real = await fs.realpath(root).catch(() => root);
    // brat's .txt files inside a corpus would be read as articles of it.
    if (out === real || out.startsWith(real + path.sep)) return t('export.insideCorpus', { dir: settings.outDir, corpus: root });
  }
  return undefined;
}

/**
 * An export under way: `add` writes one corpus's articles (in path order, a batch at a time),
 * `finish` puts the files in place, `abandon` leaves the files it would have replaced as they were.
 */
export class CorpusExport {
  readonly report: ExportReport = { articles: 0, spans: 0, skipped: [], written: [], cancelled: false };

  private constructor(
    private readonly settings: ExportSettings,
    /** Article paths are written relative to this folder. */
    private readonly base: string,
    private readonly single: AtomicFile | undefined,
    private readonly index: AtomicFile | undefined,
  ) {}

  static async start(settings: ExportSettings, roots: readonly string[]): Promise<CorpusExport> {
    await fs.mkdir(settings.outDir, { recursive: true });
    const single = settings.format === 'brat' ? undefined : await AtomicFile.open(path.join(settings.outDir, settings.format === 'jsonl' ? 'articles.jsonl' : 'articles.conll'));
    const index = settings.format === 'conll' ? await AtomicFile.open(path.join(settings.outDir, 'documents.tsv')) : undefined;
    await index?.write('id\tpath\tdate\ttitle\n');
    return new CorpusExport(settings, commonFolder(roots), single, index);
  }

  /** Writes a corpus's articles; false when cancelled. */
  async add(source: ExportSource, isCancelled: () => boolean = () => false, onBatch?: (files: number) => void): Promise<boolean> {
    const { settings, report } = this;
    const t = translator(settings.language);
    const files = [...source.files].sort();
    for (let i = 0; i < files.length; i += BATCH) {
      if (isCancelled()) {
        report.cancelled = true;
        return false;
      }
      const batch = files.slice(i, i + BATCH);
      const results = new Map<string, IngestResult>();
      await source.ingest(batch, (r) => results.set(r.path, r));
      for (const file of batch) {
        const r = results.get(file);
        const relative = path.relative(this.base, file).split(path.sep).join('/');
        if (!r || r.kind !== 'summary') {
          report.skipped.push({ path: relative, reason: !r ? t('export.notAnalysed') : r.kind === 'gone' ? t('export.gone') : r.reason });
          continue;
        }
        const text = await readText(file, source.root, r.summary, settings.language);
        if (typeof text !== 'string') {
          report.skipped.push({ path: relative, reason: text.reason });
          continue;
        }
        const doc = exportDocument(text, r.summary, relative, settings);
        report.articles++;
        report.spans += doc.spans.length;
        if (settings.format === 'jsonl') await this.single!.write(toJsonl(doc));
        else if (settings.format === 'conll') {
          await this.single!.write(toConll(doc, settings.scheme) + '\n');
          await this.index!.write([doc.id, doc.path, doc.date ?? '', doc.title ?? ''].map((v) => v.replace(/[\t\n\r]/g, ' ')).join('\t') + '\n');
        } else {
          const { txt, ann } = toBrat(doc);
          const stem = path.join(settings.outDir, relative.replace(/\.txt$/i, ''));
          await fs.mkdir(path.dirname(stem), { recursive: true });
          for (const [ext, body] of [['.txt', txt], ['.ann', ann]] as const) {
            await writeAtomic(stem + ext, body);
            report.written.push(stem + ext);
          }
        }
      }
      onBatch?.(batch.length);
    }
    return true;
  }

  async finish(): Promise<ExportReport> {
    if (this.settings.format === 'brat') {
      const conf = path.join(this.settings.outDir, 'annotation.conf');
      await writeAtomic(conf, bratConfig(this.settings.labels));
      this.report.written.push(conf);
    }
    for (const f of [this.single, this.index]) if (f) this.report.written.push(await f.commit());
    return this.report;
  }

  async abandon(): Promise<ExportReport> {
    this.report.cancelled = true;
    for (const f of [this.single, this.index]) await f?.discard();
    return this.report;
  }
}

/** The article's text as the analysis saw it; a file changed since is skipped, not mislabelled. */
async function readText(file: string, root: string, summary: ArticleSummary, language: Language | undefined): Promise<string | { reason: string }> {
  const t = translator(language);
  const read = await readArticleFromDisk(file, root, language);
  if (!read.ok) return { reason: read.missing ? t('export.gone') : read.reason };
  const decoded = decodeArticle(read.bytes, language);
  if (!decoded.ok) return { reason: decoded.reason };
  if (decoded.text.length !== summary.length) return { reason: t('export.changed') };
  return decoded.text;
}

function commonFolder(roots: readonly string[]): string {
  if (roots.length === 1) return roots[0];
  let parts = roots[0].split(path.sep);
  for (const r of roots.slice(1)) {
    const other = r.split(path.sep);
    let k = 0;
    while (k < parts.length && k < other.length && parts[k] === other[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(path.sep) || path.sep;
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** A file written in pieces beside its final name, renamed into place at the end. */
class AtomicFile {
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async open(file: string): Promise<AtomicFile> {
    const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
    return new AtomicFile(file, tmp, await fs.open(tmp, 'wx'));
  }

  async write(text: string): Promise<void> {
    await this.handle.write(text);
  }

  async commit(): Promise<string> {
    await this.handle.sync();
    await this.handle.close();
    await fs.rename(this.tmp, this.file);
    return this.file;
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await fs.rm(this.tmp, { force: true });
  }
}
