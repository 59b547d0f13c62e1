import { strict as assert } from 'node:assert';
import { CLASS, FOLD, UPPER, WORD, toneTables } from '../../../server/src/core/entities/normalize';

// The character tables are built from whole-string regular expressions; each must say for every
// BMP character what Unicode says of that character alone.
describe('normalize: character tables', () => {
  // Set by hand after the Unicode classes: spaces, dashes, eth, zero-width junk.
  const byHand = new Set([0xa0, 0x2009, 0x202f, 0x3000, 0x2002, 0x2003, 0x2007, 0x2008, 0x200a, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xd0, 0xf0, 0x110, 0x200b, 0x200c, 0x200d, 0x2060, 0xad, 0xfeff]);

  it('classes every character as a letter, digit or mark, upper-case, and lower-cased as Unicode does', () => {
    const wrong: string[] = [];
    for (let c = 128; c < 65536; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || byHand.has(c)) continue;
      const ch = String.fromCharCode(c);
      const word = /[\p{L}\p{N}\p{M}]/u.test(ch);
      const lower = ch.toLowerCase();
      const fold = word && lower.length === 1 ? lower.charCodeAt(0) : c;
      if ((CLASS[c] === WORD) !== word || (UPPER[c] === 1) !== (word && /\p{Lu}/u.test(ch)) || FOLD[c] !== fold) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
    // A few the tables are for: Vietnamese capitals fold, CJK and digits are words, punctuation is not.
    assert.deepEqual(['Ấ', 'Đ', 'Ư'].map((ch) => String.fromCharCode(FOLD[ch.charCodeAt(0)])), ['ấ', 'đ', 'ư']);
    assert.ok(['中', '٣', 'ộ'].every((ch) => CLASS[ch.charCodeAt(0)] === WORD));
    assert.ok(['—', '«', '€'].every((ch) => CLASS[ch.charCodeAt(0)] !== WORD));
  });

  it('marks as o/u and a/e/y exactly the characters whose decomposition is that vowel and tone marks', () => {
    const { first, second } = toneTables();
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
      if ((first[c] === 1) !== /^[oOuU]$/.test(base) || (second[c] === 1) !== /^[aAeEyY]$/.test(base)) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
    assert.ok(['ò', 'Ủ', 'u'].every((ch) => first[ch.charCodeAt(0)] === 1) && first['ô'.charCodeAt(0)] === 0);
    assert.ok(['à', 'ẻ', 'Ỹ'].every((ch) => second[ch.charCodeAt(0)] === 1) && second['ê'.charCodeAt(0)] === 0);
  });
});
