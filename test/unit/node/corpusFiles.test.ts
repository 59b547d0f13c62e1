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
    }
    // What the fixture says the outer corpus holds: not the excluded, skipped or hidden folders,
    // nor the neighbour whose name starts the same.
    const outer = await listArticles(await loadCorpus(path.join(dir, 'news')), found.files);
    assert.deepEqual(outer.map((f) => path.relative(dir, f).split(path.sep).join('/')), ['news/2024/a.txt', 'news/2024/b.txt', 'news/inner/f.txt']);
  });

  it('gives the files in the order their whole paths sort in, whatever order the folders are read in', async () => {
    // Names that sort differently alone than as the start of a longer path: a folder `a` beside
    // `a.txt` and `a-b` (`.` and `-` sort before the separator), `ab` after `a/`, capitals and
    // accents (by UTF-16 unit), and a deep folder read last among many.
    const root = path.join(dir, 'sorted');
    const names = ['a.txt', 'a/z.txt', 'a/b/c.txt', 'a-b.txt', 'a-b/x.txt', 'ab/y.txt', 'ab.txt', 'B.txt', 'b.txt', 'đà.txt', 'da.txt', 'Đà/a.txt', 'a b.txt', 'a b/q.txt'];
    for (let i = 0; i < 30; i++) names.push(`f${i}/${'d/'.repeat(i % 4)}n${i}.txt`);
    for (const n of names) put(`sorted/${n}`);
    put('sorted/corpus-lens.yaml', '');
    const expected = names.map((n) => path.join(root, n)).sort();
    const found = await findCorpora(root);
    assert.deepEqual(found.files.filter((f) => f.endsWith('.txt')), expected);
    assert.deepEqual(await listArticles(await loadCorpus(root)), expected);
    assert.deepEqual(await listArticles(await loadCorpus(root), found.files), expected);
  });
});
