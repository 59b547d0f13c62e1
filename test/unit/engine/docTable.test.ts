import { strict as assert } from 'node:assert';
import { DocTable } from '../../../server/src/core/index/docTable';

describe("the indexed documents' lists in bytes (core/index/docTable, docLists)", () => {
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
  /** The entities' own types: entity 70,000's mention and entity 200's first have theirs (and
   *  no flags), the others a flag or another type. */
  const entityTypes = new Map([[3, 2], [200, 0], [70_000, 4], [2_000_000_000, 1]]);
  const typeOf = (e: number) => entityTypes.get(e) ?? 0;
  /** The document as made from its lists, and as a warm start holds it: in the middle of the
   *  saved array, after a free number. */
  function tables() {
    const made = new DocTable(typeOf);
    made.set(0, 'a.txt', 20240101, Int32Array.from(mentions.flat()), Int32Array.from(entities), Int32Array.from(surfaces), Int32Array.from(titles));
    const lengths = new Int32Array(4);
    const own = made.listsOf(0, lengths, 0);
    const savedArray = new Uint8Array(own.length + 10).fill(0xff);
    savedArray.set(own, 7);
    const restored = new DocTable(typeOf);
    restored.addFree();
    restored.addSaved('a.txt', 20240101, savedArray, 7, lengths[0], lengths[1], lengths[2], lengths[3]);
    return { made, restored, own, lengths, savedArray };
  }
  const { made, restored, own, lengths } = tables();

  for (const [how, docs, id] of [['made', made, 0], ['saved', restored, 1]] as const) {
    describe(`a document ${how}`, () => {
      it('gives back every list as it was given', () => {
        assert.deepEqual([...docs.entities(id)], entities);
        assert.deepEqual([...docs.packed(id)], mentions.flat());
        assert.deepEqual([...docs.surfaces(id)], surfaces);
        assert.deepEqual([...docs.titles(id)], titles);
        assert.equal(docs.mentionCount(id), 5);
        assert.equal(docs.key(id), 'a.txt');
        assert.equal(docs.date(id), 20240101);
        const l = new Int32Array(4);
        assert.deepEqual([...docs.listsOf(id, l, 0)], [...own]);
        assert.deepEqual(l, lengths);
      });

      it("answers for one entity: its mentions, its titles; nothing for one it doesn't hold", () => {
        assert.deepEqual(docs.mentionsOf(id, 200), [0, 4 << 5, 2_000_000_000, (70_000 << 5) | 3]);
        assert.deepEqual(docs.mentionsOf(id, 70_000), [17, (120 << 5) | 4]);
        assert.deepEqual(docs.mentionsOf(id, 4), []);
        assert.deepEqual(docs.titlesOf(id, 200), [16_384, 2]);
        assert.deepEqual(docs.titlesOf(id, 3), []);
        assert.deepEqual(docs.titlesOf(id, 5), []);
      });

      it("counts one entity's mentions, and adds its other entities to co-mention counts", () => {
        assert.deepEqual([200, 3, 70_000, 2_000_000_000, 5].map((e) => docs.countOf(id, e)), [2, 1, 1, 1, 0]);
        const counts = new Int32Array(300);
        docs.addEntities(id, counts, 200);
        assert.deepEqual([counts[3], counts[200], counts.reduce((a, b) => a + b, 0)], [1, 0, 1]);
      });

      it('counts mentions by type, events included', () => {
        const counts = new Float64Array(8);
        docs.countTypes(id, counts, 1);
        assert.deepEqual([...counts.subarray(0, 5)], [1, 1, 1, 1, 1]);
      });
    });
  }

  it('takes other mentions of the same entities and keeps the rest as it was; a saved array is not written', () => {
    const moved: Array<[number, number, number]> = [
      [3, 5, (9 << 5) | 2],
      [200, 300, (4 << 5) | 0],
      [2_000_000_000, 400_000, (3 << 5) | 1],
    ];
    const { made, restored, savedArray } = tables();
    const before = savedArray.slice();
    for (const [docs, id] of [[made, 0], [restored, 1]] as const) {
      docs.setMentions(id, Int32Array.from(moved.flat()));
      assert.deepEqual([...docs.packed(id)], moved.flat());
      assert.deepEqual([...docs.entities(id)], entities);
      assert.deepEqual([...docs.surfaces(id)], surfaces);
      assert.deepEqual([...docs.titles(id)], titles);
      assert.equal(docs.mentionCount(id), 3);
      assert.deepEqual(docs.mentionsOf(id, 200), [300, 4 << 5]);
      assert.deepEqual(docs.titlesOf(id, 70_000), [7, 1]);
      assert.deepEqual([docs.key(id), docs.date(id)], ['a.txt', 20240101]);
    }
    assert.deepEqual(savedArray, before);
    assert.deepEqual([...made.listsOf(0, new Int32Array(4), 0)], [...restored.listsOf(1, new Int32Array(4), 0)]);
  });

  it('takes three bytes a mention of an ordinary article: its place, its distance, its length, and no type', () => {
    // 100 mentions of 30 entities, 60 characters apart, 12 long, each of its entity's type: one
    // byte each for the place, the distance and the length; the counts and the entity list
    // (numbers one apart) 33 bytes more.
    const n = 100;
    const packed = Int32Array.from({ length: n * 3 }, (_, k) => [k % 30, 60 * Math.floor(k / 3), (12 << 5) | 2][k % 3]);
    const list = Int32Array.from({ length: 30 }, (_, i) => i);
    const docs = new DocTable(() => 2);
    docs.set(0, 'b.txt', 0, packed, list, new Int32Array(0), new Int32Array(0));
    assert.deepEqual([...docs.packed(0)], [...packed]);
    assert.equal(docs.listsOf(0, new Int32Array(4), 0).length, 3 * n + 33);
  });

  it('gives back mentions out of text order as they were given', () => {
    const packed = Int32Array.from([3, 500, (5 << 5) | 2, 200, 20, (7 << 5) | 0, 3, 300, (2 << 5) | 4, 200, 0, 1 << 5]);
    const docs = new DocTable(typeOf);
    docs.set(0, 'e.txt', 0, packed, Int32Array.from([3, 200]), new Int32Array(0), new Int32Array(0));
    assert.deepEqual([...docs.packed(0)], [...packed]);
    assert.deepEqual(docs.mentionsOf(0, 3), [500, (5 << 5) | 2, 300, (2 << 5) | 4]);
    assert.deepEqual([docs.countOf(0, 3), docs.countOf(0, 200), docs.mentionCount(0)], [2, 2, 4]);
    docs.setMentions(0, Int32Array.from([200, 9, 3 << 5, 3, 4, (5 << 5) | 2]));
    assert.deepEqual(docs.mentionsOf(0, 200), [9, 3 << 5]);
    assert.deepEqual([...docs.packed(0)], [200, 9, 3 << 5, 3, 4, (5 << 5) | 2]);
  });

  it('counts the mentions of an entity past the 128th of a document (a place of two bytes)', () => {
    const list = Int32Array.from({ length: 200 }, (_, i) => i * 3);
    const packed = Int32Array.from({ length: 400 * 3 }, (_, k) => [((k / 3) % 200) * 3, 10 * Math.floor(k / 3), (5 << 5) | 1][k % 3]);
    const docs = new DocTable(typeOf);
    docs.set(0, 'd.txt', 0, packed, list, new Int32Array(0), new Int32Array(0));
    assert.deepEqual([0, 150 * 3, 199 * 3, 1].map((e) => docs.countOf(0, e)), [2, 2, 2, 0]);
    assert.deepEqual(docs.mentionsOf(0, 150 * 3), [1500, (5 << 5) | 1, 3500, (5 << 5) | 1]);
  });

  it('an empty document, a removed one, and numbers past the first columns', () => {
    const docs = new DocTable(typeOf);
    for (let id = 0; id < 40; id++) docs.set(id, `${id}.txt`, id, new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0));
    assert.deepEqual([...docs.packed(39)], []);
    assert.deepEqual([...docs.entities(39)], []);
    assert.equal(docs.mentionCount(39), 0);
    assert.deepEqual(docs.mentionsOf(39, 0), []);
    assert.deepEqual([docs.length, docs.key(39), docs.date(39), docs.date(17)], [40, '39.txt', 39, 17]);
    docs.remove(17);
    assert.deepEqual([docs.has(17), docs.has(16), docs.length], [false, true, 40]);
  });
});
