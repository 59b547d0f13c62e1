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
import type { IngestResult } from '../ingest/ingest';
import { contentHash, readArticleFromDisk } from '../ingest/summarizeFile';
import { filesUnder } from '../node/filesUnder';

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
    // brat's .txt files inside a corpus would be read as articles of it; in a folder that holds
    // a corpus they would land on the articles themselves.
    if (out === real || out.startsWith(real + path.sep)) return t('export.insideCorpus', { dir: settings.outDir, corpus: root });
    if (real.startsWith(out + path.sep) || out === path.sep) return t('export.holdsCorpus', { dir: settings.outDir, corpus: root });
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
    /** brat: the files are written here first, and moved into the folder at the end. */
    private readonly stage: string | undefined,
  ) {}

  static async start(settings: ExportSettings, roots: readonly string[]): Promise<CorpusExport> {
    await fs.mkdir(settings.outDir, { recursive: true });
    if (settings.format === 'brat') {
      const stage = await fs.mkdtemp(path.join(settings.outDir, '.corpus-lens-export-'));
      return new CorpusExport(settings, commonFolder(roots), undefined, undefined, stage);
    }
    const single = await AtomicFile.open(path.join(settings.outDir, settings.format === 'jsonl' ? 'articles.jsonl' : 'articles.conll'));
    let index: AtomicFile | undefined;
    try {
      if (settings.format === 'conll') {
        index = await AtomicFile.open(path.join(settings.outDir, 'documents.tsv'));
        await index.write('id\tpath\tdate\ttitle\n');
      }
    } catch (e) {
      await single.discard();
      await index?.discard();
      throw e;
    }
    return new CorpusExport(settings, commonFolder(roots), single, index, undefined);
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
          report.skipped.push({ path: relative, reason: !r || r.kind === 'indexed' ? t('export.notAnalysed') : r.kind === 'gone' ? t('export.gone') : r.reason });
          continue;
        }
        const text = await readText(file, source.root, r, settings.language);
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
          const stem = path.join(this.stage!, relative.replace(/\.txt$/i, ''));
          await fs.mkdir(path.dirname(stem), { recursive: true });
          await fs.writeFile(stem + '.txt', txt, 'utf8');
          await fs.writeFile(stem + '.ann', ann, 'utf8');
        }
      }
      onBatch?.(batch.length);
    }
    return true;
  }

  /** Puts the files in place: the brat files moved from the stage, the others renamed. */
  async finish(): Promise<ExportReport> {
    try {
      if (this.stage) {
        await fs.writeFile(path.join(this.stage, 'annotation.conf'), bratConfig(this.settings.labels), 'utf8');
        for (const staged of await filesUnder(this.stage)) {
          const target = path.join(this.settings.outDir, path.relative(this.stage, staged));
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.rename(staged, target);
          this.report.written.push(target);
        }
        await fs.rm(this.stage, { recursive: true, force: true });
      }
      for (const f of [this.single, this.index]) if (f) this.report.written.push(await f.commit());
    } catch (e) {
      await this.abandon();
      throw e;
    }
    return this.report;
  }

  /** Leaves the folder as it was: nothing of this export stays in it. */
  async abandon(): Promise<ExportReport> {
    this.report.cancelled = true;
    for (const f of [this.single, this.index]) await f?.discard();
    if (this.stage) await fs.rm(this.stage, { recursive: true, force: true });
    return this.report;
  }
}

/** The article's text as the analysis saw it; a file changed since is skipped, not mislabelled. */
async function readText(file: string, root: string, r: Extract<IngestResult, { kind: 'summary' }>, language: Language | undefined): Promise<string | { reason: string }> {
  const t = translator(language);
  const read = await readArticleFromDisk(file, root, language);
  if (!read.ok) return { reason: read.missing ? t('export.gone') : read.reason };
  // The bytes the summary was made from, when the ingest knows them; else at least the length.
  if (r.hash !== undefined && contentHash(read.bytes) !== r.hash) return { reason: t('export.changed') };
  const decoded = decodeArticle(read.bytes, language);
  if (!decoded.ok) return { reason: decoded.reason };
  if (decoded.text.length !== r.summary.length) return { reason: t('export.changed') };
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
