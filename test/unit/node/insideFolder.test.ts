// A file is read only when it lies in its corpus, its links followed: both the asynchronous
// check (the server's thread) and the blocking one (the pool threads).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isReallyInside, isReallyInsideSync } from '../../../server/src/node/insideFolder';

describe('isReallyInside (node/insideFolder)', () => {
  let dir: string;
  let corpus: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-inside-'));
    corpus = path.join(dir, 'corpus');
    fs.mkdirSync(path.join(corpus, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(corpus, 'sub', 'a.txt'), 'a');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 's');
    fs.writeFileSync(path.join(dir, 'corpus-other.txt'), 'x');
    fs.symlinkSync(path.join(corpus, 'sub', 'a.txt'), path.join(corpus, 'inner-link.txt'));
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(corpus, 'outer-link.txt'));
    // A name that starts like the corpus folder but lies beside it.
    fs.symlinkSync(path.join(dir, 'corpus-other.txt'), path.join(corpus, 'sibling-link.txt'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, inside] of [
    ['async', isReallyInside],
    ['blocking', async (f: string, folder: string) => isReallyInsideSync(f, folder)],
  ] as const) {
    it(`${name}: a file or a link into the corpus is inside; a link out of it is not`, async () => {
      assert.equal(await inside(path.join(corpus, 'sub', 'a.txt'), corpus), true);
      assert.equal(await inside(path.join(corpus, 'inner-link.txt'), corpus), true);
      assert.equal(await inside(path.join(corpus, 'outer-link.txt'), corpus), false);
      assert.equal(await inside(path.join(corpus, 'sibling-link.txt'), corpus), false);
      // Gone: the reader says so, not this check.
      assert.equal(await inside(path.join(corpus, 'gone.txt'), corpus), true);
    });
  }
});
