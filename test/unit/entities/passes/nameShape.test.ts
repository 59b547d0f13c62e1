import { strict as assert } from 'node:assert';
import { nameShape, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, nameShape];

describe('pass: nameShape', () => {
  it('takes a family name and one to three capitalised syllables for a person', () => {
    assert.deepEqual(spans('Hôm qua, Nguyễn Văn Bình và Lê Thị Thu Hằng đã gặp Lê Duẩn.', passes), [
      'person: Nguyễn Văn Bình',
      'person: Lê Thị Thu Hằng',
      'person: Lê Duẩn',
    ]);
  });
  it('does not take a family name alone, or a foreign run', () => {
    assert.deepEqual(spans('Ông Lê nói với Mai Kiatisak.', passes), []);
  });
  it('finds nothing without discovery', () => {
    assert.deepEqual(spans('Hôm qua, Nguyễn Văn Bình đến.', passes, { discover: false }), []);
  });
  it('takes two syllables shaped like a name after a place cue for a place', () => {
    assert.deepEqual(spans('Nhà máy đặt tại Hà Lũng, do Trần Văn Lũng quản lý.', passes), ['place: Hà Lũng', 'person: Trần Văn Lũng']);
  });
  it('takes a family name that is also a place head, before a direction, for a place', () => {
    assert.deepEqual(spans('Mùa thu, Hồ Tây đẹp nhất, còn Hồ Văn Tây thì ở nhà.', passes), ['place: Hồ Tây', 'person: Hồ Văn Tây']);
  });
});
