// The analysis takes shortcuts on the common case (an anchored date search, one pass of line
// facts, the body's words lower-cased unit by unit); these properties hold each against the
// plain computation it replaced, on text made to hit the uncommon cases.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CORE, findDateMentions } from '../../../server/src/core/dates/dateMention';
import { parseArticle } from '../../../server/src/core/corpus/article';
import { bodyFingerprint, fmix32, hashString } from '../../../server/src/core/corpus/bodyFingerprint';
import { findRelatedBlock } from '../../../server/src/core/corpus/trailer';
import { isSurelyNfc, toNfc } from '../../../server/src/core/text/nfc';
import { cp1252Mojibake, legacyEncodingOf } from '../../../server/src/core/text/mojibake';
import { lineFacts, LEGACY_SUSPECT, MOJIBAKE_PAIR, NFC_UNSTABLE, NON_ASCII } from '../../../server/src/core/rules/lineFacts';
import { lineKey, lineKeyOf } from '../../../server/src/core/rules/scrape/region';
import { toneWords } from '../../../server/src/core/rules/text/toneWords';
import { isMarkedPast } from '../../../server/src/core/entities/titleTimeline';
import { STYLE_CANDIDATE, TYPO_CANDIDATE, wordsContaining } from '../../../server/src/core/text/tone';

/** The matches findDateMentions looked at as it was, CORE tried at every position of the
 *  text: those not glued to a word on either side, with whether it then dropped them (a bare
 *  D/M before a unit, a day 0, neither introduced by a word). */
function datesByScan(text: string, from = 0, to = text.length): Array<{ start: number; end: number; text: string; dropped: boolean }> {
  const core = new RegExp(CORE.source, CORE.flags);
  const out: Array<{ start: number; end: number; text: string; dropped: boolean }> = [];
  core.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = core.exec(text)) && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && /[\p{L}\p{N}_/.\-]/u.test(text[start - 1])) || (end < text.length && /[\p{L}\p{N}_/]/u.test(text[end]))) {
      core.lastIndex = start + 1;
      continue;
    }
    const g = m.groups!;
    const lead = g.lead ?? '';
    const introduced = lead.length > 0 || /^(ngày|tháng|năm|quý)/iu.test(m[0].slice(lead.length));
    const shapes = Object.keys(g).filter((k) => /^p\d+$/.test(k)).map((k) => Number(k.slice(1)));
    const shape = shapes.find((i) => g[`p${i}`] !== undefined)!;
    const bare = shape === Math.max(...shapes);
    const unitAfter = /^[ \u00A0]*(?:dân số|số|phần|tổng|người|lần|trường hợp|học sinh|hộ|ca|%)/iu.test(text.slice(end, end + 20));
    const day0 = g[`d_${shape}`] !== undefined && Number(g[`d_${shape}`]) === 0;
    out.push({ start, end, text: m[0], dropped: !introduced && ((bare && unitAfter) || day0) });
    core.lastIndex = end;
  }
  return out;
}

const datePieces = ['ngày', 'Ngày', 'NGÀY', 'tháng', 'THÁNG', 'năm', 'quý', 'Quý', 'QUÝ', 'sáng', 'rạng sáng', 'đầu giờ chiều', 'trước', 'từ', 'giữa', 'ſáng', 'xngày', 'số', 'người', '%', 'I', 'II', 'IV',
  ' ', ' ', '  ', '\u00A0', '\n', '\r\n', '/', '/', '-', '–', '.', ',', '(', 'a', 'é', '😀', '0', '1', '2', '5', '9', '12', '13', '29', '31', '32', '00', '2020', '1999', '2100', '7807001'];
const dateLike = fc
  .tuple(
    // The longest lead, prefix and word before a number come together often (21 letters).
    fc.constantFrom('', 'Sáng ', 'đầu giờ chiều  ', 'đầu giờ chiều ', 'x'),
    fc.constantFrom('', 'Từ ', 'trước\u00A0', 'trước '),
    fc.constantFrom('', 'ngày ', 'tháng ', 'tháng ', 'năm ', 'QUÝ\u00A0'),
    fc.constantFrom('0', '1', '5', '05', '12', '13', '29', '31', '32', 'II', 'IV', '2020', '1999'),
    fc.constantFrom('', '/', '-', '–', '.', ' tháng ', '/3-2/'),
    fc.constantFrom('', '1', '2', '12', '13', '2024'),
    fc.constantFrom('', '/2020', '-2021', '.1999', '/', ' năm 2019', ' người', ' số'),
  )
  .map((p) => p.join(''));
const dateText = fc.array(fc.oneof(fc.constantFrom(...datePieces), dateLike), { maxLength: 30 }).map((p) => p.join(''));

const textPieces = ['Hòa', 'hoà', 'HOÀ', 'thủy', 'THUỶ', 'khỏe', 'lựơng', 'NGỪƠI', 'nghịêm', 'oà', 'ùy', 'o\u0300a', 'ỏ', 'ý', 'ĐÀ NẴNG', 'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Привет', 'e\u0301', '𝐀', '😀', '\uD800', '\uDC00', 'Ⅻ', 'ẞ', 'Ａｂ', 'Bá»™', 'trÆ°á»Ÿng', 'Lª Hoµi', 'Vieät', 'Ð', 'ð', '½', 'x',
  ' ', ' ', '  ', '\u00A0', '\u200B', '\u2060', '\uFEFF', '\t', '\u00AD', '\n', '\n\n', '\r\n', '\r', '.', ',', '2024', ' date 2024-01-02 '];
const anyText = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...textPieces), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 }), { maxLength: 120 }).map((p) => p.join(''));

/** The body's fingerprint hashes as they were: toNfc(body).toLowerCase(), its words by regex. */
function exactByRegex(text: string): { count: number; exact?: [number, number] } {
  const article = parseArticle(text);
  const lines = article.lines;
  const related = findRelatedBlock(lines);
  const end = related >= 0 ? related : lines.length;
  let first = article.bodyStartLine;
  while (first < end && lines[first].text.trim() === '') first++;
  if (first >= end) return { count: 0 };
  const words = toNfc(text.slice(lines[first].start, lines[end - 1].end)).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { count: 0 };
  // Two hashes of the words' hashes in order.
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (const w of words) {
    const x = hashString(w, 0);
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return { count: words.length, exact: [fmix32(h1 ^ words.length), fmix32(h2)] };
}

describe('fast paths agree with the plain computation', function () {
  this.timeout(60_000);

  it('date mentions: the anchored search finds what a scan of every position finds', () => {
    fc.assert(
      fc.property(dateText, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const to = b % 3 === 0 ? t.length : b % (t.length + 2);
        const found = findDateMentions(t, from, to).map((m) => ({ start: m.start, end: m.end, text: m.text, dropped: false }));
        const kept = datesByScan(t, from, to).filter((m) => !m.dropped);
        assert.deepEqual(found, kept, JSON.stringify([t, from, to]));
      }),
      { numRuns: 3000 },
    );
  });

  it('line facts: a line without a bit has nothing the slow test would find', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const article = parseArticle(t);
        const facts = lineFacts(t, article).lines;
        for (const line of article.lines) {
          const bits = facts[line.index];
          assert.equal(lineKeyOf(line.text, bits), lineKey(line.text));
          assert.equal((bits & NON_ASCII) !== 0, /[^\x00-\x7F]/.test(line.text));
          if (!(bits & NFC_UNSTABLE)) assert.ok(isSurelyNfc(line.text));
          if (!(bits & MOJIBAKE_PAIR)) assert.deepEqual(cp1252Mojibake(line.text), []);
          if (!(bits & LEGACY_SUSPECT)) assert.equal(legacyEncodingOf(line.text), undefined);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('tone words: the pairs found in the walk over the units give the words a search of the text gives', () => {
    const either = new RegExp(`${STYLE_CANDIDATE.source}|${TYPO_CANDIDATE.source}`, STYLE_CANDIDATE.flags);
    fc.assert(
      fc.property(anyText, (t) => {
        const want: ReturnType<typeof toneWords> = { style: [], typo: [] };
        for (const w of wordsContaining(t, either)) {
          if (STYLE_CANDIDATE.test(w.word)) want.style.push(w);
          if (TYPO_CANDIDATE.test(w.word)) want.typo.push(w);
        }
        assert.deepEqual(toneWords(t, parseArticle(t)), want, JSON.stringify(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('titles marked as past: the look at the word before a title agrees with the expression alone', () => {
    const marked = /(?:^|[^\p{L}])(?:nguyên|cố|cựu|quyền|tân|từng|khi đó|lúc đó|trước đó|khi ấy|lúc ấy|thời điểm đó)[\s\u00a0]+(?:(?:là|giữ chức|làm|giữ cương vị)[\s\u00a0]+)?$/iu;
    const plain = (text: string, at: number, title: string) => marked.test(text.slice(Math.max(0, at - 40), at)) || /^(?:nguyên|cố|cựu|quyền|tân)[\s\u00a0]/iu.test(title.trim());
    const pieces = ['nguyên', 'Nguyên', 'NGUYÊN', 'cố', 'cựu', 'quyền', 'tân', 'từng', 'khi', 'đó', 'ĐÓ', 'lúc', 'ấy', 'trước', 'thời điểm', 'là', 'giữ chức', 'làm', 'giữ cương vị', 'x', 'ông', 'o\u0301', ' ', ' ', '  ', '\u00a0', '\t', '\n', ',', '(', 'Bộ trưởng'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    // Mostly a marker's words and a verb's right before the title, spaced out to the window's edge.
    const markers = ['nguyên', 'cố', 'cựu', 'quyền', 'tân', 'từng', 'khi đó', 'lúc đó', 'trước đó', 'khi ấy', 'lúc ấy', 'thời điểm đó', 'Khi Ấy', 'đó', 'ấy'];
    const before = fc.tuple(text, fc.constantFrom('', 'x', ' ', '('), fc.constantFrom(...markers), fc.constantFrom('', ' là', ' giữ chức', ' làm', ' giữ cương vị', ' chức'), fc.integer({ min: 0, max: 40 })).map(([t, glue, m, verb, spaces]) => t + glue + m + verb + ' '.repeat(spaces));
    fc.assert(
      fc.property(fc.oneof(text, before), fc.constantFrom('Bộ trưởng', 'nguyên Thủ tướng', ' Chủ tịch'), (before, title) => {
        const t = before + title;
        assert.equal(isMarkedPast(t, before.length, title), plain(t, before.length, title), JSON.stringify(t));
      }),
      { numRuns: 5000 },
    );
    assert.equal(isMarkedPast('ông nguyên Bộ trưởng', 11, 'Bộ trưởng'), true);
    assert.equal(isMarkedPast('khi đó là Bộ trưởng', 10, 'Bộ trưởng'), true);
    assert.equal(isMarkedPast('ông Bộ trưởng', 4, 'Bộ trưởng'), false);
    // The window starts inside a word: its end, there, is the marker.
    const cut = `xcố${' '.repeat(38)}Bộ trưởng`;
    assert.equal(isMarkedPast(cut, 41, 'Bộ trưởng'), true);
  });

  it('body fingerprint: the words read in the walk over the units are those its own scan reads', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(1, 3, 5), (t, k) => {
        const article = parseArticle(t);
        const own = bodyFingerprint(t, article, { minWords: 1, shingleSize: k });
        const walked = bodyFingerprint(t, article, { minWords: 1, shingleSize: k }, lineFacts(t, article).bodyWords);
        assert.deepEqual(walked, own, JSON.stringify(t));
      }),
      { numRuns: 1000 },
    );
  });

  it("body fingerprint: each bin keeps the least value of the shingles that fall in it, each shingle's hash made from its own words", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `từ${(i * 7919) % 1013}`);
    const text = `Tiêu đề | 01/02/2024\n\n${words.join(' ')}`;
    const fp = bodyFingerprint(text, parseArticle(text), { shingleSize: 5, bins: 64 });
    // A polynomial of the shingle's five word hashes (base 0x9e3779b1), mixed; its top six bits pick the bin.
    const want = new Array<number>(64).fill(0xffffffff);
    const hashes = words.map((w) => hashString(w, 0));
    for (let i = 0; i + 5 <= hashes.length; i++) {
      let h = 0;
      for (let j = 0; j < 5; j++) h = (Math.imul(h, 0x9e3779b1) + hashes[i + j]) | 0;
      const mixed = fmix32(h);
      const v = fmix32(mixed ^ 0x9e3779b9);
      want[mixed >>> 26] = Math.min(want[mixed >>> 26], v);
    }
    assert.ok(want.every((v) => v !== 0xffffffff), 'every bin has a shingle');
    assert.deepEqual([...fp.signature!], want);
  });

  it('body fingerprint: the words read off the text hash as those of the lower-cased NFC body', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const fp = bodyFingerprint(t, parseArticle(t), { minWords: 1 });
        const want = exactByRegex(t);
        assert.deepEqual(fp.exact, want.exact, JSON.stringify(t));
      }),
      { numRuns: 1000 },
    );
    // The word hashes themselves: hashString's, as the shingles use them.
    const fp = bodyFingerprint(' date 2024-01-02 X\nHòa BÌNH hòa bình İ Σ', parseArticle(' date 2024-01-02 X\nHòa BÌNH hòa bình İ Σ'), { minWords: 1, shingleSize: 1 });
    assert.ok(fp.signature && fp.exact);
    assert.equal(hashString('hòa', 0), hashString('Hòa'.toLowerCase(), 0));
  });
});
