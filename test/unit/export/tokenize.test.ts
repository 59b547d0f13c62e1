// The tokenizer the exports write: syllables, numbers and marks with their offsets, and the
// sentences they make.

import { strict as assert } from 'node:assert';
import { sentences, splitAt, tokenize } from '../../../server/src/core/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const sentenceTexts = (text: string) => sentences(text, tokenize(text)).map((s) => text.slice(s[0].start, s[s.length - 1].end));

describe('tokenize', () => {
  it('gives one token per syllable and per punctuation mark', () => {
    assert.deepEqual(words('Chiều 24/2, tại Hà Nội.'), ['Chiều', '24/2', ',', 'tại', 'Hà', 'Nội', '.']);
  });

  it('keeps numbers, hyphenated words and repeated marks whole', () => {
    assert.deepEqual(words('Giá 1.000 đồng, tăng 3,5% lúc 10:30 vì Covid-19...'), ['Giá', '1.000', 'đồng', ',', 'tăng', '3,5', '%', 'lúc', '10:30', 'vì', 'Covid-19', '...']);
  });

  it('counts offsets in UTF-16 units past characters outside the BMP', () => {
    const text = 'A 𝕏 Bình';
    const t = tokenize(text);
    assert.deepEqual(t.map((x) => [x.start, x.end]), [[0, 1], [2, 4], [5, 9]]);
  });

  it("treats as white space what Python's split() does (a CoNLL line keeps its token)", () => {
    assert.deepEqual(words('Hà\u0085Nội\u001fmới'), ['Hà', 'Nội', 'mới']);
  });

  it('splits a token where a mention starts or ends inside it', () => {
    const text = 'al-Assad nói';
    const t = splitAt(tokenize(text), [3, 8]);
    assert.deepEqual(t.map((x) => text.slice(x.start, x.end)), ['al-', 'Assad', 'nói']);
  });
});

describe('sentences', () => {
  it('ends a sentence at a full stop before a capital, and at a line break', () => {
    assert.deepEqual(sentenceTexts('Ông đến. Bà đi\nHọ về'), ['Ông đến.', 'Bà đi', 'Họ về']);
  });

  it('does not end one after an initial or a short form', () => {
    assert.deepEqual(sentenceTexts('Tổng thống V. Putin tới TP. Hồ Chí Minh. Ông nói.'), ['Tổng thống V. Putin tới TP. Hồ Chí Minh.', 'Ông nói.']);
  });

  it('keeps a closing quote with its sentence and does not break inside a protected span', () => {
    assert.deepEqual(sentenceTexts('Ông nói: "Tốt." Sau đó về.'), ['Ông nói: "Tốt."', 'Sau đó về.']);
    const text = 'Hãng Xe. Bờ Biển.';
    assert.equal(sentences(text, tokenize(text)).length, 2);
    assert.equal(sentences(text, tokenize(text), (offset) => offset === text.indexOf('Bờ')).length, 1);
  });
});
