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

/** `list` in pages of `size`. */
export function* pagesOf<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}
