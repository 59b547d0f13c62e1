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
});
