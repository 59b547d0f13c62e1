import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_ENV } from '../../server/src/protocol/serverProcess';
import { LspClient } from './lspClient';

describe('after a scan', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-memory-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tin một\n\nHôm nay ở Hà Nội.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("the server hands the scan's garbage back to the system and says what it holds now", async () => {
    // As the extension starts it (the allocator's settings), and as Neovim may (without them).
    for (const env of [SERVER_ENV, {}]) {
      const client = await LspClient.start({ folder: dir, env: { ...env } });
      try {
        await client.ready();
        const line = await client.waitForLog(/memory after the scan/);
        const m = /memory after the scan (\d+) → (\d+) MB \(a full collection and a compaction, \d+ ms\)/.exec(line);
        assert.ok(m, line);
        // A server's resident size is tens of megabytes at least (Node.js alone is about 40).
        assert.ok(Number(m[1]) >= 20 && Number(m[2]) >= 20, line);
      } finally {
        await client.stop();
      }
    }
  });
});
