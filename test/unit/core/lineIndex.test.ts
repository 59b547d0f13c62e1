import { strict as assert } from 'node:assert';
import { LineIndex, impliedLineEnds } from '../../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('maps offsets and positions over LF, CRLF and CR line ends, in UTF-16 units', () => {
    const text = 'ab\r\ncd\nđ😀e\rf';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('e')), { line: 2, character: 3 }, 'the emoji counts two units, as in LSP');
    assert.deepEqual(lines.positionAt(text.indexOf('f')), { line: 3, character: 0 });
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), text.indexOf('d'));
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2, 'a character past the end stops before the line break');
    assert.equal(lines.lineEnd(0), 2);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  });

  // The boundaries as an ArticleSummary gives them (starts and ends), from the text itself.
  const boundaries = (text: string) => {
    const starts = [0];
    const ends: number[] = [];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) {
      ends.push(m.index!);
      starts.push(m.index! + m[0].length);
    }
    ends.push(text.length);
    return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
  };

  it('leaves out only the line ends the starts imply: one-character breaks, the last line to the end', () => {
    for (const [text, implied] of [
      ['ab\ncd\n', true],
      ['ab\rcd', true],
      ['', true],
      ['\n\n\n', true],
      ['ab\r\ncd', false],
      ['ab\ncd\r\n', false],
    ] as const) {
      const { starts, ends } = boundaries(text);
      assert.equal(impliedLineEnds(starts, ends, text.length), implied, JSON.stringify(text));
    }
  });

  it('answers from the starts alone as with the ends, wherever the ends are implied', () => {
    for (const text of ['ab\ncd\nđ😀e\rf', 'một\n\nhai\n', '']) {
      const { starts, ends } = boundaries(text);
      const full = LineIndex.fromBoundaries(starts, ends, text.length);
      const bare = LineIndex.fromBoundaries(starts, undefined, text.length);
      for (let line = -1; line <= starts.length + 1; line++) {
        assert.equal(bare.lineEnd(line), full.lineEnd(line), `${JSON.stringify(text)} line ${line}`);
        for (const character of [0, 1, 2, 99]) assert.equal(bare.offsetAt({ line, character }), full.offsetAt({ line, character }));
      }
    }
  });
});
