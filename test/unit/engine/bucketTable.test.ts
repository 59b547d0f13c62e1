import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { BucketTable } from '../../../server/src/core/index/bucketTable';

const CAP = 4;

/** The buckets as a Map would keep them: the model the table must agree with. */
class ModelBuckets {
  readonly map = new Map<number, number[]>();
  add(key: number, id: number): void {
    const ids = this.map.get(key);
    if (!ids) this.map.set(key, [id]);
    else if (ids.length < CAP) ids.push(id);
  }
  remove(key: number, id: number): void {
    const ids = this.map.get(key);
    if (!ids) return;
    const i = ids.indexOf(id);
    if (i >= 0) ids.splice(i, 1);
    if (ids.length === 0) this.map.delete(key);
  }
}

function asList(v: number | Iterable<number> | undefined): number[] | undefined {
  return v === undefined ? undefined : typeof v === 'number' ? [v] : [...v];
}

describe('BucketTable', () => {
  it('holds one id bare and several as a list, and lets a bucket go when its last id goes', () => {
    const t = new BucketTable();
    t.add(7, 1, CAP);
    assert.equal(t.get(7), 1);
    t.add(7, 2, CAP);
    assert.deepEqual(t.get(7), [1, 2]);
    t.remove(7, 1);
    assert.equal(t.get(7), 2);
    t.remove(7, 2);
    assert.equal(t.get(7), undefined);
    assert.equal(t.size, 0);
    assert.throws(() => t.add(1, 0, CAP), /start at 1/);
  });

  it('agrees with a Map through adds and removes that collide, grow the table and shift entries back', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const t = new BucketTable();
    const model = new ModelBuckets();
    // Few distinct low bits: long probe runs, removals in the middle of them.
    const keys = Array.from({ length: 300 }, (_, i) => ((i % 7) + (i << 12)) >>> 0);
    for (let step = 0; step < 20_000; step++) {
      const key = keys[rand(keys.length)];
      const id = 1 + rand(6);
      if (rand(3) === 0) {
        t.remove(key, id);
        model.remove(key, id);
      } else {
        t.add(key, id, CAP);
        model.add(key, id);
      }
      if (step % 997 === 0) for (const k of keys) assert.deepEqual(asList(t.get(k)), model.map.get(k), `key ${k} at step ${step}`);
    }
    assert.equal(t.size, model.map.size);
    for (const k of keys) assert.deepEqual(asList(t.get(k)), model.map.get(k));
  });

  it('comes back from its state with the same buckets, and goes on the same', () => {
    const t = new BucketTable();
    for (let i = 1; i <= 500; i++) t.add((i * 2654435761) >>> 0, i, CAP);
    for (let i = 1; i <= 50; i++) t.add((i * 2654435761) >>> 0, 1000 + i, CAP);
    for (let i = 1; i <= 30; i++) t.remove((i * 2654435761) >>> 0, i);
    const back = BucketTable.fromState(v8.deserialize(v8.serialize(t.toState())));
    assert.deepEqual(back.toState(), t.toState());
    // Its lists as read back (kept packed until their bucket changes) answer as the original's.
    for (let i = 1; i <= 500; i++) assert.deepEqual(asList(back.get((i * 2654435761) >>> 0)), asList(t.get((i * 2654435761) >>> 0)));
    for (const x of [t, back]) {
      for (let i = 1; i <= 100; i++) x.add((i * 40503) >>> 0, 2000 + i, CAP);
      for (let i = 40; i <= 60; i++) x.remove((i * 2654435761) >>> 0, 1000 + i);
      // New lists, numbered after those read back, beside lists read back and changed.
      for (let i = 100; i <= 120; i++) x.add((i * 2654435761) >>> 0, 3000 + i, CAP);
      for (let i = 45; i <= 50; i++) x.add((i * 2654435761) >>> 0, 4000 + i, CAP);
    }
    for (let i = 1; i <= 500; i++) assert.deepEqual(asList(back.get((i * 2654435761) >>> 0)), asList(t.get((i * 2654435761) >>> 0)));
    assert.deepEqual(back.toState(), t.toState());
    assert.throws(() => BucketTable.fromState({ ...t.toState(), keys: new Uint32Array(24) }), /damaged/);
  });
});
