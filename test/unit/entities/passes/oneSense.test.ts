import { strict as assert } from 'node:assert';
import { acronyms, capitalisedRuns, heads, oneSense, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
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
  it('gives a foreign name an organisation cue typed once the same type wherever the article writes it', () => {
    const cued = [...passes, acronyms, capitalisedRuns];
    assert.deepEqual(spans('Heineken ra mắt bia mới, theo thông cáo của nhãn hàng Heineken.', cued), ['organization: Heineken', 'organization: Heineken']);
    // `Theo` opens source lines, which name authors as often as papers: it types only its own mention.
    assert.deepEqual(spans('Jolie nói về phim. Theo Jolie, phim rất hay.', cued), ['person: Jolie', 'organization: Jolie']);
  });
  it("takes a company's name proper, after the words of its trade, for the company elsewhere", () => {
    assert.deepEqual(spans('Công ty CP Thực phẩm Tân Phát vừa báo lãi. Năm nay, Tân Phát mở thêm cửa hàng.', passes), [
      'organization: Công ty CP Thực phẩm Tân Phát',
      'place: Tân Phát (nested)',
      'organization: Tân Phát',
    ]);
  });
  it('takes the foreign word that opens a product name for its maker, wherever it stands alone', () => {
    assert.deepEqual(spans('Người dùng Zentro Pay tăng mạnh. Zentro cho biết sẽ mở rộng.', passes), ['organization: Zentro']);
  });
  it('takes the name after the administrative unit of a local body for the locality elsewhere', () => {
    assert.deepEqual(spans('UBND huyện Mộc Lâm đã họp. Người dân Mộc Lâm vui mừng.', passes), [
      'organization: UBND huyện Mộc Lâm',
      'place: huyện Mộc Lâm (nested)',
      'place: Mộc Lâm',
    ]);
  });
});
