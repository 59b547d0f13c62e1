import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { displayPath } from '../../../server/src/cli/collectArticles';
import { articleMatcher, isPlainRelative } from '../../../server/src/node/corpusFiles';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import type { Corpus } from '../../../server/src/core/config/corpus';
import { globMatcher } from '../../../server/src/core/config/glob';

// The listing of 100,000 files skips path.relative and path.join where they change nothing:
// what it shows and what it selects must be what they give.

const FILES = ['/c/a.txt', '/c/000/000001_ab.txt', '/c/x/../y.txt', '/c/./z.txt', '/c//w.txt', '/c/.hidden/q.txt', '/c/..txt', '/c/...', '/c', '/c/', '/other/a.txt', '/cc/a.txt'];

describe('path shortcuts of the listing', () => {
  it('tells a plain relative rest from one path.relative would change', () => {
    assert.equal(isPlainRelative('/c/000/a.txt', 3), true);
    assert.equal(isPlainRelative('/c/.hidden/a.txt', 3), true);
    for (const p of ['/c/x/../y.txt', '/c/./z.txt', '/c//w.txt', '/c/a/', '/c/']) assert.equal(isPlainRelative(p, 3), false, p);
  });

  it('shows a file as path.join(given, path.relative(folder, file)) does', () => {
    for (const given of ['/c', './c', 'c/', '.', '/', '../c/./']) {
      const abs = given === '/' ? '/' : '/c';
      const shown = path.join(given, '.');
      for (const f of FILES) {
        if (!f.startsWith(abs === '/' ? '/' : abs + '/')) continue;
        assert.equal(displayPath(given, shown, abs, f), path.join(given, path.relative(abs, f)), `${given} ${f}`);
      }
    }
  });

  it('selects the same files as the matcher on path.relative', () => {
    const corpus = { root: '/c', config: { ...defaultConfig(), include: ['**/*.txt', '*'], exclude: ['y.txt'] } } as unknown as Corpus;
    const isArticle = articleMatcher(corpus);
    // As the matcher was written before the shortcut.
    const include = globMatcher(['**/*.txt', '*'], { dot: false });
    const exclude = globMatcher(['y.txt'], { dot: true });
    const slow = (p: string) => {
      const rel = path.relative('/c', p).split(path.sep).join('/');
      if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return include(rel) && !exclude(rel);
    };
    for (const f of FILES) assert.equal(isArticle(f), slow(f), f);
  });
});
