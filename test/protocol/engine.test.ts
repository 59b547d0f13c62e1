import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from './lspClient';
import { CORPUS_STATUS, type CorpusStatusParams } from '../../server/src/protocol/corpusLensProtocol';

// Long enough (25+ words) for the duplicate check to compare bodies.
const body = `Chiều 24/2, tại Hà Nội, hai bên đã trao đổi về hợp tác năng lượng, dầu khí, giáo dục và du lịch trong năm 2026, thống nhất thúc đẩy các dự án trọng điểm và tăng cường giao lưu nhân dân giữa hai nước trong thời gian tới.`;
const article = (title: string) => ` date 2026-02-25 ${title}\n\n${body}\n`;
const codes = (d: { code?: unknown }[] | undefined) => (d ?? []).map((x) => String(x.code)).sort();

describe('the engine over LSP: corpora apart, order of events, cache', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: LspClient[] = [];
  const start = async (options: Parameters<typeof LspClient.start>[0]) => {
    const c = await LspClient.start(options);
    clients.push(c);
    return c;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-engine-'));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A corpus with a cache folder beside it: 001 and 002 share a body (a duplicate each), 003
   *  has a malformed header; all name Hà Nội. */
  const savedCorpus = () => {
    const corpus = path.join(dir, 'corpus');
    const cacheFolder = path.join(dir, 'storage');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'corpus-lens.yaml'), 'rules: {}\n');
    const file = (n: string) => path.join(corpus, n);
    fs.writeFileSync(file('001_1111111111111111.txt'), article('Tin một'));
    fs.writeFileSync(file('002_2222222222222222.txt'), article('Tin hai'));
    fs.writeFileSync(file('003_3333333333333333.txt'), 'date: 2026-02-25 Tin ba\n\nHọp ở Hà Nội.\n');
    return { corpus, cacheFolder, file };
  };

  it('keeps two corpora apart: the same id and body in each is no duplicate, a copy inside one is', async () => {
    for (const c of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, c));
      fs.writeFileSync(path.join(dir, c, 'corpus-lens.yaml'), 'rules: {}\n');
      fs.writeFileSync(path.join(dir, c, '001_1111111111111111.txt'), article(`Tin ${c}`));
    }
    fs.writeFileSync(path.join(dir, 'a', '002_2222222222222222.txt'), article('Bản sao'));
    const client = await start({ folder: dir });
    await client.ready();
    const inA = await client.waitForDiagnostics(uri(path.join(dir, 'a', '002_2222222222222222.txt')), (d) => d.length > 0);
    assert.deepEqual(codes(inA), ['corpus/duplicate-article']);
    assert.equal(path.basename(path.dirname(new URL(inA[0].relatedInformation![0].location.uri).pathname)), 'a');
    // b's article shares a's id and body, but is another corpus: nothing to report.
    assert.deepEqual(codes(client.diagnostics.get(uri(path.join(dir, 'b', '001_1111111111111111.txt')))), []);
    const aFirst = client.diagnostics.get(uri(path.join(dir, 'a', '001_1111111111111111.txt')));
    assert.deepEqual(codes(aFirst), ['corpus/duplicate-article']);
  });

  it('reads a nested corpus once, with its own settings', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.mkdirSync(path.join(dir, 'inner'));
    fs.writeFileSync(path.join(dir, 'inner', 'corpus-lens.yaml'), 'rules:\n  header/missing: off\n');
    fs.writeFileSync(path.join(dir, 'inner', '001_1111111111111111.txt'), `Không có dòng tiêu đề\n\n${body}\n`);
    fs.writeFileSync(path.join(dir, '002_2222222222222222.txt'), `Không có dòng tiêu đề\n\nMột đoạn khác hẳn.\n`);
    const client = await start({ folder: dir });
    const ready = (await client.ready()) as { articles: number };
    assert.equal(ready.articles, 2);
    await client.waitForDiagnostics(uri(path.join(dir, '002_2222222222222222.txt')), (d) => codes(d).includes('header/missing'));
    assert.deepEqual(codes(client.diagnostics.get(uri(path.join(dir, 'inner', '001_1111111111111111.txt')))), []);
  });

  it('lets the text of a document opened during the scan win over the disk', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`), article(`Tin ${i}`) + `Mã ${i}.\n`);
    const target = path.join(dir, '299_100000000000012b.txt');
    fs.writeFileSync(target, 'date: 2026-02-25 Tiêu đề hỏng\n\nNgày 31/2 không có.\n');
    const client = await start({ folder: dir });
    await client.open(uri(target), ' date 2026-02-25 Tiêu đề\n\nMột câu đúng.   \n');
    await client.ready();
    const d = await client.waitForDiagnostics(uri(target), (x) => x.length > 0);
    assert.deepEqual(codes(d), ['text/whitespace'], 'the disk copy (malformed header, 31/2) must not replace the open text');
  });

  it('keeps summaries in the cache folder: a restart reads unchanged articles back, changed ones again, and ignores a damaged cache', async () => {
    const corpus = path.join(dir, 'corpus');
    const cacheFolder = path.join(dir, 'storage');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(corpus, '001_1111111111111111.txt'), article('Tin một'));
    fs.writeFileSync(path.join(corpus, '002_2222222222222222.txt'), 'date: 2026-02-25 Tin hai\n\nNội dung.\n');
    const first = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    await first.ready();
    await first.waitForDiagnostics(uri(path.join(corpus, '002_2222222222222222.txt')), (d) => codes(d).includes('header/malformed'));
    await first.stop();
    clients.splice(0);
    const stored = fs.readdirSync(path.join(cacheFolder, 'summaries'));
    const files = stored.filter((f) => f.startsWith('summaries-'));
    assert.equal(files.length, 1, `one cache file per corpus: ${stored}`);
    // The corpus and the files outside it use the same (built-in) registry: one snapshot of it.
    assert.equal(stored.filter((f) => f.startsWith('registry-')).length, 1, `one registry snapshot: ${stored}`);

    // Changed on disk while no server ran: same size would hide it, so the size changes too.
    fs.writeFileSync(path.join(corpus, '002_2222222222222222.txt'), ' date 2026-02-25 Tin hai\n\nNội dung đã sửa.\n');
    const second = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    await second.ready();
    assert.deepEqual(codes(second.diagnostics.get(uri(path.join(corpus, '002_2222222222222222.txt')))), []);
    assert.deepEqual(codes(second.diagnostics.get(uri(path.join(corpus, '001_1111111111111111.txt')))), []);
    await second.stop();
    clients.splice(0);

    const cacheFile = path.join(cacheFolder, 'summaries', files[0]);
    const bytes = fs.readFileSync(cacheFile);
    fs.writeFileSync(cacheFile, bytes.subarray(0, bytes.length - 7));
    fs.writeFileSync(path.join(corpus, '003_3333333333333333.txt'), 'Ngày 31/2 không có.\n');
    const third = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    await third.ready();
    assert.ok(third.logs.some((l) => /ignored the cache .*truncated/.test(l)), third.logs.join('\n'));
    const d3 = await third.waitForDiagnostics(uri(path.join(corpus, '003_3333333333333333.txt')), (d) => d.length > 0);
    assert.deepEqual(codes(d3), ['date/impossible', 'header/missing']);
  });

  it('reads the index saved by the last run back: what changed on disk meanwhile is applied, the rest answers as before', async () => {
    const { corpus, cacheFolder, file } = savedCorpus();
    const referencesOfHanoi = async (client: LspClient) => {
      const text = fs.readFileSync(file('003_3333333333333333.txt'), 'utf8');
      const at = text.indexOf('Hà Nội');
      const line = text.slice(0, at).split('\n').length - 1;
      const refs = await client.request<Array<{ uri: string }>>('textDocument/references', {
        textDocument: { uri: uri(file('003_3333333333333333.txt')) },
        position: { line, character: at - text.lastIndexOf('\n', at - 1) - 1 },
        context: { includeDeclaration: false },
      });
      return [...new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)))].sort();
    };
    const first = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    await first.ready();
    assert.deepEqual(codes(await first.waitForDiagnostics(uri(file('002_2222222222222222.txt')), (d) => d.length > 0)), ['corpus/duplicate-article']);
    assert.deepEqual(await referencesOfHanoi(first), ['001_1111111111111111.txt', '002_2222222222222222.txt', '003_3333333333333333.txt']);
    await first.stop();
    clients.splice(0);
    assert.ok(fs.readdirSync(path.join(cacheFolder, 'summaries')).some((f) => f.startsWith('index-')), 'the index is saved beside the summaries');

    // While no server ran: 002 deleted, 004 written (Hà Nội again).
    fs.rmSync(file('002_2222222222222222.txt'));
    fs.writeFileSync(file('004_4444444444444444.txt'), ' date 2026-02-26 Tin bốn\n\nMột chuyến đi Hà Nội.\n');
    const second = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    await second.ready();
    assert.ok(second.logs.some((l) => /3 articles .* \(2 as the index saved last time held them\)/.test(l)), second.logs.join('\n'));
    assert.deepEqual(codes(await second.waitForDiagnostics(uri(file('003_3333333333333333.txt')), (d) => d.length > 0)), ['header/malformed']);
    assert.deepEqual(codes(second.diagnostics.get(uri(file('001_1111111111111111.txt')))), [], 'its copy is gone');
    assert.deepEqual(await referencesOfHanoi(second), ['001_1111111111111111.txt', '003_3333333333333333.txt', '004_4444444444444444.txt']);
  });

  it('keeps the problem counts with the saved index: a start that finds nothing changed reads them back, one that finds a change counts again', async () => {
    const { corpus, cacheFolder, file } = savedCorpus();
    // Enough others that one new article leaves the saved index as it is (savingCanWait).
    for (let i = 0; i < 100; i++) fs.writeFileSync(file(`1${String(i).padStart(2, '0')}_${String(i).padStart(16, '0')}.txt`), ` date 2026-02-${String((i % 27) + 1).padStart(2, '0')} Tin ${i}\n\nBản tin số ${i} về thời tiết miền núi.\n`);
    /** The status bar's figures once the scan and the count are over. */
    const counted = async () => {
      const client = await start({ folder: corpus, initializationOptions: { cacheFolder } });
      const status = new Promise<CorpusStatusParams>((resolve) => client.connection.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => void (p.indexing || resolve(p))));
      await client.ready();
      const p = await status;
      await client.stop();
      clients.splice(0);
      return p;
    };
    const first = await counted();
    assert.equal(first.articles, 103);
    assert.ok(first.problems.errors >= 1 && first.problems.warnings >= 2, JSON.stringify(first.problems));
    // What the counts kept say, altered: a start that reads them back shows the alteration.
    const summaries = path.join(cacheFolder, 'summaries');
    const kept = fs.readdirSync(summaries).find((f) => f.startsWith('problems-'));
    assert.ok(kept, 'the counts are kept beside the index');
    const s = JSON.parse(fs.readFileSync(path.join(summaries, kept), 'utf8'));
    const at = s.articles.paths.indexOf(file('003_3333333333333333.txt'));
    assert.ok(at >= 0, 'the article with a problem has its counts kept');
    s.articles.counts[at * 4] += 5;
    fs.writeFileSync(path.join(summaries, kept), JSON.stringify(s));
    const second = await counted();
    assert.deepEqual(second.problems, { ...first.problems, errors: first.problems.errors + 5 });
    // A new article while no server ran: everything is counted again (the alteration is gone).
    fs.writeFileSync(file('004_4444444444444444.txt'), ' date 2026-02-26 Tin bốn\n\nMột chuyến đi Hà Nội.\n');
    const third = await counted();
    assert.equal(third.articles, 104);
    assert.equal(third.problems.errors, first.problems.errors);
  });

  it('an article opened at start as the disk has it (an editor restored) leaves the saved index and its kept counts as they are', async () => {
    const { corpus, cacheFolder, file } = savedCorpus();
    for (let i = 0; i < 100; i++) fs.writeFileSync(file(`1${String(i).padStart(2, '0')}_${String(i).padStart(16, '0')}.txt`), ` date 2026-02-${String((i % 27) + 1).padStart(2, '0')} Tin ${i}\n\nBản tin số ${i} về thời tiết miền núi.\n`);
    const opened = file('003_3333333333333333.txt');
    const counted = async (open?: string) => {
      const client = await start({ folder: corpus, initializationOptions: { cacheFolder } });
      const status = new Promise<CorpusStatusParams>((resolve) => client.connection.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => void (p.indexing || resolve(p))));
      if (open) await client.open(uri(open), fs.readFileSync(open, 'utf8'));
      await client.ready();
      const p = await status;
      const d = open ? await client.waitForDiagnostics(uri(open), (x) => x.length > 0) : undefined;
      const malformed = d?.find((x) => x.code === 'header/malformed');
      const fixes = malformed && (await client.request<Array<{ edit?: unknown }>>('textDocument/codeAction', { textDocument: { uri: uri(open!) }, range: malformed.range, context: { diagnostics: [malformed] } })).filter((a) => a.edit).length;
      await client.stop();
      clients.splice(0);
      return { problems: p.problems, codes: d && codes(d), fixes };
    };
    const first = await counted();
    const summaries = path.join(cacheFolder, 'summaries');
    const keptFile = () => fs.readdirSync(summaries).find((f) => f.startsWith('problems-'));
    // Started with the article open, and no counts kept: they are counted, and kept.
    fs.rmSync(path.join(summaries, keptFile()!));
    const reopened = await counted(opened);
    assert.deepEqual(reopened.problems, first.problems);
    assert.deepEqual(reopened.codes, ['header/malformed'], 'the open article is analysed all the same');
    assert.ok(reopened.fixes, 'with its quick fixes');
    assert.ok(keptFile(), 'the counts are kept although an article was open');
    // The open article's own counts, altered: read back, not counted again.
    const s = JSON.parse(fs.readFileSync(path.join(summaries, keptFile()!), 'utf8'));
    s.articles.counts[s.articles.paths.indexOf(opened) * 4] += 5;
    fs.writeFileSync(path.join(summaries, keptFile()!), JSON.stringify(s));
    assert.deepEqual((await counted(opened)).problems, { ...first.problems, errors: first.problems.errors + 5 });
  });

  it('after a first start with a cache folder, an article opened during the scan keeps its quick fixes', async () => {
    const { corpus, cacheFolder, file } = savedCorpus();
    const client = await start({ folder: corpus, initializationOptions: { cacheFolder } });
    // Opened before the scan is over: analysed at once into the index the scan builds, which
    // is saved at its end (the save keeps no quick fixes: the open article's must come from
    // its own analysis).
    const u = uri(file('003_3333333333333333.txt'));
    await client.open(u, fs.readFileSync(file('003_3333333333333333.txt'), 'utf8'));
    await client.ready();
    assert.ok(fs.readdirSync(path.join(cacheFolder, 'summaries')).some((f) => f.startsWith('index-')), 'the index is saved');
    const d = await client.waitForDiagnostics(u, (x) => x.some((y) => y.code === 'header/malformed'));
    const malformed = d.find((x) => x.code === 'header/malformed')!;
    const actions = await client.request<Array<{ title: string; edit?: unknown }>>('textDocument/codeAction', { textDocument: { uri: u }, range: malformed.range, context: { diagnostics: [malformed] } });
    assert.ok(actions.some((a) => a.edit), `a quick fix for the header: ${actions.map((a) => a.title).join(' | ')}`);
    // And the closed articles answer from the index: 002 duplicates 001.
    assert.deepEqual(codes(await client.waitForDiagnostics(uri(file('002_2222222222222222.txt')), (x) => x.length > 0)), ['corpus/duplicate-article']);
  });

  it('after two rescans in a row, only the newer settings count', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    const N = 400;
    const names = Array.from({ length: N }, (_, i) => `${String(i).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`);
    // Every article has one problem (31/2) and one mention of Hà Nội.
    for (const n of names) fs.writeFileSync(path.join(dir, n), ` date 2026-02-25 Tin\n\nNgày 31/2 ở Hà Nội, ${n}.\n`);
    const client = await start({ folder: dir });
    await client.ready();
    await client.waitForDiagnostics(uri(path.join(dir, names[150])), (d) => d.length > 0);
    const config = uri(path.join(dir, 'corpus-lens.yaml'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'exclude:\n  - "0*"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'exclude:\n  - "1*"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    await client.readyTimes(2);
    // Files 100-199 are excluded now: no problems, no mentions; 000-099 are back.
    await client.waitForDiagnostics(uri(path.join(dir, names[150])), (d) => d.length === 0, 'an excluded article to be cleared');
    assert.equal(client.diagnostics.get(uri(path.join(dir, names[50])))?.length, 1);
    const text = fs.readFileSync(path.join(dir, names[50]), 'utf8');
    const refs = await client.request<Array<{ uri: string }>>('textDocument/references', {
      textDocument: { uri: uri(path.join(dir, names[50])) },
      position: { line: 2, character: text.split('\n')[2].indexOf('Hà Nội') + 1 },
      context: { includeDeclaration: false },
    });
    assert.equal(refs.length, N - 100);
    assert.ok(!refs.some((r) => /\/1\d\d_/.test(r.uri)), 'no reference in an excluded article');
  });

  it('analyses an article opened during a long scan at once, before the index is ready', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (let i = 0; i < 4000; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`), article(`Tin ${i}`) + `Mã ${i}.\n`);
    const target = path.join(dir, '4000_2000000000000000.txt');
    const client = await start({ folder: dir });
    await client.open(uri(target), 'date: 2026-02-25 Tiêu đề\n\nMột câu.\n');
    const d = await client.waitForDiagnostics(uri(target), (x) => x.length > 0);
    assert.equal(client.readyCount, 0, 'the scan was still running');
    assert.deepEqual(codes(d), ['header/malformed']);
    await client.ready();
  });

  it('caps what it shows of one file, refuses a document too large to analyse, and leaves excluded files alone', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'exclude:\n  - "notes/**"\n');
    fs.mkdirSync(path.join(dir, 'notes'));
    const many = path.join(dir, '001_1111111111111111.txt');
    // 1,500 lines with trailing spaces: one text/whitespace problem each.
    fs.writeFileSync(many, ' date 2026-02-25 Tin\n\n' + Array.from({ length: 1500 }, (_, i) => `Dòng số ${i} có dấu cách thừa.  \n`).join(''));
    const client = await start({ folder: dir });
    await client.ready();
    const d = await client.waitForDiagnostics(uri(many), (x) => x.length > 0);
    assert.equal(d.length, 1001);
    assert.match(String(d[1000].message), /^500 more problems in this file are not shown/);

    const huge = path.join(dir, '002_2222222222222222.txt');
    await client.open(uri(huge), ' date 2026-02-25 Tin\n\n' + 'x'.repeat(9 * 1048576));
    const h = await client.waitForDiagnostics(uri(huge), (x) => x.length > 0);
    assert.deepEqual(codes(h), ['file/unreadable']);
    assert.match(String(h[0].message), /more than the 8 M an article may have/);

    // An excluded file opened as an article gets nothing; the request after it is the sync point.
    const note = path.join(dir, 'notes', 'todo.txt');
    await client.open(uri(note), 'date: sai\n\nNgày 31/2.\n');
    await client.request('textDocument/documentSymbol', { textDocument: { uri: uri(note) } });
    assert.equal(client.diagnostics.get(uri(note)), undefined);
  });

  it('follows a folder of articles deleted or created in one go (the watcher reports the folder alone)', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    const sub = path.join(dir, '2026', 'thang-2');
    fs.mkdirSync(sub, { recursive: true });
    const names = ['001_1111111111111111.txt', '002_2222222222222222.txt'];
    for (const n of names) fs.writeFileSync(path.join(sub, n), 'date: 2026-02-25 Tin\n\nNgày 31/2.\n');
    const client = await start({ folder: dir });
    await client.ready();
    for (const n of names) await client.waitForDiagnostics(uri(path.join(sub, n)), (d) => d.length > 0);
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-moved-'));
    fs.cpSync(path.join(dir, '2026'), kept, { recursive: true });
    fs.rmSync(path.join(dir, '2026'), { recursive: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, '2026')), type: 3 }] });
    for (const n of names) await client.waitForDiagnostics(uri(path.join(sub, n)), (d) => d.length === 0, 'a deleted article to be cleared');
    // Moved back in under another name: one Created event for the folder.
    fs.cpSync(kept, path.join(dir, '2027'), { recursive: true });
    fs.rmSync(kept, { recursive: true, force: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, '2027')), type: 1 }] });
    for (const n of names) {
      const d = await client.waitForDiagnostics(uri(path.join(dir, '2027', 'thang-2', n)), (x) => x.length > 0);
      assert.ok(codes(d).includes('date/impossible'));
    }
  });

  it('resolves corpusLens.roots against the folder that sets it, in every workspace folder', async () => {
    const folders = ['one', 'two'].map((n) => path.join(dir, n));
    for (const f of folders) {
      fs.mkdirSync(path.join(f, 'sub'), { recursive: true });
      fs.writeFileSync(path.join(f, 'sub', '001_1111111111111111.txt'), 'date: 2026-02-25 Tin\n\nNội dung.\n');
    }
    const client = await start({
      folder: folders[0],
      moreFolders: [folders[1]],
      folderSettings: Object.fromEntries(folders.map((f) => [uri(f), { roots: ['sub'] }])),
    });
    const ready = (await client.ready()) as { corpora: string[] };
    assert.deepEqual([...ready.corpora].sort(), folders.map((f) => path.join(f, 'sub')).sort());
    for (const f of folders) await client.waitForDiagnostics(uri(path.join(f, 'sub', '001_1111111111111111.txt')), (d) => codes(d).includes('header/malformed'));
  });

  it('tells the articles of the same weeks again when an edit changes the title it gives a person', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: hoang-van-d\n    type: person\n    name: Hoàng Văn Đức\n');
    const deputy = (date: string) => ` date ${date} Tin\n\nPhó Thủ tướng Hoàng Văn Đức làm việc với tỉnh.\n`;
    const minister = (date: string) => ` date ${date} Tin\n\nBộ trưởng Công Thương Hoàng Văn Đức làm việc với tỉnh.\n`;
    const files = ['001_00000000000000b1.txt', '002_00000000000000b2.txt', '003_00000000000000b3.txt', '004_00000000000000b4.txt'];
    files.forEach((f, i) => fs.writeFileSync(path.join(dir, f), deputy(`2025-06-0${i + 1}`)));
    const odd = uri(path.join(dir, '005_00000000000000b5.txt'));
    fs.writeFileSync(new URL(odd), minister('2025-06-06'));
    const client = await start({ folder: dir });
    await client.ready();
    await client.waitForDiagnostics(odd, (d) => codes(d).includes('entity/title-conflict'), 'the minister article told');
    // Two of the deputies become ministers in the editor: the corpus is split, the odd one out
    // is no longer odd, though it was not touched.
    for (const [i, f] of files.slice(0, 2).entries()) await client.open(uri(path.join(dir, f)), minister(`2025-06-0${i + 1}`));
    await client.waitForDiagnostics(odd, (d) => !codes(d).includes('entity/title-conflict'), 'the conflict withdrawn');
  });

  it('warns on corpus-lens.yaml when its globs select no article', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'include:\n  - "**/*.text"\n');
    fs.writeFileSync(path.join(dir, '001_1111111111111111.txt'), article('Tin'));
    const client = await start({ folder: dir });
    await client.ready();
    const d = await client.waitForDiagnostics(uri(path.join(dir, 'corpus-lens.yaml')), (x) => x.length > 0);
    assert.deepEqual(codes(d), ['config/no-articles']);
    assert.match(String(d[0].message), /include: \*\*\/\*\.text/);
  });
});
