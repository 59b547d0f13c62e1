// The soak run (not a test; `npx tsx bench/soak.ts [ARTICLES=10000] [SECONDS=60]`): a language
// server on a synthetic corpus takes random edits in open articles and churn on disk (files
// created, changed, deleted) for as long as asked, then must agree with a server started
// afresh on the final state, and its memory must not have kept growing. Memory is sampled as
// resident memory (every 200 edits) and as the JavaScript heap in use after a forced GC (a dozen
// times over the run, the server started with --expose-gc for that): resident memory also
// counts pages V8 and the allocator keep after a peak, the heap after a GC only what is held.
// The run's data grows too, and the heap with it: the open articles gain about a character per
// edit, and each round of churn appends a line (an impossible date, a repeated line) that the
// corpus keeps and reports.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generateCorpus';
import { allArticles } from './articleFiles';
import { fileUri, LspSession } from './lspSession';

const articles = Number(process.argv[2] ?? 10000);
const seconds = Number(process.argv[3] ?? 60);

/** A small deterministic generator, so a failing run can be repeated. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function codesOf(session: LspSession, file: string): Promise<string> {
  const r = await session.request<{ kind: string; items?: Array<{ code?: unknown }> }>('textDocument/diagnostic', { textDocument: { uri: fileUri(file) } });
  return (r.items ?? []).map((d) => String(d.code)).sort().join(',');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-soak-'));
  await generateCorpus({ dir, articles, seed: 7, force: true });
  const random = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  let files = allArticles(dir);
  const session = await LspSession.start(dir, {}, { heapProbe: true });
  await session.ready();
  const open = new Map<string, { text: string; version: number; length: number }>();
  for (let i = 0; i < 5; i++) {
    const f = pick(files);
    const text = fs.readFileSync(f, 'utf8');
    open.set(f, { text, version: 1, length: text.length });
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(f), languageId: 'corpus-article', version: 1, text } });
  }
  const rss: number[] = [];
  const heap: number[] = [];
  const heapEvery = (seconds * 1000) / 12;
  const touched = new Set<string>();
  const t0 = performance.now();
  let edits = 0;
  let churn = 0;
  let next = articles;
  while (performance.now() - t0 < seconds * 1000) {
    // Typing: insert or delete a few characters somewhere in an open article. An article a
    // tenth longer than it was only loses characters: its own problems (most insertions make
    // one) would otherwise grow with the run, and the heap with them, as if something leaked.
    const [f, doc] = pick([...open.entries()]);
    const at = Math.floor(random() * doc.text.length);
    doc.text = random() < 0.6 && doc.text.length < doc.length * 1.1 ? doc.text.slice(0, at) + pick([' ', 'Hà Nội ', 'ngày 31/2 ', '\u00A0', 'x', '\n']) + doc.text.slice(at) : doc.text.slice(0, at) + doc.text.slice(at + 3);
    doc.version++;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(f), version: doc.version }, contentChanges: [{ text: doc.text }] });
    edits++;
    if (edits % 10 === 0) {
      // Churn on disk: a new article, a changed one, a deleted one.
      const created = path.join(dir, 'soak', `${String(next).padStart(6, '0')}_${(0x2000000000000000n + BigInt(next++)).toString(16)}.txt`);
      fs.mkdirSync(path.dirname(created), { recursive: true });
      fs.writeFileSync(created, fs.readFileSync(pick(files), 'utf8') + `\nBản sao số ${next}.\n`);
      const changed = pick(files.filter((x) => !open.has(x)));
      fs.appendFileSync(changed, 'Ngày 31/2 có thêm một dòng.\n');
      const deleted = pick(files.filter((x) => !open.has(x) && x !== changed));
      fs.rmSync(deleted);
      files = files.filter((x) => x !== deleted).concat(created);
      for (const x of [created, changed, deleted]) touched.add(x);
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: fileUri(created), type: 1 },
          { uri: fileUri(changed), type: 2 },
          { uri: fileUri(deleted), type: 3 },
        ],
      });
      churn++;
    }
    if (edits % 200 === 0) {
      await session.request('textDocument/diagnostic', { textDocument: { uri: fileUri(f) } });
      rss.push(session.rssMb() ?? 0);
      if (performance.now() - t0 >= (heap.length + 1) * heapEvery) {
        const mb = await session.heapAfterGcMb();
        if (mb !== undefined) heap.push(mb);
      }
    }
  }
  // Settle: a request answered after every notification sent.
  for (const f of open.keys()) await session.request('textDocument/diagnostic', { textDocument: { uri: fileUri(f) } });
  const fresh = await LspSession.start(dir, {});
  await fresh.ready();
  for (const [f, doc] of open) await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(f), languageId: 'corpus-article', version: doc.version, text: doc.text } });
  const sample = [...new Set([...touched].filter((x) => fs.existsSync(x)).concat(files.filter(() => random() < 0.05), [...open.keys()]))];
  let differ = 0;
  for (const f of sample) {
    const [a, b] = [await codesOf(session, f), await codesOf(fresh, f)];
    if (a !== b) {
      differ++;
      if (differ <= 5) process.stdout.write(`differs: ${path.relative(dir, f)}: '${a}' vs fresh '${b}'\n`);
    }
  }
  await session.stop();
  await fresh.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  /** Averages over the first and the last third of the samples. */
  const thirds = (xs: number[]) => {
    const third = Math.max(1, Math.floor(xs.length / 3));
    return `${avg(xs.slice(0, third)).toFixed(0)} MB on average in the first third of the run, ${avg(xs.slice(-third)).toFixed(0)} MB in the last`;
  };
  process.stdout.write(
    `${articles} articles, ${seconds} s: ${edits} edits, ${churn} rounds of churn; ${sample.length} articles compared with a fresh server, ${differ} differ; ` +
      `resident memory ${thirds(rss)}; JavaScript heap after a forced GC ${heap.length ? thirds(heap) : 'not measured'}\n`,
  );
  process.exitCode = differ ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
