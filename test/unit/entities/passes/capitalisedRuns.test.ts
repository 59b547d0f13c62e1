import { strict as assert } from 'node:assert';
import { capitalisedRuns, heads, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, heads, capitalisedRuns];

describe('pass: capitalisedRuns', () => {
  it('types foreign runs by their last or first word', () => {
    assert.deepEqual(spans('Ông bay với Vietnam Airlines đến Hyde Park rồi xem Real Madrid.', passes), [
      'organization: Vietnam Airlines',
      'place: Hyde Park',
      'organization: Real Madrid',
    ]);
    assert.deepEqual(spans('Đội bóng dẫn đầu Premier League.', passes), []);
  });
  it('takes other runs for people, or places after a preposition or as a direction', () => {
    assert.deepEqual(spans('Kiatisak Senamuang đã trở lại.', passes), ['person: Kiatisak Senamuang']);
    assert.deepEqual(spans('Du khách đến Sa Pa và Tây Nguyên.', passes), ['place: Sa Pa', 'place: Tây Nguyên']);
  });
  it('leaves out years of the cycle and titles of documents', () => {
    assert.deepEqual(spans('Năm Bính Ngọ, Luật Đất đai có hiệu lực.', passes), []);
  });
});
