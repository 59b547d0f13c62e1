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

  it('streams a pull in pages whose JSON stays under 128 KB, a long report on a page of its own', async () => {
    // Vietnamese messages make the JSON a two-byte string: 128 KB is 64k characters.
    const message = (i: number) => `Ngày ${i % 28 + 1}/2 không khớp với ngày ở dòng tiêu đề của bài báo này (${i})`;
    const files = new Map<string, Diagnostic[]>();
    for (let f = 0; f < 300; f++) files.set(`file:///corpus/${String(f).padStart(3, '0')}.txt`, Array.from({ length: f === 150 ? 400 : 10 }, (_, i) => diag(message(i))));
    const board = new DiagnosticBoard((uri) => files.get(uri), undefined, () => files.keys());
    board.changedAll();
    const pages: Array<Array<{ uri: string; items?: Diagnostic[] }>> = [];
    const progress = { report: (p: { items: Array<{ uri: string }> }) => void pages.push(p.items) };
    // The pull is held open after its first answer, until the client cancels it.
    let cancel = () => undefined as void;
    const token: CancellationToken = { isCancellationRequested: false, onCancellationRequested: (f) => ((cancel = () => void f(undefined)), { dispose: () => undefined }) };
    const held = board.workspace([], token, progress as never);
    while (pages.flat().length < files.size) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(pages.flat().map((r) => r.uri), [...files.keys()], 'every file once, in order');
    assert.deepEqual(pages.flat().map((r) => r.items?.length), [...files.values()].map((d) => d.length));
    for (const page of pages) {
      const bytes = 2 * JSON.stringify({ items: page }).length;
      // The 400-problem report alone is over the budget: it goes on a page of its own.
      if (page.some((r) => r.items?.length === 400)) assert.equal(page.length, 1);
      else assert.ok(bytes < 128 * 1024, `a page of ${page.length} reports, ${bytes} bytes`);
    }
    assert.ok(pages.length > 3, `${pages.length} pages`);
    cancel();
    assert.deepEqual(await held, { items: [] });
  });
});
