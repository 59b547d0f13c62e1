import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { realArticle } from '../../support/sharedCorpus';

const TODAY = '2026-11-23';

describe('real articles in ../shared/corpus', () => {
  it('000 has a valid header dated 2026-02-25 and no header or date problem', function () {
    const text = realArticle(this, '000_995fd5ea76516d98.txt');
    const a = analyzeArticle(text, { today: TODAY });
    assert.equal(a.article.header.kind, 'valid');
    assert.equal(a.article.date, '2026-02-25');
    assert.deepEqual(a.findings.filter((f) => /^(header|date)\//.test(f.code)), []);
    // `chiều 24/2` is the event the article reports, the day before publication.
    assert.deepEqual(a.dates.filter((d) => d.resolved).map((d) => [d.mention.text, d.resolved!.iso]), [['chiều 24/2', '2026-02-24']]);
  });

  it('002 has no header: it starts with its body, and the fix dates it 2026-01-15', function () {
    const text = realArticle(this, '002_488c4fac8c8940e9.txt');
    const a = analyzeArticle(text, { today: TODAY });
    const missing = a.findings.filter((f) => f.code === 'header/missing');
    assert.equal(missing.length, 1);
    assert.equal(text.slice(missing[0].start, missing[0].end), 'Ngày');
    const edit = missing[0].fixes![0].edits[0];
    assert.equal(edit.start, 0);
    assert.ok(edit.plainText!.startsWith(' date 2026-01-15 '));
    const fixed = edit.plainText + text;
    assert.deepEqual(analyzeArticle(fixed, { today: TODAY }).findings.filter((f) => f.code.startsWith('header/')), []);
  });

  it('004 has no header: its first line is the title, and the fix dates it 2024-06-20', function () {
    const text = realArticle(this, '004_0bbbe4c8297b86fb.txt');
    const a = analyzeArticle(text, { today: TODAY });
    const [missing] = a.findings.filter((f) => f.code === 'header/missing');
    assert.equal(text.slice(missing.start, missing.end), 'Tổng');
    const [edit] = missing.fixes![0].edits;
    const fixed = text.slice(0, edit.start) + edit.plainText + text.slice(edit.end);
    assert.equal(fixed, ' date 2024-06-20 ' + text);
    const after = analyzeArticle(fixed, { today: TODAY });
    assert.equal(after.article.date, '2024-06-20');
    assert.deepEqual(after.findings.filter((f) => f.code.startsWith('header/') || f.code === 'date/impossible'), []);
  });
});
