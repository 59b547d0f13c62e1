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

/**
 * Node options the server is started with. `--max-semi-space-size=4`: V8's young generation (where
 * new objects start) at 4 MB a half instead of up to 16. A scan keeps each summary for as long as
 * it takes to apply it and a keystroke's analysis dies with it, so the space only held garbage
 * between collections. First starts from no cache, the same build (alternating, 10,000 articles):
 * peak 281–288 MB against 313–336 MB, settled 168–186 against 203–214 MB (four of each), the scan
 * as fast (8.5–12.7 s against 8.5–12.0), keystrokes as fast (median 1.5–3.1 ms against 1.6–3.1, p99
 * 5.8–8.6 against 5.5–12.8); at 100,000 articles 602 against 616 MB at the peak, 497 against 505
 * settled, the scan 85 against 79 s (one of each, within what the machine varies). Only a
 * process's start sets it: the command line, whose heap exists when it runs, cannot.
 * (2 MB: 273–305 MB at the peak, no better; 8 MB: 315.)
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

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
