import { strict as assert } from 'node:assert';
import { lineColumn, lineCountAt, lineStartsAt } from '../../../server/src/core/index/lineColumn';

describe("a saved index's line starts in bytes (core/index/lineColumn)", () => {
  const starts = (s: number[]) => Uint32Array.from(s);
  // Lines of every size (1 to 5 bytes): short ones, past 2^7, 2^14, 2^21 (a line of 3 million
  // characters) and 2^28; an empty article and one of a single line (the same: [0]).
  const articles: number[][] = [
    [0, 1, 129, 16_513, 16_514, 3_016_514, 3_016_600, 303_016_600],
    [0],
    [0],
    [0, 40, 41, 2_097_193],
  ];

  it('gives back each article as it was given, a run read from the middle of a larger array', () => {
    const { column, lengths } = lineColumn(articles.map(starts));
    assert.equal(lengths.length, articles.length);
    assert.equal(lengths.reduce((a, b) => a + b, 0), column.length);
    // As a warm start holds it: within the file's bytes, after and before other ones.
    const saved = new Uint8Array(column.length + 10).fill(0xff);
    saved.set(column, 7);
    let from = 7;
    articles.forEach((s, i) => {
      const back = lineStartsAt(saved, from, from + lengths[i]);
      assert.ok(back instanceof Uint32Array);
      assert.deepEqual([...back], s);
      assert.equal(lineCountAt(saved, from, from + lengths[i]), s.length);
      from += lengths[i];
    });
  });

  it('an article of one line (an empty one too) takes no bytes and reads back as [0]', () => {
    const { column, lengths } = lineColumn([starts([0]), starts([0])]);
    assert.deepEqual([column.length, ...lengths], [0, 0, 0]);
    assert.deepEqual([...lineStartsAt(column, 0, 0)], [0]);
    assert.equal(lineCountAt(column, 0, 0), 1);
  });

  it("writes each line's length but the last's, not the first start", () => {
    const { column, lengths } = lineColumn([starts([0, 5, 305, 306, 2_097_458]), starts([0, 128])]);
    // 5; 300 = 44 + 2·128; 1; 2,097,152 = 2^21: 0 + 0·128 + 0·128² + 1·128³; 128 = 0 + 1·128.
    assert.deepEqual([...column], [5, 0x80 | 44, 2, 1, 0x80, 0x80, 0x80, 1, 0x80, 1]);
    assert.deepEqual([...lengths], [8, 2]);
  });

  it('an article read back stays as it was while others are read, a long one among them', () => {
    const long = Array.from({ length: 5000 }, (_, i) => 60 * i);
    const list = [articles[0], long, ...Array.from({ length: 300 }, (_, i) => [0, i + 1, 2 * i + 3])];
    const { column, lengths } = lineColumn(list.map(starts));
    const read: Uint32Array[] = [];
    let from = 0;
    for (const l of lengths) read.push(lineStartsAt(column, from, (from += l)));
    read.forEach((back, i) => assert.deepEqual([...back], list[i]));
  });

  it('takes one or two bytes a line of news, not four', () => {
    // Paragraphs of a few hundred characters, a few short header lines and blank ones.
    const s = [0];
    for (let i = 1; i < 200; i++) s.push(s[i - 1] + (i % 10 === 0 ? 1 : i % 7 === 0 ? 30 : 200 + ((i * 97) % 900)));
    const { column } = lineColumn([starts(s)]);
    assert.deepEqual([...lineStartsAt(column, 0, column.length)], s);
    assert.ok(column.length <= 2 * s.length, `${column.length / s.length} bytes a line`);
  });
});
