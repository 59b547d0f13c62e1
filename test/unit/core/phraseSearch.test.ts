import { strict as assert } from 'node:assert';
import { compilePhrase, findPhrase } from '../../../server/src/core/search/phraseSearch';
import { keywordInContext } from '../../../server/src/core/search/keywordInContext';

const found = (text: string, phrase: string, ignoreDiacritics = false) => findPhrase(text, compilePhrase(phrase, ignoreDiacritics)!).map((m) => text.slice(m.start, m.end));

describe('phrase search', () => {
  it('matches whole words, any case, any run of spaces, never across a line', () => {
    assert.deepEqual(found('Ở HÀ NỘI và hà  nội, không phải Hà Nộii; Hà\nNội', 'Hà Nội'), ['HÀ NỘI', 'hà  nội']);
  });
  it('matches the other tone placement and decomposed text', () => {
    assert.deepEqual(found('Hội nghị hoà bình; Hòa bình; Hoa binh', 'hòa bình'), ['hoà bình', 'Hòa bình']);
    assert.deepEqual(found('Ha\u0300 Nô\u0323i', 'Hà Nội'), ['Ha\u0300 Nô\u0323i']);
  });
  it('ignores diacritics when asked, and only then', () => {
    assert.deepEqual(found('Hà Nội, Ha Noi, Hạ Nối, Đà Nẵng', 'ha noi', true), ['Hà Nội', 'Ha Noi', 'Hạ Nối']);
    assert.deepEqual(found('Hà Nội, Ha Noi', 'ha noi'), ['Ha Noi']);
    assert.deepEqual(found('Đà Nẵng', 'da nang', true), ['Đà Nẵng']);
  });
  it('keeps the punctuation of the phrase and the spacing around a dash loose', () => {
    assert.deepEqual(found('khoa học - công nghệ, khoa học-công nghệ, khoa học công nghệ', 'khoa học-công nghệ'), ['khoa học - công nghệ', 'khoa học-công nghệ']);
    assert.deepEqual(found('COVID-19 và COVID 19', 'covid-19'), ['COVID-19']);
  });
  it('tells words apart by their letters without missing one that folds to the phrase', () => {
    // Words that share the first letter but not the rest; the tone on the other vowel; marks apart.
    assert.deepEqual(found('học hội hơn hai hà Hạ HOÀ hòa Ho\u0300a', 'hoà'), ['HOÀ', 'hòa', 'Ho\u0300a']);
    assert.deepEqual(found('Ðà Nẵng, ðà nẵng, Da Nang', 'đà nẵng'), ['Ðà Nẵng', 'ðà nẵng']);
    assert.deepEqual(found('İSTANBUL, Istanbul', 'i̇stanbul'), ['İSTANBUL']);
    // Letters whose case or normal form is not one letter for one: the key decides.
    assert.deepEqual(found('ΟΔΟΣ και οδός', 'οδος', true), ['ΟΔΟΣ', 'οδός']);
    assert.deepEqual(found('5 \u212A, 5 K', 'k'), ['\u212A', 'K']);
    assert.deepEqual(found('\u1100\u1161 và \uac00', '\uac00'), ['\u1100\u1161', '\uac00']);
  });
  it('has nothing to look for without a word', () => {
    assert.equal(compilePhrase(' ,. '), undefined);
  });
});

describe('keyword in context', () => {
  it('gives the match with its context on one line, not cutting an emoji in two', () => {
    const text = '😀bc\nHà Nội\tx😀y';
    const start = text.indexOf('Hà');
    assert.deepEqual(keywordInContext(text, start, start + 6, 3), { left: 'bc ', match: 'Hà Nội', right: ' x' });
    // Four before the match starts inside the first emoji: it is left out whole.
    assert.deepEqual(keywordInContext(text, start, start + 6, 4), { left: 'bc ', match: 'Hà Nội', right: ' x😀' });
  });
});
