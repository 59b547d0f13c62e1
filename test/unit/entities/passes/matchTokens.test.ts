import { strict as assert } from 'node:assert';
import { MatchTokens } from '../../../../server/src/core/entities/passes/claims';
import { firstTokEndingAfter, tokenize } from '../../../../server/src/core/entities/passes/tokens';

describe('MatchTokens', () => {
  it('finds the tokens a span starts and ends at as a binary search does, in text order or not', () => {
    const text = 'Thủ tướng Phạm Minh Chính, ông S&P và  Hà Nội - Hải Phòng.';
    const toks = tokenize(text, []);
    // The answers of ClaimState.tokAt and tokEndingAt.
    const tokAt = (off: number) => {
      const i = firstTokEndingAfter(toks, off);
      return i < toks.n && toks.s[i] === off ? i : undefined;
    };
    const tokEndingAt = (off: number) => {
      const i = firstTokEndingAfter(toks, off - 1);
      return i < toks.n && toks.e[i] === off ? i : undefined;
    };
    const spans: Array<[number, number]> = [];
    for (let a = 0; a <= text.length; a++) for (let b = a + 1; b <= text.length + 1; b++) spans.push([a, b]);
    // In text order, then shuffled (a start before the last one asked).
    const shuffled = spans.map((x, q) => [x, (q * 7919) % spans.length] as const).sort((p, q) => p[1] - q[1]).map((x) => x[0]);
    for (const order of [spans, shuffled]) {
      const found = new MatchTokens(toks);
      for (const [a, b] of order) {
        const i = tokAt(a);
        const j = tokEndingAt(b);
        const ok = found.find(a, b);
        assert.equal(ok, i !== undefined && j !== undefined, `${a} ${b}`);
        if (ok) assert.deepEqual([found.first, found.last], [i, j], `${a} ${b}`);
      }
    }
  });
});
