// Clicks the extension asks a webview to make (for the end-to-end tests): each has an id, the
// webview reports back when what the click opens is open, or why it failed, and a click that
// never settles fails after a while instead of hanging the test.

import * as vscode from 'vscode';

export class WebviewClicks {
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private nextId = 1;

  /** Posts a click with a fresh id and waits until the webview settles it. */
  async click(post: (requestId: number) => void, what: string, timeoutMs: number): Promise<void> {
    const requestId = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.pending.set(requestId, { resolve, reject }));
    post(requestId);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new Error(`${what} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
    });
    try {
      await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Settles the click when what it opens is open (or failed to open). */
  settleWhen(requestId: number | undefined, opening: Promise<unknown>): void {
    opening.then(
      () => this.settle(requestId),
      (err: unknown) => this.settle(requestId, err instanceof Error ? err : new Error(String(err))),
    );
  }

  /** What the click opened is open (or it failed); a user's own click has no id and only shows its error. */
  settle(requestId: number | undefined, error?: Error): void {
    if (requestId === undefined) {
      if (error) void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens: {0}', error.message));
      return;
    }
    const pending = this.pending.get(requestId);
    if (!pending) return;
    this.pending.delete(requestId);
    if (error) pending.reject(error);
    else pending.resolve();
  }
}
