import { strict as assert } from 'node:assert';
import { CorpusWorkspace } from '../../../server/src/workspace/corpusWorkspace';
import { createMemoryHost } from '../support/memoryHost';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

const builtin = readBuiltinRegistrySources();

const TODAY = () => '2026-11-23';
// 25+ words, so that the duplicate check compares bodies.
const body = 'Chiều 24/2, tại Hà Nội, hai bên đã trao đổi về hợp tác năng lượng, dầu khí, giáo dục và du lịch trong năm 2026, thống nhất thúc đẩy các dự án trọng điểm và tăng cường giao lưu nhân dân.';
const article = (title: string) => ` date 2026-02-25 ${title}\n\n${body}\n`;
const codes = (ws: CorpusWorkspace, file: string) => ws.findingsFor(ws.articles.get(file)!).map((f) => f.code).sort();

describe('CorpusWorkspace over a host in memory', () => {
  it('indexes each corpus apart: the same id and body in two corpora is no duplicate', async () => {
    const host = createMemoryHost({
      '/w/a/corpus-lens.yaml': 'rules: {}\n',
      '/w/a/001_1111111111111111.txt': article('A'),
      '/w/a/002_2222222222222222.txt': article('A copy'),
      '/w/b/corpus-lens.yaml': 'rules: {}\n',
      '/w/b/001_1111111111111111.txt': article('B'),
    }, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    assert.deepEqual(codes(ws, '/w/a/002_2222222222222222.txt'), ['corpus/duplicate-article']);
    assert.deepEqual(codes(ws, '/w/b/001_1111111111111111.txt'), []);
    assert.equal(ws.entitiesOf('/w/b/001_1111111111111111.txt')!.index.stats('vn-ha-noi')?.documents, 1);
  });

  /** A corpus of one article naming Hà Nội once, scanned; `seen()` is what a user sees of it. */
  async function oneArticle() {
    const file = '/w/001_1111111111111111.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin') }, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    const index = ws.entitiesOf(file)!.index;
    const seen = () => ({ articles: [...ws.articles.keys()], state: ws.articles.get(file), entities: index.entityKeys(), codes: codes(ws, file), hanoi: index.stats('vn-ha-noi')?.mentions });
    return { file, ws, seen };
  }

  it("analyses its sample article for a corpus and keeps nothing of it: no article, no mention, the same problems", async () => {
    const { ws, seen } = await oneArticle();
    const before = seen();
    ws.primeAnalysis('/w');
    // The sample names Hà Nội and a person of its own: neither counts anywhere.
    assert.deepEqual(seen(), before);
    assert.equal(before.hanoi, 1);
  });

  it('rehearses an edit into an index of its own: the corpus keeps its articles, mentions and problems', async () => {
    const { file, ws, seen } = await oneArticle();
    const before = seen();
    const scratch = new CorpusIndex();
    // The edit names Hà Nội twice more and leaves spaces at the end of a line.
    ws.rehearseEdit(file, article('Tin') + 'Một dòng thừa ở Hà Nội, rồi lại Hà Nội.   \n', scratch);
    assert.deepEqual(seen(), before);
    assert.equal(before.hanoi, 1);
    assert.equal(scratch.entities.stats('vn-ha-noi')?.mentions, 3);
    assert.deepEqual(scratch.findingsFor(file).map((f) => f.code), ['text/whitespace']);
  });

  it('gives an open article every problem with its fixes, while its index keeps the first 1,000 and counts the rest', async () => {
    const { file, ws } = await oneArticle();
    // 1,200 body lines ending in a space: a text/whitespace warning each, with a fix.
    const text = article('Tin') + Array.from({ length: 1200 }, (_, i) => `Dòng ${i}. \n`).join('');
    const { state } = ws.analyzeText(file, text);
    state.open = true;
    const all = ws.findingsFor(state).filter((f) => f.code === 'text/whitespace');
    assert.equal(all.length, 1200);
    assert.ok(all.every((f) => f.fixes?.length && !f.count), 'each one, each with its fix');
    const counts = ws.entitiesOf(file)!.corpusIndex.problemCountsOf(file, ws.corpusOf(file)!.config);
    assert.equal(counts.warning, 1200);
    // Closed, the article is the index's: its first 1,000, then one finding for the other 200.
    state.open = false;
    const kept = ws.findingsFor(state).filter((f) => f.code === 'text/whitespace');
    assert.deepEqual([kept.length, kept.at(-1)!.count], [1001, 200]);
  });

  it('lets an open document win over a disk read that finishes after it', async () => {
    const file = '/w/001_1111111111111111.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin') });
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    host.write(file, 'date: hỏng\n\nNgày 31/2.\n');
    host.gate.close();
    const late = ws.readFromDisk(file);
    ws.analyzeText(file, article('Tin') + 'Một dòng thừa.   \n');
    host.gate.open();
    await late;
    assert.deepEqual(codes(ws, file), ['text/whitespace']);
    assert.equal(ws.articles.get(file)!.open, true);
  });

  it("drops a scan's read of a file that a newer disk read overtook, and of a file deleted meanwhile", async () => {
    const changed = '/w/001_1111111111111111.txt';
    const deleted = '/w/002_2222222222222222.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [changed]: article('Tin'), [deleted]: article('Tin khác') + 'Một dòng.\n' }, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    host.hold(changed);
    host.hold(deleted);
    const scanning = ws.scan();
    while (!host.summarised.includes(changed) || !host.summarised.includes(deleted)) await new Promise((resolve) => setImmediate(resolve));
    // The scan has read both; meanwhile the disk changes: one file is rewritten and read
    // again, the other deleted.
    host.write(changed, 'date: hỏng\n\nNgày 31/2.\n');
    await ws.readFromDisk(changed);
    host.remove(deleted);
    ws.deleted(deleted);
    host.release(changed);
    host.release(deleted);
    await scanning;
    assert.ok(codes(ws, changed).includes('header/malformed'), codes(ws, changed).join(', '));
    assert.equal(ws.articles.has(deleted), false);
    assert.equal(ws.entitiesOf(changed)!.corpusIndex.has(deleted), false);
  });

  it("drops a scan's read of a file that a disk read applied and that was then deleted, before the scan's read is in", async () => {
    const file = '/w/001_1111111111111111.txt';
    const other = '/w/002_2222222222222222.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin'), [other]: article('Tin khác') }, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    host.hold(file);
    const scanning = ws.scan();
    while (!host.summarised.includes(file)) await new Promise((resolve) => setImmediate(resolve));
    // Read again and applied while the scan's read waits, then deleted.
    host.write(file, 'date: hỏng\n\nNgày 31/2.\n');
    await ws.readFromDisk(file);
    assert.equal(ws.articles.has(file), true);
    host.remove(file);
    ws.deleted(file);
    host.release(file);
    await scanning;
    assert.equal(ws.articles.has(file), false, 'the deleted file is not brought back');
    assert.equal(ws.entitiesOf(other)!.corpusIndex.has(file), false);
  });

  it("lets a rescan's read of a file win over a disk read of it that started before the rescan and ends after it", async () => {
    const file = '/w/001_1111111111111111.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin') }, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    host.write(file, 'date: hỏng\n\nNgày 31/2.\n');
    host.hold(file);
    const late = ws.readFromDisk(file);
    while (host.summarised.filter((f) => f === file).length < 2) await new Promise((resolve) => setImmediate(resolve));
    host.write(file, article('Tin') + 'Một dòng thừa.   \n');
    await ws.scan();
    host.release(file);
    await late;
    assert.deepEqual(codes(ws, file), ['text/whitespace'], 'the text the rescan read, not the older one');
  });

  it('applies nothing of a scan that a newer one replaced', async () => {
    const files: Record<string, string> = { '/w/corpus-lens.yaml': 'rules: {}\n' };
    for (let i = 0; i < 20; i++) files[`/w/${String(i).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`] = ` date 2026-02-25 Tin ${i}\n\nNgày 31/2 ở Hà Nội, bài ${i}.\n`;
    const host = createMemoryHost(files, builtin);
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    host.gate.close();
    const first = ws.scan();
    await new Promise((resolve) => setImmediate(resolve));
    host.write('/w/corpus-lens.yaml', 'exclude:\n  - "00*"\n');
    const second = ws.scan();
    host.gate.open();
    await Promise.all([first, second]);
    assert.equal(ws.articles.size, 10);
    assert.ok(![...ws.articles.keys()].some((f) => /\/00\d_/.test(f)), 'no excluded article');
    assert.equal(ws.entitiesOf('/w/015_100000000000000f.txt')!.index.stats('vn-ha-noi')?.documents, 10);
  });

  it("loads the loose articles' registry (the built-in files) only for a loose article, once, and searches it only without a corpus", async () => {
    const file = '/w/c/001_1111111111111111.txt';
    const loose = '/elsewhere/002_2222222222222222.txt';
    const host = createMemoryHost({ '/w/c/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin') }, builtin);
    const loads: number[] = [];
    host.loadRegistry = (sources, options) => {
      loads.push(sources.length);
      return loadRegistry(sources, options);
    };
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    // The corpus has no registry file of its own: its registry is the built-in one, loaded once.
    assert.deepEqual(loads, [builtin.length]);
    assert.equal(ws.entitiesOf(file)!.index.stats('vn-ha-noi')?.mentions, 1);
    // Searched: the corpus's entities alone, the loose ones holding no article.
    assert.deepEqual(ws.searchedEntities(), [ws.entitiesOf(file)]);
    ws.analyzeText(loose, article('Rời'));
    assert.equal(ws.entitiesOf(loose)!.index.stats('vn-ha-noi')?.mentions, 1, 'the loose article is recognised with the built-in registry');
    assert.equal(loads.length, 1, 'the same sources: the registry the corpus loaded');
    assert.equal(ws.searchedEntities().length, 2, 'searched once they hold an article');
  });

  it('reads no registry for loose articles until one is analysed, and then once', async () => {
    const host = createMemoryHost({ '/w/notes.txt': 'không phải bài báo' }, builtin);
    let loads = 0;
    host.loadRegistry = (sources, options) => {
      loads++;
      return loadRegistry(sources, options);
    };
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    assert.equal(loads, 0);
    // No corpus: the loose articles' entities are searched (the built-in ones are found).
    assert.equal(ws.searchedEntities().length, 1);
    const loose = '/elsewhere/002_2222222222222222.txt';
    ws.analyzeText(loose, article('Rời'));
    ws.analyzeText(loose, article('Rời, sửa'));
    assert.equal(ws.entitiesOf(loose)!.index.stats('vn-ha-noi')?.mentions, 1);
    await ws.scan();
    ws.analyzeText(loose, article('Rời, sửa lại'));
    assert.equal(loads, 1, 'loaded once, kept over a rescan');
  });

  it('analyses an article opened before the first scan at once without its names when they may wait, with them when a request needs them or once the corpora are found', async () => {
    const file = '/w/001_1111111111111111.txt';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', [file]: article('Tin') }, builtin);
    let loads = 0;
    host.loadRegistry = (sources, options) => {
      loads++;
      return loadRegistry(sources, options);
    };
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    // An impossible date: a problem of its own text, found without the knowledge base.
    const text = ' date 2026-02-25 Tin\n\nNgày 31/2 ở Hà Nội.\n';
    // As the server analyses an article just opened, or asked for its problems.
    const early = ws.analyzeText(file, text, { namesMayWait: true }).state;
    assert.equal(loads, 0, 'no registry loaded for it');
    assert.deepEqual(early.analysis!.mentions, []);
    assert.equal(early.withoutNames, true);
    assert.ok(ws.findingsFor(early).some((f) => f.code === 'date/impossible'));
    // A request that needs the names (a hover) has them: with the loose articles' registry.
    const named = ws.analyzeText(file, text).state;
    assert.deepEqual(named.analysis!.mentions.map((m) => m.entityId), ['vn-ha-noi']);
    assert.equal(named.withoutNames, undefined);
    assert.equal(loads, 1);
    await ws.scan(undefined, () => {
      // As the server does once the corpora are in place: the open article again, with its corpus.
      const state = ws.analyzeText(file, text).state;
      assert.deepEqual(state.analysis!.mentions.map((m) => m.entityId), ['vn-ha-noi']);
    });
    assert.equal(loads, 1, 'the corpus, with no registry file of its own, shares it');
    // Once the corpora are found, names never wait.
    assert.equal(ws.analyzeText(file, text, { namesMayWait: true }).state.analysis!.mentions.length, 1);
  });

  it('reads a registry again on a rescan only when its files changed, and then recognises what they say now', async () => {
    const people = (name: string) => `entities:\n  - id: nguoi-a\n    type: person\n    name: ${name}\n`;
    const file = '/w/001_1111111111111111.txt';
    const text = ' date 2026-02-25 Tin\n\nÔng Lò Văn Pá và ông Hà Văn Hùng đến thăm Hà Nội.\n';
    const host = createMemoryHost({ '/w/corpus-lens.yaml': 'rules: {}\n', '/w/entities.yaml': people('Lò Văn Pá'), [file]: text }, builtin);
    const loads: string[][] = [];
    host.loadRegistry = (sources, options) => {
      loads.push(sources.filter((s) => !s.builtin).map((s) => s.path));
      return loadRegistry(sources, options);
    };
    const ws = new CorpusWorkspace({ folders: ['/w'], extraRoots: [], today: TODAY }, host);
    await ws.scan();
    const personAt = (name: string) => ws.entitiesOf(file)!.index.mentionsOf('nguoi-a').some((m) => text.slice(m.start, m.end) === name);
    assert.ok(personAt('Lò Văn Pá'));
    // The corpus's (the loose articles' built-in one waits for a loose article).
    assert.deepEqual(loads, [['/w/entities.yaml']]);
    await ws.scan();
    assert.equal(loads.length, 1, 'a rescan with the same files reads no registry again');
    host.write('/w/entities.yaml', people('Hà Văn Hùng'));
    await ws.scan();
    assert.deepEqual(loads.slice(1), [['/w/entities.yaml']]);
    assert.ok(personAt('Hà Văn Hùng'), 'the edited registry is the one used');
    assert.ok(!personAt('Lò Văn Pá'));
  });
});
