import { strict as assert } from 'node:assert';
import { heads, oneSense, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, heads, oneSense];

describe('pass: oneSense', () => {
  it('gives a name the type a head gave it elsewhere in the article', () => {
    assert.deepEqual(spans('Đoàn đến tỉnh Quảng Bình. Quảng Bình có nhiều hang động.', passes), ['place: tỉnh Quảng Bình', 'place: Quảng Bình']);
  });
  it('gives an acronym defined in brackets the type of the name before it', () => {
    assert.deepEqual(spans('Ngân hàng Nhà nước (NHNN) cho biết lãi suất giảm. NHNN sẽ theo dõi.', passes), [
      'organization: Ngân hàng Nhà nước',
      'organization: NHNN',
      'organization: NHNN',
    ]);
  });
  it('does not spread a one-syllable organisation name to the other mentions of the article', () => {
    assert.deepEqual(spans('Hội Chèo tổ chức liên hoan. Chèo là nghệ thuật dân gian.', passes), ['organization: Hội Chèo']);
    assert.deepEqual(spans('Ông làm ở công ty Vinamilk. Vinamilk tăng lãi.', passes), ['organization: công ty Vinamilk', 'organization: Vinamilk']);
  });
  it('finds nothing the article does not type elsewhere', () => {
    assert.deepEqual(spans('Quảng Bình có nhiều hang động.', passes), []);
  });
  it('does not spread a common acronym a head grew over', () => {
    assert.deepEqual(spans('Ở cấp THPT HS khá giỏi chiếm tỷ lệ cao. Kết quả học tập của HS rất tốt.', passes), ['organization: THPT HS']);
  });
});
