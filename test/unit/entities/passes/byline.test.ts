import { strict as assert } from 'node:assert';
import { byline, PASSES } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

describe('pass: byline', () => {
  it('takes the short capitalised last line for the author', () => {
    assert.deepEqual(spans('Tin trong nước.\n\nMinh Anh\n', [byline]), ['person: Minh Anh (author)']);
  });
  it('takes the line back from the passes before it', () => {
    assert.deepEqual(spans('Đoàn đến Hà Nội.\n\nNgọc Hà', PASSES), ['place: Hà Nội', 'person: Ngọc Hà (author)']);
  });
  it('takes no sentence, and nothing without discovery', () => {
    assert.deepEqual(spans('Tin trong nước.\n\nĐoàn đã đến nơi', [byline]), []);
    assert.deepEqual(spans('Tin trong nước.\n\nMinh Anh', [byline], { discover: false }), []);
  });
  it('reads a source line: the outlets quoted, and the author on the line before or beside it', () => {
    assert.deepEqual(spans('Tin quốc tế.\n\nMinh Anh\nTheo Le Figaro', PASSES), ['person: Minh Anh (author)', 'organization: Le Figaro']);
    assert.deepEqual(spans('Tin quốc tế.\n\nThu Hà (Theo Der Spiegel, Kyodo)', PASSES), [
      'person: Thu Hà (author)',
      'organization: Der Spiegel',
      'organization: Kyodo',
    ]);
  });
  it('reads a last line that names the author first, then the paper or a note', () => {
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nTheo Phương Bùi (Khám phá)', PASSES), ['person: Phương Bùi (author)', 'organization: Khám phá']);
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nTheo Trung Nam/Dân Việt', PASSES), ['person: Trung Nam (author)', 'organization: Dân Việt']);
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nTường Vy (T/H)', PASSES), ['person: Tường Vy (author)']);
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nNhật Linh/Dịch từ Mirror', PASSES), ['person: Nhật Linh (author)']);
  });
  it('reads a last line of author, paper and time of publication', () => {
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nHoàng Tâm - Thể thao Hà Nội | 17:25 22/09/2017', PASSES), [
      'person: Hoàng Tâm (author)',
      'organization: Thể thao Hà Nội',
      // The place a paper's name holds is nested in it.
      'place: Hà Nội (nested)',
    ]);
    assert.deepEqual(spans('Bài viết kể chuyện.\n\nGia Bảo | 06:00 22/09/2017', PASSES), ['person: Gia Bảo (author)']);
  });
});
