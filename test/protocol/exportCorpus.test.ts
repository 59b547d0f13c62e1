// Export Corpus over LSP: the server writes the corpus it indexed, as the CLI would, and
// refuses a folder inside the corpus for brat.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './lspClient';
import { EXPORT_CORPUS, EXPORT_PROGRESS, type ExportCorpusParams, type ExportCorpusResult } from '../../server/src/protocol/corpusLensProtocol';

describe('protocol: export the corpus', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const article = (n: number) => ` date 2026-03-0${n} Tin ${n}\n\nÔng Trần Văn Bình tới Hà Nội lần thứ ${n}.\n`;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-lsp-'));
    fs.mkdirSync(path.join(dir, 'corpus'));
    fs.writeFileSync(path.join(dir, 'corpus', 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'corpus', 'entities.yaml'), 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n');
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(dir, 'corpus', `00${n}_00000000000000a${n}.txt`), article(n));
    client = await LspClient.start({ folder: path.join(dir, 'corpus') });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one JSONL line per article with its names, and reports progress', async () => {
    const progress: number[] = [];
    client.connection.onNotification(EXPORT_PROGRESS, (p: { done: number; total: number }) => {
      progress.push(p.done / p.total);
    });
    const outDir = path.join(dir, 'out');
    const r = await client.request<ExportCorpusResult>(EXPORT_CORPUS, { format: 'jsonl', outDir } satisfies ExportCorpusParams);
    assert.deepEqual([r.articles, r.spans, r.cancelled, r.refused], [3, 6, false, undefined]);
    const lines = fs.readFileSync(path.join(outDir, 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['00000000000000a1', '00000000000000a2', '00000000000000a3']);
    const text = article(2).slice(' date 2026-03-02 '.length);
    assert.equal(lines[1].text, text);
    assert.deepEqual(lines[1].entities, [[text.indexOf('Trần'), text.indexOf('Trần') + 13, 'PER'], [text.indexOf('Hà Nội'), text.indexOf('Hà Nội') + 6, 'LOC']]);
    assert.equal(progress[progress.length - 1], 1);
  });

  it('refuses a brat export into the corpus, writing nothing', async () => {
    const outDir = path.join(dir, 'corpus', 'brat');
    const r = await client.request<ExportCorpusResult>(EXPORT_CORPUS, { format: 'brat', outDir } satisfies ExportCorpusParams);
    assert.match(r.refused ?? '', /inside the corpus/);
    assert.equal(fs.existsSync(outDir), false);
  });
});
