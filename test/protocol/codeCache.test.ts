import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_CACHE_ENV } from '../../server/src/protocol/serverProcess';
import { LspClient, uri } from './lspClient';

describe("the server's code cache (V8's, in the folder the client names)", function () {
  this.timeout(60_000);
  let dir: string;
  let folder: string;
  const article = () => path.join(dir, '001_0123456789abcdef.txt');
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-code-cache-'));
    folder = path.join(dir, '.storage', 'code-cache');
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    // One impossible date: the diagnostic the server must still give, from cached code or not.
    fs.writeFileSync(article(), ' date 2026-02-25 Tin một\n\nNgày 31/2 ở Hà Nội.\n');
    fs.writeFileSync(path.join(dir, '002_0123456789abcdee.txt'), ' date 2026-02-25 Tin hai\n\nHôm nay ở Hà Nội.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A start with the cache folder: the index ready, the impossible date reported, and the log line about the cache. */
  async function start(logged: RegExp): Promise<string> {
    const client = await LspClient.start({ folder: dir, env: { [CODE_CACHE_ENV]: folder } });
    try {
      await client.ready();
      await client.waitForDiagnostics(uri(article()), (d) => d.some((x) => x.code === 'date/impossible'), 'the impossible date');
      return await client.waitForLog(logged);
    } finally {
      await client.stop();
    }
  }

  it('is written once the first start has run its rehearsal, used by the next, and written again when damaged', async () => {
    const written = await start(/V8's code cache written/);
    const files = fs.readdirSync(folder);
    assert.equal(files.length, 1, files.join(', '));
    assert.ok(written.endsWith(files[0]), written);
    const file = path.join(folder, files[0]);
    const bytes = fs.readFileSync(file);
    await start(/code came from V8's code cache/);
    // The next start used it and wrote nothing.
    assert.deepEqual(fs.readFileSync(file), bytes);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    await start(/written for the next start \(the one there was damaged/);
    assert.ok(fs.statSync(file).size > bytes.length >> 1);
  });
});
