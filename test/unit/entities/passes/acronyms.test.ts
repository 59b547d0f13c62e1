import { strict as assert } from 'node:assert';
import { acronyms, heads, registryNames, titledPeople, titles } from '../../../../server/src/core/entities/passes/index';
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
  it('takes a lone name that speaks or that a title introduces for a person everywhere in the article', () => {
    const all = [titles, registryNames, heads, titledPeople, acronyms];
    assert.deepEqual(spans('Hôm qua Chung đi làm. Chung cho biết anh rất vui.', all), ['person: Chung', 'person: Chung']);
    assert.deepEqual(spans('Anh Tom đến muộn. Hôm sau, Tom lại đến.', all), ['person: Tom [Anh]', 'person: Tom']);
  });
  it('takes an item of a list of organisations for one', () => {
    assert.deepEqual(spans('Ông từng làm cho Bộ Tài chính, Microsoft và nhiều hãng khác.', passes), ['organization: Bộ Tài chính', 'organization: Microsoft']);
  });
  it('takes the word after a brand, a spokesman or a match for an organisation', () => {
    assert.deepEqual(spans('Đại diện Vidifi nói rằng phí sẽ giảm. Sau trận gặp Betis, đội nghỉ một tuần.', passes), ['organization: Vidifi', 'organization: Betis']);
  });
  it('takes a lone foreign name in a football report for a player', () => {
    const report = 'Tiền vệ ghi bàn ở hiệp hai. Chưa đầy 10 phút sau, Paulinho trở thành người hùng và HLV khen đội hình.';
    assert.deepEqual(spans(report, passes), ['person: Paulinho']);
    assert.deepEqual(spans('Chưa đầy 10 phút sau, Paulinho trở thành người hùng.', passes), []);
  });
  it('takes a bare three-capital acronym in a market report for a ticker, no organisation', () => {
    const report = 'Phiên giao dịch hôm nay, khối ngoại bán ròng và cổ phiếu HPG tăng trần, còn MWG giảm.';
    assert.deepEqual(spans(report, passes), []);
    assert.deepEqual(spans('Tập đoàn ký hợp đồng với MWG hôm qua.', passes), ['organization: MWG']);
  });
  it("takes a club's first word alone for the club in a football report", () => {
    assert.deepEqual(spans('Tiền vệ ghi bàn ở hiệp hai nhưng Real vẫn thua, HLV chê đội hình.', passes), ['organization: Real']);
  });
  it('takes a lone foreign name a team word comes before in a football report for a club, wherever it stands', () => {
    const report = 'Tiền vệ ghi bàn ở hiệp hai, giúp đội nhà đánh bại Stoke. HLV khen đội hình vì Stoke rất mạnh.';
    assert.deepEqual(spans(report, passes), ['organization: Stoke', 'organization: Stoke']);
  });
  it("takes two capitals in a football report for a club's initials", () => {
    assert.deepEqual(spans('Tiền vệ ghi bàn ở hiệp hai nhưng MU vẫn thua, HLV chê đội hình.', passes), ['organization: MU']);
    assert.deepEqual(spans('MU là viết tắt của nhiều thứ.', passes), []);
  });
  it('takes a foreign name given as an example of a kind of body for an organisation', () => {
    assert.deepEqual(spans('Những công ty như Uber đang thay đổi.', passes), ['organization: Uber']);
    assert.deepEqual(spans('Những người như Uber đang thay đổi.', passes), []);
  });
  it('takes a lone name with an age in brackets after it for a person, wherever it stands', () => {
    assert.deepEqual(spans('Con trai là Timothy (9 tuổi). Bác sĩ khám cho Timothy.', passes), ['person: Timothy', 'person: Timothy']);
  });
  it('takes no organisation from the press abbreviations of common nouns', () => {
    assert.deepEqual(spans('Hàng nghìn NHM chờ ngoài sân, còn TYT xã và ngành TDTT chuẩn bị từ sớm.', passes), []);
    assert.deepEqual(spans('Vé giá 20 GBP, tức 3.000 JPY; tàu 5.000 DWT nhận hàng COD.', passes), []);
  });
  it("takes a foreign name after a company's products or shares for an organisation", () => {
    assert.deepEqual(spans('Giá cổ phiếu của Tesla tăng, còn điện thoại của Nokia bán chạy.', passes), ['organization: Tesla', 'organization: Nokia']);
  });
  it('takes a foreign name joined by a conjunction to an organisation for an organisation', () => {
    assert.deepEqual(spans('Cả EVN hay Vexxa đều ký hợp đồng, còn Zalvo với Bộ Công an thì chưa.', passes), [
      'organization: EVN',
      'organization: Vexxa',
      'organization: Zalvo',
      'organization: Bộ Công an',
    ]);
  });
  it('takes nothing after a material, a model, a gene or a style', () => {
    assert.deepEqual(spans('Tàu làm bằng vật liệu PPC, theo mô hình VNEN, mang gen BRCA và phong cách EDM.', passes), []);
  });
  it('takes no name from the first word of a short title in quotation marks', () => {
    assert.deepEqual(spans("Ca sĩ ra mắt ca khúc mới. 'Cuội khờ' rất vui nhộn.", passes), []);
  });
  it('takes a direction and a lower-case region word for a place', () => {
    assert.deepEqual(spans('Nhân dân Nam bộ và Tây nguyên đã đứng lên.', passes), ['place: Nam bộ', 'place: Tây nguyên']);
  });
  it('takes no person from a foreign word with a model number after it', () => {
    assert.deepEqual(spans('Zentro cho biết máy mới sẽ ra mắt. Zentro 5 có pin lớn, Zentro khẳng định.', passes), ['person: Zentro', 'person: Zentro']);
  });
  it('takes a role and its player in brackets for people, the role wherever it stands alone', () => {
    assert.deepEqual(spans('Phim kể về Lụa (Hà Anh Thư). Sau đó Lụa và Khôi yêu nhau.', passes), ['person: Lụa', 'person: Lụa', 'person: Khôi']);
  });
});
