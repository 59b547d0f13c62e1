// Summaries kept on disk between runs, one file per corpus, as ESLint keeps its cache: an entry
// per article keyed by path with the size, mtime and content hash it was made from. The whole
// file is valid for one analyser version and one context (registry and settings that change
// analysis); anything else, or a damaged file, is ignored and rebuilt, never trusted.
//
// Format: MAGIC, a uint32 length and a JSON header, then records of a uint32 length and a
// v8-serialised entry (v8.serialize keeps typed arrays as typed arrays, fast to read back).

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../core/summary/articleSummary';
import { ANALYZER_VERSION } from '../core/summary/articleSummary';
import type { CorpusConfig } from '../core/config/corpusConfig';
import type { RegistrySource } from '../core/entities/types';
import { readRegularFileSync } from '../node/readRegularFile';

const MAGIC = Buffer.from('CORPUS-LENS-CACHE\n');
const MAX_CACHE_BYTES = 2 ** 31 - 1;
const FORMAT = 1;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  summary: ArticleSummary;
}

interface CacheHeader {
  format: number;
  analyzer: number;
  context: string;
  root: string;
  count: number;
}

/** What analysis depends on besides the text: the registry and the settings other than severities. */
export function contextHash(config: CorpusConfig, registrySources: RegistrySource[] | undefined): string {
  const h = createHash('sha1');
  const { rules: _severities, ...rest } = config;
  h.update(JSON.stringify(rest));
  for (const s of registrySources ?? []) h.update(`\0${s.path}\0${s.text}`);
  return h.digest('hex');
}

/** The cache file of a corpus inside a cache folder. */
export function cacheFileFor(folder: string, root: string): string {
  const id = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(folder, `summaries-${id}.bin`);
}

export class SummaryCache {
  private readonly entries = new Map<string, CacheEntry>();
  private dirty = false;
  /** Why a cache file was not used, for the log. */
  rejected?: string;

  private constructor(
    readonly file: string,
    readonly root: string,
    readonly context: string,
  ) {}

  /** Opens a corpus's cache; a missing, foreign or damaged file gives an empty cache. */
  static load(file: string, root: string, context: string): SummaryCache {
    const cache = new SummaryCache(file, root, context);
    // Our own file, but in a folder anyone could put a pipe into: read like any other.
    const read = readRegularFileSync(file, { maxBytes: MAX_CACHE_BYTES });
    if (!read.ok) {
      if (!read.missing) cache.rejected = `ignored the cache ${file}: ${read.reason}`;
      return cache;
    }
    const buf = read.bytes;
    try {
      cache.read(buf);
    } catch (e) {
      cache.entries.clear();
      cache.rejected = `ignored the cache ${file}: ${e instanceof Error ? e.message : String(e)}`;
    }
    return cache;
  }

  private read(buf: Buffer): void {
    if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a Corpus Lens cache file');
    let at = MAGIC.length;
    const headerLength = buf.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as CacheHeader;
    at += headerLength;
    if (header.format !== FORMAT || header.analyzer !== ANALYZER_VERSION) throw new Error('written by another version');
    if (header.context !== this.context || header.root !== this.root) throw new Error('made for other settings or another registry');
    for (let i = 0; i < header.count; i++) {
      if (at + 4 > buf.length) throw new Error('truncated');
      const n = buf.readUInt32LE(at);
      at += 4;
      if (at + n > buf.length) throw new Error('truncated');
      const entry = v8.deserialize(buf.subarray(at, at + n)) as CacheEntry & { path: string };
      at += n;
      if (typeof entry?.path !== 'string' || typeof entry.summary !== 'object') throw new Error('damaged entry');
      const { path: p, ...rest } = entry;
      this.entries.set(p, rest);
    }
    if (at !== buf.length) throw new Error('trailing bytes');
  }

  get size(): number {
    return this.entries.size;
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.dirty = true;
  }

  delete(file: string): void {
    if (this.entries.delete(file)) this.dirty = true;
  }

  /** Keeps only these files (articles deleted or no longer selected leave the cache). */
  retain(files: Set<string>): void {
    for (const f of this.entries.keys()) if (!files.has(f)) this.delete(f);
  }

  /** Writes the cache beside its final name, then renames it over: a crash leaves the old one. */
  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      const header: CacheHeader = { format: FORMAT, analyzer: ANALYZER_VERSION, context: this.context, root: this.root, count: this.entries.size };
      const h = Buffer.from(JSON.stringify(header));
      const len = Buffer.alloc(4);
      len.writeUInt32LE(h.length);
      const chunks: Buffer[] = [MAGIC, len, h];
      let pending = MAGIC.length + 4 + h.length;
      const flush = () => {
        fs.writeSync(fd, Buffer.concat(chunks, pending));
        chunks.length = 0;
        pending = 0;
      };
      for (const [p, e] of this.entries) {
        const rec = v8.serialize({ path: p, ...e });
        const l = Buffer.alloc(4);
        l.writeUInt32LE(rec.length);
        chunks.push(l, rec);
        pending += 4 + rec.length;
        if (pending > 1 << 22) flush();
      }
      flush();
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}
