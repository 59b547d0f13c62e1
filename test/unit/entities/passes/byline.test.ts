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
});
