import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusWorkspace } from '../../../server/src/workspace/corpusWorkspace';
import { createNodeHost } from '../../../server/src/node/nodeHost';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { summarizeArticle } from '../../../server/src/core/summary/articleSummary';
import { indexToSave, restoreIndex, type RestoredIndex } from '../../../server/src/ingest/savedIndex';
import { cacheFileFor, contextHash, SummaryCache } from '../../../server/src/ingest/summaryCache';

const TODAY = () => '2026-11-23';

describe('the index a workspace saves beside its cache', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-saved-index-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A corpus of `count` articles set in Huế, and a workspace started over it with a cache folder. */
  function corpusOf(count: number) {
    const corpus = path.join(dir, 'corpus');
    const cacheFolder = path.join(dir, 'cache');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'corpus-lens.yaml'), 'rules: {}\n');
    const file = (i: number) => path.join(corpus, `${String(i).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`);
    for (let i = 0; i < count; i++) fs.writeFileSync(file(i), ` date 2026-02-25 Tin ${i}\n\nBài ${i} viết ở Huế.\n`);
    const start = async () => {
      const ws = new CorpusWorkspace({ folders: [corpus], extraRoots: [], today: TODAY, jobs: 0 }, createNodeHost({ cacheFolder }));
      await ws.scan();
      return ws;
    };
    return { corpus, cacheFolder, file, start };
  }

  it('stays as saved after a change to one article in a hundred; the next start applies it again', async () => {
    const { cacheFolder, file, start } = corpusOf(150);
    const codes = (ws: CorpusWorkspace, f: string) => ws.findingsFor(ws.articles.get(f)!).map((x) => x.code);
    const indexFile = () => path.join(cacheFolder, fs.readdirSync(cacheFolder).find((f) => f.startsWith('index-'))!);

    await (await start()).dispose();
    const saved = fs.readFileSync(indexFile());
    // One article of 150 gets an impossible date while no server runs.
    fs.appendFileSync(file(7), 'Ngày 31/2.\n');
    const second = await start();
    assert.equal(second.fromSavedIndex, 149);
    assert.deepEqual(codes(second, file(7)), ['date/impossible']);
    await second.dispose();
    assert.ok(saved.equals(fs.readFileSync(indexFile())), 'the index on disk is the one saved before');
    const third = await start();
    assert.equal(third.fromSavedIndex, 149, 'the edited article applied again, from the cache');
    assert.deepEqual(codes(third, file(7)), ['date/impossible']);
    assert.equal(third.entitiesOf(file(7))!.index.stats('vn-hue')?.documents, 150);
    await third.dispose();
    // Two more (3 of 150): saved with all three.
    fs.appendFileSync(file(8), 'Ngày 31/2.\n');
    fs.appendFileSync(file(9), 'Ngày 31/2.\n');
    await (await start()).dispose();
    assert.ok(!saved.equals(fs.readFileSync(indexFile())), 'saved again');
    const fifth = await start();
    assert.equal(fifth.fromSavedIndex, 150);
    assert.deepEqual([7, 8, 9, 10].map((i) => codes(fifth, file(i))), [['date/impossible'], ['date/impossible'], ['date/impossible'], []]);
    await fifth.dispose();
  });

  it("reads a warm start's saved index ahead and takes its stamps as soon as its files are listed, before the cache is read; a first start does neither", async () => {
    const { cacheFolder, file } = corpusOf(30);
    const start = async (events: string[]) => {
      const host = createNodeHost({ cacheFolder });
      const stat = host.statFiles!;
      const open = host.openCache!;
      host.statFiles = (files) => (events.push(`stamps of ${files.length}`), stat(files));
      const ahead = host.readSavedIndex!;
      host.openCache = (root, context, savedIndex) => (events.push(savedIndex ? 'cache read, with the index read ahead' : 'cache read'), open(root, context, savedIndex));
      // Once read ahead, the file is moved away until the scan is over: the start must use what it read.
      const indexFile = () => path.join(cacheFolder, fs.readdirSync(cacheFolder).find((f) => f.startsWith('index-'))!);
      let moved: string | undefined;
      host.readSavedIndex = async (root) => {
        events.push('index read ahead');
        const bytes = await ahead(root);
        moved = indexFile();
        fs.renameSync(moved, `${moved}.away`);
        return bytes;
      };
      const ws = new CorpusWorkspace({ folders: [path.dirname(file(0))], extraRoots: [], today: TODAY, jobs: 0 }, host);
      await ws.scan();
      if (moved) fs.renameSync(`${moved}.away`, moved);
      return ws;
    };
    const first: string[] = [];
    await (await start(first)).dispose();
    assert.deepEqual(first, ['cache read']);
    const second: string[] = [];
    const ws = await start(second);
    assert.deepEqual(second, ['index read ahead', 'stamps of 30', 'cache read, with the index read ahead']);
    assert.equal(ws.fromSavedIndex, 30);
    await ws.dispose();
    // A file changed while nothing ran: its stamp says so, and it is analysed again.
    fs.appendFileSync(file(4), 'Ngày 31/2.\n');
    const third = await start([]);
    assert.equal(third.fromSavedIndex, 29);
    assert.deepEqual(third.findingsFor(third.articles.get(file(4))!).map((x) => x.code), ['date/impossible']);
    await third.dispose();
  });

  it('is ready without restoring the registry when nothing needs analysing; the first analysis restores it', async () => {
    const { corpus, cacheFolder, file } = corpusOf(20);
    // Two people claim one alias: a problem of the registry, which a start reports.
    fs.writeFileSync(path.join(corpus, 'entities.yaml'), 'entities:\n  - id: nguoi-a\n    type: person\n    name: Lò Văn Pá\n    aliases: [ông Pá]\n  - id: nguoi-b\n    type: person\n    name: Lò Văn Pính\n    aliases: [ông Pá]\n');
    const restored: string[] = [];
    const start = async () => {
      const host = createNodeHost({ cacheFolder });
      const load = host.loadRegistry!;
      host.loadRegistry = (sources, options) => {
        const r = load(sources, options);
        const given = r.registry;
        const whose = sources.some((s) => !s.builtin) ? 'corpus' : 'built-in';
        return typeof given === 'function' ? { problems: r.problems, registry: () => (restored.push(whose), given()) } : r;
      };
      const ws = new CorpusWorkspace({ folders: [corpus], extraRoots: [], today: TODAY, jobs: 0 }, host);
      await ws.scan();
      return ws;
    };
    const problemsOf = (ws: CorpusWorkspace) => ws.entitiesOf(file(0))!.problems.filter((p) => p.path.endsWith('entities.yaml')).map((p) => p.code);
    const first = await start();
    const problems = problemsOf(first);
    assert.ok(problems.length > 0, 'the registry has a problem');
    await first.dispose();
    const second = await start();
    assert.equal(second.fromSavedIndex, 20);
    assert.deepEqual(restored, [], 'no registry restored by a start that analysed nothing');
    assert.deepEqual(problemsOf(second), problems);
    const { state } = second.analyzeText(file(0), ' date 2026-02-25 Tin 0\n\nÔng Lò Văn Pá đến Huế.\n');
    assert.ok(state.analysis!.mentions.some((m) => m.entityId === 'nguoi-a'), 'recognised with the corpus registry');
    assert.deepEqual(restored, ['corpus']);
    await second.dispose();
  });

  it('makes no state for the articles it takes as saved until one is asked for, which then has what the first start gave it', async () => {
    const { file, start } = corpusOf(30);
    const first = await start();
    const given = first.articles.get(file(7))!;
    const expected = { path: given.path, hash: given.hash, corpus: given.corpus?.root, lines: first.linesOf(given)?.lineCount };
    await first.dispose();
    const second = await start();
    assert.equal(second.fromSavedIndex, 30);
    assert.equal(second.articles.size, 30);
    assert.equal([...second.articles.madeStates()].length, 0);
    assert.deepEqual([...second.articles.keys()].sort(), Array.from({ length: 30 }, (_, i) => file(i)));
    const state = second.articles.get(file(7))!;
    assert.deepEqual({ path: state.path, hash: state.hash, corpus: state.corpus?.root, lines: second.linesOf(state)?.lineCount }, expected);
    assert.ok(second.isCurrent(state));
    assert.equal([...second.articles.madeStates()].length, 1);
    assert.deepEqual(second.deleted(file(8)), [file(8)]);
    assert.equal(second.articles.has(file(8)), false);
    assert.equal(second.articles.size, 29);
    await second.dispose();
  });

  it('forgets, in the index and in the cache, the articles deleted while no server ran; keeps every one when none was', async () => {
    const { corpus, cacheFolder, file, start } = corpusOf(40);
    /** The files the cache on disk holds a summary of, as the workspace's next start reads it. */
    const cached = (ws: CorpusWorkspace) => {
      const cache = SummaryCache.load(cacheFileFor(cacheFolder, corpus), corpus, contextHash(ws.corpusOf(file(0))!.config, ws.entitiesOf(file(0))!.sources));
      const held = Array.from({ length: 40 }, (_, i) => i).filter((i) => cache.get(file(i)) !== undefined);
      cache.close();
      return held;
    };
    const all = Array.from({ length: 40 }, (_, i) => i);

    await (await start()).dispose();
    const unchanged = await start();
    assert.equal(unchanged.fromSavedIndex, 40);
    await unchanged.dispose();
    assert.deepEqual(cached(unchanged), all);

    for (const i of [3, 4, 5]) fs.rmSync(file(i));
    const fewer = await start();
    assert.equal(fewer.fromSavedIndex, 37);
    assert.equal(fewer.entitiesOf(file(0))!.index.stats('vn-hue')?.documents, 37);
    assert.deepEqual([3, 4, 5, 6].map((i) => fewer.articles.has(file(i))), [false, false, false, true]);
    await fewer.dispose();
    assert.deepEqual(cached(fewer), all.filter((i) => i < 3 || i > 5));
  });
});

describe('restoreIndex: the articles a saved index may answer for', () => {
  const summary = (file: string, text: string, today: string) => summarizeArticle(text, { path: file, config: defaultConfig(), today });
  const dated = '/c/001_0000000000000001.txt';
  const headless = '/c/002_0000000000000002.txt';
  const future = '/c/003_0000000000000003.txt';
  const unhashed = '/c/004_0000000000000004.txt';
  const index = new CorpusIndex();
  for (const [file, text] of [
    [dated, ' date 2026-02-25 Tin\n\nBài viết ở Huế.\n'],
    [headless, 'Bài viết không có dòng đầu.\n'],
    [future, ' date 2026-11-25 Tin\n\nBài viết ở Huế.\n'],
    [unhashed, ' date 2026-02-26 Tin\n\nBài khác.\n'],
  ]) index.apply(summary(file, text, '2026-11-23'), false);
  const saved = () => structuredClone(indexToSave(index, (p) => (p === unhashed ? undefined : `hash-of-${p}`)));
  /** The hash the restored index answers with for a path (none when it does not answer for it). */
  const heldHash = ({ indexed }: RestoredIndex, p: string) => {
    const row = indexed.rowOf(p);
    return row === undefined ? undefined : indexed.hashAt(row) || undefined;
  };

  it('answers with the saved hash, except where the analysis may say something else today', () => {
    const same = restoreIndex(saved(), '2026-11-23')!;
    assert.deepEqual([dated, headless, future, unhashed].map((p) => heldHash(same, p)), [`hash-of-${dated}`, `hash-of-${headless}`, `hash-of-${future}`, undefined]);
    // Two days on: the header-less article's guessed date and the one dated the day after may change.
    const later = restoreIndex(saved(), '2026-11-25')!;
    assert.deepEqual([dated, headless, future, unhashed].map((p) => heldHash(later, p)), [`hash-of-${dated}`, undefined, undefined, undefined]);
  });

  it('stops answering for an article applied again or removed since', () => {
    const restored = restoreIndex(saved(), '2026-11-23')!;
    restored.index.apply(summary(dated, ' date 2026-02-25 Tin\n\nBài viết ở Đà Nẵng.\n', '2026-11-23'), false);
    restored.index.remove(headless);
    assert.equal(heldHash(restored, dated), undefined);
    assert.equal(heldHash(restored, headless), undefined);
    assert.equal(heldHash(restored, future), `hash-of-${future}`);
  });
});
