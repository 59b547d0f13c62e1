import { strict as assert } from 'node:assert';
import { splitLines } from '../../../server/src/core/corpus/article';
import { findRelatedBlock } from '../../../server/src/core/corpus/trailer';

const block = (text: string) => {
  const lines = splitLines(text);
  const i = findRelatedBlock(lines);
  return i < 0 ? undefined : lines[i].text;
};

describe('related-articles block', () => {
  it('starts at a widget label followed by a short list of teasers up to the end', () => {
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nCó thể bạn quan tâm\n\nTin một dài và đủ câu.\n\nTin hai\n'), 'Có thể bạn quan tâm');
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nTin liên quan:\nTin một\n'), 'Tin liên quan:');
    // Teasers as news sites show them: caption, headline, one-paragraph lead.
    const teaser = (k: number) => `Quang cảnh buổi lễ số ${k}. (Ảnh: TTXVN)\n\nHội nghị lần thứ ${k} bàn về hợp tác kinh tế\n\n${'Sáng 28/1, hội nghị đã diễn ra với sự tham dự của nhiều đại biểu trong và ngoài nước. '.repeat(3)}`;
    assert.equal(block(`Tiêu đề\n\nThân bài.\n\nCó thể bạn quan tâm\n\n${Array.from({ length: 9 }, (_, k) => teaser(k)).join('\n\n')}\n`), 'Có thể bạn quan tâm');
  });

  it('leaves a widget label followed by the article\'s paragraphs in the article', () => {
    const paragraph = (k: number) => `Đoạn ${k}: ${'Hai bên đã trao đổi sâu rộng về quan hệ hợp tác song phương và các vấn đề quốc tế cùng quan tâm. '.repeat(3)}`;
    const article = (label: string) => `Tiêu đề\n\n${paragraph(0)}\n\n${label}\n\n${Array.from({ length: 30 }, (_, k) => paragraph(k + 1)).join('\n\n')}\n`;
    for (const label of ['Tin liên quan', 'Bài liên quan:', 'Tin cùng chuyên mục', 'Có thể bạn quan tâm']) {
      assert.equal(block(article(label)), undefined, `${label}: the 30 paragraphs after it are the article`);
    }
    // Two paragraphs in a row are prose, even when few.
    assert.equal(block(`Tiêu đề\n\nThân bài.\n\nTin liên quan\n\n${paragraph(1)}\n\n${paragraph(2)}\n`), undefined);
    // More lines than any widget shows.
    const headlines = Array.from({ length: 40 }, (_, k) => `Tin ngắn số ${k}`).join('\n');
    assert.equal(block(`Tiêu đề\n\nThân bài.\n\nTin liên quan\n${headlines}\n`), undefined);
  });

  it("takes a 'Xem thêm' label only before a short list of teasers", () => {
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nXem thêm:\nGiá vàng hôm nay tăng mạnh\nThời tiết Hà Nội cuối tuần\n'), 'Xem thêm:');
    const inline = 'Tiêu đề\n\nĐoạn một.\n\nXem thêm:\nHội nghị thượng đỉnh năm ngoái\n\nĐoạn hai của bài viết vẫn tiếp tục với nhiều thông tin quan trọng.\n\nĐoạn ba.\n';
    assert.equal(block(inline), undefined, 'the paragraphs after it are the article');
  });
});
