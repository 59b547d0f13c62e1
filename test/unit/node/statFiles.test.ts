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
    it(`gives each file its size and mtime, in order, ${where}`, async () => {
      const list = files();
      const stamps = await statFiles(list, minFilesForThread);
      // Two numbers a file: its size (−1 for none), then its mtime.
      assert.equal(stamps.length, 2 * list.length);
      list.forEach((f, i) => {
        if (i === 7 || i === 8) return assert.equal(stamps[2 * i], -1, f);
        const n = Number(/a(\d+)\.txt$/.exec(f)![1]);
        assert.deepEqual([stamps[2 * i], stamps[2 * i + 1]], [n, new Date(2020, 0, 1 + n).getTime()], f);
      });
    });
  }
});
