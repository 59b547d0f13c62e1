// The engine benchmark (`npm run bench [-- SIZES…]`, default 1000 10000): for each size, a
// seeded synthetic corpus, the baselines (`cat`, ripgrep finding the same names) and the
// product's own figures — `corpus-lens stats` with and without the cache, the language server's
// scan, warm restart, first diagnostics during the scan, keystrokes, hovers, references and
// workspace symbols — printed as one table with ratios to the baselines of the same run, and
// written as JSON under bench/results/. Not a test; nothing here runs in CI.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureCat, measurePipeRoundTrips, measureRipgrep, measureParallelScaling, measureRipgrepPhrase, p99, type ParallelScaling, RUNS as WARM_RUNS, type BaselineResult, type RoundTripResult } from './baselines';
import { generateCorpus } from './generateCorpus';
import { allArticles } from './articleFiles';
import { fileUri, LspSession } from './lspSession';
import { CONCORDANCE, ENTITIES, ENTITY_GROUPS, type EntitiesResult, type EntityGroupsResult } from '../server/src/protocol/corpusLensProtocol';

const SEED = 1;
const repo = path.resolve(__dirname, '..');
const cli = path.join(repo, 'dist', 'cli.js');

interface SizeResult {
  articles: number;
  megabytes: number;
  cat: BaselineResult;
  ripgrep: BaselineResult;
  /** Two threads of plain computation against one, beside the scan (runs before
   *  2026-12-02T03 did not measure it). */
  parallel?: ParallelScaling;
  cliStats: { ms: number; rssMb: number; mentions: number; problems: Record<string, number>; /** Threads it analysed on (runs before 2026-12-02T03 did not say). */ jobs?: number };
  /** The same `stats` on one thread (`--jobs 1`): what the threads `stats` starts by default add (runs before 2026-12-02T03 did not measure it). */
  cliStatsOneThread?: { ms: number; rssMb: number };
  cliStatsCached: { ms: number; rssMb: number; fromCache: number; countsKept: boolean };
  /** `stats --cache` after one article was edited: the saved index read back, one article analysed. */
  cliStatsOneEdit: { ms: number; rssMb: number; analysed: number };
  server: {
    scanMs: number;
    rssMb?: number;
    warmScanMs: number;
    warmRssMb?: number;
    firstDiagnosticsDuringScanMs: number;
    /** From ready until the server's background work after it (the problem count, the
     *  rehearsal of editing, searches and references) is done: no CPU used for a while. The
     *  keystrokes, hovers, symbols and references below are measured after it. */
    settledAfterReadyMs?: number;
    /** Resident memory once settled: what the server keeps holding after its first start. */
    settledRssMb?: number;
    /** Over KEYSTROKES keystrokes: with forty, as runs before 2026-12-01T19 took, the "p99"
     *  was their slowest. `firstFortyMedianMs`: the median of the first forty, as those runs
     *  gave it (the first keystrokes after opening are the slowest). */
    keystroke: KeystrokeFigures & { gapMs: number };
    /** The same keystrokes with no pause between them (all runs before 2026-12-01T2357 measured only
     *  these, as `keystroke`). */
    keystrokeBackToBack: KeystrokeFigures;
    /** The keystrokes' baseline, measured just before them: a line sent to a process that
     *  echoes it, as many times, with the same pauses. What the machine costs, without our code. */
    pipeRoundTrip: { typed: RoundTripResult; backToBack: RoundTripResult };
    hover: { medianMs: number; afterEditMedianMs: number };
    /** The first call for the entity, then, for entities with at most
     *  REPEATED_REFERENCES_UP_TO mentions, the median of REFERENCE_REPEATS calls after it. */
    references: Array<{ mentions: number; firstPageMs: number; completeMs: number; again?: { firstPageMs: number; completeMs: number } }>;
    workspaceSymbolsMs: number;
    views: {
      /** The Entities view's top level and first page of its largest group: first ask, then again. */
      treeFirstPageMs: number;
      treeAgainMs: number;
      /** The concordance of the most mentioned entity (at most 10,000 rows): first rows, all rows. */
      entityConcordance: { mentions: number; rows: number; firstRowsMs: number; completeMs: number };
      /** A phrase over every article, on the pool's threads, against rg finding the same phrase. */
      phraseConcordance: { phrase: string; rows: number; firstRowsMs: number; completeMs: number; ripgrep: BaselineResult };
    };
  };
}

/** References are asked for again this many times (the median is kept) for an entity with at
 *  most REPEATED_REFERENCES_UP_TO mentions: a first call may still run code V8 compiled for
 *  answers of another size, and the client's side of it is new too. */
const REFERENCE_REPEATS = 5;
/** The five workspace-symbol queries are asked this many times: the figure is the median of all
 *  (one round of five moved by half from run to run on this project's noisy machines). */
const SYMBOL_ROUNDS = 3;
const REPEATED_REFERENCES_UP_TO = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}
/** The run of median time (its output with it). */
function medianRun<T extends { ms: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)];
}
/** Keystrokes measured (with a hover after every second one): enough that the 99th
 *  percentile is not the slowest. */
const KEYSTROKES = 200;
/** The pause after each keystroke's answer before the next key, as someone types: 30 ms is
 *  33 keys a second, faster than anyone types (a fast typist leaves 80-150 ms). */
const TYPING_GAP_MS = 30;

interface KeystrokeFigures {
  articleKb: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  count: number;
  firstFortyMedianMs: number;
}

async function corpusOf(n: number): Promise<{ dir: string; names: string; bytes: number }> {
  const base = path.join(os.tmpdir(), 'corpus-lens-bench');
  const dir = path.join(base, `seed${SEED}-${n}`);
  const marker = path.join(base, `seed${SEED}-${n}.done`);
  if (!fs.existsSync(marker)) {
    fs.mkdirSync(base, { recursive: true });
    process.stderr.write(`generating ${n} articles in ${dir}…\n`);
    const r = await generateCorpus({ dir, articles: n, seed: SEED, force: true });
    fs.writeFileSync(marker, JSON.stringify({ bytes: r.bytes }));
  }
  return { dir, names: `${dir}.names.txt`, bytes: JSON.parse(fs.readFileSync(marker, 'utf8')).bytes };
}

function runCli(args: string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - t0, stdout }) : reject(new Error(`corpus-lens ${args.join(' ')} exited ${code}`))));
  });
}

async function measureServer(dir: string): Promise<SizeResult['server']> {
  const cacheFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bench-storage-'));
  const files = allArticles(dir);
  // The largest article stands for "a 15 KB article".
  const big = files.reduce((a, b) => (fs.statSync(b).size > fs.statSync(a).size ? b : a), files[0]);
  const bigText = fs.readFileSync(big, 'utf8');
  const opened = files[Math.floor(files.length / 2)];

  const session = await LspSession.start(dir, { cacheFolder });
  // An article opened while the scan runs: its own diagnostics must not wait for the scan.
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(opened), languageId: 'corpus-article', version: 1, text: fs.readFileSync(opened, 'utf8') } });
  const t0 = performance.now();
  await session.request('textDocument/diagnostic', { textDocument: { uri: fileUri(opened) } });
  const firstDiagnosticsDuringScanMs = performance.now() - t0;
  const scanMs = await session.ready();
  const rssMb = session.peakRssMb();
  const settledAfterReadyMs = await session.settled();
  const settledRssMb = session.rssMb();

  // Keystrokes in the big article: each edit, then the diagnostics the editor asks for.
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(big), languageId: 'corpus-article', version: 1, text: bigText } });
  await session.request('textDocument/diagnostic', { textDocument: { uri: fileUri(big) } });
  const lines = bigText.split('\n');
  const hoverLine = lines.findIndex((l, i) => i > 1 && /Hà Nội/.test(l));
  const hoverAt = { line: hoverLine, character: lines[hoverLine]?.indexOf('Hà Nội') + 1 };
  let version = 1;
  // As VS Code sends them to a server that syncs incrementally: a character typed at the end
  // of the text, then deleted (not the whole text each time). `gapMs`: the pause after each
  // answer before the next key (0: keys back to back, as no one types).
  const lastLine = lines.length - 1;
  const end = lines[lastLine].length;
  const type = async (gapMs: number) => {
    const keystrokes: number[] = [];
    const afterEditHovers: number[] = [];
    for (let i = 0; i < KEYSTROKES * 1.5; i++) {
      const change = i % 2 ? { range: { start: { line: lastLine, character: end }, end: { line: lastLine, character: end + 1 } }, text: '' } : { range: { start: { line: lastLine, character: end }, end: { line: lastLine, character: end } }, text: 'x' };
      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(big), version: ++version }, contentChanges: [change] });
      const t = performance.now();
      if (i % 3 === 2 && hoverLine > 0) {
        await session.request('textDocument/hover', { textDocument: { uri: fileUri(big) }, position: hoverAt });
        afterEditHovers.push(performance.now() - t);
      } else {
        await session.request('textDocument/diagnostic', { textDocument: { uri: fileUri(big) } });
        keystrokes.push(performance.now() - t);
      }
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return { keystrokes, afterEditHovers };
  };
  const pipeRoundTrip = { backToBack: await measurePipeRoundTrips(KEYSTROKES, 0), typed: await measurePipeRoundTrips(KEYSTROKES, TYPING_GAP_MS) };
  const backToBack = await type(0);
  const typed = await type(TYPING_GAP_MS);
  const keystrokeFigures = (keystrokes: number[]) => ({ articleKb: Buffer.byteLength(bigText) / 1024, medianMs: median(keystrokes), p99Ms: p99(keystrokes), maxMs: Math.max(...keystrokes), count: keystrokes.length, firstFortyMedianMs: median(keystrokes.slice(0, 40)) });
  const hovers: number[] = [];
  for (let i = 0; i < 30 && hoverLine > 0; i++) {
    const t = performance.now();
    await session.request('textDocument/hover', { textDocument: { uri: fileUri(big) }, position: hoverAt });
    hovers.push(performance.now() - t);
  }

  // Workspace symbols: the entities by mentions, then references of ~10, ~1k and the most mentions.
  const symbolTimes: number[] = [];
  let symbols: Array<{ name: string; location: { uri: string; range: { start: { line: number; character: number } } }; containerName?: string }> = [];
  for (let round = 0; round < SYMBOL_ROUNDS; round++) {
    for (const q of ['', 'ng', 'hà', 'nguyen van', 'putin']) {
      const t = performance.now();
      const r = await session.request<typeof symbols>('workspace/symbol', { query: q });
      symbolTimes.push(performance.now() - t);
      if (q === '') symbols = r;
    }
  }
  const counted = symbols
    .map((s) => ({ s, mentions: Number(/^(\d+)×/.exec(s.containerName ?? '')?.[1] ?? NaN) }))
    .filter((x) => Number.isFinite(x.mentions));
  const references: SizeResult['server']['references'] = [];
  for (const want of [10, 1000, Infinity]) {
    const pick = counted.reduce<(typeof counted)[number] | undefined>((best, x) => (!best || Math.abs(Math.log(x.mentions / want)) < Math.abs(Math.log(best.mentions / want)) ? x : best), undefined);
    if (!pick || references.some((r) => r.mentions === pick.mentions)) continue;
    const ask = () => session.streamed('textDocument/references', { textDocument: { uri: pick.s.location.uri }, position: pick.s.location.range.start, context: { includeDeclaration: false } });
    const r = await ask();
    const repeats: Array<{ firstMs: number; totalMs: number }> = [];
    for (let k = 0; r.items <= REPEATED_REFERENCES_UP_TO && k < REFERENCE_REPEATS; k++) repeats.push(await ask());
    const again = repeats.length ? { firstPageMs: median(repeats.map((x) => x.firstMs)), completeMs: median(repeats.map((x) => x.totalMs)) } : undefined;
    references.push({ mentions: r.items, firstPageMs: r.firstMs, completeMs: r.totalMs, again });
  }
  const views = await measureViews(session, dir);
  await session.stop();

  // Warm restarts: the summaries come back from the cache written at shutdown. The median
  // time of WARM_RUNS, and the highest peak RSS of them, taken after a symbol search that
  // reads the registry (which a start that analyses nothing restores after ready).
  const warmTimes: number[] = [];
  let warmRssMb: number | undefined;
  for (let i = 0; i < WARM_RUNS; i++) {
    const warm = await LspSession.start(dir, { cacheFolder });
    warmTimes.push(await warm.ready());
    await warm.request('workspace/symbol', { query: 'hà' });
    const rss = warm.peakRssMb();
    if (rss !== undefined) warmRssMb = Math.max(warmRssMb ?? 0, rss);
    await warm.stop();
  }
  const warmScanMs = median(warmTimes);
  fs.rmSync(cacheFolder, { recursive: true, force: true });
  return {
    scanMs,
    rssMb,
    warmScanMs,
    warmRssMb,
    firstDiagnosticsDuringScanMs,
    settledAfterReadyMs,
    settledRssMb,
    keystroke: { ...keystrokeFigures(typed.keystrokes), gapMs: TYPING_GAP_MS },
    keystrokeBackToBack: keystrokeFigures(backToBack.keystrokes),
    pipeRoundTrip,
    hover: { medianMs: median(hovers), afterEditMedianMs: median([...backToBack.afterEditHovers, ...typed.afterEditHovers]) },
    references,
    workspaceSymbolsMs: median(symbolTimes),
    views,
  };
}

const PHRASE = 'Hà Nội';

async function measureViews(session: LspSession, dir: string): Promise<SizeResult['server']['views']> {
  const tree = async () => {
    const t = performance.now();
    const groups = await session.request<EntityGroupsResult>(ENTITY_GROUPS, {});
    const biggest = groups.groups.reduce((a, b) => (b.entities > a.entities ? b : a));
    const page = await session.request<EntitiesResult>(ENTITIES, { group: biggest.group, limit: 200 });
    return { ms: performance.now() - t, page };
  };
  const first = await tree();
  const again = await tree();
  const places = await session.request<EntitiesResult>(ENTITIES, { group: 'place', limit: 1 });
  const top = places.items[0];
  const entity = top
    ? await session.streamed(CONCORDANCE, { query: { entity: top.key } })
    : { firstMs: NaN, totalMs: NaN, items: 0 };
  const phrase = await session.streamed(CONCORDANCE, { query: { phrase: PHRASE, ignoreDiacritics: false } });
  return {
    treeFirstPageMs: first.ms,
    treeAgainMs: again.ms,
    entityConcordance: { mentions: top?.mentions ?? 0, rows: entity.items, firstRowsMs: entity.firstMs, completeMs: entity.totalMs },
    phraseConcordance: { phrase: PHRASE, rows: phrase.items, firstRowsMs: phrase.firstMs, completeMs: phrase.totalMs, ripgrep: await measureRipgrepPhrase(dir, PHRASE) },
  };
}

async function measureSize(n: number): Promise<SizeResult> {
  const { dir, names, bytes } = await corpusOf(n);
  process.stderr.write(`${n}: baselines…\n`);
  const cat = await measureCat(dir);
  const ripgrep = await measureRipgrep(dir, names);
  const parallel = await measureParallelScaling();
  process.stderr.write(`${n}: corpus-lens stats…\n`);
  const cold = await runCli(['stats', '--json', dir]);
  const coldStats = JSON.parse(cold.stdout);
  // (Where `stats` picked one thread itself, that run is the one-thread run.)
  const oneThread = coldStats.jobs === 1 ? cold : await runCli(['stats', '--json', '--jobs', '1', dir]);
  const oneThreadStats = JSON.parse(oneThread.stdout);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bench-cache-'));
  await runCli(['stats', '--json', '--cache-location', cacheDir, dir]);
  // Runs from the cache take about as long as ripgrep's, and a single one moves by ±15% on a
  // shared machine: the median of as many runs as ripgrep gets.
  const warmRuns: Array<{ ms: number; stdout: string }> = [];
  for (let i = 0; i < WARM_RUNS; i++) warmRuns.push(await runCli(['stats', '--json', '--cache-location', cacheDir, dir]));
  const warm = medianRun(warmRuns);
  const warmStats = JSON.parse(warm.stdout);
  // One article edited, then put back as it was (bytes and modification time) for what follows.
  const edited = allArticles(dir)[0];
  const before = { text: fs.readFileSync(edited), stat: fs.statSync(edited) };
  fs.appendFileSync(edited, '\nThêm một dòng.\n');
  let oneEdit: { ms: number; stdout: string };
  try {
    oneEdit = await runCli(['stats', '--json', '--cache-location', cacheDir, dir]);
  } finally {
    fs.writeFileSync(edited, before.text);
    fs.utimesSync(edited, before.stat.atime, before.stat.mtime);
  }
  const oneEditStats = JSON.parse(oneEdit.stdout);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  process.stderr.write(`${n}: language server…\n`);
  const server = await measureServer(dir);
  return {
    articles: n,
    megabytes: bytes / 1048576,
    cat,
    ripgrep,
    parallel,
    cliStats: { ms: cold.ms, rssMb: coldStats.maxRssMb, mentions: coldStats.mentions.total, problems: coldStats.problems, jobs: coldStats.jobs },
    cliStatsOneThread: { ms: oneThread.ms, rssMb: oneThreadStats.maxRssMb },
    cliStatsCached: { ms: warm.ms, rssMb: warmStats.maxRssMb, fromCache: warmStats.fromCache, countsKept: warmStats.countsKept === true },
    cliStatsOneEdit: { ms: oneEdit.ms, rssMb: oneEditStats.maxRssMb, analysed: oneEditStats.analysed },
    server,
  };
}

function table(results: SizeResult[]): string {
  const f = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
  /** Below a millisecond, to the hundredth. */
  const fine = (ms: number) => (ms < 1 ? `${ms.toFixed(2)} ms` : f(ms));
  const x = (ms: number, base: BaselineResult) => (base.available && base.ms > 0 ? ` (${(ms / base.ms).toFixed(1)}× rg)` : '');
  const rows: Array<[string, (r: SizeResult) => string]> = [
    ['corpus', (r) => `${r.articles.toLocaleString('en-US')} articles, ${r.megabytes.toFixed(0)} MB`],
    ['cat (read every file)', (r) => (r.cat.available ? f(r.cat.ms) : 'n/a')],
    ['rg -j2 -F -c -f names', (r) => (r.ripgrep.available ? f(r.ripgrep.ms) : r.ripgrep.note ?? 'n/a')],
    ['2 threads of computation vs 1', (r) => (r.parallel ? `${r.parallel.speedup.toFixed(2)}× the work (${f(r.parallel.oneMs)} alone, ${f(r.parallel.twoMs)} for two)` : 'n/a')],
    ['stats, no cache', (r) => f(r.cliStats.ms) + x(r.cliStats.ms, r.ripgrep)],
    ['stats, peak RSS', (r) => `${r.cliStats.rssMb.toFixed(0)} MB`],
    ['stats --jobs 1 (one thread)', (r) => (r.cliStatsOneThread ? `${f(r.cliStatsOneThread.ms)}${x(r.cliStatsOneThread.ms, r.ripgrep)}, ${r.cliStatsOneThread.rssMb.toFixed(0)} MB; the default (${r.cliStats.jobs ?? '?'} thread${r.cliStats.jobs === 1 ? '' : 's'}) ${(r.cliStatsOneThread.ms / r.cliStats.ms).toFixed(2)}× as fast` : 'n/a')],
    ['stats --cache, 2nd run', (r) => f(r.cliStatsCached.ms) + x(r.cliStatsCached.ms, r.ripgrep) + (r.cliStatsCached.countsKept ? ', counts kept' : '')],
    ['stats --cache, 1 article edited', (r) => (r.cliStatsOneEdit ? f(r.cliStatsOneEdit.ms) + x(r.cliStatsOneEdit.ms, r.ripgrep) + `, ${r.cliStatsOneEdit.rssMb.toFixed(0)} MB` : 'n/a')],
    ['server scan, no cache', (r) => f(r.server.scanMs) + x(r.server.scanMs, r.ripgrep)],
    ['server peak RSS after scan', (r) => (r.server.rssMb ? `${r.server.rssMb.toFixed(0)} MB` : 'n/a')],
    ['server RSS once settled', (r) => (r.server.settledRssMb ? `${r.server.settledRssMb.toFixed(0)} MB` : 'n/a')],
    ['server scan from cache', (r) => f(r.server.warmScanMs) + x(r.server.warmScanMs, r.ripgrep)],
    ['first diagnostics during scan', (r) => f(r.server.firstDiagnosticsDuringScanMs)],
    ['settled after ready', (r) => (r.server.settledAfterReadyMs === undefined ? 'n/a' : f(r.server.settledAfterReadyMs))],
    ['keystroke, typed (median / p99 / slowest)', (r) => `${f(r.server.keystroke.medianMs)} / ${f(r.server.keystroke.p99Ms)} / ${f(r.server.keystroke.maxMs)} of ${r.server.keystroke.count} (${r.server.keystroke.articleKb.toFixed(0)} KB, ${r.server.keystroke.gapMs} ms between keys)`],
    ['pipe round trip, no server: typed / back to back (median / p99)', (r) => `${fine(r.server.pipeRoundTrip.typed.medianMs)} / ${fine(r.server.pipeRoundTrip.typed.p99Ms)}; ${fine(r.server.pipeRoundTrip.backToBack.medianMs)} / ${fine(r.server.pipeRoundTrip.backToBack.p99Ms)}`],
    ['keystroke, back to back (same; first 40: median)', (r) => `${f(r.server.keystrokeBackToBack.medianMs)} / ${f(r.server.keystrokeBackToBack.p99Ms)} / ${f(r.server.keystrokeBackToBack.maxMs)} of ${r.server.keystrokeBackToBack.count}; ${f(r.server.keystrokeBackToBack.firstFortyMedianMs)}`],
    ['hover (steady / after edit)', (r) => `${f(r.server.hover.medianMs)} / ${f(r.server.hover.afterEditMedianMs)}`],
    ...[0, 1, 2].map((i): [string, (r: SizeResult) => string] => [
      `references #${i + 1}: first page / all`,
      (r) => {
        const ref = r.server.references[i];
        if (!ref) return '—';
        const again = ref.again ? `; again ${f(ref.again.firstPageMs)} / ${f(ref.again.completeMs)}` : '';
        return `${f(ref.firstPageMs)} / ${f(ref.completeMs)}${again} (${ref.mentions.toLocaleString('en-US')})`;
      },
    ]),
    ['workspace symbols (median)', (r) => f(r.server.workspaceSymbolsMs)],
    ['Entities view, first page (first / again)', (r) => (r.server.views ? `${f(r.server.views.treeFirstPageMs)} / ${f(r.server.views.treeAgainMs)}` : '—')],
    [
      'concordance of top entity: first rows / 10k rows',
      (r) => (r.server.views ? `${f(r.server.views.entityConcordance.firstRowsMs)} / ${f(r.server.views.entityConcordance.completeMs)} (${r.server.views.entityConcordance.mentions.toLocaleString('en-US')} mentions)` : '—'),
    ],
    [
      `phrase concordance '${PHRASE}': first rows / all`,
      (r) => {
        const v = r.server.views?.phraseConcordance;
        if (!v) return '—';
        const rg = v.ripgrep.available && v.ripgrep.ms > 0 ? ` (${(v.completeMs / v.ripgrep.ms).toFixed(1)}× rg -F -i -c)` : '';
        return `${f(v.firstRowsMs)} / ${f(v.completeMs)}${rg}, ${v.rows.toLocaleString('en-US')} rows`;
      },
    ],
  ];
  const width = Math.max(...rows.map(([l]) => l.length));
  const cols = results.map((r) => rows.map(([, g]) => g(r)));
  const colWidth = cols.map((c) => Math.max(...c.map((s) => s.length)));
  return rows.map(([label], i) => `${label.padEnd(width)}  ${cols.map((c, j) => c[i].padEnd(colWidth[j])).join('  ')}`).join('\n');
}

function linearity(results: SizeResult[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    const per = (r: SizeResult, ms: number) => ms / r.articles;
    const ratio = per(b, b.cliStats.ms) / per(a, a.cliStats.ms);
    const scan = per(b, b.server.scanMs) / per(a, a.server.scanMs);
    const key = b.server.keystroke.medianMs / a.server.keystroke.medianMs;
    out.push(
      `${a.articles}→${b.articles}: per-article time ×${ratio.toFixed(2)} (stats), ×${scan.toFixed(2)} (server scan) — ${ratio < 1.3 && scan < 1.3 ? 'linear' : 'NOT linear'}; keystroke ×${key.toFixed(2)} — ${key < 1.5 ? 'constant' : 'NOT constant'}`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  if (!fs.existsSync(cli)) throw new Error('run `npm run build` first');
  const results: SizeResult[] = [];
  for (const n of sizes.length ? sizes : [1000, 10000]) results.push(await measureSize(n));
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const text = `${table(results)}\n\n${linearity(results).join('\n')}\nmachine: ${machine}\n`;
  process.stdout.write(text);
  const out = path.join(repo, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  // Date and time: two runs of one day must not overwrite each other.
  const file = path.join(out, `engine-${new Date().toISOString().slice(0, 16).replace(':', '')}-${results.map((r) => r.articles).join('-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2) + '\n');
  process.stdout.write(`written ${path.relative(repo, file)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
