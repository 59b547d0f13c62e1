import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { PathRows } from '../../../server/src/core/index/pathRows';

describe('PathRows', () => {
  it('answers as a Map of path to row would, through any deletions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('/c/a.txt', '/c/b.txt', '/c/bài số 1.txt', '')), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (paths, deletions) => {
          const rows = new PathRows(paths);
          const map = new Map(paths.map((p, i) => [p, i]));
          const probes = [...paths, 'not there', '/c/c.txt'];
          for (const d of [...deletions, -1]) {
            if (d >= 0) {
              const p = probes[d % probes.length];
              assert.equal(rows.delete(p), map.delete(p), `delete ${p}`);
            }
            assert.equal(rows.size, map.size);
            assert.deepEqual([...rows.keys()], [...map.keys()]);
            for (const p of probes) {
              assert.equal(rows.get(p), map.get(p), `get ${p}`);
              assert.equal(rows.has(p), map.has(p));
            }
          }
        },
      ),
    );
  });

  it('finds each of 100,000 paths that differ only at their end', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `/corpus/2024/${String(i).padStart(6, '0')}_${(i * 2654435761 >>> 0).toString(16).padStart(16, '0')}.txt`);
    const rows = new PathRows(paths);
    for (let i = 0; i < paths.length; i += 7) assert.equal(rows.get(paths[i]), i);
    assert.equal(rows.get('/corpus/2024/100000_0000000000000000.txt'), undefined);
    assert.equal(rows.size, 100_000);
  });
});
