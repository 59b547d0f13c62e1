import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import type { Corpus } from '../../../server/src/core/config/corpus';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { summarizeArticle } from '../../../server/src/core/summary/articleSummary';
import { indexToSave, restoreIndex } from '../../../server/src/ingest/savedIndex';
import { ArticleStates } from '../../../server/src/workspace/articleStates';

describe('ArticleStates: the states of articles taken as a saved index holds them', () => {
  const TODAY = '2026-11-23';
  const files = ['/c/a.txt', '/c/b.txt', '/c/c.txt'];
  const corpus = { root: '/c', config: defaultConfig() } as Corpus;

  /** An index of the three articles, saved (each with the hash `h-<name>`) and read back. */
  function restored(): CorpusIndex {
    const index = new CorpusIndex();
    for (const f of files) index.apply(summarizeArticle(` date 2026-02-25 Tin\n\nBài ở Huế.\n`, { path: f, config: defaultConfig(), today: TODAY }), false);
    return restoreIndex(structuredClone(indexToSave(index, (p) => `h-${p.slice(3)}`)), TODAY)!.index;
  }

  /** The states with every row of the index taken as saved. */
  function taken(index = restored()): ArticleStates {
    const states = new ArticleStates();
    for (const f of files) states.takeAsSaved(index, corpus, index.savedRowOf(f)!);
    return states;
  }

  it('answers for each article taken, with the saved hash, the index and the corpus, and keeps the state it made', () => {
    const index = restored();
    const states = taken(index);
    assert.equal(states.size, 3);
    assert.deepEqual([...states.madeStates()], []);
    const b = states.get('/c/b.txt')!;
    assert.deepEqual({ path: b.path, hash: b.hash, open: b.open, corpus: b.corpus }, { path: '/c/b.txt', hash: 'h-b.txt', open: false, corpus });
    assert.equal(b.index, index);
    assert.equal(states.get('/c/b.txt'), b);
    assert.deepEqual([...states.madeStates()], [b]);
    assert.equal(states.size, 3);
    assert.equal(states.get('/c/z.txt'), undefined);
    assert.equal(states.has('/c/z.txt'), false);
  });

  it('lists paths, hashes and readable articles without making a state', () => {
    const states = taken();
    assert.deepEqual([...states.keys()].sort(), files);
    assert.equal(states.hashOf('/c/c.txt'), 'h-c.txt');
    assert.deepEqual([...states.readable()].map((r) => [r.path, r.corpus]), files.map((f) => [f, corpus]));
    assert.deepEqual([...states.madeStates()], []);
    // Each state once, whether made before or while listing.
    const a = states.get('/c/a.txt');
    const all = [...states.values()];
    assert.equal(all.length, 3);
    assert.ok(all.includes(a!));
    assert.deepEqual(all.map((s) => s.path).sort(), files);
  });

  it('lets a state set for a taken article replace it, and forgets one deleted', () => {
    const states = taken();
    const open = { path: '/c/a.txt', corpus, open: true };
    states.set('/c/a.txt', open);
    assert.equal(states.size, 3);
    assert.equal(states.get('/c/a.txt'), open);
    assert.equal(states.delete('/c/b.txt'), true);
    assert.equal(states.has('/c/b.txt'), false);
    assert.equal(states.get('/c/b.txt'), undefined);
    assert.equal(states.size, 2);
    assert.deepEqual([...states.keys()], ['/c/a.txt', '/c/c.txt']);
    assert.equal(states.delete('/c/b.txt'), false);
    states.clear();
    assert.equal(states.size, 0);
    assert.deepEqual([...states.keys()], []);
  });

  it('takes a row once, and not for an article whose state is made already', () => {
    const index = restored();
    const states = new ArticleStates();
    const open = { path: '/c/a.txt', corpus, open: true };
    states.set('/c/a.txt', open);
    for (const f of [...files, '/c/c.txt']) states.takeAsSaved(index, corpus, index.savedRowOf(f)!);
    assert.equal(states.size, 3);
    assert.equal(states.get('/c/a.txt'), open);
  });
});
