// Reading a file the user's folder holds, without ever blocking on it: a FIFO named like an
// article or corpus-lens.yaml blocks a plain readFile forever, and `registry: [/dev/urandom]`
// reads until memory runs out. Only regular files are read, never more than a limit.

import * as fs from 'node:fs';
import { MAX_ARTICLE_BYTES } from '../core/corpus/decodeArticle';
import { translator, type Language, type Translate } from '../core/i18n';

/** An article is at most what decodeArticle accepts. */
export const MAX_ARTICLE_FILE_BYTES = MAX_ARTICLE_BYTES;
/** corpus-lens.yaml and registry files (entities.yaml can be large, but not this large). */
export const MAX_YAML_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult =
  | { ok: true; bytes: Buffer; /** Of the file that was read (for caches keyed by them). */ size: number; mtimeMs: number }
  /** `missing`: nothing there (callers often treat that as "not configured", not as a problem). */
  | { ok: false; reason: string; missing: boolean };

export interface ReadOptions {
  maxBytes: number;
  /** Of the reason a file is refused (English by default). */
  language?: Language;
}

/** How much more a file that grew after it was opened is read at a time, at least. */
const CHUNK = 1 << 20;

/**
 * Room for the file as large as it was when opened, and one byte more: the read that finds
 * no more bytes there ends it, and a file that grew in between is read on (grown). Sized to
 * the file, not to a fixed chunk: a scan reads 100,000 files, and a megabyte each (freed at
 * once, but counted against the heap) set off a full garbage collection every few dozen files.
 */
function firstBuffer(size: number, maxBytes: number): Buffer {
  return Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
}

/** A larger copy of a full buffer, up to one byte past the limit. */
function grown(buf: Buffer, maxBytes: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, CHUNK), maxBytes + 1));
  buf.copy(bigger);
  return bigger;
}

/** Reads a regular file of at most `maxBytes`; anything else comes back with the reason. */
export async function readRegularFile(file: string, { maxBytes, language }: ReadOptions): Promise<ReadResult> {
  const t = translator(language);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    return failure(e, t);
  }
  const refused = refusal(stat, maxBytes, t);
  if (refused) return refused;
  let handle: fs.promises.FileHandle;
  try {
    // O_NONBLOCK: should the file become a FIFO between stat and open, open does not wait for a writer.
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    return failure(e, t);
  }
  try {
    // The file that was opened is the one judged.
    const openedStat = await handle.stat();
    const opened = refusal(openedStat, maxBytes, t);
    if (opened) return opened;
    let buf = firstBuffer(openedStat.size, maxBytes);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // One byte past the limit tells a file that grew beyond it from one that fits.
        if (total > maxBytes) break;
        buf = grown(buf, maxBytes);
      }
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) return { ok: false, reason: t('read.overLimit', { limit: formatBytes(maxBytes, t) }), missing: false };
    return { ok: true, bytes: buf.subarray(0, total), size: openedStat.size, mtimeMs: openedStat.mtimeMs };
  } catch (e) {
    return failure(e, t);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The same, blocking: for a caller that answers at once (an LSP handler) or a pool thread. */
export function readRegularFileSync(file: string, { maxBytes, language }: ReadOptions): ReadResult {
  const t = translator(language);
  let fd: number;
  try {
    const refused = refusal(fs.statSync(file), maxBytes, t);
    if (refused) return refused;
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    return failure(e, t);
  }
  try {
    const openedStat = fs.fstatSync(fd);
    const opened = refusal(openedStat, maxBytes, t);
    if (opened) return opened;
    let buf = firstBuffer(openedStat.size, maxBytes);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // One byte past the limit tells a file that grew beyond it from one that fits.
        if (total > maxBytes) break;
        buf = grown(buf, maxBytes);
      }
      const bytesRead = fs.readSync(fd, buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) return { ok: false, reason: t('read.overLimit', { limit: formatBytes(maxBytes, t) }), missing: false };
    return { ok: true, bytes: buf.subarray(0, total), size: openedStat.size, mtimeMs: openedStat.mtimeMs };
  } catch (e) {
    return failure(e, t);
  } finally {
    fs.closeSync(fd);
  }
}

function refusal(stat: fs.Stats, maxBytes: number, t: Translate): ReadResult | undefined {
  if (!stat.isFile()) return { ok: false, reason: t('read.notRegular', { kind: kindOf(stat, t) }), missing: false };
  if (stat.size > maxBytes) return { ok: false, reason: t('read.sizeOverLimit', { size: formatBytes(stat.size, t), limit: formatBytes(maxBytes, t) }), missing: false };
  return undefined;
}

function kindOf(stat: fs.Stats, t: Translate): string {
  if (stat.isFIFO()) return t('read.kind.fifo');
  if (stat.isCharacterDevice()) return t('read.kind.charDevice');
  if (stat.isBlockDevice()) return t('read.kind.blockDevice');
  if (stat.isSocket()) return t('read.kind.socket');
  if (stat.isDirectory()) return t('read.kind.directory');
  return t('read.kind.other');
}

function failure(e: unknown, t: Translate): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  const missing = code === 'ENOENT' || code === 'ENOTDIR';
  return { ok: false, reason: missing ? t('read.missing') : t('read.failed', { error: (e as Error).message }), missing };
}

function formatBytes(n: number, t: Translate): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return t('read.bytes', { count: n });
}
