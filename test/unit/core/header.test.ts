import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';
import type { Finding } from '../../../server/src/core/diagnostic';

const TODAY = '2026-11-23';
const check = (text: string, config = parseCorpusConfig('').config) => analyzeArticle(text, { today: TODAY, config }).findings;
const only = (text: string, code: string) => check(text).filter((f) => f.code === code);
const marked = (text: string, f: Finding) => text.slice(f.start, f.end);
const applyFix = (text: string, f: Finding, i = 0) => {
  const edits = [...f.fixes![i].edits].sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + (e.snippet ? e.plainText! : e.newText) + t.slice(e.end), text);
};
const headerCodes = (text: string) => check(text).map((f) => f.code).filter((c) => c.startsWith('header/'));

describe('header rules', () => {
  it('accepts a valid header with or without the leading space', () => {
    assert.deepEqual(check(' date 2026-02-25 Tổng thống Putin tiếp Bộ trưởng\n\nThân bài.'), []);
    assert.deepEqual(check('date 2026-02-25 Tiêu đề\n\nThân bài.'), []);
  });

  it('reports header/missing on the first word, with a fix that makes a valid header', () => {
    const text = 'Tổng Bí thư tiếp Đại sứ Nga\n\nChiều 20/6/2024, tại Hà Nội, Tổng Bí thư đã tiếp.\n';
    const [f] = only(text, 'header/missing');
    assert.equal(marked(text, f), 'Tổng');
    assert.equal(f.severity, 'error');
    const fixed = applyFix(text, f);
    assert.equal(fixed, ' date 2024-06-20 Tổng Bí thư tiếp Đại sứ Nga\n\nChiều 20/6/2024, tại Hà Nội, Tổng Bí thư đã tiếp.\n');
    assert.deepEqual(headerCodes(fixed), []);
  });

  it('inserts a header above a body that starts with a dated event, keeping every character', () => {
    const text = 'Ngày 15/1, tại Hà Nội, hai bên rà soát hợp tác năm 2025 và bàn kế hoạch năm 2026.\n';
    const [f] = only(text, 'header/missing');
    const edit = f.fixes![0].edits[0];
    assert.ok(edit.snippet, 'the uncertain year and the title are snippet placeholders');
    assert.match(edit.newText, /\$\{1\|2026-01-15,2025-01-15\|\}/);
    const fixed = applyFix(text, f);
    assert.ok(fixed.endsWith(text));
    assert.ok(fixed.startsWith(' date 2026-01-15 '));
    assert.deepEqual(headerCodes(fixed), []);
  });

  it('offers to remove a scraped label line above the title', () => {
    const text = 'Thời sự\nThủ tướng tiếp Đại sứ\n\nSáng 3/3/2025, Thủ tướng tiếp Đại sứ.\n';
    const [f] = only(text, 'header/missing');
    const titles = f.fixes!.map((x) => x.title);
    assert.ok(titles.some((t) => t.startsWith("Remove the scraped label line 'Thời sự'")), titles.join());
    assert.equal(applyFix(text, f, 1), 'Thủ tướng tiếp Đại sứ\n\nSáng 3/3/2025, Thủ tướng tiếp Đại sứ.\n');
    const withHeader = applyFix(text, f, 0);
    assert.ok(withHeader.startsWith(' date 2025-03-03 Thủ tướng tiếp Đại sứ\n\nThời sự\n'));
    for (const word of ['Thời sự', 'Thủ tướng tiếp Đại sứ', 'Sáng 3/3/2025']) assert.ok(withHeader.includes(word));
  });

  const malformed: Array<[string, string, string]> = [
    ['date: 2026-02-25 Tiêu đề', 'date: ', 'date 2026-02-25 Tiêu đề'],
    ['Date 2026-02-25 Tiêu đề', 'Date', 'date 2026-02-25 Tiêu đề'],
    ['date 25/02/2026 Tiêu đề', '25/02/2026', 'date 2026-02-25 Tiêu đề'],
    ['date 2026/02/25 Tiêu đề', '2026/02/25', 'date 2026-02-25 Tiêu đề'],
    ['date 2026-2-5 Tiêu đề', '2026-2-5', 'date 2026-02-05 Tiêu đề'],
    ['date 20260225 Tiêu đề', '20260225', 'date 2026-02-25 Tiêu đề'],
    ['date\u00A02026-02-25 Tiêu đề', '\u00A0', 'date 2026-02-25 Tiêu đề'],
    ['date 2026-02-25\u00A0Tiêu đề', '\u00A0', 'date 2026-02-25 Tiêu đề'],
    ['date  2026-02-25 Tiêu đề', '  ', 'date 2026-02-25 Tiêu đề'],
    ['2026-02-25 Tiêu đề', '2026-02-25', 'date 2026-02-25 Tiêu đề'],
  ];
  for (const [line, range, repaired] of malformed) {
    it(`reports header/malformed on '${range}' in ${JSON.stringify(line)} and fixes it`, () => {
      const text = `${line}\n\nThân bài.`;
      const found = only(text, 'header/malformed');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(marked(text, found[0]), range);
      assert.equal(applyFix(text, found[0]), `${repaired}\n\nThân bài.`);
      assert.deepEqual(check(applyFix(text, found[0])), []);
    });
  }

  for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-01-00']) {
    it(`reports header/invalid-date for ${date}`, () => {
      const text = `date ${date} Tiêu đề\n\nThân bài.`;
      assert.deepEqual(headerCodes(text), ['header/invalid-date']);
      assert.equal(marked(text, only(text, 'header/invalid-date')[0]), date);
    });
  }

  it('accepts 29 February of a leap year', () => {
    assert.deepEqual(check('date 2024-02-29 Tiêu đề'), []);
  });

  it('reports header/future-date after today, and after a configured bound', () => {
    const text = 'date 2026-11-24 Tiêu đề';
    const [f] = only(text, 'header/future-date');
    assert.equal(marked(text, f), '2026-11-24');
    assert.deepEqual(only('date 2026-11-23 Tiêu đề', 'header/future-date'), []);
    const bounded = parseCorpusConfig('dates:\n  max: 2025-12-31\n  min: 2000-01-01\n').config;
    assert.equal(check('date 2026-01-05 T', bounded).filter((f) => f.code === 'header/future-date').length, 1);
    assert.equal(check('date 1999-01-05 T', bounded).filter((f) => f.code === 'header/future-date').length, 1);
    assert.equal(check('date 2025-01-05 T', bounded).length, 0);
  });

  it('reports header/no-title on the date', () => {
    const text = 'date 2026-02-25\n\nThân bài.';
    const [f] = only(text, 'header/no-title');
    assert.equal(marked(text, f), '2026-02-25');
    assert.deepEqual(headerCodes(' date 2026-02-25 T'), []);
  });

  it('reads the header after a byte-order mark', () => {
    assert.deepEqual(headerCodes('\uFEFF date 2026-02-25 Tiêu đề\n'), []);
  });

  it('lets corpus-lens.yaml change a severity or switch a rule off', () => {
    const off = parseCorpusConfig('rules:\n  header/missing: off\n').config;
    assert.deepEqual(check('Không có tiêu đề', off), []);
    const warn = parseCorpusConfig('rules:\n  header/missing: warning\n').config;
    assert.equal(check('Không có tiêu đề', warn)[0].severity, 'warning');
  });
});
