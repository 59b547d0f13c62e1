import { strict as assert } from 'node:assert';
import { datelines, heads, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, datelines, heads];

describe('pass: heads', () => {
  it('grows organisations from head nouns, capitalised or in lower case', () => {
    assert.deepEqual(spans('Ông A làm việc tại Bộ Tài chính, rồi viết cho báo Lao Động.', passes), ['organization: Bộ Tài chính', 'organization: báo Lao Động']);
  });
  it('grows places from head words', () => {
    assert.deepEqual(spans('Đoàn đến tỉnh Quảng Bình và thành phố Ballarat.', passes), ['place: tỉnh Quảng Bình', 'place: thành phố Ballarat']);
  });
  it('takes in `và`, an administrative unit and the registry places, which it nests', () => {
    assert.deepEqual(spans('Sở Tài nguyên và Môi trường tỉnh Quảng Trị đã họp.', passes), [
      'organization: Sở Tài nguyên và Môi trường tỉnh Quảng Trị',
      'place: tỉnh Quảng Trị (nested)',
    ]);
    assert.deepEqual(spans('Ông gặp UBND huyện Gia Lâm và Đảng Cộng sản Liên bang Nga.', passes), [
      'organization: UBND huyện Gia Lâm',
      'place: huyện Gia Lâm (nested)',
      'organization: Đảng Cộng sản Liên bang Nga',
      'place: Liên bang Nga (nested)',
    ]);
  });
  it('grows a mission or a fleet over the country it belongs to, which it nests', () => {
    assert.deepEqual(spans('Thư được gửi tới Đại sứ quán Nga và lãnh sự quán Việt Nam ở Hà Nội.', passes), [
      'organization: Đại sứ quán Nga',
      'place: Nga (nested)',
      'organization: lãnh sự quán Việt Nam',
      'place: Việt Nam (nested)',
      'place: Hà Nội',
    ]);
    assert.deepEqual(spans('Hai tàu của Hạm đội Biển Bắc đã cập cảng.', passes), ['organization: Hạm đội Biển Bắc']);
  });
  it('leaves out bodies named by their function only', () => {
    assert.deepEqual(spans('Ban Tổ chức cho biết giải sẽ diễn ra.', passes), []);
  });
  it('gives back the person named after a title', () => {
    assert.deepEqual(spans('Giám đốc Sở Công Thương Trần Văn Khải cho biết.', passes), ['organization: Sở Công Thương']);
  });
  it('starts nothing at a head that completes the word before it', () => {
    assert.deepEqual(spans('Bộ yêu cầu Ivanov trả lời và cảnh báo Hoàng Long về thị trường Mỹ.', passes), ['place: Mỹ']);
  });
  it('takes in the lower-case words that say what a body is before its name', () => {
    assert.deepEqual(spans('Ông làm ở Công ty cổ phần thủy sản Minh Phú và nhà máy sản xuất phân đạm Phú Mỹ.', passes), [
      'organization: Công ty cổ phần thủy sản Minh Phú',
      'organization: nhà máy sản xuất phân đạm Phú Mỹ',
    ]);
    assert.deepEqual(spans('Đội bóng dẫn đầu Premier League.', passes), []);
  });
  it('grows over a sector word and lower-case words up to a registry place, which it nests', () => {
    assert.deepEqual(spans('Ông làm cho Công ty dầu khí quốc gia Nga và Hội doanh nghiệp trẻ Việt Nam ở Hà Nội.', passes), [
      'organization: Công ty dầu khí quốc gia Nga',
      'place: Nga (nested)',
      'organization: Hội doanh nghiệp trẻ Việt Nam',
      'place: Việt Nam (nested)',
      'place: Hà Nội',
    ]);
    assert.deepEqual(spans('Dự án của Nhà máy sản xuất đạm Hà Nội đã xong.', passes), ['organization: Nhà máy sản xuất đạm Hà Nội', 'place: Hà Nội (nested)']);
  });
  it('starts a name at a capitalised head the registry took for a sector word', () => {
    assert.deepEqual(spans('Khoản vay của Ngân hàng Phát triển châu Á đã được duyệt; ngân hàng cho biết thêm.', passes), [
      'organization: Ngân hàng Phát triển châu Á',
      'place: châu Á (nested)',
      'sector: ngân hàng',
    ]);
  });
  it('takes a registry place and the organisation word after it for a club or a company', () => {
    assert.deepEqual(spans('Trận đấu giữa Hà Nội FC và đội khách kết thúc.', passes), ['organization: Hà Nội FC', 'place: Hà Nội (nested)']);
  });
  it('knows the heads of unions, port authorities, border posts and their abbreviations', () => {
    assert.deepEqual(spans('Công đoàn Hà Nội và BĐBP Hà Nội đã ký kết.', passes), [
      'organization: Công đoàn Hà Nội',
      'place: Hà Nội (nested)',
      'organization: BĐBP Hà Nội',
      'place: Hà Nội (nested)',
    ]);
  });
  it('leaves a family name that is also a head to the person it starts', () => {
    assert.deepEqual(spans('Tiền vệ Đoàn Minh Quân ghi bàn, còn Đoàn Thanh niên và Đoàn Công tác đã về.', passes), [
      'organization: Đoàn Thanh niên',
      'organization: Đoàn Công tác',
    ]);
  });
  it('grows a body named after a profession over the title', () => {
    assert.deepEqual(spans('Hội Nhà báo Việt Nam và Đoàn Luật sư Hà Nội đã góp ý.', passes), [
      'organization: Hội Nhà báo Việt Nam',
      'place: Việt Nam (nested)',
      'organization: Đoàn Luật sư Hà Nội',
      'place: Hà Nội (nested)',
    ]);
    assert.deepEqual(spans('Ban Giám đốc đã họp.', passes), []);
  });
  it('starts nothing at a head that is a given name after a family name', () => {
    assert.deepEqual(spans('Anh Lê Trường Giang dạy ở Trường THPT Lý Thường Kiệt.', passes), ['organization: Trường THPT Lý Thường Kiệt']);
  });
  it('takes a place named after a person after an abbreviated head with its dot', () => {
    assert.deepEqual(spans('Ông sống ở Tp. Hồ Chí Minh, gần đường Hồ Chí Minh.', passes), ['place: Tp. Hồ Chí Minh', 'place: đường Hồ Chí Minh']);
  });
});
