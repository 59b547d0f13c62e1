// Properties over any text an editor may hold: analysis terminates, never throws and stays
// inside the document; fixes converge, are idempotent, and never drop a letter they were not
// asked to change. fast-check shrinks any counterexample to a small text.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { summarizeArticleWithDetails } from '../../../server/src/core/summary/articleSummary';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { fixText } from '../../../server/src/core/fixes/applyFixes';
import { MENTION_INTS } from '../../../server/src/core/summary/packedMentions';
import { builtinOrFixtureRegistry } from '../entities/helpers';

const TODAY = '2026-11-23';
const { registry } = builtinOrFixtureRegistry();

// Pieces that scraped Vietnamese news is made of, and what breaks naive code.
const pieces = [
  ' date 2026-02-25 ', 'date: ', '2026-02-30', '25/02/2026', 'Ngày 31/2', 'chiều 24/2', 'tháng 6/2024', '(1994-2024)', '26-27/1',
  'Tổng Bí thư Tô Lâm', 'Bộ trưởng Ngoại giao Nga Sergey Lavrov', 'V.Putin', 'Hà Nội', 'TP.HCM', 'Đảng Cộng sản Việt Nam', 'dầu khí', 'khoa học - công nghệ',
  'hòa', 'hoà', 'thủy', 'lựơng', 'Bá»™ trÆ°á»Ÿng', 'Lª Hoµi', 'Vieät', 'Ð', 'e\u0301', 'A\u0300\u0301',
  ' ', '  ', '\u00A0', '\u200B', '\u200D', '\u2060', '\uFEFF', '\t', '\u00AD', '\n', '\n\n', '\r\n', '\r',
  'Ảnh: TTXVN', '(Ảnh: ĐĂNG KHOA)', 'tong-bi-thu-to-lam-tiep-7807001-resize', 'Có thể bạn quan tâm', 'Tin liên quan', 'Bình luận (0)', 'Xem thêm:',
  '—', '***', '👨\u200D👩\u200D👧', '\uD800', '\uDC00', '\u0000', '\u0007', '1.1.1.1', 'a@b.vn', 'https://x.vn/a_b', '.', ',', ':', '"', '“', '”',
];
const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 4 }, { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 }), { maxLength: 400, size: 'large' }).map((p) => p.join(''));
// One piece many times over: long runs without a space or a line break, thousands of lines.
const runs = fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 500, max: 8000 })).map(([p, n]) => p.repeat(n));
const config = defaultConfig();

describe('properties over any text', function () {
  this.timeout(120_000);

  it('analysis never throws, stays inside the text, and takes time in proportion to it', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: text, weight: 5 }, { arbitrary: runs, weight: 1 }), (t) => {
        const started = performance.now();
        const { summary } = summarizeArticleWithDetails(t, { path: 'x.txt', config, today: TODAY, registry });
        const ms = performance.now() - started;
        assert.ok(ms < 1000 + t.length / 10, `${ms.toFixed(0)} ms for ${t.length} characters`);
        assert.ok(!summary.findings.some((f) => f.code === 'internal/rule-failed'), JSON.stringify(summary.findings.find((f) => f.code === 'internal/rule-failed')));
        for (const f of summary.findings) {
          assert.ok(0 <= f.start && f.start <= f.end && f.end <= t.length, `${f.code} ${f.start}-${f.end} of ${t.length}`);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= t.length, `${f.code} edit ${e.start}-${e.end}`);
        }
        const d = summary.mentions.data;
        for (let k = 0; k < d.length; k += MENTION_INTS) {
          const [s, len] = [d[k + 1], d[k + 2]];
          assert.ok(s >= 0 && len > 0 && s + len <= t.length);
          assert.equal(t.slice(s, s + len), summary.mentions.strings[d[k + 4]]);
        }
        assert.equal(summary.lineStarts.length, t.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 300 },
    );
  });

  it('fixes converge, a second run changes nothing, and whitespace and NFC fixes keep every letter', () => {
    const letters = (s: string) => s.normalize('NFC').replace(/[\s\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]+/gu, '');
    fc.assert(
      fc.property(text, (t) => {
        const once = fixText(t, { config, today: TODAY });
        assert.ok(once.converged, 'fixes left over');
        const twice = fixText(once.text, { config, today: TODAY });
        assert.equal(twice.text, once.text);
        const spacing = fixText(t, { config, today: TODAY, only: ['text/whitespace', 'text/not-nfc'] });
        assert.equal(letters(spacing.text), letters(t));
      }),
      { numRuns: 300 },
    );
  });
});
