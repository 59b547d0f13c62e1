import { strict as assert } from 'node:assert';
import { findDateMentions } from '../../../server/src/core/dates/dateMention';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';

const cores = (s: string) => findDateMentions(s).map((m) => s.slice(m.coreStart, m.coreEnd));
const TODAY = '2026-11-23';
const findings = (text: string, code: string) => analyzeArticle(text, { today: TODAY }).findings.filter((f) => f.code === code);

describe('date mentions', () => {
  it('reads every expression shape of Vietnamese news', () => {
    const text = 'Chiều 24/2, Ngày 15/1, sáng 28/1/2026, 26-27/1, tháng 6/2024, năm 2025, 16/12/2025, giai đoạn 2026-2028, (1994-2024), 30/1-2/2, ngày 5 tháng 3 năm 2024, quý II/2026';
    assert.deepEqual(cores(text), ['24/2', '15/1', '28/1/2026', '26-27/1', 'tháng 6/2024', 'năm 2025', '16/12/2025', '2026-2028', '1994-2024', '30/1-2/2', 'ngày 5 tháng 3 năm 2024', 'quý II/2026']);
  });

  it('keeps the part of day and prefix in the mention, the core apart', () => {
    const [m] = findDateMentions('Vào chiều 24/2, hai bên');
    assert.equal(m.text, 'chiều 24/2');
    assert.equal(m.day, 24);
    assert.equal(m.month, 2);
    assert.equal(m.year, undefined);
    assert.ok(m.introduced);
  });

  it('reads D/M/Y as day, month, year and M/YYYY as month/year', () => {
    const [a] = findDateMentions('ngày 16/12/2025');
    assert.deepEqual([a.day, a.month, a.year], [16, 12, 2025]);
    const [b] = findDateMentions('tháng 6/2024');
    assert.deepEqual([b.kind, b.month, b.year], ['month', 6, 2024]);
  });

  it('ignores fractions, numbers inside longer numbers and slugs', () => {
    assert.deepEqual(cores('1/2 dân số và 3/4 số hộ'), []);
    assert.deepEqual(cores('anh-7807001-resize-2 và mã 12/3456/QĐ và 7807001'), []);
    assert.deepEqual(cores('trang web.vn/24/2/bai'), []);
  });
});

describe('date rules', () => {
  it('reports date/impossible on 31/2, 32/1 and 29/2 of a non-leap header year', () => {
    const text = ' date 2025-03-10 T\n\nNgày 31/2 và 32/1, ngày 29/2 và 30/4.';
    const found = findings(text, 'date/impossible').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['31/2', '32/1', '29/2']);
  });

  it('accepts 29/2 in a leap year or with no year to judge by', () => {
    assert.deepEqual(findings(' date 2024-03-10 T\n\nNgày 29/2.', 'date/impossible'), []);
    assert.deepEqual(findings('Không có tiêu đề\n\nNgày 29/2.', 'date/impossible'), []);
    assert.equal(findings('Không có\n\nNgày 29/2/2023.', 'date/impossible').length, 1);
  });

  it('reports a year-less date after the header date as information', () => {
    const text = ' date 2026-02-25 T\n\nChiều 24/2, hai bên gặp nhau. Ngày 3/3, đoàn về nước.';
    const [f, ...rest] = findings(text, 'date/after-publication');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), '3/3');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /2026-03-03/);
  });

  it('does not report dates marked as upcoming, or future years and months', () => {
    const text = ' date 2026-02-25 T\n\nĐoàn dự kiến sang Nga ngày 3/3. Ngày 5/3 tới, hai bên họp. Hội nghị sắp tới vào 10/3. Kế hoạch trong năm 2026 và giai đoạn 2026-2028, tháng 6/2027.';
    assert.deepEqual(findings(text, 'date/after-publication'), []);
  });

  it('does not flag body dates in the related-articles trailer', () => {
    const text = ' date 2026-02-25 T\n\nChiều 24/2.\n\nCó thể bạn quan tâm\n\nNgày 31/2 và 3/3 là tin khác.';
    assert.deepEqual(analyzeArticle(text, { today: TODAY }).findings.filter((f) => f.code.startsWith('date/')), []);
  });

  it('resolves partial dates to the header year, or the year before when far later', () => {
    const a = analyzeArticle(' date 2026-01-10 T\n\nNgày 5/1, rồi 28/12 năm trước, và 26-27/1 tới, tháng 3.', { today: TODAY });
    assert.deepEqual(
      a.dates.filter((d) => d.resolved).map((d) => [d.mention.text, d.resolved!.iso]),
      [
        ['Ngày 5/1', '2026-01-05'],
        ['28/12', '2025-12-28'],
        ['26-27/1', '2026-01-26/2026-01-27'],
        ['tháng 3', '2025-03'],
      ],
    );
  });
});
