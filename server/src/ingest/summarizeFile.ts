// Reads one article file and summarises it: the work a pool worker does, and what runs inline
// when there are no workers. Each corpus's registry is built once per thread, on first use.

import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { CorpusConfig } from '../core/config/corpusConfig';
import { decodeArticle } from '../core/corpus/decodeArticle';
import type { EntityRegistry } from '../core/entities/registry';
import type { RegistrySource } from '../core/entities/types';
import { summarizeArticle, type ArticleSummary } from '../core/summary/articleSummary';
import { MAX_ARTICLE_FILE_BYTES, readRegularFile, readRegularFileSync, type ReadResult } from '../node/readRegularFile';
import { isReallyInside, isReallyInsideSync } from '../node/insideFolder';
import { loadRegistryCached, registryFromSnapshot } from '../node/registryCache';
import { translator, type Language } from '../core/i18n';

/** What a thread needs to know of a corpus to summarise its articles. */
export interface CorpusContext {
  /** The corpus's root folder: it names the corpus, and its articles must lie inside it. */
  key: string;
  config: CorpusConfig;
  /** The corpus's registry files (built-in ones included); none: entities are not recognised. */
  registrySources?: RegistrySource[];
  /** The registry loaded from them, as bytes (registryCache.ts): restored, not read again. */
  registrySnapshot?: Uint8Array;
  today: string;
}

/** A registry this thread already has, or how to get it when first needed (a warm start
 *  that analyses nothing never loads it). */
export type GivenRegistry = EntityRegistry | (() => EntityRegistry);

export function givenRegistry(g: GivenRegistry): EntityRegistry {
  return typeof g === 'function' ? g() : g;
}

export interface FileJob {
  path: string;
  corpusKey: string;
  /** The content hash of a cached summary: when the bytes still hash to it, no analysis. */
  knownHash?: string;
  /** The caller keeps summaries in a cache: a thread hands the summary over as its record
   *  (summaryRecord), made there, not again by the caller. */
  record?: boolean;
}

export type FileResult =
  | { kind: 'summary'; summary: ArticleSummary; size: number; mtimeMs: number; hash: string; /** The summary as a cache record, when a thread made it (FileJob.record). */ record?: Uint8Array }
  | { kind: 'unchanged'; size: number; mtimeMs: number; hash: string }
  | { kind: 'unreadable'; reason: string; size?: number; mtimeMs?: number }
  | { kind: 'gone' };

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** Reads an article file's bytes (from disk by default; a test host reads from memory). */
export type ReadArticleFile = (path: string, corpusRoot: string, language?: Language) => Promise<ReadResult>;

/** Reads from disk, refusing links out of the corpus folder and anything but a regular file. */
export const readArticleFromDisk: ReadArticleFile = async (p, root, language) => {
  if (!(await isReallyInside(p, root))) return { ok: false, reason: translator(language)('read.linkOutside'), missing: false };
  return readRegularFile(p, { maxBytes: MAX_ARTICLE_FILE_BYTES, language });
};

/**
 * The same read, blocking: for a pool thread, which has nothing else to do meanwhile. Each
 * step of an asynchronous read (stat, open, stat, read, read, close) waits its turn on libuv's
 * four I/O threads, shared by every worker: a few hundred microseconds a file against about
 * twenty here, more than the analysis of a short article.
 */
export const readArticleFromDiskBlocking: ReadArticleFile = (p, root, language) => {
  if (!isReallyInsideSync(p, root)) return Promise.resolve({ ok: false, reason: translator(language)('read.linkOutside'), missing: false });
  return Promise.resolve(readRegularFileSync(p, { maxBytes: MAX_ARTICLE_FILE_BYTES, language }));
};

export class FileSummarizer {
  private readonly corpora = new Map<string, CorpusContext>();
  private readonly registries = new Map<string, EntityRegistry | undefined>();
  private readonly given = new Map<string, GivenRegistry>();

  constructor(private readonly read: ReadArticleFile = readArticleFromDisk) {}

  /** `registry`: one this thread already built from the same sources. */
  defineCorpus(ctx: CorpusContext, registry?: GivenRegistry): void {
    this.corpora.set(ctx.key, ctx);
    this.registries.delete(ctx.key);
    if (registry) this.given.set(ctx.key, registry);
    else this.given.delete(ctx.key);
  }

  private registryOf(ctx: CorpusContext): EntityRegistry | undefined {
    const given = this.given.get(ctx.key);
    if (given && !this.registries.has(ctx.key)) this.registries.set(ctx.key, givenRegistry(given));
    if (!this.registries.has(ctx.key)) {
      const restored = ctx.registrySnapshot && registryFromSnapshot(ctx.registrySnapshot);
      this.registries.set(ctx.key, restored ? restored.registry : ctx.registrySources ? loadRegistryCached(ctx.registrySources, { language: ctx.config.language }).registry : undefined);
    }
    return this.registries.get(ctx.key);
  }

  summarizeText(text: string, path: string, corpusKey: string): ArticleSummary {
    const ctx = this.context(corpusKey);
    return summarizeArticle(text, { path, config: ctx.config, today: ctx.today, registry: this.registryOf(ctx) });
  }

  async summarizeFile(job: FileJob): Promise<FileResult> {
    const ctx = this.context(job.corpusKey);
    const read = await this.read(job.path, job.corpusKey, ctx.config.language);
    if (!read.ok) return read.missing ? { kind: 'gone' } : { kind: 'unreadable', reason: read.reason };
    const { bytes, size, mtimeMs } = read;
    const hash = contentHash(bytes);
    if (job.knownHash === hash) return { kind: 'unchanged', size, mtimeMs, hash };
    const decoded = decodeArticle(bytes, ctx.config.language);
    if (!decoded.ok) return { kind: 'unreadable', reason: decoded.reason, size, mtimeMs };
    const summary = summarizeArticle(decoded.text, { path: job.path, config: ctx.config, today: ctx.today, registry: this.registryOf(ctx) });
    return { kind: 'summary', summary, size, mtimeMs, hash };
  }

  private context(key: string): CorpusContext {
    const ctx = this.corpora.get(key);
    if (!ctx) throw new Error(`no corpus '${key}' defined in this thread`);
    return ctx;
  }
}

export function statFileSync(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}
