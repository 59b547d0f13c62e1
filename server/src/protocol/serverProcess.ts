// How the language server's process is started: by the client, and by the benchmark, which
// must measure the server as users run it.

/**
 * Added to the server's environment. glibc gives threads that allocate at the same time arenas
 * of their own (up to eight a core), and memory freed in one stays with it: a warm start of
 * 100,000 articles, whose index arrays are read on the I/O threads and freed on the main one,
 * held 12 MB more after its first count of problems than with two arenas, and was no faster.
 * Other C libraries ignore it.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
