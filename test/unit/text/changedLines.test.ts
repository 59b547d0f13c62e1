import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { changedLines } from '../../../server/src/core/text/changedLines';

describe('changedLines', () => {
  it('says which lines changed, whole lines, with the rest the same on both sides', () => {
    const line = fc.array(fc.constantFrom('a', 'b', ' ', 'ế', '\r'), { maxLength: 300 }).map((p) => p.join(''));
    const text = fc.array(line, { maxLength: 12 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(600), fc.string({ maxLength: 4 }), (before, at, removed, typed) => {
        const p = at % (before.length + 1);
        const text = before.slice(0, p) + typed + before.slice(p + removed);
        const { start, end, beforeEnd, delta } = changedLines(before, text);
        assert.equal(delta, text.length - before.length);
        assert.equal(text.slice(0, start), before.slice(0, start));
        assert.equal(text.slice(end), before.slice(beforeEnd));
        if (text === before) {
          assert.deepEqual([start, end, beforeEnd], [text.length, text.length, before.length]);
          return;
        }
        assert.ok(start === 0 || text[start - 1] === '\n', 'starts a line');
        assert.ok(end === text.length || text[end] === '\n', 'ends a line');
        assert.ok(start <= end && beforeEnd >= start);
        // From the line the edit is on, not before it.
        assert.ok(start >= (p === 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the one line typed in, in a long text, and nothing in an equal one', () => {
    const paragraph = 'Một đoạn văn khá dài của bài báo, lặp lại nhiều lần. '.repeat(20);
    const before = Array.from({ length: 30 }, (_, i) => `${i} ${paragraph}`).join('\n');
    const at = before.indexOf('\n17 ') + 5;
    const text = before.slice(0, at) + 'x' + before.slice(at);
    const span = changedLines(before, text);
    assert.equal(text.slice(span.start, span.end), text.split('\n')[17]);
    assert.deepEqual(changedLines(text, text.slice()), { start: text.length, end: text.length, beforeEnd: text.length, delta: 0 });
  });
});
