// Baselines for the corpus benchmarks, measured on the same files in the same run as the
// product: how long it takes just to read every file (`cat`), and how long ripgrep needs to
// find the same names (`rg -j2 -F -c -f NAMES DIR`). Not a test, no product code.
//
//   npx tsx bench/baselines.ts CORPUS_DIR [NAMES_FILE]      (NAMES_FILE: CORPUS_DIR.names.txt)
//
// Each measure runs once to warm the page cache, then 3 times; the median wall time is
// reported. Peak RSS comes from `/usr/bin/time -v` when it is installed.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export interface BaselineResult {
  /** Median wall time of the runs, in milliseconds (NaN when not available). */
  ms: number;
  /** Median peak resident set size in MB, when /usr/bin/time is present. */
  rssMb?: number;
  available: boolean;
  note?: string;
}

export const RUNS = 3;
const GNU_TIME = '/usr/bin/time';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 99th percentile (the slowest of fewer than a hundred). */
export function p99(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))];
}

function hasCommand(cmd: string): boolean {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !r.error;
}

function hasGnuTime(): boolean {
  if (!fs.existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr ?? '');
}

interface Run {
  ms: number;
  rssKb?: number;
  status: number | null;
  stderr: string;
}

/** Runs a command with stdout discarded; wall time around the whole process. */
function run(cmd: string, args: string[], withTime: boolean): Promise<Run> {
  const [file, argv] = withTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - t;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ ms, rssKb: m ? Number(m[1]) : undefined, status, stderr });
    });
  });
}

async function measure(cmd: string, args: string[], ok: (r: Run) => boolean, withTime: boolean): Promise<BaselineResult> {
  const warm = await run(cmd, args, withTime);
  if (!ok(warm)) return { ms: NaN, available: false, note: `${cmd} failed (exit ${warm.status}): ${warm.stderr.trim().split('\n').slice(-3).join(' ')}` };
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(cmd, args, withTime));
  const rss = runs.map((r) => r.rssKb).filter((x): x is number => x !== undefined);
  return {
    ms: median(runs.map((r) => r.ms)),
    ...(rss.length === runs.length ? { rssMb: median(rss) / 1024 } : {}),
    available: true,
  };
}

/** Reads every file under `dir` into /dev/null: `find dir -type f -print0 | xargs -0 cat > /dev/null`. */
export async function measureCat(dir: string): Promise<BaselineResult> {
  if (!fs.existsSync(dir)) return { ms: NaN, available: false, note: `no such folder: ${dir}` };
  const script = 'find "$1" -type f -print0 | xargs -0 cat > /dev/null';
  return measure('sh', ['-c', script, 'sh', dir], (r) => r.status === 0, false);
}

/** ripgrep looking for every line of `namesFile` in `dir`: `rg -j2 -F -c -f namesFile dir`. */
export async function measureRipgrep(dir: string, namesFile: string): Promise<BaselineResult> {
  if (!hasCommand('rg')) return { ms: NaN, available: false, note: 'ripgrep missing: apt-get install ripgrep' };
  if (!fs.existsSync(dir)) return { ms: NaN, available: false, note: `no such folder: ${dir}` };
  if (!fs.existsSync(namesFile)) return { ms: NaN, available: false, note: `no such names file: ${namesFile}` };
  const withTime = hasGnuTime();
  // Exit status 0: matches found; 1: none (still a valid timing); 2: error.
  const r = await measure('rg', ['-j2', '-F', '-c', '-f', namesFile, dir], (x) => x.status === 0 || x.status === 1, withTime);
  if (r.available && !withTime) r.note = 'no peak RSS: /usr/bin/time missing (apt-get install time)';
  return r;
}

/** ripgrep counting one phrase, ignoring case: `rg -j2 -F -i -c PHRASE dir` (the phrase concordance's baseline). */
export async function measureRipgrepPhrase(dir: string, phrase: string): Promise<BaselineResult> {
  if (!hasCommand('rg')) return { ms: NaN, available: false, note: 'ripgrep missing: apt-get install ripgrep' };
  if (!fs.existsSync(dir)) return { ms: NaN, available: false, note: `no such folder: ${dir}` };
  return measure('rg', ['-j2', '-F', '-i', '-c', phrase, dir], (x) => x.status === 0 || x.status === 1, false);
}

/** Round trips over pipes to another process, as the server's messages go. */
export interface RoundTripResult {
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  count: number;
  gapMs: number;
}

/**
 * A line sent to a Node.js process that writes it back, `count` times, `gapMs` after each answer
 * (0: back to back): what the machine alone costs a keystroke's messages, without any of our
 * code. After a pause both processes sleep, and waking them costs the same a keystroke pays.
 */
export async function measurePipeRoundTrips(count: number, gapMs: number): Promise<RoundTripResult> {
  const child = spawn(process.execPath, ['-e', "process.stdin.on('data', (d) => process.stdout.write(d))"], { stdio: ['pipe', 'pipe', 'ignore'] });
  let answered: (() => void) | undefined;
  child.stdout!.on('data', () => {
    const a = answered;
    answered = undefined;
    a?.();
  });
  const line = `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'textDocument/diagnostic', params: { textDocument: { uri: 'file:///tmp/corpus/000/000132.txt' } } })}\n`;
  const roundTrip = () => new Promise<void>((resolve) => ((answered = resolve), child.stdin!.write(line)));
  try {
    for (let i = 0; i < 50; i++) await roundTrip();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      await roundTrip();
      times.push(performance.now() - t);
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return { medianMs: median(times), p99Ms: p99(times), maxMs: Math.max(...times), count, gapMs };
  } finally {
    child.kill();
  }
}

/** Two threads of computation against one, on this machine. */
export interface ParallelScaling {
  /** Median milliseconds of one thread running the task alone. */
  oneMs: number;
  /** Median milliseconds until two threads, each running the same task at once, are done. */
  twoMs: number;
  /** Work done per second by two threads over one: 2 where there are two free cores. */
  speedup: number;
}

/** A fixed loop of arithmetic over a typed array: no I/O, no allocation, the same on every run. */
const COMPUTE_TASK = `
  function task() {
    const a = new Float64Array(1 << 16);
    let s = 0;
    for (let r = 0; r < 2000; r++) for (let i = 0; i < a.length; i++) { a[i] = a[i] * 0.5 + i; s += a[i]; }
    return s;
  }
  require('node:worker_threads').parentPort.postMessage(task());
`;

function computeOnThreads(threads: number): Promise<number> {
  const t = performance.now();
  return Promise.all(
    Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(COMPUTE_TASK, { eval: true });
      w.once('message', () => resolve());
      w.once('error', reject);
    })),
  ).then(() => performance.now() - t);
}

/**
 * How much a second thread adds on this machine: the scan's figures assume two cores, and a
 * virtual machine's two cores may share one physical core, or the host's time, with others.
 * The same task alone, then twice at once, RUNS times each alternating (the medians).
 */
export async function measureParallelScaling(): Promise<ParallelScaling> {
  await computeOnThreads(2);
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    one.push(await computeOnThreads(1));
    two.push(await computeOnThreads(2));
  }
  const oneMs = median(one);
  const twoMs = median(two);
  return { oneMs, twoMs, speedup: (2 * oneMs) / twoMs };
}

function fmt(label: string, r: BaselineResult, mb: number): string {
  if (!r.available) return `${label.padEnd(10)} n/a (${r.note})`;
  const rate = mb / (r.ms / 1000);
  return `${label.padEnd(10)} ${r.ms.toFixed(0).padStart(7)} ms  ${rate.toFixed(0).padStart(6)} MB/s${r.rssMb !== undefined ? `  peak RSS ${r.rssMb.toFixed(1)} MB` : ''}${r.note ? `  (${r.note})` : ''}`;
}

function corpusMb(dir: string): { files: number; mb: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, mb: bytes / 1048576 };
}

async function main(argv: string[]): Promise<number> {
  const dir = argv[0]?.replace(/\/+$/, '');
  if (!dir) {
    console.error('usage: npx tsx bench/baselines.ts CORPUS_DIR [NAMES_FILE]');
    return 2;
  }
  const names = argv[1] ?? `${dir}.names.txt`;
  const { files, mb } = corpusMb(dir);
  console.log(`${dir}: ${files} files, ${mb.toFixed(1)} MB; median of ${RUNS} runs after a warm-up`);
  console.log(fmt('cat', await measureCat(dir), mb));
  console.log(fmt('ripgrep', await measureRipgrep(dir, names), mb));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
