import { strict as assert } from 'node:assert';
import { SearchQuery, SearchText, bestHits, joinSearchKeys } from '../../../server/src/core/index/searchRanking';

describe('search ranking', () => {
  const keys = joinSearchKeys(['ha noi', 'thu do ha noi', 'hanoi']);

  it('ranks a name by its best key', () => {
    assert.equal(new SearchQuery('ha noi').rank(keys), 0);
    assert.equal(new SearchQuery('han').rank(keys), 1);
    assert.equal(new SearchQuery('do ha').rank(keys), 2);
    assert.equal(new SearchQuery('a no').rank(keys), 3);
    assert.equal(new SearchQuery('noi thu').rank(keys), 4);
    assert.equal(new SearchQuery('').rank(keys), 3);
  });

  it('never matches across two keys', () => {
    // `noi` ends one key and `thu` starts the next: no key holds `noi thu`, nor `i\u0001t`.
    assert.equal(new SearchQuery('i\u0001t').rank(keys), 4);
    assert.equal(new SearchQuery('noi\u0001').rank(keys), 2);
  });

  it("finds the names whose keys hold a query, each once, in the names' order", () => {
    const names = [['ha noi', 'thu do'], ['hai phong'], ['noi bai'], [], ['hanoi', 'ha noi cu']];
    const text = SearchText.of(names.map(joinSearchKeys));
    assert.deepEqual(text.matches('ha'), [0, 1, 4]);
    assert.deepEqual(text.matches('noi'), [0, 2, 4]);
    // (`noi` ends the first name and `thu` starts its next key; `do` ends it and `hai` starts the next name.)
    assert.deepEqual(text.matches('noi thu'), []);
    assert.deepEqual(text.matches('do hai'), []);
    assert.deepEqual(text.matches('cu'), [4]);
    assert.deepEqual(text.matches('xyz'), []);
    assert.deepEqual(text.matches(''), [0, 1, 2, 3, 4]);
    // The same as ranking every name one by one.
    for (const q of ['a', 'h', 'i', 'noi b', 'ha noi', 'o']) {
      assert.deepEqual(text.matches(q), names.flatMap((n, j) => (new SearchQuery(q).rank(joinSearchKeys(n)) < 4 ? [j] : [])), q);
    }
  });

  it('keeps the best few in the order a full sort gives', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const n = random(300);
      const ranks = Array.from({ length: n }, () => random(4));
      // Few distinct counts, so that many hits tie on rank and mentions.
      const mentions = Array.from({ length: n }, () => (random(5) === 0 ? random(2 ** 40) : random(6)));
      const names = Array.from({ length: n }, (_, i) => `k${random(50)}-${i}`);
      const limit = random(60);
      const expected = names
        .map((_, i) => i)
        .sort((a, b) => ranks[a] - ranks[b] || mentions[b] - mentions[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0))
        .slice(0, limit);
      assert.deepEqual(bestHits(ranks, mentions, (i) => names[i], limit), expected);
    }
  });
});
