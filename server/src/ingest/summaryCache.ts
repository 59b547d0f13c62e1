// Summaries kept on disk between runs, one file per corpus, as ESLint keeps its cache: an entry
// per article keyed by path with the size, mtime and content hash it was made from. The whole
// file is valid for one analyser version and one context (registry and settings that change
// analysis); anything else, or a damaged file, is ignored and rebuilt, never trusted.
//
// Nothing is held in memory but the table of entries: a summary is read from the file when it
// is used. New summaries are appended to the file as they come, past everything its table
// names, and a new table after them; the file's head then points at the new table. Until that
// last small write, the old head, the old table and every record it names are untouched: a
// killed process leaves the file as it was, with some bytes at its end nothing names. (One
// edited article at 100,000 appends a few kilobytes and a table, where rewriting the file
// meant copying 640 MB.) When the bytes nothing names outweigh the rest, the live records are
// copied into a new file renamed over the old one.
//
// Format: MAGIC, the head (the table's offset and length as two float64s, the CRC-32 of the
// table's own head and four spare bytes), then records (v8-serialised summaries: typed arrays
// stay typed arrays) and tables, the one the head points at last. A table is the length of its
// head (uint32), its head (v8: format, analyser, settings, root, the number of rows, the
// length and CRC-32 of the columns) and its rows as columns (v8, TableColumns). A start reads
// the table's head alone: its columns, 100,000 paths and hashes, are read when first needed,
// and a start that the saved index answers entirely never needs them.

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
import { parseState, readStateBytes, readStateFile, writeStateFile, type StateBytes } from './stateFile';
import { replaceFileSync } from '../node/replaceFile';
import { PathRows } from '../core/index/pathRows';
import { compactViews } from '../node/compactViews';
import { summaryFromRecord, summaryRecord } from './summaryRecord';

const MAGIC = Buffer.from('CORPUS-LENS-CACHE-5\n');
/** Files of an older format start the same: they are said to be another version's. */
const MAGIC_STEM = 'CORPUS-LENS-CACHE-';
const INDEX_FORMAT = 4;

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
const FORMAT = 5;
const HEAD = 24;
/** Where the first record may start. */
const DATA_AT = MAGIC.length + HEAD;

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

/** The rows of a table, a column each: a warm start reads 100,000 of them, and a row as an
 *  array of seven read back as eight objects (the row, its entry, a number for the mtime…),
 *  all kept until the process ends. */
interface TableColumns {
  paths: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  hashes: string[];
  offsets: Float64Array;
  lengths: Float64Array;
  crcs: Uint32Array;
}

interface CacheTable {
  format: number;
  analyzer: string;
  context: string;
  root: string;
  rows: TableColumns;
}

/** What a start reads of a table: enough to know the cache is for it, and how many rows. */
interface TableHead {
  format: number;
  analyzer: string;
  context: string;
  root: string;
  count: number;
  columnsLength: number;
  columnsCrc: number;
}

/** The entries of a cache: a table read back, or the rows of a run. */
type Entries = Pick<Map<string, Located>, 'get' | 'has' | 'keys' | 'size'>;

/** A table whose columns are read when first asked about (its head was read and checked). */
class UnreadTable implements Entries {
  private table: Entries | undefined;
  /** The saved index's paths and hashes, for the columns to share once read. */
  private index: { paths: readonly string[]; hashes: readonly string[] } | undefined;

  constructor(
    private readonly fd: number,
    private readonly at: number,
    private readonly head: TableHead,
    /** Called when the columns turn out to be damaged: the cache is then empty. */
    private readonly onDamaged: (reason: string) => void,
  ) {}

  get size(): number {
    return this.table ? this.table.size : this.head.count;
  }

  has(file: string): boolean {
    return this.read().has(file);
  }

  keys(): IterableIterator<string> {
    return this.read().keys();
  }

  get(file: string): Located | undefined {
    return this.read().get(file);
  }

  /** The saved index's paths and hashes, whose strings the columns take once read. */
  shareStringsOf(index: { paths: readonly string[]; hashes: readonly string[] }): void {
    if (this.table instanceof ReadTable) this.table.takeStrings(index.paths, index.hashes);
    else this.index = index;
  }

  private read(): Entries {
    if (this.table) return this.table;
    try {
      const table = (this.table = new ReadTable(readColumns(this.fd, this.at, this.head)));
      if (this.index) table.takeStrings(this.index.paths, this.index.hashes);
      this.index = undefined;
    } catch (e) {
      this.table = new Map();
      this.onDamaged(e instanceof Error ? e.message : String(e));
    }
    return this.table;
  }
}

/** A table's rows as read: an entry is made when asked. */
class ReadTable implements Entries {
  private readonly rowOf: PathRows;

  constructor(private readonly c: TableColumns) {
    this.rowOf = new PathRows(c.paths);
  }

  get size(): number {
    return this.rowOf.size;
  }

  has(file: string): boolean {
    return this.rowOf.has(file);
  }

  keys(): IterableIterator<string> {
    return this.rowOf.keys();
  }

  /** Takes the saved index's copies of the paths it holds, and of their hashes where they are
   *  the same: its own become garbage (a second copy of 100,000 of each is 6 MB). */
  takeStrings(paths: readonly string[], hashes: readonly string[]): void {
    const c = this.c;
    for (let i = 0; i < paths.length; i++) {
      const row = this.rowOf.get(paths[i]);
      if (row === undefined) continue;
      c.paths[row] = paths[i];
      if (hashes[i] === c.hashes[row]) c.hashes[row] = hashes[i];
    }
  }

  get(file: string): Located | undefined {
    const i = this.rowOf.get(file);
    const c = this.c;
    return i === undefined ? undefined : { size: c.sizes[i], mtimeMs: c.mtimes[i], hash: c.hashes[i], offset: c.offsets[i], length: c.lengths[i], crc: c.crcs[i] };
  }
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

/** How many bytes of records a Writer gathers before it writes them (a record is ~6 KB). */
const PENDING_BYTES = 1 << 20;

/**
 * Where the records of this run go, as results come: past the end of the cache file itself
 * (`tmp` undefined), or into a new file that replaces it at save (when there was no usable file,
 * or when compacting).
 */
class Writer {
  readonly rows = new Map<string, Located>();
  /** Records appended since the last write, in order: a write of each was a system call per
   *  article a scan analysed (100,000 on a first start). */
  private pending: Buffer | undefined;
  private filled = 0;

  private constructor(
    readonly fd: number,
    public offset: number,
    readonly tmp?: string,
  ) {}

  /** A new file beside `file`, its head left empty until it is finished. */
  static fresh(file: string): Writer {
    const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    // Read too: once renamed into place, it is the file the cache reads its summaries from.
    const fd = fs.openSync(tmp, 'w+');
    fs.writeSync(fd, Buffer.concat([MAGIC, Buffer.alloc(HEAD)]));
    return new Writer(fd, DATA_AT, tmp);
  }

  /** The end of the cache file open as `readFd`, when it is still that file, as it was read. */
  static appending(file: string, readFd: number, size: number): Writer | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      const now = fs.fstatSync(fd);
      const then = fs.fstatSync(readFd);
      // Replaced or written to by another process since: its offsets are not ours to extend.
      if (now.ino !== then.ino || now.dev !== then.dev || now.size !== size || !now.isFile()) throw new Error('changed');
      return new Writer(fd, size);
    } catch {
      if (fd !== undefined) fs.closeSync(fd);
      return undefined;
    }
  }

  append(file: string, entry: CacheEntry, record: Uint8Array): void {
    if (this.filled + record.length > PENDING_BYTES) this.flush();
    if (record.length > PENDING_BYTES) fs.writeSync(this.fd, record, 0, record.length, this.offset);
    else {
      (this.pending ??= Buffer.allocUnsafe(PENDING_BYTES)).set(record, this.filled);
      this.filled += record.length;
    }
    this.rows.set(file, { size: entry.size, mtimeMs: entry.mtimeMs, hash: entry.hash, offset: this.offset, length: record.length, crc: crc32(record) });
    this.offset += record.length;
  }

  /** Writes the records appended and not written yet (they end at `offset`): before one is
   *  read back, and before the table. */
  flush(): void {
    if (this.filled === 0) return;
    fs.writeSync(this.fd, this.pending!, 0, this.filled, this.offset - this.filled);
    this.filled = 0;
  }

  /** Writes the table after the records, makes it durable, then points the head at it. */
  finish(table: CacheTable): void {
    this.flush();
    const { rows, ...rest } = table;
    const columns = v8.serialize(rows);
    const tableHead = v8.serialize({ ...rest, count: rows.paths.length, columnsLength: columns.length, columnsCrc: crc32(columns) } satisfies TableHead);
    const headLength = Buffer.alloc(4);
    headLength.writeUInt32LE(tableHead.length, 0);
    const bytes = Buffer.concat([headLength, tableHead, columns]);
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    fs.fsyncSync(this.fd);
    const head = Buffer.alloc(HEAD);
    head.writeDoubleLE(this.offset, 0);
    head.writeDoubleLE(bytes.length, 8);
    head.writeUInt32LE(crc32(bytes.subarray(0, 4 + tableHead.length)), 16);
    fs.writeSync(this.fd, head, 0, HEAD, MAGIC.length);
    fs.fsyncSync(this.fd);
    this.offset += bytes.length;
  }
}

export class SummaryCache {
  /** Entries of the file on disk (records read on demand). */
  private entries: Entries = new Map<string, Located>();
  private fd: number | undefined;
  /** The file's size as read or last saved: appending is only for the file as we know it. */
  private fileSize = 0;
  private writer: Writer | undefined;
  /** Entries the next save must drop. */
  private readonly dropped = new Set<string>();
  /** Entries whose summary holds under a new size or mtime (content hash unchanged). */
  private readonly touched = new Map<string, CacheEntry>();
  /** Why a cache file was not used, for the log. */
  rejected?: string;
  /** Told when the table's columns, read when first needed, turn out to be damaged. */
  onRejected?: (note: string) => void;
  /** The saved index's bytes, read before this cache was opened (readIndexBytes). */
  private indexBytes: StateBytes | undefined;

  private constructor(
    readonly file: string,
    readonly root: string,
    readonly context: string,
  ) {}

  /** Opens a corpus's cache; a missing, foreign or damaged file gives an empty cache. */
  /** `indexBytes`: the saved index as readIndexBytes read it, for loadIndex. */
  static load(file: string, root: string, context: string, indexBytes?: unknown): SummaryCache {
    const cache = new SummaryCache(file, root, context);
    cache.indexBytes = indexBytes as StateBytes | undefined;
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
      const { head, columnsAt, size } = readTableHead(fd, root, context);
      cache.entries = new UnreadTable(fd, columnsAt, head, (reason) => {
        cache.rejected = `ignored the cache ${file}: ${reason}`;
        cache.onRejected?.(cache.rejected);
      });
      cache.fileSize = size;
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
    return record && summaryFromRecord(record, file);
  }

  private record(file: string): Buffer | undefined {
    const w = this.writer?.rows.get(file);
    if (w) {
      this.writer!.flush();
      return readChecked(this.writer!.fd, w);
    }
    const e = this.entries.get(file);
    if (!e || this.fd === undefined || this.dropped.has(file)) return undefined;
    return readChecked(this.fd, e);
  }

  /** A new summary for a file: written to the file (or its next generation) at once. */
  set(file: string, entry: CacheEntry, summary: ArticleSummary, record?: Uint8Array): void {
    this.dropped.delete(file);
    this.writing().append(file, entry, record ?? summaryRecord(summary));
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

  /**
   * Makes what this run wrote and dropped the file's content: a new table after the records
   * appended, or, for a new file (or one mostly made of bytes nothing names any more), the live
   * records copied into a new generation renamed over the old one. A crash leaves the old
   * content either way. Nothing to write, nothing written.
   */
  save(): void {
    if (!this.writer && this.dropped.size === 0 && this.touched.size === 0) return;
    const w = this.writing();
    const rows = new Map(w.rows);
    for (const file of this.entries.keys()) {
      if (rows.has(file) || this.dropped.has(file)) continue;
      rows.set(file, { ...this.entries.get(file)!, ...this.touched.get(file) });
    }
    let live = 0;
    for (const r of rows.values()) live += r.length;
    if (w.tmp === undefined && w.offset - DATA_AT - live <= live) {
      const table = this.table(rows);
      w.finish(table);
      fs.closeSync(w.fd);
      this.fileSize = w.offset;
      // The entries as the table's columns, as a start reads them back: an object per article
      // (its entry, three numbers, a map's slot) was 13 MB at 100,000 articles after a first start.
      this.entries = new ReadTable(table.rows);
    } else {
      // A new generation: every live record copied over (those of this run, already in a new
      // generation, stay where they are).
      const next = w.tmp === undefined ? Writer.fresh(this.file) : w;
      w.flush();
      for (const [file, r] of rows) {
        if (next.rows.has(file)) continue;
        const record = readChecked(w.rows.has(file) ? w.fd : this.fd!, r);
        if (record) next.append(file, r, record);
      }
      const table = this.table(next.rows);
      next.finish(table);
      fs.renameSync(next.tmp!, this.file);
      if (next !== w) fs.closeSync(w.fd);
      if (this.fd !== undefined) fs.closeSync(this.fd);
      this.fd = next.fd;
      this.fileSize = next.offset;
      this.entries = new ReadTable(table.rows);
    }
    this.writer = undefined;
    this.dropped.clear();
    this.touched.clear();
  }

  private table(rows: Map<string, Located>): CacheTable {
    // By path: a table in ascending order is read back without hashing its paths (PathRows),
    // and a warm start asks about them in that order. (A scan's rows come nearly in order:
    // 15 ms to sort 100,000.)
    const paths = [...rows.keys()].sort();
    const list = paths.map((p) => rows.get(p)!);
    return {
      format: FORMAT,
      analyzer: ANALYZER_VERSION,
      context: this.context,
      root: this.root,
      rows: {
        paths,
        sizes: Float64Array.from(list, (r) => r.size),
        mtimes: Float64Array.from(list, (r) => r.mtimeMs),
        hashes: list.map((r) => r.hash),
        offsets: Float64Array.from(list, (r) => r.offset),
        lengths: Float64Array.from(list, (r) => r.length),
        crcs: Uint32Array.from(list, (r) => r.crc),
      },
    };
  }

  /** Closes the file (the cache can no longer be read). */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    if (this.writer) {
      // Records appended but never named by a table are only bytes at the end of the file.
      fs.closeSync(this.writer.fd);
      if (this.writer.tmp !== undefined) fs.rmSync(this.writer.tmp, { force: true });
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
    const ahead = this.indexBytes;
    this.indexBytes = undefined;
    try {
      const s = (ahead ? parseState(ahead) : readStateFile(this.indexFile)) as IndexFile;
      if (s?.format !== INDEX_FORMAT || s.version !== INDEX_STATE_VERSION || s.analyzer !== ANALYZER_VERSION || s.context !== this.context || s.root !== this.root) return undefined;
      if (!Array.isArray(s.hashes) || !Array.isArray(s.state?.paths) || s.hashes.length !== s.state.paths.length || typeof s.generation !== 'string') return undefined;
      if (!(s.stamps instanceof Float64Array) || s.stamps.length !== 2 * s.hashes.length) return undefined;
      // The index keeps its paths all run long and its hashes through the scan: the table, when
      // read, shares them.
      if (this.entries instanceof UnreadTable) this.entries.shareStringsOf({ paths: s.state.paths, hashes: s.hashes });
      return { state: s.state, hashes: s.hashes, stamps: s.stamps, generation: s.generation };
    } catch {
      return undefined;
    }
  }

  /** The bytes of the index saved beside the summaries file `file`, read on other threads
   *  (the caller works on meanwhile); undefined when there is none or it cannot be read. */
  static async readIndexBytes(file: string): Promise<unknown> {
    return readStateBytes(fileBeside(file, 'index', '.bin')).catch(() => undefined);
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
    return (this.writer ??= (this.fd !== undefined ? Writer.appending(this.file, this.fd, this.fileSize) : undefined) ?? Writer.fresh(this.file));
  }
}

function isProblemTotals(t: ProblemTotals | undefined): t is ProblemTotals {
  return [t?.error, t?.warning, t?.information, t?.hint].every((n) => Number.isInteger(n) && (n as number) >= 0);
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

/** The head of the table the file's head points at, checked: this cache is for `root` with
 *  `context`, written by this version. Returns where the table's columns start too. */
function readTableHead(fd: number, root: string, context: string): { head: TableHead; columnsAt: number; size: number } {
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) throw new Error('not a regular file');
  const magic = readAt(fd, 0, MAGIC.length);
  if (!magic?.equals(MAGIC)) throw new Error(magic?.toString('latin1').startsWith(MAGIC_STEM) ? 'written by another version' : 'not a Corpus Lens cache file');
  const fileHead = readAt(fd, MAGIC.length, HEAD);
  if (!fileHead) throw new Error('truncated');
  const tableAt = fileHead.readDoubleLE(0);
  const tableLength = fileHead.readDoubleLE(8);
  if (!Number.isInteger(tableAt) || !Number.isInteger(tableLength) || tableAt < DATA_AT || tableLength < 4 || tableAt + tableLength > stat.size) throw new Error('truncated or damaged');
  const headLength = readAt(fd, tableAt, 4)?.readUInt32LE(0);
  if (headLength === undefined || 4 + headLength > tableLength) throw new Error('damaged table');
  const bytes = readAt(fd, tableAt, 4 + headLength);
  if (!bytes || crc32(bytes) !== fileHead.readUInt32LE(16)) throw new Error('damaged table');
  const head = v8.deserialize(bytes.subarray(4)) as TableHead;
  if (head?.format !== FORMAT || head.analyzer !== ANALYZER_VERSION) throw new Error('written by another version');
  if (head.context !== context || head.root !== root) throw new Error('made for other settings or another registry');
  const columnsAt = tableAt + 4 + headLength;
  if (!Number.isInteger(head.count) || head.count < 0 || head.columnsLength !== tableLength - 4 - headLength || !Number.isInteger(head.columnsCrc)) throw new Error('damaged table');
  return { head, columnsAt, size: stat.size };
}

/** A table's columns, checked against its head (`at`: where they start, after the records). */
function readColumns(fd: number, at: number, head: TableHead): TableColumns {
  const bytes = readAt(fd, at, head.columnsLength);
  if (!bytes || crc32(bytes) !== head.columnsCrc) throw new Error('damaged table');
  const c = v8.deserialize(bytes) as TableColumns;
  const n = Array.isArray(c?.paths) ? c.paths.length : -1;
  const columns = [c?.sizes, c?.mtimes, c?.offsets, c?.lengths];
  if (n !== head.count || !Array.isArray(c.hashes) || c.hashes.length !== n || !columns.every((x) => x instanceof Float64Array && x.length === n) || !(c.crcs instanceof Uint32Array) || c.crcs.length !== n) throw new Error('damaged table');
  for (let i = 0; i < n; i++) {
    if (typeof c.paths[i] !== 'string' || typeof c.hashes[i] !== 'string' || !(c.offsets[i] >= DATA_AT) || !(c.offsets[i] + c.lengths[i] <= at)) throw new Error('damaged table');
  }
  // The columns v8 could view in place would keep all the table's bytes (13.5 MB at 100,000
  // articles, mostly paths and hashes already copied out into strings).
  compactViews(c, bytes.buffer);
  return c;
}
