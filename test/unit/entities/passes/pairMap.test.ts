import { strict as assert } from 'node:assert';
import { PairMap } from '../../../../server/src/core/entities/passes/pairMap';

describe('PairMap', () => {
  it('maps pairs of integers, the order of the pair counting', () => {
    const m = new PairMap<string>();
    m.set(1, 2, 'a');
    m.set(2, 1, 'b');
    m.set(1, -1, 'alone');
    assert.equal(m.get(1, 2), 'a');
    assert.equal(m.get(2, 1), 'b');
    assert.equal(m.get(1, -1), 'alone');
    assert.equal(m.get(2, 2), undefined);
    assert.equal(m.get(0, 0), undefined);
    m.set(1, 2, 'c');
    assert.equal(m.get(1, 2), 'c');
    assert.equal(m.size, 3);
  });

  it('keeps every pair as it grows', () => {
    const m = new PairMap<number>();
    for (let a = 0; a < 100; a++) for (let b = -1; b < 20; b++) m.set(a, b, a * 100 + b);
    assert.equal(m.size, 100 * 21);
    for (let a = 0; a < 100; a++) for (let b = -1; b < 20; b++) assert.equal(m.get(a, b), a * 100 + b);
    assert.equal(m.get(100, 0), undefined);
    assert.equal([...m.entries()].length, 100 * 21);
  });
});
