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
    assert.equal(board.held, 1, 'a alone');
    // A file a client was sent gets one empty report when it goes, then is forgotten.
    files.delete('a');
    board.changed(['a']);
    const report = await board.workspace([{ uri: 'a', value: (first as { resultId: string }).resultId }], never, undefined);
    assert.deepEqual(report.items, [{ kind: 'full', uri: 'a', version: null, items: [] }]);
    assert.equal(board.held, 0);
  });

  it('marks every file changed at once, and a pull then sends each file once, clearing the gone ones', async () => {
    const files = new Map<string, Diagnostic[]>([
      ['a', [diag('A')]],
      ['b', []],
    ]);
    const board = new DiagnosticBoard((uri) => files.get(uri), undefined, () => files.keys());
    board.changedAll();
    const first = await board.workspace([], never, undefined);
    assert.deepEqual(first.items.map((r) => [r.uri, r.kind === 'full' && r.items.length]), [['a', 1], ['b', 0]]);
    const previous = first.items.map((r) => ({ uri: r.uri, value: (r as { resultId: string }).resultId }));
    // Nothing changed: nothing to send; a document pull is unchanged.
    assert.deepEqual((await board.workspace(previous, never, undefined)).items, []);
    assert.equal(board.document('a', previous[0].value).kind, 'unchanged');
    // Everything may have changed (a scan ended): b is gone, c is new, a is sent again.
    files.delete('b');
    files.set('c', [diag('C')]);
    board.changedAll();
    assert.equal(board.document('a', previous[0].value).kind, 'full');
    const second = await board.workspace(previous, never, undefined);
    assert.deepEqual(second.items.map((r) => [r.uri, r.kind === 'full' && r.items.length]), [['a', 1], ['c', 1], ['b', 0]]);
    // b, cleared, is forgotten: the next pull has nothing to say.
    const now = second.items.filter((r) => r.kind === 'full' && r.resultId).map((r) => ({ uri: r.uri, value: (r as { resultId: string }).resultId }));
    assert.deepEqual((await board.workspace(now, never, undefined)).items, []);
  });
});
