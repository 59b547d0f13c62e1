import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { compactViews } from '../../../server/src/node/compactViews';

describe('compactViews', () => {
  it('moves the arrays that view the read bytes into a buffer of their own, keeping their values', () => {
    const original = {
      a: Int32Array.from([1, -2, 3]),
      list: [Uint8Array.from([7, 8, 9]), 'text', { deep: Float64Array.from([0.5, 1.5]) }],
      byKey: new Map([['k', Uint16Array.from([65535, 1])]]),
      same: undefined as unknown,
    };
    original.same = original.list;
    const bytes = v8.serialize(original);
    const value = v8.deserialize(bytes);
    assert.equal(value.list[0].buffer, bytes.buffer, 'v8 gives views of the bytes it read');
    const outside = new Int32Array(4);
    value.outside = outside;
    const views = () => [value.a, value.list[0], value.list[2].deep, value.byKey.get('k')];
    // (v8 copies an array it cannot view at its alignment.)
    const viewing = views().map((v) => v.buffer === bytes.buffer);
    compactViews(value, bytes.buffer);
    for (const v of views()) assert.notEqual(v.buffer, bytes.buffer);
    assert.equal(new Set(views().filter((_, i) => viewing[i]).map((v) => v.buffer)).size, 1, 'one buffer for the views');
    assert.equal(value.outside, outside, 'an array of another buffer is left as it is');
    assert.deepEqual({ ...value, outside: undefined }, { ...original, outside: undefined });
    assert.equal(value.same, value.list);
  });

  it('leaves a value without such arrays as it is', () => {
    const value = { a: [1, 2], b: new Int8Array(2) };
    compactViews(value, new ArrayBuffer(8));
    assert.deepEqual(value, { a: [1, 2], b: new Int8Array(2) });
  });
});
