// Summaries kept on disk between runs, one file per corpus, as ESLint keeps its cache: an entry
// per article keyed by path with the size, mtime and content hash it was made from. The whole
// file is valid for one analyser version and one context (registry and settings that change
// analysis); anything else, or a damaged file, is ignored and rebuilt, never trusted.
//
// Nothing is held in memory but the table of entries: a summary is read from the file when it
// is used, and a new summary goes at once to the next generation of the file, which is
// finished (the untouched records copied over) only when something changed; so 100,000
// summaries never sit in memory at once.
//
// Format: MAGIC, then records (v8-serialised summaries: typed arrays stay typed arrays), then
// the table (v8-serialised: header and [path, size, mtimeMs, hash, offset, length] rows), then
// the table's offset and length as two float64s.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { ArticleSummary } from '../core/summary/articleSummary';
import { ANALYZER_VERSION } from '../core/summary/articleSummary';
import type { CorpusConfig } from '../core/config/corpusConfig';
import type { RegistrySource } from '../core/entities/types';
import { INDEX_STATE_VERSION } from '../core/index/corpusIndexState';
import type { KeptProblems, ProblemTotals, SavedIndex } from '../workspace/corpusHost';
import { readStateFile, writeStateFile } from './stateFile';
import { replaceFileSync } from '../node/replaceFile';

const MAGIC = Buffer.from('CORPUS-LENS-CACHE-2\n');
const INDEX_FORMAT = 3;

interface IndexFile extends SavedIndex {
  format: number;
  version: string;
  analyzer: string;
  context: string;
  root: string;
  /** Names this very save: what is kept with the index (problem totals) says which it was counted over. */
  generation: string;
}

/** Problem totals counted over one saved index (its generation), for one set of severities,
 *  with each article's (error, warning, information, hint) when they were counted one by one. */
interface ProblemTotalsFile {
  format: number;
  generation: string;
  rules: string;
  totals: ProblemTotals;
  articles?: { paths: string[]; counts: number[] };
}
const TOTALS_FORMAT = 2;
const FORMAT = 2;
const FOOTER = 16;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
}

interface Located extends CacheEntry {
  offset: number;
  length: number;
  /** CRC-32 of the record: a damaged record is read as no record, never trusted. */
  crc: number;
}

interface CacheTable {
  format: number;
  analyzer: string;
  context: string;
  root: string;
  rows: Array<[string, number, number, string, number, number, number]>;
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

/** A file kept beside a corpus's summaries: `problems-<id>.json` beside `summaries-<id>.bin`. */
export function fileBeside(summaries: string, kind: string, extension: string): string {
  return path.join(path.dirname(summaries), path.basename(summaries).replace(/^summaries-/, `${kind}-`).replace(/\.bin$/, extension));
}

/** The next generation of the file, written as results come. */
class Writer {
  readonly fd: number;
  offset = MAGIC.length;
  readonly rows = new Map<string, Located>();

  constructor(readonly tmp: string) {
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    this.fd = fs.openSync(tmp, 'w');
    fs.writeSync(this.fd, MAGIC);
  }

  append(file: string, entry: CacheEntry, record: Uint8Array): void {
    fs.writeSync(this.fd, record, 0, record.length, this.offset);
    this.rows.set(file, { size: entry.size, mtimeMs: entry.mtimeMs, hash: entry.hash, offset: this.offset, length: record.length, crc: crc32(record) });
    this.offset += record.length;
  }
}

export class SummaryCache {
  /** Entries of the file on disk (records read on demand). */
  private entries = new Map<string, Located>();
  private fd: number | undefined;
  private writer: Writer | undefined;
  /** Entries the next save must drop. */
  private readonly dropped = new Set<string>();
  /** Entries whose summary holds under a new size or mtime (content hash unchanged). */
  private readonly touched = new Map<string, CacheEntry>();
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
    removeStaleGenerations(file);
    removeStaleGenerations(cache.indexFile);
    removeStaleGenerations(cache.totalsFile);
    removeStaleGenerations(fileBeside(file, 'counts', '.json'));
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') cache.rejected = `ignored the cache ${file}: ${(e as Error).message}`;
      return cache;
    }
    try {
      cache.entries = readTable(fd, root, context);
      cache.fd = fd;
    } catch (e) {
      fs.closeSync(fd);
      cache.rejected = `ignored the cache ${file}: ${e instanceof Error ? e.message : String(e)}`;
    }
    return cache;
  }

  get size(): number {
    let n = this.entries.size;
    for (const f of this.writer?.rows.keys() ?? []) if (!this.entries.has(f)) n++;
    for (const f of this.dropped) if (this.entries.has(f)) n--;
    return n;
  }

  /** What the cached summary of a file was made from. */
  get(file: string): CacheEntry | undefined {
    if (this.dropped.has(file)) return undefined;
    return this.writer?.rows.get(file) ?? this.touched.get(file) ?? this.entries.get(file);
  }

  /** The cached summary of a file, read from the file; a damaged record gives undefined. */
  summary(file: string): ArticleSummary | undefined {
    const record = this.record(file);
    if (!record) return undefined;
    try {
      const s = v8.deserialize(record) as ArticleSummary;
      return s && typeof s === 'object' && s.path === file ? ownLines(s) : undefined;
    } catch {
      return undefined;
    }
  }

  private record(file: string): Buffer | undefined {
    const w = this.writer?.rows.get(file);
    if (w) return readChecked(this.writer!.fd, w);
    const e = this.entries.get(file);
    if (!e || this.fd === undefined || this.dropped.has(file)) return undefined;
    return readChecked(this.fd, e);
  }

  /** A new summary for a file: written to the next generation at once. */
  set(file: string, entry: CacheEntry, summary: ArticleSummary): void {
    this.dropped.delete(file);
    this.writing().append(file, entry, v8.serialize(summary));
  }

  /** The file's summary still holds under a new size or mtime (its content hash is the same). */
  touch(file: string, entry: CacheEntry): void {
    if (this.writer?.rows.has(file)) this.writer.rows.set(file, { ...this.writer.rows.get(file)!, ...entry });
    else if (this.entries.has(file)) this.touched.set(file, entry);
  }

  delete(file: string): void {
    this.dropped.add(file);
    this.touched.delete(file);
    this.writer?.rows.delete(file);
  }

  /** Keeps only these files (articles deleted or no longer selected leave the cache). */
  retain(files: Set<string>): void {
    for (const f of this.entries.keys()) if (!files.has(f)) this.dropped.add(f);
    for (const f of [...(this.writer?.rows.keys() ?? [])]) if (!files.has(f)) this.writer!.rows.delete(f);
  }

  /** Finishes the next generation (carrying over entries this run did not touch) and renames
   *  it over the old file: a crash leaves the old one. Nothing to write, nothing written. */
  save(): void {
    if (!this.writer && this.dropped.size === 0 && this.touched.size === 0) return;
    const w = this.writing();
    for (const [file, e] of this.entries) {
      if (w.rows.has(file) || this.dropped.has(file)) continue;
      const record = readChecked(this.fd!, e);
      if (record) w.append(file, this.touched.get(file) ?? e, record);
    }
    const table: CacheTable = {
      format: FORMAT,
      analyzer: ANALYZER_VERSION,
      context: this.context,
      root: this.root,
      rows: [...w.rows].map(([f, r]) => [f, r.size, r.mtimeMs, r.hash, r.offset, r.length, r.crc]),
    };
    const bytes = v8.serialize(table);
    const footer = Buffer.alloc(FOOTER);
    footer.writeDoubleLE(w.offset, 0);
    footer.writeDoubleLE(bytes.length, 8);
    fs.writeSync(w.fd, bytes, 0, bytes.length, w.offset);
    fs.writeSync(w.fd, footer, 0, FOOTER, w.offset + bytes.length);
    fs.fsyncSync(w.fd);
    fs.renameSync(w.tmp, this.file);
    // The new generation is now the file on disk.
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = w.fd;
    this.entries = w.rows;
    this.writer = undefined;
    this.dropped.clear();
    this.touched.clear();
  }

  /** Closes the file (the cache can no longer be read). */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    if (this.writer) {
      fs.closeSync(this.writer.fd);
      fs.rmSync(this.writer.tmp, { force: true });
      this.writer = undefined;
    }
  }

  /** The file of the index saved with these summaries. */
  get indexFile(): string {
    return fileBeside(this.file, 'index', '.bin');
  }

  /** The index saved beside the summaries, when it was written by this build for the same
   *  settings and registry; a missing, foreign or damaged file gives none. */
  loadIndex(): SavedIndex | undefined {
    try {
      const s = readStateFile(this.indexFile) as IndexFile;
      if (s?.format !== INDEX_FORMAT || s.version !== INDEX_STATE_VERSION || s.analyzer !== ANALYZER_VERSION || s.context !== this.context || s.root !== this.root) return undefined;
      if (!Array.isArray(s.hashes) || !Array.isArray(s.state?.paths) || s.hashes.length !== s.state.paths.length || typeof s.generation !== 'string') return undefined;
      return { state: s.state, hashes: s.hashes, generation: s.generation };
    } catch {
      return undefined;
    }
  }

  /** Writes the index beside the summaries: to a new file renamed over the old one, so a crash
   *  leaves the old one or none, never half of one. Returns the generation it was saved as. */
  saveIndex(index: SavedIndex): string {
    const generation = randomBytes(8).toString('hex');
    const file: IndexFile = { format: INDEX_FORMAT, version: INDEX_STATE_VERSION, analyzer: ANALYZER_VERSION, context: this.context, root: this.root, ...index, generation };
    fs.mkdirSync(path.dirname(this.indexFile), { recursive: true });
    writeStateFile(this.indexFile, file);
    return generation;
  }

  /** The file of the problem totals counted over the saved index. */
  get totalsFile(): string {
    return fileBeside(this.file, 'problems', '.json');
  }

  /** The problem totals kept beside the index, for the severities `rules` (the settings'
   *  rules, as a key): the generation of the save they were counted over, and each article's
   *  when they were counted one by one. */
  loadProblemTotals(rules: string): KeptProblems | undefined {
    let s: ProblemTotalsFile;
    try {
      s = JSON.parse(fs.readFileSync(this.totalsFile, 'utf8')) as ProblemTotalsFile;
    } catch {
      return undefined;
    }
    if (s?.format !== TOTALS_FORMAT || typeof s.generation !== 'string' || s.rules !== rules || !isProblemTotals(s.totals)) return undefined;
    const a = s.articles;
    return {
      generation: s.generation,
      totals: s.totals,
      perArticle: () => {
        if (!a || !Array.isArray(a.paths) || !Array.isArray(a.counts) || a.counts.length !== a.paths.length * 4) return undefined;
        if (!a.counts.every((n) => Number.isInteger(n) && n >= 0) || !a.paths.every((p) => typeof p === 'string')) return undefined;
        const out = new Map<string, ProblemTotals>();
        a.paths.forEach((p, i) => out.set(p, { error: a.counts[i * 4], warning: a.counts[i * 4 + 1], information: a.counts[i * 4 + 2], hint: a.counts[i * 4 + 3] }));
        return out;
      },
    };
  }

  /** Keeps the problem totals counted over the saved index of this generation (one set of
   *  severities: the last counted), with each article's when given; written to a new file
   *  renamed over the old one. */
  saveProblemTotals(generation: string, rules: string, totals: ProblemTotals, perArticle?: ReadonlyMap<string, ProblemTotals>): void {
    const file: ProblemTotalsFile = { format: TOTALS_FORMAT, generation, rules, totals };
    if (perArticle) {
      const paths: string[] = [];
      const counts: number[] = [];
      for (const [p, c] of perArticle) {
        paths.push(p);
        counts.push(c.error, c.warning, c.information, c.hint);
      }
      file.articles = { paths, counts };
    }
    replaceFileSync(this.totalsFile, JSON.stringify(file));
  }

  private writing(): Writer {
    return (this.writer ??= new Writer(`${this.file}.${process.pid}.${Date.now().toString(36)}.tmp`));
  }
}

function isProblemTotals(t: ProblemTotals | undefined): t is ProblemTotals {
  return [t?.error, t?.warning, t?.information, t?.hint].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

/**
 * v8.deserialize gives typed arrays that are views of the record they were read from: the
 * lines, which the index keeps, get a buffer of their own, or each article would keep its
 * whole record (several kilobytes) alive. The mentions and the signature are copied by the
 * indexes that keep them.
 */
function ownLines(s: ArticleSummary): ArticleSummary {
  if (!(s.lineStarts instanceof Uint32Array) || !(s.lineEnds instanceof Uint32Array)) return s;
  const n = s.lineStarts.length;
  const both = new Uint32Array(n + s.lineEnds.length);
  both.set(s.lineStarts);
  both.set(s.lineEnds, n);
  s.lineStarts = both.subarray(0, n);
  s.lineEnds = both.subarray(n);
  return s;
}

/** Next generations a killed process never finished (older than a day) are removed. */
function removeStaleGenerations(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const dayAgo = Date.now() - 86_400_000;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const p = path.join(dir, name);
    try {
      if (fs.lstatSync(p).mtimeMs < dayAgo) fs.rmSync(p, { force: true });
    } catch {
      /* gone meanwhile */
    }
  }
}

function readAt(fd: number, offset: number, length: number): Buffer | undefined {
  const buf = Buffer.allocUnsafe(length);
  try {
    return fs.readSync(fd, buf, 0, length, offset) === length ? buf : undefined;
  } catch {
    return undefined;
  }
}

function readChecked(fd: number, at: Located): Buffer | undefined {
  const record = readAt(fd, at.offset, at.length);
  return record && crc32(record) === at.crc ? record : undefined;
}

function readTable(fd: number, root: string, context: string): Map<string, Located> {
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size < MAGIC.length + FOOTER) throw new Error('truncated');
  const magic = readAt(fd, 0, MAGIC.length);
  if (!magic?.equals(MAGIC)) throw new Error('not a Corpus Lens cache file');
  const footer = readAt(fd, stat.size - FOOTER, FOOTER)!;
  const tableAt = footer.readDoubleLE(0);
  const tableLength = footer.readDoubleLE(8);
  if (!Number.isInteger(tableAt) || !Number.isInteger(tableLength) || tableAt < MAGIC.length || tableAt + tableLength + FOOTER !== stat.size) throw new Error('truncated or damaged');
  const table = v8.deserialize(readAt(fd, tableAt, tableLength)!) as CacheTable;
  if (table?.format !== FORMAT || table.analyzer !== ANALYZER_VERSION) throw new Error('written by another version');
  if (table.context !== context || table.root !== root) throw new Error('made for other settings or another registry');
  const entries = new Map<string, Located>();
  for (const row of table.rows) {
    const [file, size, mtimeMs, hash, offset, length, crc] = row;
    if (typeof file !== 'string' || !(offset >= MAGIC.length) || !(offset + length <= tableAt)) throw new Error('damaged table');
    entries.set(file, { size, mtimeMs, hash, offset, length, crc });
  }
  return entries;
}
