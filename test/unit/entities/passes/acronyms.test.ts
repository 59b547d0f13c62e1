import { strict as assert } from 'node:assert';
import { acronyms, heads, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, heads, acronyms];

describe('pass: acronyms', () => {
  it('takes an acronym of three to six capitals for an organisation', () => {
    assert.deepEqual(spans('Hợp đồng giữa EVN và PVN đã được ký.', passes), ['organization: EVN', 'organization: PVN']);
  });
  it('leaves out common acronyms and those the article defines by common nouns', () => {
    assert.deepEqual(spans('Giá tăng thêm 5 USD, theo CSGT.', passes), []);
    assert.deepEqual(spans('Hội nghị cha mẹ học sinh (CMHS) đã họp. CMHS đề nghị thêm.', passes), []);
  });
  it('takes a company-shaped word for an organisation', () => {
    assert.deepEqual(spans('Khách hàng của OceanBank và Vinamilk tăng.', passes), ['organization: OceanBank', 'organization: Vinamilk']);
  });
  it('takes a Vietnamese syllable after a place preposition for a place', () => {
    assert.deepEqual(spans('Ông sinh ra ở Huế.', passes), ['place: Huế']);
  });
  it('takes no designator with digits, and no code after a class noun, for an organisation', () => {
    assert.deepEqual(spans('Xe chạy trên QL13 rồi rẽ vào KCN, nơi đặt tên lửa BXT và cổ phiếu HPQ tăng.', passes), []);
  });
  it('types a word by the cue word before it or by the list it stands in', () => {
    assert.deepEqual(spans('Theo Bloomberg, tổ chức Hamas đã gửi đại diện tới Doha.', passes), [
      'organization: Bloomberg',
      'organization: Hamas',
      'place: Doha',
    ]);
    assert.deepEqual(spans('Đoàn thăm Hà Nội, Battambang và Việt Nam.', passes), ['place: Hà Nội', 'place: Battambang', 'place: Việt Nam']);
  });
  it('takes a lone name before a verb of saying for a person', () => {
    assert.deepEqual(spans('Sau trận đấu, Khoa cho biết anh rất vui. “Tôi sẽ trở lại”, Hùng nói.', passes), ['person: Khoa', 'person: Hùng']);
    assert.deepEqual(spans('Anh cho biết sẽ về.', passes), []);
  });
  it('takes a lone name joined by `và` or `hay` to a person for a person', () => {
    assert.deepEqual(spans('Trận chung kết giữa Vladimir Putin và Karpin rất hay.', passes), ['person: Vladimir Putin', 'person: Karpin']);
    assert.deepEqual(spans('Sau đó Karpin hay Putin sẽ ra sân.', passes), ['person: Karpin', 'person: Putin']);
  });
  it('takes no technology noun shaped like a company word for an organisation', () => {
    assert.deepEqual(spans('Khách sạn có kết nối Internet và WiFi miễn phí, như Vinamilk.', passes), ['organization: Vinamilk']);
  });
});
