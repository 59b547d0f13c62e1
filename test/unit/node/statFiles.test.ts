import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { statFiles } from '../../../server/src/node/statFiles';

describe('stamps of many files (node/statFiles)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-stat-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function files(): string[] {
    const out: string[] = [];
    for (let i = 0; i < 40; i++) {
      const f = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(f, 'x'.repeat(i));
      fs.utimesSync(f, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
      out.push(f);
    }
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    // A folder and a missing file in the middle: no stamp, and the rest stay in their places.
    out.splice(7, 0, path.join(dir, 'folder.txt'), path.join(dir, 'gone.txt'));
    return out;
  }

  for (const [where, minFilesForThread] of [
    ['on a thread of their own', 0],
    ['on the calling thread', Infinity],
  ] as const) {
    it(`gives each file its size and mtime, in order, ${where}, each part as soon as it is in`, async () => {
      const list = files();
      // Five files a message from the thread: each file's stamp is there once it says so.
      const stamps = statFiles(list, minFilesForThread, 5);
      // Two numbers a file: its size (−1 for none), then its mtime.
      assert.equal(stamps.values.length, 2 * list.length);
      for (const upTo of [1, 6, 9, 23, list.length]) {
        await stamps.through(upTo);
        list.slice(0, upTo).forEach((f, i) => {
          if (i === 7 || i === 8) return assert.equal(stamps.values[2 * i], -1, f);
          const n = Number(/a(\d+)\.txt$/.exec(f)![1]);
          assert.deepEqual([stamps.values[2 * i], stamps.values[2 * i + 1]], [n, new Date(2020, 0, 1 + n).getTime()], f);
        });
      }
    });
  }

  it('gives none for no files, at once', async () => {
    const stamps = statFiles([], 0);
    await stamps.through(0);
    assert.equal(stamps.values.length, 0);
  });
});
