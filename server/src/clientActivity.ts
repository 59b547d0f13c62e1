// When the client last sent a message, and which of its requests the server is still
// answering. Background work on the server's thread (the problem count after a scan: seconds
// at 100,000 articles) waits for a pause in the client's messages and for the answers under
// way (a concordance streaming its pages), so that a keystroke, a hover or a long answer never
// queues behind its slices. It still runs now and then while the client never pauses, so that
// it ends.

import type { DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';

/** Background work runs once the client has sent nothing for this long. */
export const QUIET_MS = 40;
/** …or after waiting this long at most, for one slice. */
export const MAX_WAIT_MS = 250;

/** While a request is being answered, how often a waiting slice looks again. */
const ANSWER_POLL_MS = 5;

/** Requests answered over a long time by design, not work under way: VS Code's workspace
 *  diagnostics are held open for the changes to come. */
const HELD_OPEN: ReadonlySet<string> = new Set(['workspace/diagnostic']);

export class ClientActivity {
  private last = -Infinity;
  /** Ids of the client's requests not answered yet (HELD_OPEN ones left out). */
  private readonly answering = new Set<number | string>();

  /** `now` and `sleep`: the clock and the wait of a slice (tests give their own). */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** A message came from the client. */
  touch(): void {
    this.last = this.now();
  }

  /** Milliseconds since the client's last message (Infinity: none yet). */
  sinceLast(): number {
    return this.now() - this.last;
  }

  /** Requests of the client the server is answering now. */
  get busy(): number {
    return this.answering.size;
  }

  /**
   * Resolves when background work may run a slice: on the next turn of the event loop when the
   * client is quiet and no request is being answered, else once that is so (quiet for
   * `quietMs`), or `maxWaitMs` went by.
   */
  async turn(quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): Promise<void> {
    const started = this.now();
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const since = this.sinceLast();
      const waited = this.now() - started;
      if ((since >= quietMs && this.answering.size === 0) || waited >= maxWaitMs) return;
      // Quiet but answering: looked at again every few milliseconds.
      const pause = since < quietMs ? quietMs - since : ANSWER_POLL_MS;
      await this.sleep(Math.max(1, Math.min(pause, maxWaitMs - waited)));
    }
  }

  /** `reader`, telling this of every message it delivers (and of the requests among them). */
  track(reader: MessageReader): MessageReader {
    return {
      onError: reader.onError,
      onClose: reader.onClose,
      onPartialMessage: reader.onPartialMessage,
      listen: (callback: DataCallback): Disposable =>
        reader.listen((message) => {
          this.touch();
          const m = message as { id?: number | string | null; method?: string };
          if (m.method !== undefined && m.id !== undefined && m.id !== null && !HELD_OPEN.has(m.method)) this.answering.add(m.id);
          callback(message);
        }),
      dispose: () => reader.dispose(),
    };
  }

  /** `writer`, telling this of the answers it sends. */
  trackAnswers(writer: MessageWriter): MessageWriter {
    return {
      onError: writer.onError,
      onClose: writer.onClose,
      write: (message: Message) => {
        const m = message as { id?: number | string | null; method?: string };
        if (m.method === undefined && m.id !== undefined && m.id !== null) this.answering.delete(m.id);
        return writer.write(message);
      },
      end: () => writer.end(),
      dispose: () => writer.dispose(),
    };
  }
}
