import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/core/diagnostic';
import { SummaryRows, type RowInput } from '../../../server/src/core/index/summaryRows';
import { lineColumnOf, lineStartsAt } from '../../../server/src/core/index/lineColumn';
import { jsonRunAt, jsonRunsOf } from '../../../server/src/core/index/jsonRuns';
import { storedTitledAt, titledColumnOf } from '../../../server/src/core/index/titledColumn';
import type { ByteRun } from '../../../server/src/core/index/byteRun';

describe("a scan's articles as rows (core/index/summaryRows)", () => {
  const finding = (code: string, message: string, start: number, extra: Partial<Finding> = {}): Finding => ({ code, message, severity: 'warning', start, end: start + 3, ...extra });
  const input = (i: number, over: Partial<RowInput> = {}): RowInput => ({
    path: `/c/${String(i).padStart(3, '0')}.txt`,
    length: 400 + i,
    header: { kind: 'valid', date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Tin số ${i}: "Hà Nội" — phố 🏙️` },
    findings: i % 3 === 0 ? [] : [finding('hygiene/nbsp', 'Khoảng trắng không ngắt', i), finding('header/date', `Ngày '${i}' sai`, i + 10, { related: [{ start: 1, end: 2, message: 'ở đây' }] })],
    today: '2026-11-30',
    lineStarts: Uint32Array.from([0, 12, 13, 13 + 20_000 + i]),
    lineEnds: undefined,
    titled: Int32Array.from([3, 7, 40 + i, 52 + i, 4, 1, 10, 20]),
    ...over,
  });
  const check = (rows: SummaryRows, x: RowInput) => {
    // (The header's absent date and title as undefined, as a saved index's rows give them.)
    assert.deepEqual(rows.summary(x.path), { path: x.path, length: x.length, header: { kind: x.header.kind, date: x.header.date, title: x.header.title }, findings: x.findings, today: x.today, lineStarts: x.lineStarts, lineEnds: x.lineEnds, titled: x.titled });
    assert.deepEqual(rows.facts(x.path), { path: x.path, length: x.length, header: { kind: x.header.kind, date: x.header.date }, today: x.today });
    assert.equal(rows.titleOf(x.path), x.header.title);
    assert.equal(rows.dateOf(x.path), x.header.date);
    assert.deepEqual(rows.findings(x.path), x.findings);
    assert.deepEqual(rows.titled(x.path), x.titled);
    assert.deepEqual(rows.lineBoundaries(x.path), { lineStarts: x.lineStarts, lineEnds: x.lineEnds, length: x.length });
  };

  it('gives back each article as it was given: header, findings, line starts and ends, titled mentions', () => {
    const rows = new SummaryRows();
    const list = [
      input(0),
      input(1),
      // No header: no date, no title; a CRLF file's line ends; no titled mention, one line.
      input(2, { header: { kind: 'missing' }, lineStarts: Uint32Array.from([0]), lineEnds: Uint32Array.from([7]), titled: new Int32Array(0) }),
      input(3, { header: { kind: 'valid', date: '2025-02-02', title: '' } }),
    ];
    for (const x of list) rows.add(x);
    assert.equal(rows.size, 4);
    for (const x of list) check(rows, x);
    assert.equal(rows.summary('/c/none.txt'), undefined);
    assert.equal(rows.titleOf('/c/none.txt'), undefined);
  });

  it('holds thousands of rows and rows longer than a slab', () => {
    const rows = new SummaryRows();
    const list: RowInput[] = [];
    for (let i = 0; i < 3000; i++) list.push(input(i));
    // 300,000 lines of one character: 300 KB of line lengths, more than a slab of 256 KB.
    const long = input(3000, { lineStarts: Uint32Array.from({ length: 300_000 }, (_, k) => 2 * k), length: 600_000 });
    list.splice(1500, 0, long);
    for (const x of list) rows.add(x);
    for (const x of list) check(rows, x);
  });

  it('lets a row go, keeping the order of the others', () => {
    const rows = new SummaryRows();
    for (let i = 0; i < 5; i++) rows.add(input(i));
    assert.equal(rows.delete(input(1).path), true);
    assert.equal(rows.delete(input(1).path), false);
    assert.equal(rows.has(input(1).path), false);
    assert.equal(rows.summary(input(1).path), undefined);
    assert.equal(rows.size, 4);
    assert.deepEqual([...rows.paths()], [0, 2, 3, 4].map((i) => input(i).path));
    check(rows, input(2));
  });

  it("gives its encoded parts as a saved index's columns hold them", () => {
    const rows = new SummaryRows();
    const list = [input(5), input(6, { header: { kind: 'missing' }, titled: new Int32Array(0) }), input(7)];
    for (const x of list) rows.add(x);
    const run: ByteRun = { bytes: new Uint8Array(0), from: 0, to: 0 };
    const row = (i: number) => rows.rowOf(list[i].path)!;
    // Each column made from the rows' runs, and read back as a warm start reads it.
    const lines = lineColumnOf(3, (i) => rows.run(row(i), 'lines', run));
    const titled = titledColumnOf(3, (i) => rows.run(row(i), 'titled', run));
    const titles = jsonRunsOf(3, (i) => rows.run(row(i), 'title', run));
    let lineAt = 0;
    let titledAt = 0;
    list.forEach((x, i) => {
      assert.deepEqual(lineStartsAt(lines.column, lineAt, (lineAt += lines.lengths[i])), x.lineStarts);
      assert.deepEqual(storedTitledAt(titled.column, titledAt, (titledAt += titled.lengths[i])), x.titled);
      assert.equal(jsonRunAt(titles, i), x.header.title);
    });
  });
});
