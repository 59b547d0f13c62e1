import { strict as assert } from 'node:assert';
import { DocRec } from '../../../server/src/core/index/docRec';

describe("a document's lists in bytes (core/index/docRec)", () => {
  // Entity numbers, starts and lengths of every size a varint can take (1 to 5 bytes), all
  // five types, nested and author flags, two mentions at one start, an entity mentioned twice.
  const entities = [3, 200, 70_000, 2_000_000_000];
  const mentions: Array<[entity: number, start: number, lengthAndFlags: number]> = [
    [200, 0, (4 << 5) | 0],
    [3, 17, (9 << 5) | (1 << 3) | 2],
    [70_000, 17, (120 << 5) | 4],
    [2_000_000_000, 300_000, (3 << 5) | (1 << 4) | 1],
    [200, 2_000_000_000, (70_000 << 5) | 3],
  ];
  const surfaces = [3, 5, 1, 200, 9_999_999, 2, 70_000, 0, 1, 2_000_000_000, 128, 1];
  const titles = [200, 16_384, 2, 70_000, 7, 1];
  const doc = DocRec.of('a.txt', 20240101, Int32Array.from(mentions.flat()), Int32Array.from(entities), Int32Array.from(surfaces), Int32Array.from(titles));

  it('gives back every list as it was given', () => {
    assert.deepEqual([...doc.entities], entities);
    assert.deepEqual([...doc.packed], mentions.flat());
    assert.deepEqual([...doc.surfaces], surfaces);
    assert.deepEqual([...doc.titles], titles);
    assert.equal(doc.mentionCount, 5);
    assert.equal(doc.key, 'a.txt');
    assert.equal(doc.date, 20240101);
  });

  it("answers for one entity: its mentions, its titles; nothing for one it doesn't hold", () => {
    assert.deepEqual(doc.mentionsOf(200), [0, 4 << 5, 2_000_000_000, (70_000 << 5) | 3]);
    assert.deepEqual(doc.mentionsOf(70_000), [17, (120 << 5) | 4]);
    assert.deepEqual(doc.mentionsOf(4), []);
    assert.deepEqual(doc.titlesOf(200), [16_384, 2]);
    assert.deepEqual(doc.titlesOf(3), []);
    assert.deepEqual(doc.titlesOf(5), []);
  });

  it('counts one entity\'s mentions, and adds its other entities to co-mention counts', () => {
    assert.deepEqual([200, 3, 70_000, 2_000_000_000, 5].map((e) => doc.countOf(e)), [2, 1, 1, 1, 0]);
    const counts = new Int32Array(300);
    doc.addEntities(counts, 200);
    assert.deepEqual([counts[3], counts[200], counts.reduce((a, b) => a + b, 0)], [1, 0, 1]);
  });

  it('takes other mentions of the same entities and keeps the rest as it was', () => {
    const moved: Array<[number, number, number]> = [
      [3, 5, (9 << 5) | 2],
      [200, 300, (4 << 5) | 0],
      [2_000_000_000, 400_000, (3 << 5) | 1],
    ];
    const after = doc.withMentions(Int32Array.from(moved.flat()));
    assert.deepEqual([...after.packed], moved.flat());
    assert.deepEqual([...after.entities], entities);
    assert.deepEqual([...after.surfaces], surfaces);
    assert.deepEqual([...after.titles], titles);
    assert.equal(after.mentionCount, 3);
    assert.deepEqual(after.mentionsOf(200), [300, 4 << 5]);
    assert.deepEqual(after.titlesOf(70_000), [7, 1]);
    assert.deepEqual([after.key, after.date], ['a.txt', 20240101]);
  });

  it('counts mentions by type, events included', () => {
    const counts = new Float64Array(8);
    doc.countTypes(counts);
    assert.deepEqual([...counts.subarray(0, 5)], [1, 1, 1, 1, 1]);
  });

  it('takes far fewer bytes than 12 a mention for an ordinary article', () => {
    const n = 100;
    const packed = Int32Array.from({ length: n * 3 }, (_, k) => [k % 30, 60 * Math.floor(k / 3), (12 << 5) | 2][k % 3]);
    const list = Int32Array.from({ length: 30 }, (_, i) => i);
    const small = DocRec.of('b.txt', 0, packed, list, new Int32Array(0), new Int32Array(0));
    assert.deepEqual([...small.packed], [...packed]);
    assert.ok(small.bytes.length < 5 * n, `${small.bytes.length} bytes`);
  });

  it('an empty document', () => {
    const empty = DocRec.of('c.txt', 0, new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0));
    assert.deepEqual([...empty.packed], []);
    assert.deepEqual([...empty.entities], []);
    assert.equal(empty.mentionCount, 0);
    assert.deepEqual(empty.mentionsOf(0), []);
  });
});
