// Reads an article file's bytes: regular files only (a FIFO or a device would block or never
// end), at most the size an article may have, never more than that into memory.

import * as fs from 'node:fs/promises';
import { constants } from 'node:fs';
import { MAX_ARTICLE_BYTES } from '../core/corpus/decodeArticle';

export type ArticleBytes =
  | { kind: 'bytes'; bytes: Uint8Array; size: number; mtimeMs: number }
  | { kind: 'unreadable'; reason: string; size?: number; mtimeMs?: number }
  | { kind: 'gone' };

export async function readArticleBytes(path: string, maxBytes = MAX_ARTICLE_BYTES): Promise<ArticleBytes> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
    return { kind: 'unreadable', reason: `cannot be read (${code ?? String(e)})` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'unreadable', reason: 'not a regular file (a pipe, socket or device)' };
    const meta = { size: stat.size, mtimeMs: stat.mtimeMs };
    if (stat.size > maxBytes) {
      return { kind: 'unreadable', reason: `file is ${(stat.size / 1048576).toFixed(1)} MB, larger than the ${maxBytes / 1048576} MB an article may have`, ...meta };
    }
    // Read what the stat promised (and one byte more, to notice a file that grew meanwhile).
    const buf = Buffer.allocUnsafe(stat.size + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) return { kind: 'unreadable', reason: 'the file grew while it was read; it is read again when it changes', ...meta };
    }
    return { kind: 'bytes', bytes: buf.subarray(0, n), ...meta };
  } catch (e) {
    return { kind: 'unreadable', reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
