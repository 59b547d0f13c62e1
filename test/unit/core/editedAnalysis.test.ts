import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle, type Article } from '../../../server/src/core/corpus/article';
import { editedLineFacts, forgetEditedLineFacts, lineFacts } from '../../../server/src/core/rules/lineFacts';
import { articleDates, editedArticleDates, forgetEditedArticleDates } from '../../../server/src/core/dates/articleDates';
import { editSequence } from '../text/editSequence';

const samples = path.resolve(__dirname, '..', '..', '..', 'samples', 'corpus');
const articles = fs.readdirSync(samples).sort().map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));

/** Lines of every kind the line facts tell apart, and a related-articles block after the body. */
const crafted = [
  'Tiêu đề: Thử\u00a0nghiệm  hai\tdấu cách | 01/02/2024',
  '',
  'Ông  Nguyễn Văn A nói rằng hòa bình và thuỷ lợi là ưu tiên của năm 2023. Sáng 3/4, chiều ngày 5 tháng 6 năm 2024, quý II/2024 và 1/2 số dân.',
  ' Đoạn có dấu cách đầu dòng, soft\u00adhyphen và khoảng\u200btrắng ẩn.',
  'Bá»™ trÆ°á»Ÿng nói (mojibake), Lª Hoµi (TCVN3), Ðà Nẵng.\r',
  'Câu cuối của thân bài có đủ chữ để thành vân tay: một hai ba bốn năm sáu bảy tám chín mười.',
  '',
  'Tin liên quan:',
  '- Bài khác một (12/5/2024)',
  '- Bài khác hai',
].join('\n');

/** Texts of `pieces`, each edited once anywhere (a few pieces typed, a few units deleted): what
 *  `edited` makes of the edit after the text is what `whole` makes of it. */
function anyEdit<T>(pieces: string[], numRuns: number, forget: () => void, edited: (text: string, article: Article) => T, whole: (text: string, article: Article) => T): void {
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, text, fc.nat(), fc.nat(5), (before, typed, at, removed) => {
      forget();
      edited(before, parseArticle(before));
      const p = at % (before.length + 1);
      const after = before.slice(0, p) + typed.slice(0, 6) + before.slice(p + removed);
      assert.deepEqual(edited(after, parseArticle(after)), whole(after, parseArticle(after)), JSON.stringify([before, after]));
    }),
    { numRuns },
  );
}

describe('analysis of an edited text, by the lines that changed', () => {
  beforeEach(() => {
    forgetEditedLineFacts();
    forgetEditedArticleDates();
  });

  it('line facts: the facts lineFacts gives the whole text, edit after edit', () => {
    for (const [a, start] of [crafted, ...articles.slice(0, 6)].entries()) {
      for (const text of editSequence(start, 40, 300 + a)) {
        assert.deepEqual(editedLineFacts(text, parseArticle(text)), lineFacts(text, parseArticle(text)), `text ${a}: ${JSON.stringify(text.slice(0, 60))}…`);
      }
    }
  });

  it('line facts: any text, any edit of it', () => {
    const pieces = ['Hòa', 'hoà', 'thủy', ' ', '  ', '\u00a0', '\u200b', '\t', '\u00ad', '\n', '\n\n', '\r\n', '\r', '.', 'Bá»™', 'Lª Hoµi', 'Ð', '😀', '\ud800', 'Tin liên quan:', 'một hai ba bốn năm sáu bảy tám chín mười'];
    anyEdit(pieces, 2000, forgetEditedLineFacts, editedLineFacts, lineFacts);
  });

  it('dates: the dates articleDates finds in the whole text, edit after edit', () => {
    let dated = 0;
    for (const [a, start] of [crafted, ...articles.slice(0, 6)].entries()) {
      for (const text of editSequence(start, 40, 400 + a)) {
        const found = articleDates(text, parseArticle(text));
        assert.deepEqual(editedArticleDates(text, parseArticle(text)), found, `text ${a}: ${JSON.stringify(text.slice(0, 60))}…`);
        dated += found.length;
      }
    }
    assert.ok(dated > 100);
  });

  it('dates: any text, any edit of it', () => {
    const pieces = ['ngày', 'sáng', ' ', '\u00a0', '\n', '\r\n', '3', '12', '/', '-', '.', '2024', 'tháng', 'quý', 'II', 'số', 'x', 'Tin liên quan:', 'Tiêu đề: A | 01/02/2024\n'];
    anyEdit(pieces, 3000, forgetEditedArticleDates, editedArticleDates, articleDates);
  });
});
