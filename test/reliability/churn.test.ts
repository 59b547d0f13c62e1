// Files created, changed and deleted and documents edited while the server scans: once things
// settle, every article's problems and every reference are what a server started afresh on
// the final state reports.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Location } from 'vscode-languageserver-protocol';

import { LspClient, uri } from '../protocol/lspClient';

const N = 600;
const name = (i: number) => `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;
// Each kind of article has its own problems, so a stale result shows.
const kinds = [
  (i: number) => ` date 2026-02-25 Tin ${i}\n\nNgày 24/2 ở Hà Nội, bài ${i}.\n`,
  (i: number) => `date: 2026-02-25 Tin ${i}\n\nNgày 31/2 ở Hà Nội, bài ${i}.\n`,
  (i: number) => ` date 2026-02-25 Tin ${i}\n\nỞ Hà Nội và Đà Nẵng, bài ${i}.   \n`,
];
const codes = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => String(x.code)).sort().join(',');

describe('reliability: churn during the scan ends equal to a fresh index', function () {
  this.timeout(120_000);
  let dir: string;
  const clients: LspClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('agrees with a fresh server on every article and on references', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-churn-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(dir, name(i)), kinds[i % 3](i));
    const storm = await LspClient.start({ folder: dir });
    clients.push(storm);
    const notify = (changes: Array<{ file: string; type: 1 | 2 | 3 }>) =>
      storm.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.file), type: c.type })) });
    // While it scans: 40 created, 40 changed to another kind, 40 deleted; 3 documents opened and edited.
    const open = [name(5), name(6), name(7)].map((n) => path.join(dir, n));
    for (const [k, f] of open.entries()) await storm.open(uri(f), kinds[(k + 1) % 3](900 + k));
    for (let r = 0; r < 40; r++) {
      const created = path.join(dir, name(N + r));
      fs.writeFileSync(created, kinds[r % 3](N + r));
      const changed = path.join(dir, name(100 + r));
      fs.writeFileSync(changed, kinds[(100 + r + 1) % 3](100 + r));
      const deleted = path.join(dir, name(300 + r));
      fs.rmSync(deleted);
      await notify([
        { file: created, type: 1 },
        { file: changed, type: 2 },
        { file: deleted, type: 3 },
      ]);
      for (const [k, f] of open.entries()) await storm.change(uri(f), kinds[(k + r) % 3](900 + k), 2 + r);
    }
    const finalOpen = open.map((f, k) => ({ f, text: kinds[(k + 39) % 3](900 + k) }));
    await storm.ready();

    // A fresh server on what the disk holds now, with the same documents open.
    const fresh = await LspClient.start({ folder: dir });
    clients.push(fresh);
    await fresh.ready();
    for (const { f, text } of finalOpen) await fresh.open(uri(f), text);
    // Everything of the scan is published before the ready notification, and an open
    // document's problems before the answer to a later request.
    await fresh.request('workspace/symbol', { query: 'x' });
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
    const expected = new Map(files.map((f) => [uri(f), codes(fresh.diagnostics.get(uri(f)))]));
    for (let r = 0; r < 40; r++) expected.set(uri(path.join(dir, name(300 + r))), '');
    assert.ok([...expected.values()].filter((c) => c !== '').length > N / 2, 'the fixture has problems to compare');
    for (const [u, want] of expected) {
      // A file never published is clean; one that was must be published again, clean.
      if (want === '' && !storm.diagnostics.get(u)?.length) continue;
      await storm.waitForDiagnostics(u, (d) => codes(d) === want, `${path.basename(u)} to settle on '${want}'`);
    }
    // References to Hà Nội from the same place agree too.
    const at = files.find((f) => !open.includes(f))!;
    const line = fs.readFileSync(at, 'utf8').split('\n')[2];
    const params = { textDocument: { uri: uri(at) }, position: { line: 2, character: line.indexOf('Hà Nội') + 1 }, context: { includeDeclaration: false } };
    const key = (l: Location) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    const a = (await storm.request<Location[]>('textDocument/references', params)).map(key).sort();
    const b = (await fresh.request<Location[]>('textDocument/references', params)).map(key).sort();
    assert.deepEqual(a, b);
    assert.ok(a.length > N / 2);
  });
});
