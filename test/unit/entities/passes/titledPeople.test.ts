import { strict as assert } from 'node:assert';
import { datelines, heads, nameShape, oneSense, registryNames, shortForms, titledPeople, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, datelines, heads, titledPeople];

describe('pass: titledPeople', () => {
  it('takes the name after a title through its slot, the country its own mention', () => {
    assert.deepEqual(spans('Thứ trưởng Ngoại giao Lào Khampheng Saysompheng đã đến.', passes), ['place: Lào', 'person: Khampheng Saysompheng [Thứ trưởng Ngoại giao]']);
  });
  it('takes the name after an honorific', () => {
    assert.deepEqual(spans('Hôm qua, ông Tillerson đã phát biểu.', passes), ['person: Tillerson [ông]']);
  });
  it('gives a registry person after the title the title', () => {
    assert.deepEqual(spans('Tổng thống Vladimir Putin phát biểu.', passes), ['person: Vladimir Putin [Tổng thống]']);
  });
  it('sets apart the organisation between title and name', () => {
    assert.deepEqual(spans('Chủ tịch OceanBank Hà Văn Thắm bị bắt.', passes), ['organization: OceanBank', 'person: Hà Văn Thắm [Chủ tịch]']);
  });
  it('takes a foreign run with a company or club word for an organisation, not a person', () => {
    assert.deepEqual(spans('Giám đốc DongA Bank chi nhánh Tây Ninh bị kỷ luật.', passes), ['organization: DongA Bank']);
    assert.deepEqual(spans('Các cầu thủ Real Madrid đã thắng trận.', passes), ['organization: Real Madrid']);
    assert.deepEqual(spans('Ông Sơn, cựu Tổng giám đốc Oceanbank, bị bắt.', passes), ['person: Sơn [Ông]', 'organization: Oceanbank']);
  });
  it('takes no person from a run with a Latin word no name carries, or an all-caps part', () => {
    assert.deepEqual(spans('Các thí sinh Miss Photo 2017 đã có mặt.', passes), []);
    assert.deepEqual(spans('Ông Hoàn, cựu TGĐ Oceanbank, bị đề nghị mức án.', passes), ['person: Hoàn [Ông]']);
    assert.deepEqual(spans('Ông Giang, nguyên Giám đốc TGĐ BSC, được giảm án.', passes), ['person: Giang [Ông]']);
    assert.deepEqual(spans('Sáng nay, bị cáo NGUYỄN VĂN AN ra tòa.', passes), ['person: NGUYỄN VĂN AN [bị cáo]']);
  });
  it('keeps foreign people whose surname ends like a company word, and regnal numbers', () => {
    assert.deepEqual(spans('Anh Jeremy Kirkland dậy từ sớm.', passes), ['person: Jeremy Kirkland [Anh]']);
    assert.deepEqual(spans('Nữ hoàng Elizabeth II xuất hiện.', passes), ['person: Elizabeth II [Nữ hoàng]']);
  });
  it('takes a run opened by a head of two words for an organisation (`Hiệp Hội`, `Trường Cao đẳng`)', () => {
    assert.deepEqual(spans('Ông An, Chủ tịch Hiệp Hội doanh nhân trẻ, phát biểu.', passes), ['person: An [Ông]', 'organization: Hiệp Hội']);
  });
  it('does not spread an organisation-like run as a person', () => {
    assert.deepEqual(spans('Các cầu thủ Real Madrid đã thắng. Sau trận, Real Madrid dẫn đầu.', [...passes, nameShape, shortForms, oneSense]), ['organization: Real Madrid']);
  });
  it('takes a foreign name after a title even when a verb follows it (no portfolio is foreign)', () => {
    assert.deepEqual(spans('Hôm qua, HLV Mourinho khẳng định đội sẽ thắng.', passes), ['person: Mourinho [HLV]']);
    assert.deepEqual(spans('Tiền vệ Pogba dính chấn thương nặng.', passes), ['person: Pogba [Tiền vệ]']);
    assert.deepEqual(spans('Bộ trưởng Tài chính Nguyễn Văn An phát biểu.', passes), ['person: Nguyễn Văn An [Bộ trưởng Tài chính]']);
  });
  it('takes no common-noun abbreviation for a person', () => {
    assert.deepEqual(spans('Các chiến sĩ CSGT làm nhiệm vụ.', passes), []);
  });
  it('takes the name after a designer, a singer or a laureate', () => {
    assert.deepEqual(spans('Tác phẩm của NTK Trung Đinh, nữ ca sĩ Hồ Ngọc Hà và trạng nguyên Nguyễn Hiền được khen.', passes), [
      'person: Trung Đinh [NTK]',
      'person: Hồ Ngọc Hà [nữ ca sĩ]',
      'person: Nguyễn Hiền [trạng nguyên]',
    ]);
  });
});
