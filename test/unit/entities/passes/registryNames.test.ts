import { strict as assert } from 'node:assert';
import { registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { mentions, spans } from './helpers';

const passes = [titles, registryNames];

describe('pass: registryNames', () => {
  it('takes two country syllables joined by a dash for two countries', () => {
    assert.deepEqual(spans('Quan hệ Việt - Mỹ được nâng cấp.', passes), ['place: Việt', 'place: Mỹ']);
    assert.deepEqual(spans('Dự án hợp tác Việt - Nhật đã hoàn thành.', passes), ['place: Việt', 'place: Nhật']);
    assert.deepEqual(spans('Tuyến biên giới Việt-Trung dài hơn 1.400 km.', passes), ['place: Việt', 'place: Trung']);
    assert.equal(mentions('Quan hệ Việt - Nga.', passes)[0].entityId, 'viet-nam');
  });
  it('takes no lone country syllable, and no given name before a dash', () => {
    assert.deepEqual(spans('Anh Trung đi Hà Nội.', passes), ['place: Hà Nội']);
    assert.deepEqual(spans('Hai anh em Hoàng Anh - Trung cùng đến.', passes), []);
  });
  it('finds registry names, aliases and ICU country names, the longest first', () => {
    assert.deepEqual(spans('Tổng thống Vladimir Putin đến Hà Nội, rồi sang Lào và Liên bang Nga.', passes), [
      'person: Vladimir Putin',
      'place: Hà Nội',
      'place: Lào',
      'place: Liên bang Nga',
    ]);
    const ms = mentions('Tổng thống V.Putin đến Lào.', passes);
    assert.deepEqual(
      ms.map((m) => [m.text, m.entityId, m.source]),
      [
        ['V.Putin', 'vladimir-putin', 'registry'],
        ['Lào', null, 'icu'],
      ],
    );
  });
  it('leaves out ICU-only names without discovery', () => {
    assert.deepEqual(spans('Ông Putin đến Lào và Việt Nam.', passes, { discover: false }), ['person: Putin', 'place: Việt Nam']);
  });
  it('vetoes a place that ends a longer name or starts a given name', () => {
    assert.deepEqual(spans('Chị Nguyễn Thị Nga là giáo viên.', passes), []);
    assert.deepEqual(spans('Anh Tuấn sống ở Việt Nam.', passes), ['place: Việt Nam']);
  });
  it('finds sectors, but not a sector word inside a capitalised name', () => {
    assert.deepEqual(spans('Hai nước hợp tác về dầu khí.', passes), ['sector: dầu khí']);
    assert.deepEqual(spans('Viện Dầu khí Việt Nam công bố.', passes), ['place: Việt Nam']);
  });
  it('keeps a place after a sentence opener that is no name', () => {
    assert.deepEqual(spans('Ở Nga, mùa đông rất lạnh.', passes), ['place: Nga']);
    assert.deepEqual(spans('Phía Nga chưa lên tiếng.', passes), ['place: Nga']);
    assert.deepEqual(spans('Thu Nga hát rất hay.', passes), []);
  });
  it('leaves out a country that is a nationality or a language', () => {
    assert.deepEqual(spans('Cô học tiếng Nga với một người Nga ở Hà Nội.', passes), ['place: Hà Nội']);
  });
  it('takes a given name, not a country, after an honorific or a title', () => {
    assert.deepEqual(spans('Hôm qua, ông Nga đã về quê.', passes), []);
    assert.deepEqual(spans('Khách mời là ca sĩ Anh Thơ.', passes), []);
    assert.deepEqual(spans('Tổng thống Nga Vladimir Putin phát biểu.', passes), ['place: Nga', 'person: Vladimir Putin']);
  });
  it('finds the world\'s large cities, but not inside a longer name, and their clubs in a football report', () => {
    const ms = mentions('Hội nghị diễn ra ở Nairobi, còn đội Paris Saint-Germain tập ở sân nhà.', passes);
    assert.deepEqual(ms.map((m) => [m.text, m.type, m.entityId, m.source]), [['Nairobi', 'place', null, 'gazetteer']]);
    assert.deepEqual(spans('Tiền đạo và thủ môn của Liverpool ghi bàn sau khi HLV đổi đội hình.', passes), ['organization: Liverpool']);
  });
  it('takes a province or a city for its club in a football report, not after a preposition', () => {
    assert.deepEqual(spans('Tiền đạo Văn Quyết ghi bàn ở phút 80, giúp Hà Nội thắng 2-0 tại Hà Nội. HLV nói đội bóng đã cố.', passes), [
      'organization: Hà Nội',
      'place: Hà Nội',
    ]);
    assert.deepEqual(spans('Hà Nội đón khách du lịch.', passes), ['place: Hà Nội']);
  });
  it('takes a country after a nationality word opening a sentence for no place', () => {
    assert.deepEqual(spans('Người Việt Nam thích bóng đá.', passes), []);
  });
  it('takes a place before a year for part of an event', () => {
    assert.deepEqual(spans('Cô thi Hoa hậu Đại dương Việt Nam 2017 rồi về Việt Nam năm 2018.', passes), ['place: Việt Nam']);
  });
  it('takes the press abbreviations of countries, but not in a domain or a hyphen compound', () => {
    assert.deepEqual(spans('Tin từ VOV.VN cho biết VN-Index tăng, kinh tế VN và TQ đều tăng.', passes), ['place: VN', 'place: TQ']);
  });
  it('takes the Earth, the Moon and the planets for places, whatever their case', () => {
    assert.deepEqual(spans('Trái Đất quay quanh Mặt Trời, còn tàu thăm dò bay tới sao Hỏa; trái đất nóng lên.', passes), [
      'place: Trái Đất',
      'place: Mặt Trời',
      'place: sao Hỏa',
      'place: trái đất',
    ]);
  });
  it('takes a country name with a plus sign for an outlet', () => {
    assert.deepEqual(spans('Ảnh: TTXVN/Vietnam+ và tin của Việt Nam.', passes), ['organization: Vietnam+', 'place: Việt Nam']);
  });
  it("takes a club's sponsor before its locality into the club's name in a football report", () => {
    assert.deepEqual(spans('Tiền đạo ghi bàn, HLV khen đội hình khi SLNA làm khách của B. Hà Nội.', passes), ['organization: B. Hà Nội']);
  });
  it('takes no place from a one-syllable country that opens a common word', () => {
    assert.deepEqual(spans('Ý tưởng này hay. Cô dạy Mỹ thuật và mặc Áo phông ở Mỹ.', passes), ['place: Mỹ']);
  });
  it('takes no place from the name of an event or a product the place opens', () => {
    assert.deepEqual(spans('Hãng xe góp mặt tại Tokyo Motor Show, rồi đến Tokyo.', passes), ['place: Tokyo']);
  });
});
