import { strict as assert } from 'node:assert';
import { NO_TITLED } from '../../../server/src/core/index/storedTitled';
import { storedTitledAt, titledColumn } from '../../../server/src/core/index/titledColumn';

describe("a saved index's titled mentions in bytes (core/index/titledColumn)", () => {
  type Mention = [entity: number, title: number, start: number, end: number];
  const stored = (ms: Mention[]) => Int32Array.from(ms.flat());
  // Every size a number can take (1 to 5 bytes): entity and title numbers past 2^14 and 2^28,
  // starts at 0 and past 2^21 (long articles) and near 2^31, mentions out of text order (a
  // start before the previous one: a distance below 0, one past −2^31 from the last), a span
  // of no characters and one of 200.
  const articles: Mention[][] = [
    [
      [0, 0, 0, 4],
      [20_000, 16_384, 17, 30],
      [5, 300_000_000, 3_000_000, 3_000_200],
      [2_147_483_647, 7, 2_147_483_000, 2_147_483_000],
      [3, 2_147_483_647, 0, 9],
      [3, 1, 2_500_000, 2_500_012],
    ],
    [],
    [[70_000, 12, 40, 52]],
  ];

  it('gives back each article as it was given, a run read from the middle of a larger array', () => {
    const { column, lengths } = titledColumn(articles.map(stored));
    assert.equal(lengths.length, articles.length);
    assert.equal(lengths.reduce((a, b) => a + b, 0), column.length);
    // As a warm start holds it: within the file's bytes, after and before other ones.
    const saved = new Uint8Array(column.length + 10).fill(0xff);
    saved.set(column, 7);
    let from = 7;
    articles.forEach((mentions, i) => {
      const back = storedTitledAt(saved, from, from + lengths[i]);
      assert.deepEqual([...back], mentions.flat());
      from += lengths[i];
    });
  });

  it('an article without titled mentions takes no bytes and reads back as the shared empty list', () => {
    const { column, lengths } = titledColumn([NO_TITLED, NO_TITLED]);
    assert.deepEqual([column.length, ...lengths], [0, 0, 0]);
    assert.equal(storedTitledAt(column, 0, 0), NO_TITLED);
  });

  it('writes entity, title, the zigzagged distance from the previous start, and the span length', () => {
    const { column } = titledColumn([stored([[5, 7, 10, 14], [20_000, 300, 4, 9]])]);
    // 20,000 = 32 + 28·128 + 1·128²; 300 = 44 + 2·128; 4 − 10 = −6 → 11; 9 − 4 = 5.
    assert.deepEqual([...column], [5, 7, 20, 4, 0x80 | 32, 0x80 | 28, 1, 0x80 | 44, 2, 11, 5]);
  });

  it('an article read back stays as it was while others are read, a long one among them', () => {
    const long: Mention[] = Array.from({ length: 3000 }, (_, i) => [i, i + 1, 7 * i, 7 * i + 5]);
    const list = [articles[0], long, ...Array.from({ length: 100 }, (_, i): Mention[] => [[i, i, i, i + 1]])];
    const { column, lengths } = titledColumn(list.map(stored));
    const read: Int32Array[] = [];
    let from = 0;
    for (const l of lengths) read.push(storedTitledAt(column, from, (from += l)));
    read.forEach((back, i) => assert.deepEqual([...back], list[i].flat()));
  });

  it('takes about 6 bytes a mention of an ordinary article, not 16', () => {
    // Numbers as in a 10,000-article corpus: a few thousand entities and titles, mentions a
    // few hundred characters apart and a few dozen long.
    const n = 200;
    const ms: Mention[] = Array.from({ length: n }, (_, i) => [(i * 37) % 3000, (i * 53) % 5000, 250 * i, 250 * i + 20 + (i % 30)]);
    const { column } = titledColumn([stored(ms)]);
    assert.deepEqual([...storedTitledAt(column, 0, column.length)], ms.flat());
    assert.ok(column.length <= 7 * n, `${column.length / n} bytes a mention`);
  });
});
