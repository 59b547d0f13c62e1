// CorpusExport over files on disk with summaries made here: a cancelled export leaves the
// files it would have replaced as they were; a finished one writes in path order.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { DEFAULT_LABELS } from '../../../server/src/core/export/exportDocument';
import { summarizeArticle } from '../../../server/src/core/summary/articleSummary';
import { CorpusExport, type ExportSource } from '../../../server/src/export/exportCorpus';
import { contentHash } from '../../../server/src/ingest/summarizeFile';

describe('CorpusExport', () => {
  let dir: string;
  let source: ExportSource;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-unit-'));
    fs.mkdirSync(path.join(dir, 'c'));
    const files = ['b.txt', 'a.txt'].map((f) => path.join(dir, 'c', f));
    for (const f of files) fs.writeFileSync(f, ` date 2026-01-01 Bài ${path.basename(f)}\n\nNội dung.\n`);
    source = {
      root: path.join(dir, 'c'),
      files,
      ingest: async (batch, onResult) => {
        for (const f of batch) onResult({ kind: 'summary', path: f, fromCache: false, summary: summarizeArticle(fs.readFileSync(f, 'utf8'), { path: f, config: defaultConfig(), today: '2026-11-28' }) });
      },
    };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const settings = () => ({ format: 'jsonl' as const, outDir: path.join(dir, 'out'), labels: DEFAULT_LABELS, nested: 'outer' as const, scheme: 'iob2' as const });

  it('writes the articles in path order', async () => {
    const run = await CorpusExport.start(settings(), [source.root]);
    assert.equal(await run.add(source), true);
    const report = await run.finish();
    const lines = fs.readFileSync(path.join(dir, 'out', 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).path);
    assert.deepEqual(lines, ['a.txt', 'b.txt']);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['articles.jsonl'], 'no temporary file left');
    assert.equal(report.articles, 2);
  });

  it('leaves the previous export in place when cancelled', async () => {
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'articles.jsonl'), 'the previous export\n');
    const run = await CorpusExport.start(settings(), [source.root]);
    assert.equal(await run.add(source, () => true), false);
    const report = await run.abandon();
    assert.equal(report.cancelled, true);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['articles.jsonl']);
    assert.equal(fs.readFileSync(path.join(dir, 'out', 'articles.jsonl'), 'utf8'), 'the previous export\n');
  });

  it('brat: puts the files in place at the end only; a cancel leaves the folder as it was', async () => {
    const brat = { ...settings(), format: 'brat' as const, nested: 'all' as const };
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'a.ann'), 'the previous export\n');
    const cancelled = await CorpusExport.start(brat, [source.root]);
    await cancelled.add(source, () => true);
    await cancelled.abandon();
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['a.ann']);
    const run = await CorpusExport.start(brat, [source.root]);
    await run.add(source);
    await run.finish();
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt']);
    assert.notEqual(fs.readFileSync(path.join(dir, 'out', 'a.ann'), 'utf8'), 'the previous export\n');
  });

  it('skips an article changed since its summary, saying so', async () => {
    const run = await CorpusExport.start(settings(), [source.root]);
    const stale: ExportSource = {
      ...source,
      ingest: async (batch, onResult) => {
        await source.ingest(batch, onResult);
        fs.appendFileSync(path.join(dir, 'c', 'a.txt'), 'Thêm một dòng.\n');
      },
    };
    await run.add(stale);
    const report = await run.finish();
    assert.deepEqual(report.skipped, [{ path: 'a.txt', reason: 'it changed while it was exported; export again' }]);
    assert.equal(report.articles, 1);
  });

  it('skips an article changed to a text of the same length, by the hash of the bytes it was summarised from', async () => {
    const run = await CorpusExport.start(settings(), [source.root]);
    const a = path.join(dir, 'c', 'a.txt');
    const stale: ExportSource = {
      ...source,
      ingest: async (batch, onResult) => {
        await source.ingest(batch, (r) => onResult(r.kind === 'summary' ? { ...r, hash: contentHash(fs.readFileSync(r.path)) } : r));
        fs.writeFileSync(a, fs.readFileSync(a, 'utf8').replace('dung', 'dunx'));
      },
    };
    await run.add(stale);
    const report = await run.finish();
    assert.deepEqual(report.skipped, [{ path: 'a.txt', reason: 'it changed while it was exported; export again' }]);
  });
});
