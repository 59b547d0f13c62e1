import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/core/diagnostic';
import { findingRuns, findingsAt } from '../../../server/src/core/index/findingRuns';
import { jsonRuns } from '../../../server/src/core/index/jsonRuns';

describe("a saved index's findings (core/index/findingRuns)", () => {
  const caption = (start: number): Finding => ({ code: 'scrape/caption', severity: 'information', message: 'Chú thích ảnh lấy từ trang web.', start, end: start + 30, unnecessary: true });
  const list: Array<Finding[] | undefined> = [
    [caption(10), { code: 'text/trailing-space', severity: 'warning', message: 'Khoảng trắng thừa (2 dấu cách) ở cuối dòng.', start: 50, end: 52 }],
    [],
    undefined,
    [caption(0), { code: 'corpus/duplicate-article', severity: 'warning', message: 'Giống hệt 001.txt.', start: 0, end: 9, related: [{ path: '/c/001.txt', start: 0, end: 9, message: 'bản gốc' }] }],
    Array.from({ length: 50 }, (_, i) => caption(100 * i)),
  ];

  it('gives back each article its findings, and none for one without', () => {
    const runs = findingRuns(list);
    list.forEach((findings, i) => assert.deepEqual(findingsAt(runs, i), findings?.length ? findings : undefined, `article ${i}`));
  });

  it('writes each code, severity and message once, however many findings say it', () => {
    const runs = findingRuns(list);
    assert.deepEqual(
      [...runs.strings].sort(),
      ['Chú thích ảnh lấy từ trang web.', 'Giống hệt 001.txt.', 'Khoảng trắng thừa (2 dấu cách) ở cuối dòng.', 'corpus/duplicate-article', 'information', 'scrape/caption', 'text/trailing-space', 'warning'].sort(),
    );
    const plain = jsonRuns(list.map((f) => (f?.length ? f : undefined)));
    assert.ok(runs.bytes.length < plain.bytes.length * 0.6, `${runs.bytes.length} bytes, ${plain.bytes.length} written out`);
    // Read back, the same message is one string.
    const [a, b] = [findingsAt(runs, 0)![0], findingsAt(runs, 4)![7]];
    assert.equal(a.message, b.message);
  });
});
