import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

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
});
