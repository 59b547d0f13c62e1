// A language server started for measuring: dist/server.js over stdio, spoken to as VS Code
// speaks to it (pull diagnostics, partial results). Not a test.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, ProgressType, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { codeCacheEnv, SERVER_ENV, SERVER_EXEC_ARGV } from '../server/src/protocol/serverProcess';

export const fileUri = (p: string) => pathToFileURL(p).toString();

/** As the client does with its global storage: the server keeps V8's code cache beside the
 *  summaries' (a first start in a new storage folder has none, the next ones use it). */
function storageCodeCache(init: Record<string, unknown>): Record<string, string> {
  return typeof init.cacheFolder === 'string' ? codeCacheEnv(init.cacheFolder) : {};
}

export class LspSession {
  private readyAt?: number;
  private readyWaiters: Array<() => void> = [];
  private nextToken = 1;
  readonly startedAt = performance.now();

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
  ) {
    connection.onNotification('corpusLens/indexReady', () => {
      this.readyAt = performance.now();
      for (const w of this.readyWaiters.splice(0)) w();
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onNotification('window/logMessage', () => undefined);
  }

  /** `execArgv`: Node options for the server (a CPU profile). `heapProbe`: the server can be asked for its heap after a forced GC (heapAfterGcMb); it
   *  is started with --expose-gc, bench/heapProbe.cjs and an IPC channel for that. */
  static async start(folder: string, initializationOptions: Record<string, unknown>, options: { heapProbe?: boolean; execArgv?: string[] } = {}): Promise<LspSession> {
    const server = path.resolve(__dirname, '..', 'dist', 'server.js');
    const probe = options.heapProbe ? ['--expose-gc', '--require', path.join(__dirname, 'heapProbe.cjs')] : [];
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...probe, ...(options.execArgv ?? []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore', ...(options.heapProbe ? (['ipc'] as const) : [])], env: { ...process.env, ...SERVER_ENV, ...storageCodeCache(initializationOptions) } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(connection, child);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: 'corpus' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
        window: { workDoneProgress: true },
        textDocument: { diagnostic: {}, publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } },
      },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  /** Milliseconds from start to the index being ready. */
  async ready(): Promise<number> {
    if (this.readyAt === undefined) await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
    return this.readyAt! - this.startedAt;
  }

  /**
   * Milliseconds until the server has settled: its CPU time (every thread's) grew by at most a
   * tick over `quietMs`, its background work after ready done. Undefined where /proc cannot
   * tell, or when it did not settle within `maxMs`.
   */
  async settled(quietMs = 300, maxMs = 60000): Promise<number | undefined> {
    const t0 = performance.now();
    let since = this.cpuTicks();
    let quietSince = t0;
    while (since !== undefined && performance.now() - t0 < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = this.cpuTicks();
      if (now === undefined) return undefined;
      if (now - since > 1) {
        since = now;
        quietSince = performance.now();
      } else if (performance.now() - quietSince >= quietMs) return quietSince - t0;
    }
    return undefined;
  }

  /** utime + stime of the server process, in clock ticks (Linux). */
  private cpuTicks(): number | undefined {
    try {
      // The command name, in parentheses, may hold spaces: the fields after it count from there.
      const stat = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }

  /** The server process's peak resident memory so far, in MB (Linux). */
  peakRssMb(): number | undefined {
    return this.status('VmHWM');
  }

  /** The server process's resident memory now, in MB (Linux). */
  rssMb(): number | undefined {
    return this.status('VmRSS');
  }

  /** The server's JavaScript heap in use right after a full GC, in MB: what it really holds,
   *  unlike resident memory, which counts pages V8 and the allocator keep for later. Only for a
   *  session started with `heapProbe`; undefined otherwise or without an answer in 10 s. */
  heapAfterGcMb(): Promise<number | undefined> {
    const child = this.child;
    if (!child.connected) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const done = (mb: number | undefined) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(mb);
      };
      const onMessage = (m: unknown) => {
        if (m && typeof m === 'object' && typeof (m as { heapUsed?: unknown }).heapUsed === 'number') done((m as { heapUsed: number }).heapUsed / 1048576);
      };
      const timer = setTimeout(() => done(undefined), 10000);
      child.on('message', onMessage);
      child.send('heapAfterGc');
    });
  }

  private status(field: string): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** A request whose results stream: milliseconds to the first page and to the end, and the item count. */
  async streamed(method: string, params: Record<string, unknown>): Promise<{ firstMs: number; totalMs: number; items: number }> {
    const token = `bench-${this.nextToken++}`;
    const t0 = performance.now();
    let firstMs = -1;
    let items = 0;
    const sub = this.connection.onProgress(new ProgressType<unknown[]>(), token, (page) => {
      if (firstMs < 0) firstMs = performance.now() - t0;
      items += page.length;
    });
    const final = await this.connection.sendRequest<unknown[] | { rows: unknown[] } | null>(method, { ...params, partialResultToken: token });
    const totalMs = performance.now() - t0;
    sub.dispose();
    // References answer an array; the concordance an object with its rows.
    items += Array.isArray(final) ? final.length : (final?.rows.length ?? 0);
    if (firstMs < 0) firstMs = totalMs;
    return { firstMs, totalMs, items };
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* killed below */
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      setTimeout(() => this.child.kill(), 5000).unref();
    });
  }
}
