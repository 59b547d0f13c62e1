import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';
import { ingestFiles, type IngestResult } from '../../../server/src/ingest/ingest';
import { cacheFileFor, contextHash, SummaryCache } from '../../../server/src/ingest/summaryCache';
import { statFiles } from '../../../server/src/node/statFiles';
import { SummaryPool, threadsFor } from '../../../server/src/ingest/summaryPool';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';
import { repoRoot } from '../entities/helpers';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { indexToSave, restoreIndex } from '../../../server/src/ingest/savedIndex';
import type { Summarizer } from '../../../server/src/workspace/corpusHost';
import type { FileResult } from '../../../server/src/ingest/summarizeFile';

const TODAY = '2026-11-23';
const samples = path.join(repoRoot, 'samples', 'corpus');

describe('ingest: pool, cache and the one path from files to summaries', function () {
  this.timeout(60_000);
  const config = parseCorpusConfig(fs.readFileSync(path.join(samples, 'corpus-lens.yaml'), 'utf8')).config;
  const sources = readBuiltinRegistrySources();
  // The corpus key is its folder: the reader reads nothing that lies outside it.
  const ctx = { key: '', config, registrySources: sources, today: TODAY };
  let dir: string;
  let files: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-ingest-'));
    ctx.key = dir;
    for (const f of fs.readdirSync(samples)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(samples, f), path.join(dir, f));
    files = fs.readdirSync(dir).map((f) => path.join(dir, f)).sort();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** `stamped`: the files' stamps taken beforehand on a thread, as a warm start takes them. */
  async function run(pool: SummaryPool, cache?: SummaryCache, stamped = false) {
    const results = new Map<string, IngestResult>();
    const stamps = stamped ? statFiles(files, 0) : undefined;
    /** The files the pool was asked to read. */
    const read: string[] = [];
    const reading: Summarizer = { summarize: (job, waiting) => (read.push(job.path), pool.summarize(job, waiting)) } as Summarizer;
    const counts = await ingestFiles(ctx, files, { pool: reading, cache, stamps, onResult: (r) => results.set(r.path, r) });
    return { results, counts, read: read.sort() };
  }

  it('gives the same summaries on worker threads as on this thread', async () => {
    const inline = new SummaryPool(0);
    const threads = new SummaryPool(2, {}, 0);
    inline.defineCorpus(ctx);
    threads.defineCorpus(ctx);
    try {
      const a = await run(inline);
      const b = await run(threads);
      assert.equal(threads.failure, undefined);
      assert.equal(a.results.size, files.length);
      for (const f of files) assert.deepEqual(b.results.get(f), a.results.get(f), f);
    } finally {
      await threads.close();
    }
  });

  it('hands a summary over as the cache record made on the thread, when the caller keeps a cache', async () => {
    const inline = new SummaryPool(0);
    const threads = new SummaryPool(2, {}, 0);
    inline.defineCorpus(ctx);
    threads.defineCorpus(ctx);
    try {
      const expected = await run(inline);
      const made: FileResult[] = [];
      const keeping: Summarizer = { summarize: (job, waiting) => threads.summarize(job, waiting).then((r) => (made.push(r), r)) } as Summarizer;
      const cacheFile = cacheFileFor(path.join(dir, '.cache'), dir);
      const cache = SummaryCache.load(cacheFile, dir, contextHash(config, sources));
      const results = new Map<string, IngestResult>();
      await ingestFiles(ctx, files, { pool: keeping, cache, onResult: (r) => results.set(r.path, r) });
      assert.equal(threads.failure, undefined);
      assert.equal(made.length, files.length);
      for (const r of made) assert.ok(r.kind === 'summary' && r.record instanceof Uint8Array, `a record made on the thread: ${r.kind}`);
      // Read back from those bytes, and from the cache, each summary is the one made on this thread.
      for (const f of files) {
        assert.deepEqual(results.get(f), expected.results.get(f), f);
        assert.deepEqual(cache.summary(f), (expected.results.get(f) as Extract<IngestResult, { kind: 'summary' }>).summary, f);
      }
      cache.save();
      cache.close();
      const warm = await run(inline, SummaryCache.load(cacheFile, dir, contextHash(config, sources)));
      assert.equal(warm.counts.fromCache, files.length);
      for (const f of files) assert.deepEqual(warm.results.get(f), { ...expected.results.get(f), fromCache: true }, f);
    } finally {
      await threads.close();
    }
  });

  it('starts a thread per 6,000 files, at most one per core, or as many as asked', () => {
    const cores = os.availableParallelism();
    // A few files are analysed on the calling thread, asked or not.
    assert.deepEqual([threadsFor(0), threadsFor(199), threadsFor(199, 4)], [0, 0, 0]);
    // Left to the engine: a second thread compiles the analyser again, which a small corpus does not repay.
    assert.deepEqual([threadsFor(200), threadsFor(1000), threadsFor(6000)], [1, 1, 1]);
    assert.equal(threadsFor(6001), Math.min(cores, 2));
    assert.equal(threadsFor(100_000), Math.min(cores, 17));
    // Asked for (--jobs, the server's jobs option): that many.
    assert.deepEqual([threadsFor(1000, 2), threadsFor(100_000, 1), threadsFor(5000, 0)], [2, 1, 0]);
  });

  it('starts threads with the first file, stops them when idle, and starts them again', async () => {
    let stopped!: () => void;
    const whenStopped = () => new Promise<void>((resolve) => (stopped = resolve));
    let wait = whenStopped();
    const pool = new SummaryPool(2, { ms: 300, onStopped: () => stopped() }, 0);
    const inline = new SummaryPool(0);
    pool.defineCorpus(ctx);
    inline.defineCorpus(ctx);
    try {
      // A warm start answered by the cache never pays for a thread.
      assert.equal(pool.threads, 0);
      const expected = await run(inline);
      // Nor does a batch too small to be worth one (a few files changed since the last run).
      const few = new SummaryPool(2);
      few.defineCorpus(ctx);
      const one = await ingestFiles(ctx, [files[0]], { pool: few, onResult: (r) => assert.deepEqual(r, expected.results.get(files[0])) });
      assert.deepEqual([one.analysed, few.threads], [1, 0]);
      await few.close();
      const first = await run(pool);
      assert.equal(pool.threads, 2);
      assert.equal(pool.failure, undefined);
      for (const f of files) assert.deepEqual(first.results.get(f), expected.results.get(f), f);
      await wait;
      assert.equal(pool.threads, 0);
      // Started again, with the corpus defined before the stop.
      wait = whenStopped();
      const again = await run(pool);
      assert.equal(pool.failure, undefined);
      for (const f of files) assert.deepEqual(again.results.get(f), expected.results.get(f), f);
      await wait;
    } finally {
      await pool.close();
    }
  });

  it('stops its threads at once when asked to rest, not while files wait, and starts them again', async () => {
    const pool = new SummaryPool(2, {}, 0);
    pool.defineCorpus(ctx);
    try {
      const first = await run(pool);
      assert.equal(pool.threads, 2);
      // Asked while files wait: the threads go on.
      const busy = run(pool);
      await pool.rest();
      assert.equal(pool.threads, 2);
      await busy;
      await pool.rest();
      assert.equal(pool.threads, 0);
      const again = await run(pool);
      assert.equal(pool.threads, 2);
      for (const f of files) assert.deepEqual(again.results.get(f), first.results.get(f), f);
    } finally {
      await pool.close();
    }
  });

  it('reads unchanged files back from the cache, analyses changed ones, and survives damage', async () => {
    const pool = new SummaryPool(0);
    pool.defineCorpus(ctx);
    const cacheFile = cacheFileFor(path.join(dir, '.cache'), dir);
    const context = contextHash(config, sources);
    const first = await run(pool, SummaryCache.load(cacheFile, dir, context));
    assert.deepEqual(first.counts, { analysed: files.length, fromCache: 0, indexed: 0, unreadable: 0, gone: 0 });
    const cache = SummaryCache.load(cacheFile, dir, context);
    assert.equal(cache.size, 0, 'nothing saved yet');

    const saving = SummaryCache.load(cacheFile, dir, context);
    await run(pool, saving);
    saving.save();
    const warm = await run(pool, SummaryCache.load(cacheFile, dir, context));
    assert.deepEqual(warm.counts, { analysed: 0, fromCache: files.length, indexed: 0, unreadable: 0, gone: 0 });
    for (const f of files) assert.deepEqual(warm.results.get(f), { ...first.results.get(f)!, fromCache: true });
    // The lines an index keeps hold no more than themselves, not the whole record read from disk.
    for (const r of warm.results.values()) {
      const s = (r as Extract<IngestResult, { kind: 'summary' }>).summary;
      assert.equal(s.lineStarts.buffer.byteLength, (s.lineStarts.length + s.lineEnds.length) * 4);
    }

    // A damaged record: that one article is analysed again, the rest still come from the cache.
    const saved = fs.readFileSync(cacheFile);
    const flipped = Buffer.from(saved);
    // Past the magic line and the head: inside the first record.
    flipped[60] ^= 0xff;
    fs.writeFileSync(cacheFile, flipped);
    const mended = await run(pool, SummaryCache.load(cacheFile, dir, context));
    assert.equal(mended.counts.analysed, 1);
    assert.equal(mended.counts.fromCache, files.length - 1);
    assert.deepEqual([...mended.results.values()].map((r) => r.kind), files.map(() => 'summary'), 'every article still has its summary');
    fs.writeFileSync(cacheFile, saved);

    // Touched but the same bytes: the content hash spares the analysis. Changed: analysed again.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(files[0], later, later);
    fs.appendFileSync(files[1], 'Một câu mới.\n');
    fs.rmSync(files[2]);
    const partly = await run(pool, SummaryCache.load(cacheFile, dir, context));
    assert.deepEqual(partly.counts, { analysed: 1, fromCache: files.length - 2, indexed: 0, unreadable: 0, gone: 1 });
    const changed = partly.results.get(files[1]) as Extract<IngestResult, { kind: 'summary' }>;
    assert.equal(changed.fromCache, false);
    assert.ok(changed.summary.length > (first.results.get(files[1]) as Extract<IngestResult, { kind: 'summary' }>).summary.length);

    // The same, with the stamps taken beforehand; and one more rewritten in place with as many
    // bytes, which only its mtime tells.
    const before = fs.readFileSync(files[3], 'utf8');
    const rewritten = before.replace(/a/, 'o');
    assert.ok(rewritten !== before && Buffer.byteLength(rewritten) === Buffer.byteLength(before));
    fs.writeFileSync(files[3], rewritten);
    const latest = new Date(Date.now() + 120_000);
    fs.utimesSync(files[3], latest, latest);
    const stamped = await run(pool, SummaryCache.load(cacheFile, dir, context), true);
    assert.deepEqual(stamped.counts, { analysed: 2, fromCache: files.length - 3, indexed: 0, unreadable: 0, gone: 1 });
    assert.equal((stamped.results.get(files[3]) as Extract<IngestResult, { kind: 'summary' }>).fromCache, false);
    // Only the files whose stamps moved were read (the touched one to find its bytes the same).
    assert.deepEqual(stamped.read, files.slice(0, 4));

    // Another registry or settings: the whole file is ignored, not half trusted.
    assert.equal(SummaryCache.load(cacheFile, dir, contextHash({ ...config, toneStyle: 'new' }, sources)).size, 0);
    assert.match(SummaryCache.load(cacheFile, dir, 'other').rejected ?? '', /other settings/);
    // Severities are not part of the context: editing `rules:` keeps the cache.
    assert.equal(SummaryCache.load(cacheFile, dir, contextHash({ ...config, rules: { 'date/impossible': 'off' } }, sources)).size, files.length);
    const flip = (at: (b: Buffer) => number) => (b: Buffer) => {
      const c = Buffer.from(b);
      c[at(c)] ^= 0x40;
      return c;
    };
    // The file as saved (its table last), cut short, garbage, a byte of the head (which points
    // at the table) or of the table's columns changed (those are read when first needed: the
    // cache then answers nothing and says why).
    const now = fs.readFileSync(cacheFile);
    const damages = [(b: Buffer) => b.subarray(0, b.length - 3), () => Buffer.from('garbage'), flip(() => 22), flip((b) => b.length - 20)];
    for (const [k, damage] of damages.entries()) {
      fs.writeFileSync(cacheFile, damage(saved));
      const damaged = SummaryCache.load(cacheFile, dir, context);
      const atLoad = damaged.rejected;
      const told: string[] = [];
      damaged.onRejected = (note) => told.push(note);
      assert.equal(damaged.get(files[0]), undefined);
      assert.equal(damaged.size, 0);
      assert.match(damaged.rejected ?? '', /ignored the cache/);
      // The columns' damage is found when they are first read, and told then.
      const late = k === damages.length - 1;
      assert.deepEqual([atLoad === undefined, told], late ? [true, [damaged.rejected]] : [false, []]);
    }
    // Bytes after the table are what a process killed while appending leaves: nothing names them.
    fs.writeFileSync(cacheFile, Buffer.concat([saved, Buffer.from('x')]));
    assert.equal(SummaryCache.load(cacheFile, dir, context).size, files.length);
    fs.writeFileSync(cacheFile, now);
  });

  it('appends what changed to the cache file, keeps it whole when killed before saving, and compacts it when most of it is dead', async () => {
    const pool = new SummaryPool(0);
    pool.defineCorpus(ctx);
    const cacheFile = cacheFileFor(path.join(dir, '.cache'), dir);
    const context = contextHash(config, sources);
    const expected = (await run(pool)).results;
    const first = SummaryCache.load(cacheFile, dir, context);
    await run(pool, first);
    first.save();
    // Still readable after saving, as the server reads it for the rest of a session: every
    // entry (kept as the table's columns once saved), and a second save of the same cache.
    for (const f of files) assert.deepEqual(first.summary(f), (expected.get(f) as Extract<IngestResult, { kind: 'summary' }>).summary, f);
    assert.equal(first.size, files.length);
    assert.deepEqual((await run(pool, first)).counts, { analysed: 0, fromCache: files.length, indexed: 0, unreadable: 0, gone: 0 });
    first.delete(files[4]);
    first.save();
    assert.equal(first.get(files[4]), undefined);
    assert.deepEqual(first.summary(files[3]), (expected.get(files[3]) as Extract<IngestResult, { kind: 'summary' }>).summary);
    assert.equal(SummaryCache.load(cacheFile, dir, context).size, files.length - 1);
    assert.equal((await run(pool, first)).counts.analysed, 1);
    first.save();
    first.close();
    const full = fs.statSync(cacheFile);

    // One article edited: its record and a new table go after the rest, in the same file.
    fs.appendFileSync(files[1], 'Một câu mới.\n');
    const edited = (await run(pool)).results.get(files[1]);
    const second = SummaryCache.load(cacheFile, dir, context);
    assert.equal((await run(pool, second)).counts.analysed, 1);
    second.save();
    second.close();
    const appended = fs.statSync(cacheFile);
    assert.equal(appended.ino, full.ino, 'the same file, not a new generation');
    assert.ok(appended.size > full.size && appended.size < full.size * 2);
    const third = await run(pool, SummaryCache.load(cacheFile, dir, context));
    assert.deepEqual(third.counts, { analysed: 0, fromCache: files.length, indexed: 0, unreadable: 0, gone: 0 });
    for (const f of files) assert.deepEqual(third.results.get(f), { ...(f === files[1] ? edited : expected.get(f))!, fromCache: true }, f);

    // Killed before saving: the record appended is named by no table; the file reads as before.
    fs.appendFileSync(files[2], 'Một câu nữa.\n');
    const killed = SummaryCache.load(cacheFile, dir, context);
    assert.equal((await run(pool, killed)).counts.analysed, 1);
    // Records are written in batches of a megabyte; reading one back writes those pending.
    assert.equal(fs.statSync(cacheFile).size, appended.size, 'not written yet');
    assert.ok(killed.summary(files[2]));
    killed.close();
    assert.ok(fs.statSync(cacheFile).size > appended.size);
    const after = SummaryCache.load(cacheFile, dir, context);
    assert.equal(after.get(files[2])?.hash, SummaryCache.load(cacheFile, dir, context).get(files[2])?.hash);
    assert.equal((await run(pool, after)).counts.analysed, 1, 'the article of the killed run is analysed again');
    after.save();
    after.close();

    // All but one article gone: the dead bytes outweigh the live ones, the file is rewritten.
    const shrinking = SummaryCache.load(cacheFile, dir, context);
    shrinking.retain(new Set([files[0]]));
    shrinking.save();
    assert.deepEqual(shrinking.summary(files[0]), (expected.get(files[0]) as Extract<IngestResult, { kind: 'summary' }>).summary, 'read from the new generation');
    shrinking.close();
    const compact = fs.statSync(cacheFile);
    assert.notEqual(compact.ino, full.ino);
    assert.ok(compact.size < full.size / 2);
    const kept = SummaryCache.load(cacheFile, dir, context);
    assert.equal(kept.size, 1);
    assert.deepEqual(kept.summary(files[0]), (expected.get(files[0]) as Extract<IngestResult, { kind: 'summary' }>).summary);
  });

  it('keeps an index beside the summaries: read back only by the same settings, undamaged, and it spares the unchanged files', async () => {
    const pool = new SummaryPool(0);
    pool.defineCorpus(ctx);
    const cacheFile = cacheFileFor(path.join(dir, '.cache'), dir);
    const context = contextHash(config, sources);
    const cache = SummaryCache.load(cacheFile, dir, context);
    const index = new CorpusIndex();
    const hashes = new Map<string, string>();
    await ingestFiles(ctx, files, { pool, cache, onResult: (r) => r.kind === 'summary' && (index.apply(r.summary, false), hashes.set(r.path, r.hash!)) });
    cache.save();
    cache.saveIndex(indexToSave(index, (p) => hashes.get(p), (p) => cache.get(p)));
    cache.close();

    // The files still of the size and time the index was saved with are taken from it without
    // reading the cache's table: its columns, damaged here, are never found to be.
    const whole = fs.readFileSync(cacheFile);
    const damaged = Buffer.from(whole);
    damaged[damaged.length - 20] ^= 0x40;
    fs.writeFileSync(cacheFile, damaged);
    const untouched = SummaryCache.load(cacheFile, dir, context);
    const asSaved = restoreIndex(untouched.loadIndex()!, TODAY)!;
    const kinds = new Set<string>();
    const unread = await ingestFiles(ctx, files, { pool, cache: untouched, indexed: asSaved.indexed, onResult: (r) => kinds.add(r.kind) });
    assert.deepEqual(unread, { analysed: 0, fromCache: files.length, indexed: files.length, unreadable: 0, gone: 0 });
    assert.deepEqual([...kinds], ['indexed']);
    assert.equal(untouched.rejected, undefined);
    untouched.close();
    fs.writeFileSync(cacheFile, whole);

    const again = SummaryCache.load(cacheFile, dir, context);
    const restored = restoreIndex(again.loadIndex()!, TODAY)!;
    assert.deepEqual(files.filter((f) => restored.indexed.hashAt(restored.indexed.rowOf(f) ?? -1) === hashes.get(f)), files);
    assert.deepEqual(restored.index.findingsFor(files[0], config), index.findingsFor(files[0], config));
    fs.appendFileSync(files[1], 'Một câu mới.\n');
    const results = new Map<string, IngestResult>();
    const counts = await ingestFiles(ctx, files, { pool, cache: again, indexed: restored.indexed, onResult: (r) => results.set(r.path, r) });
    assert.deepEqual(counts, { analysed: 1, fromCache: files.length - 1, indexed: files.length - 1, unreadable: 0, gone: 0 });
    assert.deepEqual(files.map((f) => results.get(f)!.kind), files.map((f) => (f === files[1] ? 'summary' : 'indexed')));
    again.close();

    // Another registry or settings, another build's file, or a damaged one: no index.
    assert.equal(SummaryCache.load(cacheFile, dir, 'other').loadIndex(), undefined);
    const indexFile = SummaryCache.load(cacheFile, dir, context).indexFile;
    const good = fs.readFileSync(indexFile);
    for (const damaged of [good.subarray(0, good.length - 9), Buffer.from('garbage'), Buffer.alloc(0)]) {
      fs.writeFileSync(indexFile, damaged);
      assert.equal(SummaryCache.load(cacheFile, dir, context).loadIndex(), undefined);
    }
  });

  it('accounts for every file: unreadable and vanished ones are reported, the rest go on', async () => {
    const pool = new SummaryPool(0);
    pool.defineCorpus(ctx);
    fs.writeFileSync(files[0], Buffer.from([0x61, 0, 0x62]));
    fs.rmSync(files[1]);
    fs.rmSync(files[2]);
    fs.mkdirSync(files[2]);
    const { results, counts } = await run(pool);
    assert.equal(results.size, files.length);
    assert.deepEqual(counts, { analysed: files.length - 3, fromCache: 0, indexed: 0, unreadable: 2, gone: 1 });
    assert.match((results.get(files[0]) as { reason: string }).reason, /binary/);
    assert.equal(results.get(files[1])!.kind, 'gone');
    assert.match((results.get(files[2]) as { reason: string }).reason, /not a regular file|EISDIR/);
  });
});
