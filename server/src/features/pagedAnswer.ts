// A long answer given a page at a time: as partial results when the client takes them (the
// answer itself is then empty), else gathered into one list. Other requests get their turn
// between pages, a cancelled request stops (null), and a client that gave a work-done token
// sees the work begin, move on with the pages and end.

import type { CancellationToken, ResultProgressReporter, WorkDoneProgressReporter } from 'vscode-languageserver';

export async function answerInPages<T>(
  pages: Iterable<T[]>,
  request: { token: CancellationToken; progress?: ResultProgressReporter<T[]>; work: WorkDoneProgressReporter; title: string; total?: number },
): Promise<T[] | null> {
  const { token, progress, work, total } = request;
  work.begin(request.title, total ? 0 : undefined, undefined, true);
  const all: T[] = [];
  let given = 0;
  try {
    for (const page of pages) {
      if (token.isCancellationRequested) return null;
      if (progress) {
        if (page.length) progress.report(page);
      } else for (const x of page) all.push(x);
      given += page.length;
      if (total) work.report(Math.min(100, Math.floor((100 * given) / total)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return progress ? [] : all;
  } finally {
    work.done();
  }
}

/**
 * A page's JSON at most, in bytes of the string V8 makes of it: one a character while every
 * character is Latin-1 (URIs, numbers), two once one is not (a Vietnamese message). V8 keeps a
 * string over 128 KB in a space of its own, and encoding such a message (JSON.stringify, then
 * its bytes) cost 1.5–2.3 µs a location against 0.6–0.9 below it (a thousand locations of
 * 100-character URIs make 184 KB); the client reading it pays the same again.
 */
export const PAGE_STRING_BYTES = 96 * 1024;

/** `items` in pages of at most `size` items and PAGE_STRING_BYTES as `bytesOf` estimates them
 *  (an item over the budget makes a page of its own). */
export function* pagesWithin<T>(items: Iterable<T>, bytesOf: (item: T) => number, size = Infinity): Generator<T[]> {
  let page: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (page.length && (page.length >= size || bytes + b > PAGE_STRING_BYTES)) {
      yield page;
      page = [];
      bytes = 0;
    }
    page.push(item);
    bytes += b;
  }
  if (page.length) yield page;
}

/** `list` in pages of `size`. */
export function* pagesOf<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}
