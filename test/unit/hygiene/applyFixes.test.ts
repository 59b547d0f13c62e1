import { strict as assert } from 'node:assert';
import { applyEdits, fixText, selectFixes } from '../../../server/src/core/fixes/applyFixes';
import type { Finding } from '../../../server/src/core/diagnostic';
import { realArticle } from '../../support/sharedCorpus';
import { config, TODAY } from './helpers';

const fix = (o: { today?: string; only?: string[]; toneStyle?: 'old' | 'new' } = {}) => (text: string) =>
  fixText(text, { today: o.today ?? TODAY, only: o.only, config: config(o.toneStyle ? { toneStyle: o.toneStyle } : {}) });

describe('fix engine (core/fixes/applyFixes)', () => {
  it('applies non-overlapping edits and refuses overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: '' }]), 'bcdEf');
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
  });

  it('prefers the widest fix when fixes overlap', () => {
    const f = (start: number, end: number, code: string): Finding => ({ code, severity: 'warning', message: '', start, end, fixes: [{ title: '', edits: [{ start, end, newText: '' }] }] });
    const chosen = selectFixes([f(5, 6, 'small'), f(0, 10, 'block'), f(12, 13, 'other')]);
    assert.deepEqual(chosen.map((c) => c.finding.code).sort(), ['block', 'other']);
  });

  it('applies the safe fixes to a fixed point, and a second run changes nothing', () => {
    const text = ` date 2026-02-25 Tiêu đề\n\n${'Việt'.normalize('NFD')}\u00A0Nam  hợp tác. \nẢnh: TTXVN\nẢnh: TTXVN\n\nanh-hoi-dam-7807001-resize\n\nSản lựơng tăng.\n\nBình luận (0)\n\nCó thể bạn quan tâm\n\nTin\u00A0khác.\n`;
    const r = fix()(text);
    assert.equal(r.text, ' date 2026-02-25 Tiêu đề\n\nViệt Nam hợp tác.\nẢnh: TTXVN\n\nSản lượng tăng.\n');
    assert.deepEqual(r.applied, { 'text/not-nfc': 1, 'text/whitespace': 3, 'scrape/duplicate-line': 1, 'scrape/image-slug': 1, 'text/tone-typo': 1, 'scrape/trailer': 2 });
    assert.ok(r.converged);
    const again = fix()(r.text);
    assert.equal(again.changed, false);
    assert.equal(again.text, r.text);
  });

  it('never applies unsafe fixes unless named: captions, tone style without a declared style', () => {
    const text = ' date 2026-02-25 T\n\nHòa bình, hòa hợp, hoà giải.\n\nẢnh: TTXVN\n';
    assert.equal(fix()(text).changed, false);
    assert.equal(fix({ only: ['scrape/'] })(text).changed, false);
    assert.equal(fix({ only: ['scrape/caption'] })(text).text, ' date 2026-02-25 T\n\nHòa bình, hòa hợp, hoà giải.\n');
    assert.equal(fix({ only: ['text/tone-style'] })(text).text, ' date 2026-02-25 T\n\nHòa bình, hòa hợp, hòa giải.\n\nẢnh: TTXVN\n');
    assert.equal(fix({ toneStyle: 'new' })(text).text, ' date 2026-02-25 T\n\nHoà bình, hoà hợp, hoà giải.\n\nẢnh: TTXVN\n');
  });

  it('leaves UTF-8-read-as-1252 text to text/legacy-encoding, which then repairs it exactly', () => {
    const good = ' date 2026-02-25 Bộ trưởng Lê Hoài Trung\n\nBộ trưởng Ngoại giao Lê Hoài Trung đã gặp “Đại sứ” – hôm nay, người dân.\n';
    const special: Record<number, string> = { 0x80: '€', 0x93: '“', 0x94: '”', 0x96: '–', 0x9f: 'Ÿ', 0x9c: 'œ', 0x99: '™', 0x9d: '\u009d' };
    const bad = [...Buffer.from(good, 'utf8')].map((b) => special[b] ?? String.fromCharCode(b)).join('');
    assert.ok(bad.includes('Ã\u00A0'), 'à is C3 A0: its second byte reads as a non-breaking space');
    const safe = fix()(bad);
    assert.equal(safe.text, bad);
    assert.equal(fix({ only: ['text/legacy-encoding'] })(bad).text, good);
  });

  it('fixes more problems of a rule than one pass keeps, over the passes after, each one counted', () => {
    // 25 body lines ending in a space; a pass keeps 10 of a rule's findings and counts the rest.
    const lines = Array.from({ length: 25 }, (_, i) => `Dòng ${i}. `);
    const text = ` date 2026-02-25 Tiêu đề\n\n${lines.join('\n')}\n`;
    const r = fixText(text, { today: TODAY, config: config(), passFindings: 10, maxPasses: 1 });
    assert.equal(r.text, ` date 2026-02-25 Tiêu đề\n\n${lines.map((l) => l.trimEnd()).join('\n')}\n`);
    assert.deepEqual(r.applied, { 'text/whitespace': 25 });
    // Two passes that left some counted, then the one that did not (maxPasses counts that one).
    assert.equal(r.passes, 3);
    assert.ok(r.converged);
  });

  it('limits itself to the codes named', () => {
    const text = ' date 2026-02-25 T\n\nA\u00A0B.\nDòng lặp lại.\nDòng lặp lại.\n';
    const r = fix({ only: ['text/whitespace'] })(text);
    assert.equal(r.text, ' date 2026-02-25 T\n\nA B.\nDòng lặp lại.\nDòng lặp lại.\n');
    assert.deepEqual(r.applied, { 'text/whitespace': 1 });
  });
});

describe('fix engine and related-articles labels inside the article', () => {
  it('keeps the 30 paragraphs after a Tin liên quan label that stands after the first paragraph', () => {
    const paragraph = (k: number) => `Đoạn ${k}: ${'Hai bên đã trao đổi sâu rộng về quan hệ hợp tác song phương và các vấn đề quốc tế cùng quan tâm. '.repeat(3).trim()}`;
    const text = ` date 2026-02-25 Tiêu đề\n\n${paragraph(0)}\n\nTin liên quan\n\n${Array.from({ length: 30 }, (_, k) => paragraph(k + 1)).join('\n\n')}\n`;
    const r = fix()(text);
    assert.equal(r.text, text);
    assert.equal(r.applied['scrape/trailer'], undefined);
  });
});

describe('fix engine on the real articles in ../shared/corpus', () => {
  it('004 loses exactly the related-articles trailer and the repeated caption line', function () {
    const text = realArticle(this, '004_0bbbe4c8297b86fb.txt');
    // The expected text, computed from the lines without the rules: drop everything from the
    // `Có thể bạn quan tâm` line on (and the blank lines before it), and the second of the two
    // identical consecutive caption lines.
    const lines = text.split('\n');
    const label = lines.indexOf('Có thể bạn quan tâm');
    assert.ok(label > 0);
    let end = label;
    while (lines[end - 1].trim() === '') end--;
    const dup = lines.findIndex((l, i) => i > 0 && l !== '' && l === lines[i - 1]);
    assert.equal(lines[dup], 'Quang cảnh cuộc hội đàm. (Ảnh: ĐĂNG KHOA)');
    assert.ok(dup < end);
    const kept = lines.slice(0, end).filter((_, i) => i !== dup);
    const expected = kept.join('\n') + (text.endsWith('\n') ? '\n' : '');

    const r = fix()(text);
    assert.equal(r.text, expected);
    assert.deepEqual(r.applied, { 'scrape/trailer': 1, 'scrape/duplicate-line': 1 });
    // Every character that is not in the removed ranges survives, in order.
    assert.equal(r.text.length, text.length - (lines.slice(end).join('\n').length + 1) - (lines[dup].length + 1));
    assert.equal(fix()(r.text).changed, false);
  });

  for (const name of ['000_995fd5ea76516d98.txt', '002_488c4fac8c8940e9.txt']) {
    it(`${name.slice(0, 3)} comes out byte-identical`, function () {
      const text = realArticle(this, name);
      const r = fix()(text);
      assert.equal(r.changed, false);
      assert.equal(r.text, text);
      assert.deepEqual(r.applied, {});
    });
  }
});
