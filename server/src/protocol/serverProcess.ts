// How the language server's process is started: by the client, and by the benchmark, which
// must measure the server as users run it.

import * as path from 'node:path';
import type { CodeCacheUse } from '../node/codeCache';

/**
 * Added to the server's environment, for glibc's allocator (other C libraries ignore both).
 * - MALLOC_ARENA_MAX: glibc gives threads that allocate at the same time arenas of their own (up
 *   to eight a core), and memory freed in one stays with it: a warm start of 100,000 articles,
 *   whose index arrays are read on the I/O threads and freed on the main one, held 12 MB more
 *   after its first count of problems than with two arenas, and was no faster.
 * - MALLOC_MMAP_THRESHOLD_: a block of 128 KB or more (a typed array of the index, of a saved
 *   index read back) gets pages of its own, returned to the system when it is freed. By default
 *   glibc raises that threshold as such blocks are freed, up to 32 MB, and the blocks the scan
 *   freed then stayed in the heap between live ones: after the first start at 100,000 articles
 *   and one full collection the server held 497–526 MB, against 603–627 MB (two of each).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/** Names the folder where the server keeps V8's code cache of its bundle (node/codeCache.ts);
 *  none, no cache. */
export const CODE_CACHE_ENV = 'CORPUS_LENS_CODE_CACHE';

/** The environment that gives the server a code cache in a storage folder of the client's
 *  (VS Code's global storage; the benchmark's storage folder). */
export function codeCacheEnv(storageFolder: string): Record<string, string> {
  return { [CODE_CACHE_ENV]: path.join(storageFolder, 'code-cache') };
}

/** Emitted on `process` by the server once what it runs at start and for the first requests is
 *  compiled (after a scan's rehearsal), with a CodeCacheReport: the entry then writes the code
 *  cache when it had none to use, and says what became of it. */
export const SERVER_COMPILED = 'corpus-lens:compiled';

/** What the entry did with the code cache: loaded the server without one ('none': no folder),
 *  with the one there ('used'), or without it ('missing', or 'rejected': damaged or made by
 *  another V8); `written`: the file it wrote for the next start. */
export type CodeCacheReport = (use: CodeCacheUse, written: string | undefined) => void;
