import { strict as assert } from 'node:assert';
import { Gazetteer, NOT_WALKED } from '../../../../server/src/core/entities/gazetteer';
import { NOT_NAME, isVietnameseSyllable, tokenize } from '../../../../server/src/core/entities/passes/tokens';

describe('tokens', () => {
  const g = Gazetteer.build([
    { text: 'Việt Nam', entityId: 'vn', type: 'place', caseSensitive: true },
    { text: 'S&P', entityId: 'sp', type: 'organization', caseSensitive: true },
    { text: 'Nga', entityId: 'nga', type: 'place', caseSensitive: true },
  ]);

  it("carries each token's gazetteer state: -1 when no name starts with it, not walked after an `&`", () => {
    const text = 'Việt Nam và S&P, Nga';
    const toks = tokenize(text, [], g);
    const words = Array.from({ length: toks.n }, (_, t) => text.slice(toks.s[t], toks.e[t]));
    assert.deepEqual(words, ['Việt', 'Nam', 'và', 'S&P', 'Nga']);
    assert.equal(toks.gazetteerState[0], g.wordState(text, 0, 4));
    assert.notEqual(toks.gazetteerState[0], -1);
    assert.equal(toks.gazetteerState[2], -1);
    assert.equal(toks.gazetteerState[3], NOT_WALKED);
    // Without a gazetteer, none is known.
    const plain = tokenize(text, []);
    assert.deepEqual(Array.from(plain.gazetteerState.subarray(0, plain.n)), [NOT_WALKED, NOT_WALKED, NOT_WALKED, NOT_WALKED, NOT_WALKED]);
  });

  it("keeps each gazetteer's states when the tokenizer goes from one to another and back", () => {
    const other = Gazetteer.build([{ text: 'Lào', entityId: 'la', type: 'place', caseSensitive: true }]);
    const statesOf = (text: string, gazetteer: Gazetteer) => {
      const toks = tokenize(text, [], gazetteer);
      return Array.from(toks.gazetteerState.subarray(0, toks.n));
    };
    const expected = (text: string, gazetteer: Gazetteer) => [...text.matchAll(/\S+/g)].map((m) => gazetteer.wordState(text, m.index, m.index + m[0].length));
    const first = 'Nga và Lào';
    assert.deepEqual(statesOf(first, g), expected(first, g));
    assert.deepEqual(statesOf(first, other), expected(first, other));
    // A word first seen with the other gazetteer (`Nam`) gets the state of the first one too.
    const second = 'Nga Lào Nam';
    assert.deepEqual(statesOf(second, other), expected(second, other));
    assert.deepEqual(statesOf(second, g), expected(second, g));
    assert.notDeepEqual(expected(second, g), expected(second, other));
  });

  it('gives the gazetteer every word start, the ones an `&` joined too, and a scan of them finds what a scan of the text finds', () => {
    const text = 'Việt Nam và S&P, GD&Nga Nga';
    const toks = tokenize(text, [], g);
    const words = toks.scanWords();
    assert.deepEqual(Array.from(words.starts).slice(0, words.count), [0, 5, 9, 12, 14, 17, 20, 24]);
    assert.deepEqual(Array.from(words.states).slice(0, words.count).map((st) => st === NOT_WALKED), [false, false, false, true, true, true, true, false]);
    assert.deepEqual(g.scanWords(text, words), g.scan(text));
  });

  it('flags the tokens whose key is one Vietnamese syllable, and tells apart long words that begin alike', () => {
    // (`Ðà`: an eth the key reads as đ; `GD&ĐT`: an `&` token; the two long words share their first eight letters and their length.)
    const text = 'Ông Nguyễn Trung nói với Putin ở Ðà Nẵng, GD&ĐT nghiêng internationalA internationalB internationalA';
    const toks = tokenize(text, [], undefined);
    const words = Array.from({ length: toks.n }, (_, t) => text.slice(toks.s[t], toks.e[t]));
    assert.deepEqual(words.slice(-3), ['internationalA', 'internationalB', 'internationalA']);
    assert.deepEqual(Array.from({ length: toks.n }, (_, t) => toks.k[t]).slice(-3), ['internationala', 'internationalb', 'internationala']);
    for (let t = 0; t < toks.n; t++) assert.equal(toks.syllable(t), isVietnameseSyllable(toks.k[t]), words[t]);
    assert.equal(toks.syllable(words.indexOf('Ðà')), true);
    assert.equal(toks.syllable(words.indexOf('Putin')), false);
    // The word flags of the lexicon: a word's, every time the word comes (from the memo the second time).
    const notNames = new Set(['ông', 'gd&đt']);
    const flagged = (k: string) => (notNames.has(k) ? NOT_NAME : 0);
    for (let round = 0; round < 2; round++) {
      const again = tokenize(text, [], undefined, flagged);
      for (let t = 0; t < again.n; t++) assert.equal(again.notName(t), notNames.has(again.k[t]), words[t]);
    }
  });
});
