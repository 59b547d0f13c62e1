// A corpus's listing picked from the files of the walk that found its root is the listing a walk
// of the root gives: the same tree under the same rules (skipped folders, hidden ones, the
// corpus's include and exclude), a nested corpus included.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findCorpora, findCorpusRoots, listArticles, loadCorpus } from '../../../server/src/node/corpusFiles';

describe('corpus listing (node/corpusFiles)', () => {
  let dir: string;
  const put = (rel: string, text = 'x') => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-list-'));
    put('news/corpus-lens.yaml', 'exclude: ["drafts/**"]\n');
    put('news/2024/a.txt');
    put('news/2024/b.txt');
    put('news/drafts/c.txt');
    put('news/node_modules/d.txt');
    put('news/.hidden/e.txt');
    put('news/notes.md');
    put('news/inner/corpus-lens.yaml', '');
    put('news/inner/f.txt');
    put('news-other/g.txt');
    put('loose.txt');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the roots a walk finds, and lists each from that walk as a walk of its own would', async () => {
    const found = await findCorpora(dir);
    assert.deepEqual(found.roots, [path.join(dir, 'news'), path.join(dir, 'news', 'inner')]);
    assert.deepEqual(found.roots, await findCorpusRoots(dir));
    for (const root of found.roots) {
      const corpus = await loadCorpus(root);
      const walkedAgain = await listArticles(corpus);
      assert.deepEqual(await listArticles(corpus, found.files), walkedAgain, root);
      // A walk meets the files in the folders' own order, which is no order.
      assert.deepEqual(await listArticles(corpus, [...found.files].reverse()), walkedAgain, root);
    }
    // What the fixture says the outer corpus holds: not the excluded, skipped or hidden folders,
    // nor the neighbour whose name starts the same.
    const outer = await listArticles(await loadCorpus(path.join(dir, 'news')), found.files);
    assert.deepEqual(outer.map((f) => path.relative(dir, f).split(path.sep).join('/')), ['news/2024/a.txt', 'news/2024/b.txt', 'news/inner/f.txt']);
  });
});
