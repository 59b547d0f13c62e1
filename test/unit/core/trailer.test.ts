import { strict as assert } from 'node:assert';
import { splitLines } from '../../../server/src/core/corpus/article';
import { findRelatedBlock } from '../../../server/src/core/corpus/trailer';

const block = (text: string) => {
  const lines = splitLines(text);
  const i = findRelatedBlock(lines);
  return i < 0 ? undefined : lines[i].text;
};

describe('related-articles block', () => {
  it('starts at a widget label, whatever follows', () => {
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nCó thể bạn quan tâm\n\nTin một dài và đủ câu.\n\nTin hai\n'), 'Có thể bạn quan tâm');
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nTin liên quan:\nTin một\n'), 'Tin liên quan:');
  });

  it("takes a 'Xem thêm' label only before a short list of teasers", () => {
    assert.equal(block('Tiêu đề\n\nThân bài.\n\nXem thêm:\nGiá vàng hôm nay tăng mạnh\nThời tiết Hà Nội cuối tuần\n'), 'Xem thêm:');
    const inline = 'Tiêu đề\n\nĐoạn một.\n\nXem thêm:\nHội nghị thượng đỉnh năm ngoái\n\nĐoạn hai của bài viết vẫn tiếp tục với nhiều thông tin quan trọng.\n\nĐoạn ba.\n';
    assert.equal(block(inline), undefined, 'the paragraphs after it are the article');
  });
});
