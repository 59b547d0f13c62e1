import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { PathRows } from '../../../server/src/core/index/pathRows';

describe('PathRows', () => {
  it('answers as a Map of path to row would, through any deletions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('/c/a.txt', '/c/b.txt', '/c/bài số 1.txt', '')), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.boolean(),
        (given, deletions, sorted) => {
          // In ascending order, a table is searched in place; in any other, through its slots.
          const paths = sorted ? [...given].sort() : given;
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

  it('finds the paths of an ascending table asked in its order, in another, and as copies of their strings', () => {
    const paths = Array.from({ length: 5000 }, (_, i) => `/corpus/${String(i % 50).padStart(3, '0')}/${String(i).padStart(6, '0')}.txt`).sort();
    const rows = new PathRows(paths);
    // A listing's strings are its own: equal to the table's, not the same objects.
    const copy = (p: string) => p.split('').join('');
    paths.forEach((p, i) => assert.equal(rows.get(copy(p)), i));
    for (let i = paths.length - 1; i >= 0; i -= 3) assert.equal(rows.get(copy(paths[i])), i);
    assert.equal(rows.get('/corpus/000/000000.tx'), undefined);
    assert.equal(rows.get('/corpus/049/004999.txt!'), undefined);
    assert.equal(rows.delete(copy(paths[10])), true);
    assert.equal(rows.get(paths[10]), undefined);
    assert.equal(rows.get(paths[11]), 11);
    assert.equal(rows.size, 4999);
  });

  it('finds each of 100,000 paths that differ only at their end', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `/corpus/2024/${String(i).padStart(6, '0')}_${(i * 2654435761 >>> 0).toString(16).padStart(16, '0')}.txt`);
    const rows = new PathRows(paths);
    for (let i = 0; i < paths.length; i += 7) assert.equal(rows.get(paths[i]), i);
    assert.equal(rows.get('/corpus/2024/100000_0000000000000000.txt'), undefined);
    assert.equal(rows.size, 100_000);
  });
});
