// The server answers while it works: a hover during a long scan, a large answer that the
// client cancels stops being sent, and the problems of a large corpus are counted in slices.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ProgressType, type Hover } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../protocol/lspClient';
import { CORPUS_STATUS, type CorpusStatusParams } from '../../server/src/protocol/corpusLensProtocol';

const name = (i: number) => `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;

describe('reliability: answers while working', function () {
  this.timeout(120_000);
  let dir: string;
  let client: LspClient | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-busy-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (let i = 0; i < 4000; i++) fs.writeFileSync(path.join(dir, name(i)), ` date 2026-02-25 Tin ${i}\n\nHôm qua ở Hà Nội, Tổng thống Vladimir Putin nói về dầu khí, bản tin ${i}.\n`);
  });
  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hovers an open article before the scan of the corpus is over', async () => {
    client = await LspClient.start({ folder: dir });
    const file = path.join(dir, name(3999));
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri(file), text);
    const line = text.split('\n')[2];
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line: 2, character: line.indexOf('Vladimir Putin') + 2 } });
    assert.equal(client.readyCount, 0, 'the scan was still running');
    assert.match((hover.contents as { value: string }).value, /\*\*Vladimir Putin\*\* · person/);
    await client.ready();
  });

  it('counts the problems of a large corpus in slices, answering meanwhile, to the totals of its diagnostics', async () => {
    // One article in ten with a header written `date:` and 31 February: problems to count.
    for (let i = 0; i < 4000; i += 10) fs.writeFileSync(path.join(dir, name(i)), `date: 2026-02-25 Tin ${i}\n\nNgày 31/2 ở Hà Nội, bài ${i}.   \n`);
    client = await LspClient.start({ folder: dir });
    const statuses: CorpusStatusParams[] = [];
    let settled!: (s: CorpusStatusParams) => void;
    const final = new Promise<CorpusStatusParams>((resolve) => (settled = resolve));
    client.connection.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => {
      statuses.push({ ...p, readyAlready: client!.readyCount > 0 } as CorpusStatusParams);
      if (!p.indexing && client!.readyCount > 0) settled(p);
    });
    await client.ready();
    // The count is under way after the ready notification: a request is answered before it ends.
    await client.request('workspace/symbol', { query: 'x' });
    const last = await final;
    assert.ok(statuses.some((s) => s.indexing && (s as { readyAlready?: boolean }).readyAlready), 'the status said it was still counting after the ready notification');
    // Everything of the scan is published before the ready notification.
    const totals = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const d of client.diagnostics.values()) {
      for (const x of d) totals[(['errors', 'warnings', 'infos', 'hints'] as const)[(x.severity ?? 1) - 1]]++;
    }
    assert.ok(totals.errors >= 400 && totals.warnings >= 400, JSON.stringify(totals));
    assert.deepEqual(last.problems, totals);
    assert.equal(last.articles, 4000);
  });

  it('stops sending the pages of references the client cancelled', async () => {
    client = await LspClient.start({ folder: dir });
    await client.ready();
    const file = path.join(dir, name(1));
    const line = fs.readFileSync(file, 'utf8').split('\n')[2];
    const pages: unknown[][] = [];
    const source = new CancellationTokenSource();
    const sub = client.connection.onProgress(new ProgressType<unknown[]>(), 'refs', (p) => void pages.push(p));
    // Cancelled as soon as it is sent: the server sees the cancel between two pages.
    const pending = client.connection.sendRequest('textDocument/references', { textDocument: { uri: uri(file) }, position: { line: 2, character: line.indexOf('Hà Nội') + 1 }, context: { includeDeclaration: false }, partialResultToken: 'refs' }, source.token);
    source.cancel();
    const answer = await pending.then(
      (r) => r,
      (e: Error) => e,
    );
    // A later request is answered, so every page the server meant to send has arrived.
    await client.request('workspace/symbol', { query: 'x' });
    sub.dispose();
    assert.ok(answer === null || answer instanceof Error || (Array.isArray(answer) && answer.length === 0), String(answer));
    assert.ok(pages.length < 4, `${pages.length} pages of 4 were sent after the cancel`);
  });
});
