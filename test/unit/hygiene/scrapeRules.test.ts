import { strict as assert } from 'node:assert';
import { applyAll, applyFix, config, covered, findings, TODAY } from './helpers';
import { fixText } from '../../../server/src/core/fixes/applyFixes';

const H = ' date 2026-02-25 Tiêu đề\n\n';

describe('scrape/image-slug', () => {
  it('finds an image file name line and removes it with one adjacent blank line', () => {
    const text = `${H}Đoạn một.\n\ntong-bi-thu-to-lam-tiep-thu-tuong-nga-7807001-resize-2\n\nĐoạn hai.\n`;
    const fs = findings(text, 'scrape/image-slug');
    assert.deepEqual(covered(text, fs), ['tong-bi-thu-to-lam-tiep-thu-tuong-nga-7807001-resize-2']);
    assert.equal(applyFix(text, fs[0]), `${H}Đoạn một.\n\nĐoạn hai.\n`);
  });

  it('handles extensions, a slug right under a paragraph and a slug at the very end', () => {
    const under = `${H}Đoạn một.\nanh-hoi-dam-2024.jpg\n\nĐoạn hai.`;
    assert.equal(applyFix(under, findings(under, 'scrape/image-slug')[0]), `${H}Đoạn một.\n\nĐoạn hai.`);
    const atEnd = `${H}Đoạn một.\n\nanh-hoi-dam-le-don-123456`;
    assert.equal(applyFix(atEnd, findings(atEnd, 'scrape/image-slug')[0]), `${H}Đoạn một.`);
    const atEndNl = `${H}Đoạn một.\n\nanh-hoi-dam-le-don-123456\n`;
    assert.equal(applyFix(atEndNl, findings(atEndNl, 'scrape/image-slug')[0]), `${H}Đoạn một.\n`);
  });

  it('does not take prose, numbers or short hyphenated words for slugs', () => {
    const text = `${H}Giai đoạn 2026-2028.\n\n1994-2024-2025-2026\n\nwell-known\n\nHà Nội - Nga - Lào - Campuchia\n`;
    assert.deepEqual(findings(text, 'scrape/image-slug'), []);
  });

  it('takes hyphenated words for a slug only with a file-like ending', () => {
    const words = `${H}Đoạn một.\n\nstate-of-the-art\n\nmot-hai-ba-bon\n\nhoi-nghi-thuong-dinh-2024\n\nĐoạn hai.\n`;
    assert.deepEqual(findings(words, 'scrape/image-slug'), []);
    assert.equal(fixText(words, { today: TODAY }).text, words);
    const files = `${H}Đoạn một.\n\nhoi-nghi-thuong-dinh.png\n\nanh-dai-hoi-xiv-thumb\n\nanh-dai-hoi-xiv-800x600\n\nanh-dai-hoi-xiv-1234567-2\n\nĐoạn hai.\n`;
    assert.equal(findings(files, 'scrape/image-slug').length, 4);
  });
});

describe('scrape/caption', () => {
  it('finds caption lines: a credit alone, in parentheses, or ending a sentence; information by default', () => {
    const text = `${H}Đoạn một.\n\nTổng thống tại cuộc gặp. Ảnh: Điện Kremlin\n\nẢnh: TTXVN\n\nQuang cảnh. (Ảnh: ĐĂNG KHOA)\n\n(Ảnh minh họa)\n\nĐoạn hai.`;
    const fs = findings(text, 'scrape/caption');
    assert.deepEqual(covered(text, fs), ['Tổng thống tại cuộc gặp. Ảnh: Điện Kremlin', 'Ảnh: TTXVN', 'Quang cảnh. (Ảnh: ĐĂNG KHOA)', '(Ảnh minh họa)']);
    assert.ok(fs.every((f) => f.severity === 'information'));
    assert.equal(applyAll(text, fs), `${H}Đoạn một.\n\nĐoạn hai.`);
  });

  it('removes a caption whose next line is the last, blank but for spaces, with no line break after it', () => {
    // Found by the properties test: the fix looked for a line after that last one.
    for (const [text, fixed] of [['Ảnh: TTXVN\n  ', '  '], ['Ảnh: TTXVN\r  ', '  '], [`${H}Đoạn một.\n\nẢnh: TTXVN\n \t`, `${H}Đoạn một.\n\n \t`]]) {
      const fs = findings(text, 'scrape/caption');
      assert.deepEqual(covered(text, fs), ['Ảnh: TTXVN'], JSON.stringify(text));
      assert.equal(applyFix(text, fs[0]), fixed, JSON.stringify(text));
    }
  });

  it('leaves prose that mentions photos alone, and can be switched off', () => {
    const text = `${H}Ảnh hưởng của ảnh: rất lớn trong bài viết dài này, và nhiều câu khác nữa.\n\n[Ảnh] Chủ tịch Quốc hội thăm gia đình\n`;
    assert.deepEqual(findings(text, 'scrape/caption'), []);
    assert.deepEqual(findings(`${H}Ảnh: TTXVN`, 'scrape/caption', config({ rules: { 'scrape/': 'off' } })), []);
  });
});

describe('scrape/duplicate-line', () => {
  it('finds a line repeated right after itself and removes the second copy', () => {
    const text = `${H}Đoạn một.\nQuang cảnh cuộc hội đàm.\nQuang cảnh cuộc hội đàm.\n\nĐoạn hai.`;
    const fs = findings(text, 'scrape/duplicate-line');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].start, text.lastIndexOf('Quang'));
    assert.equal(fs[0].related![0].start, text.indexOf('Quang'));
    assert.equal(applyFix(text, fs[0]), `${H}Đoạn một.\nQuang cảnh cuộc hội đàm.\n\nĐoạn hai.`);
  });

  it('finds a paragraph repeated after a blank line, and three copies compose', () => {
    const text = `${H}Một đoạn văn.\n\nMột đoạn văn.\n\nMột đoạn văn.\n\nKết.`;
    const fs = findings(text, 'scrape/duplicate-line');
    assert.equal(fs.length, 2);
    assert.equal(applyAll(text, fs), `${H}Một đoạn văn.\n\nKết.`);
  });

  it('reports a long line repeated further on without a fix, pointing at the first copy', () => {
    const line = 'Hai bên nhất trí tăng cường hợp tác kinh tế.';
    const text = `${H}${line}\n\nĐoạn giữa.\n\n${line}\n\nTổng Bí thư\n\nĐoạn cuối.\n\nTổng Bí thư`;
    const fs = findings(text, 'scrape/duplicate-line');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].start, text.lastIndexOf(line));
    assert.equal(fs[0].fixes, undefined);
    assert.equal(fs[0].related![0].start, text.indexOf(line));
  });

  it('keeps repeated separator lines (—, ***, * * *)', () => {
    for (const sep of ['—', '***', '* * *', '-----']) {
      const text = `${H}Phần một.\n\n${sep}\n\n${sep}\n\nPhần hai.\n${sep}\n${sep}\nPhần ba.\n`;
      assert.deepEqual(findings(text, 'scrape/duplicate-line'), [], sep);
      assert.equal(fixText(text, { today: TODAY }).text, text, sep);
    }
  });

  it('ignores lines inside a related-articles block', () => {
    const text = `${H}Đoạn.\n\nCó thể bạn quan tâm\n\nTin khác rất dài ở đây nữa.\n\nTin khác rất dài ở đây nữa.`;
    assert.deepEqual(findings(text, 'scrape/duplicate-line'), []);
  });
});

describe('scrape/trailer', () => {
  it('finds the related-articles block and removes it with the blank lines before it', () => {
    const text = `${H}Đoạn cuối.\n\nCó thể bạn quan tâm\n\nTin khác.\n\nTin khác nữa.`;
    const fs = findings(text, 'scrape/trailer');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].start, text.indexOf('Có thể'));
    assert.equal(fs[0].end, text.length);
    assert.equal(applyFix(text, fs[0]), `${H}Đoạn cuối.`);
    const withNl = text + '\n';
    assert.equal(applyFix(withNl, findings(withNl, 'scrape/trailer')[0]), `${H}Đoạn cuối.\n`);
  });

  it('finds the comments widget; its fix and the related block fix compose, either alone is clean too', () => {
    const text = `${H}Đoạn cuối.\n\nBình luận (0)\n\nCó thể bạn quan tâm\n\nTin khác.\n`;
    const fs = findings(text, 'scrape/trailer');
    assert.deepEqual(covered(text, fs).map((s) => s.split('\n')[0]), ['Bình luận (0)', 'Có thể bạn quan tâm']);
    assert.equal(applyAll(text, fs), `${H}Đoạn cuối.\n`);
    assert.equal(applyFix(text, fs[0]), `${H}Đoạn cuối.\n\nCó thể bạn quan tâm\n\nTin khác.\n`);
    assert.equal(applyFix(text, fs[1]), `${H}Đoạn cuối.\n\nBình luận (0)\n`);
    const widgetOnly = `${H}Đoạn cuối.\n\nBình luận`;
    assert.equal(applyFix(widgetOnly, findings(widgetOnly, 'scrape/trailer')[0]), `${H}Đoạn cuối.`);
  });

  it('leaves an article without a trailer alone, including the words in prose', () => {
    assert.deepEqual(findings(`${H}Bình luận về sự kiện này, ông nói.\n\nĐoạn cuối.\n`, 'scrape/trailer'), []);
  });
});
