// A minimal LSP client for protocol tests: starts dist/server.js --stdio and speaks JSON-RPC.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol/serverProcess';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type DataCallback,
  type Message,
  type MessageReader,
  type ResponseMessage,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/sharedCorpus';
import { INDEX_READY, type IndexReadyParams } from '../../server/src/protocol/corpusLensProtocol';

export const uri = (p: string) => pathToFileURL(p).toString();

export interface StartOptions {
  folder: string;
  settings?: Record<string, unknown>;
  /** Settings per workspace folder (by folder URI), where they differ from `settings`. */
  folderSettings?: Record<string, Record<string, unknown>>;
  /** More workspace folders after `folder`. */
  moreFolders?: string[];
  initializationOptions?: Record<string, unknown>;
  snippetEditSupport?: boolean;
  /** Declare LSP 3.17 pull diagnostics (document and workspace), as VS Code does. */
  pullDiagnostics?: boolean;
  /** InitializeParams.locale: the editor's display language (`vi`). */
  locale?: string;
  /** Added to the server's environment. */
  env?: Record<string, string>;
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** window/logMessage lines, in order. */
  readonly logs: string[] = [];
  initializeResult?: InitializeResult;
  /** How many times the index was reported ready (once per completed scan). */
  readyCount = 0;
  private listeners: Array<() => void> = [];
  private rawAnswers?: RawAnswers;
  private rawIds = 0;
  private readyPromise: Promise<unknown>;
  stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    settings: Record<string, unknown>,
    folderSettings: Record<string, Record<string, unknown>> = {},
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.notify();
    });
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string; scopeUri?: string }> }) => p.items.map((i) => (i.scopeUri && folderSettings[i.scopeUri]) || settings));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.notify();
    });
    this.readyPromise = new Promise((resolve) =>
      connection.onNotification(INDEX_READY, (p: IndexReadyParams) => {
        this.readyCount++;
        this.notify();
        resolve(p);
      }),
    );
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const reader = new RawAnswers(new StreamMessageReader(child.stdout!));
    const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options.settings ?? {}, options.folderSettings);
    client.rawAnswers = reader;
    child.stderr!.on('data', (d) => (client.stderr += String(d)));
    connection.listen();
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uri(options.folder),
      workspaceFolders: [options.folder, ...(options.moreFolders ?? [])].map((f, i) => ({ uri: uri(f), name: `folder ${i}` })),
      initializationOptions: options.initializationOptions,
      ...(options.locale ? { locale: options.locale } : {}),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, snippetEditSupport: options.snippetEditSupport ?? false },
          ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          ...(options.pullDiagnostics ? { diagnostic: { relatedDocumentSupport: false } } : {}),
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          inlayHint: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** `ms`: how long a scan may take here (a test that times the scan itself gives its own limit). */
  ready(ms = 10_000): Promise<unknown> {
    return withTimeout(this.readyPromise, ms, `the server did not report corpusLens/indexReady within ${ms} ms`);
  }

  /** Waits until the index has been reported ready `n` times in all. */
  readyTimes(n: number): Promise<void> {
    return withTimeout(
      new Promise<void>((resolve) => {
        const check = () => {
          if (this.readyCount >= n) {
            this.listeners = this.listeners.filter((l) => l !== check);
            resolve();
          }
        };
        this.listeners.push(check);
        check();
      }),
      20_000,
      `the index was reported ready ${this.readyCount} times, not ${n}`,
    );
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Waits for a window/logMessage line that matches `pattern`, and gives it. */
  waitForLog(pattern: RegExp, ms = 20_000): Promise<string> {
    return withTimeout(
      new Promise<string>((resolve) => {
        const check = () => {
          const line = this.logs.find((l) => pattern.test(l));
          if (line !== undefined) {
            this.listeners = this.listeners.filter((l) => l !== check);
            resolve(line);
          }
        };
        this.listeners.push(check);
        check();
      }),
      ms,
      () => `no log line matched ${pattern}; the server logged: ${JSON.stringify(this.logs)}`,
    );
  }

  /** Waits until the diagnostics of `fileUri` satisfy `pred` (the server pushes them; no sleeps). */
  waitForDiagnostics(fileUri: string, pred: (d: Diagnostic[]) => boolean, what = 'diagnostics'): Promise<Diagnostic[]> {
    return withTimeout(
      new Promise<Diagnostic[]>((resolve) => {
        const check = () => {
          const d = this.diagnostics.get(fileUri);
          if (d && pred(d)) {
            this.listeners = this.listeners.filter((l) => l !== check);
            resolve(d);
          }
        };
        this.listeners.push(check);
        check();
      }),
      10_000,
      `timed out waiting for ${what} of ${fileUri}; last: ${JSON.stringify(this.diagnostics.get(fileUri))}`,
    );
  }

  open(fileUri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'corpus-article', version, text } });
  }

  change(fileUri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri, version }, contentChanges: [{ text }] });
  }

  /**
   * Sends a request and its cancellation in one write: the server reads both before it handles
   * either, so the request is cancelled before it starts. (Through the connection, the
   * cancellation follows on a later turn and may come after a quick answer.) Resolves with the
   * server's response message.
   */
  cancelledRequest(method: string, params: unknown): Promise<ResponseMessage> {
    const id = `cancelled-${++this.rawIds}`;
    const frame = (m: object) => {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    };
    const answer = this.rawAnswers!.expect(id);
    this.child.stdin!.write(Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]));
    return withTimeout(answer, 10_000, `no answer to the cancelled ${method}`);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 2000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* the process is killed below anyway */
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** `message`: said when the time is up (a function: worked out then). */
function withTimeout<T>(p: Promise<T>, ms: number, message: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(typeof message === 'string' ? message : message())), ms)))]).finally(() => clearTimeout(timer));
}

/** Applies LSP text edits (given in positions) to a text. */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

/** The server's messages, but for the answers to requests sent past the connection
 *  (cancelledRequest): those go to whoever expects them. */
class RawAnswers implements MessageReader {
  private readonly expected = new Map<string, (m: ResponseMessage) => void>();

  constructor(private readonly inner: MessageReader) {}

  get onError() {
    return this.inner.onError;
  }

  get onClose() {
    return this.inner.onClose;
  }

  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  expect(id: string): Promise<ResponseMessage> {
    return new Promise((resolve) => this.expected.set(id, resolve));
  }

  listen(callback: DataCallback) {
    return this.inner.listen((m: Message) => {
      const id = (m as ResponseMessage).id;
      const taker = typeof id === 'string' && !('method' in m) ? this.expected.get(id) : undefined;
      if (!taker) return callback(m);
      this.expected.delete(id as string);
      taker(m as ResponseMessage);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
