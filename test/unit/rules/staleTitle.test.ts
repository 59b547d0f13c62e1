// entity/stale-title and date/contradicts-titles: input article → expected findings, over a
// registry written here (its dates are the test's own facts).

import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { applyEdits } from '../../../server/src/core/fixes/applyFixes';
import { titlesNamed } from '../../../server/src/core/entities/titleTimeline';

const REGISTRY = `entities:
  - id: tran-van-a
    type: person
    name: Trần Văn An
    titles:
      - title: Bộ trưởng
        organization: Bộ Ngoại giao
        from: 2016-04
        to: 2021-04
      - title: Phó Thủ tướng
        from: 2021-04-08
  - id: le-thi-b
    type: person
    name: Lê Thị Bình
    titles:
      - title: Chủ tịch Quốc hội
        from: 2016-03-31
        to: 2021-03-30
  - id: pham-van-c
    type: person
    name: Phạm Văn Cường
    titles:
      - title: Thống đốc
`;
const { registry } = loadRegistry([{ path: '/corpus/entities.yaml', text: REGISTRY, builtin: false }]);
const findings = (text: string, code = 'entity/stale-title') => analyzeArticle(text, { registry, today: '2026-11-28' }).findings.filter((f) => f.code === code);
const article = (date: string, body: string) => ` date ${date} Tin\n\n${body}\n`;

describe('entity/stale-title', () => {
  it('warns when the title was no longer held on the header date, says what was held then, and offers fixes', () => {
    const text = article('2026-02-25', 'Bộ trưởng Ngoại giao Trần Văn An tiếp đoàn khách.');
    const [f] = findings(text);
    assert.ok(f, 'a finding');
    assert.equal(text.slice(f.start, f.end), 'Bộ trưởng Ngoại giao Trần Văn An');
    assert.match(f.message, /On 2026-02-25 .*Trần Văn An was no longer Bộ trưởng Ngoại giao/);
    assert.match(f.message, /Bộ Ngoại giao \(2016-04 – 2021-04\)/);
    assert.match(f.message, /On that date, per the registry: Phó Thủ tướng \(2021-04-08 – now\)/);
    const fixed = f.fixes!.map((x) => applyEdits(text, x.edits));
    assert.ok(fixed.includes(article('2026-02-25', 'Phó Thủ tướng Trần Văn An tiếp đoàn khách.')), fixed.join('\n'));
    assert.ok(fixed.includes(article('2026-02-25', 'nguyên Bộ trưởng Ngoại giao Trần Văn An tiếp đoàn khách.').replace('\n\nnguyên', '\n\nNguyên')));
  });

  it('matches the title by folding: with or without the ministry word and comma', () => {
    const an = registry.get('tran-van-a')!;
    for (const written of ['Bộ trưởng Ngoại giao', 'Bộ trưởng, Bộ Ngoại giao', 'bộ trưởng bộ ngoại giao', 'Bộ trưởng']) {
      assert.deepEqual(titlesNamed(an, written).map((t) => t.organization), ['Bộ Ngoại giao'], written);
    }
    assert.deepEqual(titlesNamed(an, 'Bộ trưởng Tài chính'), []);
    assert.equal(findings(article('2026-02-25', 'Bộ trưởng Bộ Ngoại giao Trần Văn An phát biểu.')).length, 1);
    assert.equal(findings(article('2019-05-10', 'Bộ trưởng Bộ Ngoại giao Trần Văn An phát biểu.')).length, 0);
  });

  it('says nothing when the title was held on the date', () => {
    assert.deepEqual(findings(article('2018-06-01', 'Bộ trưởng Ngoại giao Trần Văn An tiếp đoàn.')), []);
    assert.deepEqual(findings(article('2026-02-25', 'Phó Thủ tướng Trần Văn An tiếp đoàn.')), []);
  });

  it('warns on the same sentence without a marker (the control of the tests below)', () => {
    assert.equal(findings(article('2026-02-25', 'Ông là Chủ tịch Quốc hội Lê Thị Bình.')).length, 1);
  });

  for (const marker of ['nguyên', 'cố', 'cựu', 'quyền', 'tân']) {
    it(`says nothing when the title is marked '${marker}'`, () => {
      assert.deepEqual(findings(article('2026-02-25', `Ông là ${marker} Chủ tịch Quốc hội Lê Thị Bình.`)), []);
    });
  }

  it('says nothing when the sentence is about another year', () => {
    assert.equal(findings(article('2026-02-25', 'Chủ tịch Quốc hội Lê Thị Bình thăm Lào.')).length, 1);
    assert.deepEqual(findings(article('2026-02-25', 'Năm 2019, Chủ tịch Quốc hội Lê Thị Bình thăm Lào.')), []);
    assert.deepEqual(findings(article('2026-02-25', 'Tháng 6/2018, Bộ trưởng Ngoại giao Trần Văn An thăm Nhật.')), []);
    // A date of the same year as the article keeps the check.
    assert.equal(findings(article('2026-02-25', 'Ngày 20/2, Chủ tịch Quốc hội Lê Thị Bình thăm Lào.')).length, 1);
  });

  it('says nothing when the registry has no dates for the title, or no such title', () => {
    assert.deepEqual(findings(article('2026-02-25', 'Thống đốc Phạm Văn Cường phát biểu.')), []);
    assert.equal(analyzeArticle(article('2026-02-25', 'Thống đốc Phạm Văn Cường phát biểu.'), { registry, today: '2026-11-28' }).mentions.find((m) => m.entityId === 'pham-van-c')?.title?.text, 'Thống đốc', 'the title was read');
    assert.deepEqual(findings(article('2026-02-25', 'Đại sứ Trần Văn An phát biểu.')), []);
  });

  it('says nothing without a header date', () => {
    assert.deepEqual(findings('Tin không ngày\n\nChủ tịch Quốc hội Lê Thị Bình thăm Lào.\n'), []);
  });
});

describe('date/contradicts-titles', () => {
  it('hints on the header date when two people hold titles of another, common period', () => {
    const text = article('2026-02-25', 'Chủ tịch Quốc hội Lê Thị Bình và Bộ trưởng Ngoại giao Trần Văn An dự lễ.');
    const [hint] = findings(text, 'date/contradicts-titles');
    assert.ok(hint, 'a hint');
    assert.equal(hint.severity, 'hint');
    assert.equal(text.slice(hint.start, hint.end), '2026-02-25');
    assert.match(hint.message, /fit 2016-04…2021-03/);
  });

  it('says nothing for one person alone', () => {
    assert.deepEqual(findings(article('2026-02-25', 'Chủ tịch Quốc hội Lê Thị Bình dự lễ.'), 'date/contradicts-titles'), []);
  });

  it('says nothing when another title of the article fits the header date', () => {
    const text = article('2026-02-25', 'Chủ tịch Quốc hội Lê Thị Bình, Bộ trưởng Ngoại giao Trần Văn An và Phó Thủ tướng Trần Văn An dự lễ.');
    assert.equal(findings(text).length, 2, 'the two old titles are still reported');
    assert.deepEqual(findings(text, 'date/contradicts-titles'), []);
  });
});

describe('insert-header fix and titles', () => {
  const insertFix = (text: string) => analyzeArticle(text, { registry, today: '2026-11-28' }).findings.find((f) => f.code === 'header/missing')!.fixes![0];
  it('prefers the year in which the titles of the article were held', () => {
    const fix = insertFix('Lễ kỷ niệm\n\nNgày 15/6, Chủ tịch Quốc hội Lê Thị Bình và Bộ trưởng Ngoại giao Trần Văn An dự lễ.\n');
    // Both held their titles on 2016-06-15 … 2020-06-15; 2021-06-15 is after Bình's term.
    assert.match(fix.title, /Insert header 'date 2020-06-15'/);
    assert.match(fix.edits[0].newText, /\$\{1\|2020-06-15,2019-06-15,/);
  });

  it('keeps the years the text gives when no title speaks for another', () => {
    const fix = insertFix('Lễ kỷ niệm\n\nNgày 15/6, ông Phó Thủ tướng Trần Văn An dự lễ năm 2025.\n');
    assert.match(fix.title, /Insert header 'date 2025-06-15'/);
  });
});
