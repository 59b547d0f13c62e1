// When the client last sent a message. Background work on the server's thread (the problem
// count after a scan: seconds at 100,000 articles) waits for a pause in the client's messages,
// so that a keystroke, a hover or a completion never queues behind its slices. It still runs
// now and then while the client never pauses, so that it ends.

import type { DataCallback, Disposable, MessageReader } from 'vscode-languageserver/node';

/** Background work runs once the client has sent nothing for this long. */
export const QUIET_MS = 40;
/** …or after waiting this long at most, for one slice. */
export const MAX_WAIT_MS = 250;

export class ClientActivity {
  private last = -Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A message came from the client. */
  touch(): void {
    this.last = this.now();
  }

  /** Milliseconds since the client's last message (Infinity: none yet). */
  sinceLast(): number {
    return this.now() - this.last;
  }

  /**
   * Resolves when background work may run a slice: on the next turn of the event loop when the
   * client is quiet, else once it has been quiet for `quietMs`, or `maxWaitMs` went by.
   */
  async turn(quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): Promise<void> {
    const started = this.now();
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const since = this.sinceLast();
      const waited = this.now() - started;
      if (since >= quietMs || waited >= maxWaitMs) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(quietMs - since, maxWaitMs - waited))));
    }
  }

  /** `reader`, telling this of every message it delivers. */
  track(reader: MessageReader): MessageReader {
    return {
      onError: reader.onError,
      onClose: reader.onClose,
      onPartialMessage: reader.onPartialMessage,
      listen: (callback: DataCallback): Disposable =>
        reader.listen((message) => {
          this.touch();
          callback(message);
        }),
      dispose: () => reader.dispose(),
    };
  }
}
