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
});
