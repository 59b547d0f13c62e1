import { strict as assert } from 'node:assert';
import { WordPairs } from '../../../../server/src/core/entities/passes/wordPairs';

describe('WordPairs', () => {
  it('answers what the set of the phrases answers of `first second`', () => {
    const phrases = ['dự án', 'trung thu', 'trung ương', 'một', 'ba từ nữa'];
    const pairs = new WordPairs(phrases);
    const set = new Set(phrases);
    for (const a of ['dự', 'trung', 'một', 'ba', 'án', 'x'])
      for (const b of ['án', 'thu', 'ương', 'từ', 'từ nữa', 'một', 'x']) {
        if (b.includes(' ')) continue; // (a token's key holds no space)
        assert.equal(pairs.has(a, b), set.has(`${a} ${b}`), `${a} ${b}`);
      }
    assert.equal(pairs.has('trung', 'thu'), true);
    assert.equal(pairs.has('thu', 'trung'), false);
    // The first words of the phrases of two words or more (`một`, alone, is none).
    assert.deepEqual(['dự', 'trung', 'một', 'ba', 'án'].map((w) => pairs.hasFirst(w)), [true, true, false, true, false]);
  });
});
