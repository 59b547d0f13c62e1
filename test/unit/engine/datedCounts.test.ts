import { strict as assert } from 'node:assert';
import { DatedCounts } from '../../../server/src/core/index/datedCounts';

function pairsOf(d: DatedCounts): Array<[number, number]> {
  return Array.from({ length: d.size }, (_, i) => [d.dateAt(i), d.countAt(i)]);
}

describe('DatedCounts', () => {
  it('keeps the dates sorted whatever order they come in, adding counts of a date seen again', () => {
    const d = new DatedCounts();
    d.add(20240505, 1);
    d.add(20230101, 2);
    d.add(0, 1);
    d.add(20240505, 3);
    d.add(20231231, 1);
    assert.deepEqual(pairsOf(d), [
      [0, 1],
      [20230101, 2],
      [20231231, 1],
      [20240505, 4],
    ]);
  });

  it('lets a date go when its count is taken away, and ignores a date it does not hold', () => {
    const d = new DatedCounts();
    d.add(20240101, 2);
    d.add(20240102, 1);
    d.subtract(20240101, 1);
    assert.deepEqual(pairsOf(d), [
      [20240101, 1],
      [20240102, 1],
    ]);
    d.subtract(20240101, 1);
    d.subtract(20991231, 5);
    assert.deepEqual(pairsOf(d), [[20240102, 1]]);
    d.subtract(20240102, 1);
    assert.equal(d.size, 0);
  });

  it('agrees with a Map of date to count over many random changes, and saves what it reads back', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const d = new DatedCounts();
    const model = new Map<number, number>();
    for (let step = 0; step < 5000; step++) {
      const date = 20200101 + (next() % 60);
      const count = 1 + (next() % 3);
      if (next() % 3 === 0) {
        d.subtract(date, count);
        const left = (model.get(date) ?? 0) - count;
        if (left > 0) model.set(date, left);
        else model.delete(date);
      } else {
        d.add(date, count);
        model.set(date, (model.get(date) ?? 0) + count);
      }
    }
    assert.deepEqual(pairsOf(d), [...model].sort((a, b) => a[0] - b[0]));
    const saved = new Int32Array(1 + 2 * d.size + 3);
    const end = d.writeTo(saved, 3);
    assert.equal(end, saved.length);
    assert.deepEqual(pairsOf(DatedCounts.fromPairs(saved, 4, saved[3])), pairsOf(d));
  });
});
