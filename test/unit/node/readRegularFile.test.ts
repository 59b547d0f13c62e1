import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readRegularFile, readRegularFileSync } from '../../../server/src/node/readRegularFile';

describe('reading only regular files (node/readRegularFile)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-read-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, read] of [
    ['async', readRegularFile],
    ['sync', async (p: string, o: { maxBytes: number }) => readRegularFileSync(p, o)],
  ] as const) {
    describe(name, () => {
      it('reads a regular file and a link to one', async () => {
        const f = path.join(dir, 'a.txt');
        fs.writeFileSync(f, 'Hà Nội\n');
        fs.symlinkSync(f, path.join(dir, 'link.txt'));
        for (const p of [f, path.join(dir, 'link.txt')]) {
          const r = await read(p, { maxBytes: 100 });
          assert.ok(r.ok);
          assert.equal(r.bytes.toString('utf8'), 'Hà Nội\n');
        }
      });

      it('refuses a FIFO at once, without waiting for a writer', async () => {
        const fifo = path.join(dir, '001_0123456789abcdef.txt');
        execFileSync('mkfifo', [fifo]);
        const r = await read(fifo, { maxBytes: 100 });
        assert.deepEqual(r, { ok: false, reason: 'it is a named pipe (FIFO), not a regular file', missing: false });
      });

      it('refuses devices and folders, and says a missing file is missing', async () => {
        assert.deepEqual(await read('/dev/urandom', { maxBytes: 100 }), { ok: false, reason: 'it is a character device, not a regular file', missing: false });
        assert.deepEqual(await read(dir, { maxBytes: 100 }), { ok: false, reason: 'it is a folder, not a regular file', missing: false });
        const missing = await read(path.join(dir, 'nope.yaml'), { maxBytes: 100 });
        assert.equal(missing.ok, false);
        assert.equal(!missing.ok && missing.missing, true);
      });

      it('refuses a file over the limit, naming the limit', async () => {
        const f = path.join(dir, 'big.txt');
        fs.writeFileSync(f, Buffer.alloc(3 * 1024, 0x61));
        assert.deepEqual(await read(f, { maxBytes: 2048 }), { ok: false, reason: 'it is 3 KiB, larger than the 2 KiB limit', missing: false });
        const fits = await read(f, { maxBytes: 3 * 1024 });
        assert.ok(fits.ok && fits.bytes.length === 3 * 1024);
      });

      it('reads on past the size the file had when opened, up to the limit', async function () {
        // A /proc file says it is empty and is not: as a file that grew after it was opened.
        const status = '/proc/self/status';
        if (!fs.existsSync(status) || fs.statSync(status).size !== 0) this.skip();
        const r = await read(status, { maxBytes: 1 << 20 });
        assert.ok(r.ok && /^Name:/.test(r.bytes.toString('utf8')) && r.bytes.toString('utf8').includes('\nPid:'));
        const over = await read(status, { maxBytes: 16 });
        assert.equal(over.ok, false);
        assert.match(!over.ok ? over.reason : '', /16 bytes/);
      });
    });
  }
});
