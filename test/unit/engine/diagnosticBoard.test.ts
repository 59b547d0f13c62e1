import { strict as assert } from 'node:assert';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticBoard } from '../../../server/src/features/diagnosticBoard';

const diag = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });
const never: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

describe('DiagnosticBoard (pull diagnostics)', () => {
  it('answers unchanged until a file changes, and forgets files that went before anyone saw them', async () => {
    const files = new Map<string, Diagnostic[]>([['a', [diag('A')]]]);
    const board = new DiagnosticBoard((uri) => files.get(uri));
    board.changed(['a']);
    const first = board.document('a', undefined);
    assert.equal(first.kind, 'full');
    assert.deepEqual(board.document('a', (first as { resultId: string }).resultId), { kind: 'unchanged', resultId: (first as { resultId: string }).resultId });
    // Thousands of files created and deleted between two pulls leave nothing behind.
    for (let i = 0; i < 1000; i++) {
      files.set(`t${i}`, []);
      board.changed([`t${i}`]);
      files.delete(`t${i}`);
      board.changed([`t${i}`]);
    }
    assert.deepEqual(board.known(), ['a']);
    // A file a client was sent gets one empty report when it goes, then is forgotten.
    files.delete('a');
    board.changed(['a']);
    const report = await board.workspace([{ uri: 'a', value: (first as { resultId: string }).resultId }], never, undefined);
    assert.deepEqual(report.items, [{ kind: 'full', uri: 'a', version: null, items: [] }]);
    assert.deepEqual(board.known(), []);
  });
});
