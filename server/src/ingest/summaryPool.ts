// Summarises files on every core: one worker thread per job slot, each with its own copy of
// the registries, a few files in flight per thread so reading overlaps analysis. With no
// workers (jobs = 0, or threads unavailable) the same code runs on the calling thread.

import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileSummarizer, readArticleFromDiskBlocking, type CorpusContext, type FileJob, type FileResult, type GivenRegistry } from './summarizeFile';
import type { RecordResult, WorkerRequest, WorkerResponse } from './workerProtocol';
import { summaryFromRecord } from './summaryRecord';
import { registrySnapshot } from '../node/registryCache';
import { searchFiles, type FileHits, type PhraseSearchJob } from './searchFiles';

const IN_FLIGHT_PER_WORKER = 4;

/** Threads idle this long are stopped. */
const IDLE_MS = 20_000;

/** Work for a thread: a file to summarise, or files to search. */
type Task = { kind: 'job'; job: FileJob; resolve: (r: FileResult) => void } | { kind: 'search'; search: PhraseSearchJob; resolve: (r: FileHits[]) => void };

interface Slot {
  worker: Worker;
  pending: Map<number, Task>;
  dead: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** A thread costs a registry load (about 0.3 s): not worth it for a few hundred files. */
const MIN_FILES_FOR_THREADS = 200;

/**
 * Files a thread is given at least, when the number of threads is left to the engine. Each
 * thread compiles the analyser for itself: about 3 s of CPU on V8's helper threads, and its
 * first few hundred articles run slowly meanwhile. On two cores that work competes with the
 * analysis, so a second thread paid only from several thousand articles (synthetic articles of
 * about 4 KB, each count measured three times alternating, `stats` and the server's first
 * start): at 1,000 one thread took 3.1–3.6 s against 4.0–5.2 s for two, at 3,000 and 5,000 the
 * same time for 45–55 MB less, at 10,000 two were 10–13% faster.
 */
const FILES_PER_THREAD = 6000;

/** How many threads to start for this many files: `jobs` when given, else one per
 *  FILES_PER_THREAD files, at most one per core. None for a few files. */
export function threadsFor(files: number, jobs?: number): number {
  if (files < MIN_FILES_FOR_THREADS) return 0;
  return jobs ?? Math.min(defaultJobs(), Math.ceil(files / FILES_PER_THREAD));
}

/** The worker script beside this module: the bundle's .js, or the .ts source under tsx. */
/**
 * A thread's old generation at most. Not for the cap (a thread holds a registry and one article
 * at a time, tens of MB): V8 lets a heap whose cap is under 2 GB grow by at most twice its live
 * size between full collections, one with a larger cap (4 GB by default here) by four times,
 * and an analysing thread's heap is mostly garbage. A cold `stats` of 10,000 articles on two
 * threads peaked at 340 MB instead of 450, 3% slower. A thread that runs out stops, and its
 * files are analysed on the calling thread.
 */
const WORKER_OLD_GENERATION_MB = 512;

/**
 * A thread's young generation (where new objects start) at most. An analysis's objects die
 * with the article, and V8 let the space grow to its default of several times more than one
 * article needs. A cold `stats` took as long with 12 MB as without the cap, and peaked at 721 MB
 * instead of 769 at 100,000 articles, 273 MB instead of 335–340 at 10,000. With 4 MB (semi-spaces
 * of about 1.3 MB, which the caches hold better) it is a little faster still: at 10,000 articles,
 * alternating, 12.0–14.3 s against 12.6–15.4 s, peaks of 240–244 MB against 252–256; at 30,000,
 * 284–286 MB against 295–300. (2 and 3 MB: the same within the noise.)
 */
const WORKER_YOUNG_GENERATION_MB = 4;

function workerScript(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) {
    const tsxCjs = 'tsx/cjs';
    return { file: path.join(__dirname, 'summaryWorker.ts'), execArgv: ['--require', require.resolve(tsxCjs)] };
  }
  return { file: path.join(__dirname, 'summaryWorker.js'), execArgv: [] };
}

function corpusMessage(ctx: CorpusContext, registry: GivenRegistry | undefined): WorkerRequest {
  return { type: 'corpus', corpus: registry ? { ...ctx, registrySnapshot: registrySnapshot(registry) } : ctx };
}

/** The summary a thread handed over as its record, which the caller's cache then takes as it is. */
function fromRecord(r: RecordResult, file: string): FileResult {
  const summary = summaryFromRecord(r.record, file);
  if (!summary) return { kind: 'unreadable', reason: 'analysis failed: a summary did not cross threads', size: r.size, mtimeMs: r.mtimeMs };
  return { kind: 'summary', summary, size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, record: r.record };
}

export class SummaryPool {
  private readonly slots: Slot[] = [];
  private readonly inline = new FileSummarizer();
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when a thread failed: said once by the caller, the work goes on without it. */
  failure?: string;

  /** Corpora defined so far, sent to each thread as it starts; with the calling thread's
   *  registry, which a thread restores from a snapshot instead of reading the sources again. */
  private readonly corpora = new Map<string, { ctx: CorpusContext; registry?: GivenRegistry }>();
  private started = false;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly jobs: number = defaultJobs(),
    private readonly idle: { ms?: number; onStopped?: () => void } = {},
    /** A batch of fewer files than this, while no thread runs, is summarised on the calling
     *  thread: starting threads (a registry each) costs more than a few analyses. */
    private readonly threadsFrom = MIN_FILES_FOR_THREADS,
  ) {}

  /** Threads running now (none before the first file, none after a long idle). */
  get threads(): number {
    return this.slots.filter((s) => !s.dead).length;
  }

  /** Threads start with the first file to analyse: a start that the cache answers entirely
   *  (or one that only searches nothing) never pays for a thread and its registry. */
  private start(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.started) return;
    this.started = true;
    if (this.jobs <= 0) return;
    const { file, execArgv } = workerScript();
    // Made once for all the threads: a registry's snapshot is read from its file for it.
    const corpora = [...this.corpora.values()].map((c) => corpusMessage(c.ctx, c.registry));
    for (let i = 0; i < this.jobs; i++) {
      let worker: Worker;
      try {
        worker = new Worker(file, { execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      } catch (e) {
        this.failure = `worker threads unavailable (${String(e)}); analysing on one thread`;
        break;
      }
      const slot: Slot = { worker, pending: new Map(), dead: false };
      worker.on('message', (msg: WorkerResponse) => {
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        if (p.kind === 'search') p.resolve('hits' in msg ? msg.hits : []);
        else if ('result' in msg) p.resolve(msg.result.kind === 'record' ? fromRecord(msg.result, p.job.path) : msg.result);
        this.pump();
        this.stopWhenIdle();
      });
      const die = (why: string) => {
        if (slot.dead) return;
        slot.dead = true;
        if (!this.closed) this.failure ??= `a worker thread stopped (${why}); its files were analysed on the main thread`;
        for (const p of slot.pending.values()) this.runTaskInline(p);
        slot.pending.clear();
        this.pump();
      };
      worker.on('error', (e) => die(e.message));
      worker.on('exit', (code) => die(`exit code ${code}`));
      for (const message of corpora) worker.postMessage(message);
      this.slots.push(slot);
    }
  }

  /** The settings and registry of a corpus, sent to every thread before its files. `registry`:
   *  the calling thread's own copy, built from the same sources, for work done inline. */
  defineCorpus(ctx: CorpusContext, registry?: GivenRegistry): void {
    this.inline.defineCorpus(ctx, registry);
    this.corpora.delete(ctx.key);
    this.corpora.set(ctx.key, { ctx, registry });
    if (!this.slots.some((s) => !s.dead)) return;
    const msg = corpusMessage(ctx, registry);
    for (const s of this.slots) if (!s.dead) s.worker.postMessage(msg);
  }

  summarize(job: FileJob, batch?: number): Promise<FileResult> {
    if (this.closed) return Promise.reject(new Error('the summary pool is closed'));
    if (!this.started && batch !== undefined && batch < this.threadsFrom) return this.runInline(job);
    this.start();
    if (!this.slots.some((s) => !s.dead)) return this.runInline(job);
    return new Promise((resolve) => {
      this.waiting.push({ kind: 'job', job, resolve });
      this.pump();
    });
  }

  /** Searches files for a phrase (the concordance), on the threads like summaries. The first
   *  search, asked before any thread runs, is done on the calling thread while they start, its
   *  files read with blocking calls (the asynchronous ones took 3 ms a file while the threads
   *  started): its rows come in milliseconds, not after a thread's start (a seventh of a second). */
  search(search: PhraseSearchJob): Promise<FileHits[]> {
    if (this.closed) return Promise.reject(new Error('the summary pool is closed'));
    const first = !this.started;
    this.start();
    if (first) return searchFiles(search, readArticleFromDiskBlocking);
    if (!this.slots.some((s) => !s.dead)) return searchFiles(search);
    return new Promise((resolve) => {
      this.waiting.push({ kind: 'search', search, resolve });
      this.pump();
    });
  }

  /** Summarises text the caller holds (an open document) on the calling thread. */
  summarizeText(text: string, file: string, corpusKey: string) {
    return this.inline.summarizeText(text, file, corpusKey);
  }

  /** Threads with nothing to do for a while are stopped (each holds a heap and a registry);
   *  the next file starts them again. */
  private stopWhenIdle(): void {
    if (this.waiting.length || this.slots.some((s) => s.pending.size)) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      void this.stopThreads();
    }, this.idle.ms ?? IDLE_MS);
    this.idleTimer.unref();
  }

  /** Stops the threads now when they have nothing to do, and waits until they are gone: a scan
   *  that has read every file frees their memory before it saves its index (at 100,000
   *  articles the two threads and the save's copy of the index were the server's peak). */
  rest(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    return this.stopThreads();
  }

  private async stopThreads(): Promise<void> {
    if (this.closed || this.waiting.length || this.slots.some((s) => s.pending.size)) return;
    const slots = this.slots.splice(0);
    this.started = false;
    if (!slots.length) return;
    for (const s of slots) s.dead = true;
    this.idle.onStopped?.();
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }

  private runInline(job: FileJob): Promise<FileResult> {
    return this.inline.summarizeFile(job).catch((e: unknown) => ({ kind: 'unreadable' as const, reason: `analysis failed: ${e instanceof Error ? e.message : String(e)}` }));
  }

  private runTaskInline(t: Task): void {
    if (t.kind === 'job') void this.runInline(t.job).then(t.resolve);
    else void searchFiles(t.search).then(t.resolve, () => t.resolve([]));
  }

  private pump(): void {
    while (this.waiting.length) {
      let best: Slot | undefined;
      for (const s of this.slots) if (!s.dead && s.pending.size < IN_FLIGHT_PER_WORKER && (!best || s.pending.size < best.pending.size)) best = s;
      if (!best) {
        if (!this.slots.some((s) => !s.dead)) for (const w of this.waiting.splice(0)) this.runTaskInline(w);
        return;
      }
      const w = this.waiting.shift()!;
      const id = this.nextId++;
      best.pending.set(id, w);
      const msg: WorkerRequest = w.kind === 'job' ? { type: 'job', id, job: w.job } : { type: 'search', id, search: w.search };
      best.worker.postMessage(msg);
    }
  }
}
