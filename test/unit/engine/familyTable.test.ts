import { strict as assert } from 'node:assert';
import { FamilyTable } from '../../../server/src/core/index/familyTable';

/** What the table stands for: a Map from `${a}:${b}` to family number, in its order of setting. */
function agrees(t: FamilyTable, model: Map<string, number>, keys: Array<[number, number]>, why: string): void {
  assert.equal(t.size, model.size, why);
  for (const [a, b] of keys) assert.equal(t.get(a, b), model.get(`${a}:${b}`) ?? -1, `${a}:${b} ${why}`);
  assert.deepEqual([...t.families()], [...model.values()], why);
  for (const [key, f] of model) assert.equal(`${t.firstOf(f)}:${t.secondOf(f)}`, key, why);
}

/** Renumbered as DuplicateIndex.toState does: those in the table 0, 1, … in their order. */
function saved(t: FamilyTable, length: number): FamilyTable {
  const numbers = new Int32Array(length).fill(-1);
  let n = 0;
  for (const f of t.families()) numbers[f] = n++;
  return FamilyTable.fromState(structuredClone(t.toState(numbers, n)));
}

describe('family table (core/index/familyTable)', () => {
  it('finds a family by its two hashes, forgets it, and takes its number again', () => {
    const t = new FamilyTable();
    assert.equal(t.get(1, 2), -1);
    t.set(0, 1, 2);
    t.set(1, 2, 1);
    t.set(2, 0xffffffff, 0x80000000);
    assert.equal(t.get(1, 2), 0);
    assert.equal(t.get(2, 1), 1);
    // fmix32 gives unsigned hashes; the same bits as signed find the same family.
    assert.equal(t.get(-1, -0x80000000), 2);
    assert.equal(t.size, 3);
    t.delete(0);
    assert.equal(t.get(1, 2), -1);
    assert.equal(t.get(2, 1), 1);
    // Its hashes stay (a family saved with no members keeps them).
    assert.equal(t.firstOf(0), 1);
    t.set(0, 7, 8);
    assert.equal(t.get(7, 8), 0);
    assert.deepEqual([...t.families()], [1, 2, 0]);
    assert.throws(() => t.delete(5), /not in the table/);
  });

  it('agrees with a Map through sets and deletes of colliding keys, growth, renames and restarts', () => {
    let seed = 5;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    // Same home slot for many keys (the low bits of a, b 0), and pairs that share one hash.
    const keys: Array<[number, number]> = [];
    for (let i = 0; i < 200; i++) keys.push([(i << 16) >>> 0, 0], [7, i], [i, 7]);
    let t = new FamilyTable();
    const model = new Map<string, number>();
    const free: number[] = [];
    let length = 0;
    for (let step = 0; step < 30_000; step++) {
      const [a, b] = keys[rand(keys.length)];
      const f = model.get(`${a}:${b}`);
      if (f === undefined) {
        const g = free.pop() ?? length++;
        t.set(g, a, b);
        model.set(`${a}:${b}`, g);
      } else if (rand(4) === 0) {
        // Renamed: the same number under new hashes, last in the order (sameButHash).
        const [c, d] = keys[rand(keys.length)];
        if (model.has(`${c}:${d}`)) continue;
        t.delete(f);
        model.delete(`${a}:${b}`);
        t.set(f, c, d);
        model.set(`${c}:${d}`, f);
      } else {
        t.delete(f);
        model.delete(`${a}:${b}`);
        free.push(f);
      }
      if (step % 1009 === 0) agrees(t, model, keys, `at step ${step}`);
      if (step % 4001 === 4000) {
        // Read back renumbered, as a saved index: numbers 0… in order, none free.
        t = saved(t, length);
        const renumbered = [...model.keys()];
        model.clear();
        renumbered.forEach((key, n) => model.set(key, n));
        length = renumbered.length;
        free.length = 0;
        agrees(t, model, keys, `restored at step ${step}`);
      }
    }
    agrees(t, model, keys, 'at the end');
  });

  it('keeps the slots it was saved with, and grows the columns of a table read back', () => {
    const t = new FamilyTable();
    for (let f = 0; f < 100; f++) t.set(f, f * 0x9e3779b1, f);
    const numbers = Int32Array.from({ length: 100 }, (_, f) => f);
    const s = t.toState(numbers, 100);
    assert.equal(s.slots.length, 256);
    assert.equal(s.first.length, 100);
    const r = FamilyTable.fromState(s);
    assert.equal(r.size, 100);
    r.set(100, 1, 1);
    assert.equal(r.get(1, 1), 100);
    assert.equal(r.get((50 * 0x9e3779b1) >>> 0, 50), 50);
    assert.throws(() => FamilyTable.fromState({ ...s, slots: new Int32Array(100) }), /damaged/);
  });
});
