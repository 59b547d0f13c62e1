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
      'place: Minh Phú (nested)',
      'organization: nhà máy sản xuất phân đạm Phú Mỹ',
      'place: Phú Mỹ (nested)',
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
    assert.deepEqual(spans('Anh Lê Trường Giang dạy ở Trường THPT Lý Thường Kiệt.', passes), [
      'organization: Trường THPT Lý Thường Kiệt',
      'person: Lý Thường Kiệt (nested)',
    ]);
  });
  it('takes a place named after a person after an abbreviated head with its dot', () => {
    assert.deepEqual(spans('Ông sống ở Tp. Hồ Chí Minh, gần đường Hồ Chí Minh.', passes), ['place: Tp. Hồ Chí Minh', 'place: đường Hồ Chí Minh']);
  });
  it('nests the place or the person a school is named after', () => {
    assert.deepEqual(spans('Cô dạy ở Trường THCS Quảng Phú, rồi ở trường Tiểu học Kỳ Thịnh 2 và Trường THPT Lê Viết Thuật.', passes), [
      'organization: Trường THCS Quảng Phú',
      'place: Quảng Phú (nested)',
      'organization: trường Tiểu học Kỳ Thịnh 2',
      'place: Kỳ Thịnh (nested)',
      'organization: Trường THPT Lê Viết Thuật',
      'person: Lê Viết Thuật (nested)',
    ]);
    // A bare `trường` before one syllable: a person's school, nothing nested.
    assert.deepEqual(spans('Ông nghỉ học ở trường Diên năm ngoái.', passes), ['organization: trường Diên']);
  });
  it('grows over a longer description, or one opened by `các`, when a registry place closes it', () => {
    assert.deepEqual(spans('Ông gặp Liên đoàn các hiệp hội thương mại Nga và Nhà máy sản xuất nhiên liệu sinh học Hà Nội.', passes), [
      'organization: Liên đoàn các hiệp hội thương mại Nga',
      'place: Nga (nested)',
      'organization: Nhà máy sản xuất nhiên liệu sinh học Hà Nội',
      'place: Hà Nội (nested)',
    ]);
    assert.deepEqual(spans('Hội các bạn trẻ yêu sách đến thăm.', passes), []);
  });
  it('starts nothing at a head that the next word completes into a common word', () => {
    assert.deepEqual(spans('Hội nghị Trung ương 6 bàn về Bộ luật Hình sự và Hội chứng Lyell.', passes), []);
    assert.deepEqual(spans('Văn phòng Chính phủ đã họp.', passes), ['organization: Văn phòng Chính phủ']);
  });
  it('takes no lower-case word after a name of two capitals or more', () => {
    assert.deepEqual(spans('Kết quả đội Công ty Điện lực Củ Chi đoạt giải nhất, Bộ Ngoại giao cho biết.', passes), [
      'organization: Công ty Điện lực Củ Chi',
      'place: Củ Chi (nested)',
      'organization: Bộ Ngoại giao',
    ]);
  });
  it('grows places from the heads of landmarks', () => {
    assert.deepEqual(spans('Khách đến thăm hoàng thành Thăng Long, chùa Hương, công viên Thống Nhất và rạch Bà Rựa.', passes), [
      'place: hoàng thành Thăng Long',
      'place: chùa Hương',
      'place: công viên Thống Nhất',
      'place: rạch Bà Rựa',
    ]);
  });
  it('takes a numbered district or ward, abbreviated or capitalised, and starts a new place after `và`', () => {
    assert.deepEqual(spans('Nhà ở Q.3, P.7, Hà Nội và Phường 9, gần Quốc lộ 18.', passes), [
      'place: Q.3',
      'place: P.7',
      'place: Hà Nội',
      'place: Phường 9',
      'place: Quốc lộ 18',
    ]);
    assert.deepEqual(spans('Anh Q. Minh đến.', passes), []);
  });
  it('nests the place a body described in lower-case words is named after', () => {
    assert.deepEqual(spans('Dự án Nhà máy đóng tàu Dung Quất và Bệnh viện đa khoa Chương Mỹ được nhắc đến.', passes), [
      'organization: Nhà máy đóng tàu Dung Quất',
      'place: Dung Quất (nested)',
      'organization: Bệnh viện đa khoa Chương Mỹ',
      'place: Chương Mỹ (nested)',
    ]);
  });
  it('nests a capitalised administrative unit after the head', () => {
    assert.deepEqual(spans('Bí thư Thành ủy TP Vinh và Công an Quận Ba Đình cho biết.', passes), [
      'organization: Thành ủy TP Vinh',
      'place: TP Vinh (nested)',
      'organization: Công an Quận Ba Đình',
      'place: Quận Ba Đình (nested)',
    ]);
  });
  it('nests the locality a Party committee or a border post is named after', () => {
    assert.deepEqual(spans('Huyện ủy Hướng Hóa và Đồn Biên phòng Trà Cổ đã họp.', passes), [
      'organization: Huyện ủy Hướng Hóa',
      'place: Hướng Hóa (nested)',
      'organization: Đồn Biên phòng Trà Cổ',
      'place: Trà Cổ (nested)',
    ]);
  });
  it('nests the place a school written without `Trường` is named after', () => {
    assert.deepEqual(spans('Học sinh THCS Mễ Trì đi thi.', passes), ['organization: THCS Mễ Trì', 'place: Mễ Trì (nested)']);
  });
  it('lets one lower-case syllable complete a word after an abbreviation', () => {
    assert.deepEqual(spans('Công ty CP Thực phẩm Tân Phát vừa báo lãi.', passes), ['organization: Công ty CP Thực phẩm Tân Phát', 'place: Tân Phát (nested)']);
  });
  it('grows over a lower-case profession up to a registry place', () => {
    assert.deepEqual(spans('Ông gặp Hội nông dân Hà Nội, rồi gặp Hội sinh viên Trần Văn Lũng.', passes).slice(0, 2), [
      'organization: Hội nông dân Hà Nội',
      'place: Hà Nội (nested)',
    ]);
    assert.equal(spans('Ông gặp Hội sinh viên Trần Văn Lũng.', passes).some((x) => x.startsWith('organization')), false);
  });
  it('takes the Vietnamese name after a lower-case place head and a word or two that describe it for the place', () => {
    assert.deepEqual(spans('Tàu về cảng cá Thọ Lâm, gần hồ nước mặn Diêm Lâm.', passes), ['place: Thọ Lâm', 'place: Diêm Lâm']);
    // Not a name shaped like a person's, nor a foreign one.
    assert.deepEqual(spans('Tàu về cảng cá Nguyễn Văn, rồi động viên Chris.', passes), []);
  });
  it('takes no place from a place head followed by common abbreviations alone', () => {
    assert.deepEqual(spans('Các dự án phát triển vùng KT-XH đã được duyệt.', passes), []);
  });
  it("nests the world's cities a foreign name after the head holds", () => {
    assert.deepEqual(spans('Ông là giám đốc của CLB Dinamo Zagreb.', passes), ['organization: CLB Dinamo Zagreb', 'place: Zagreb (nested)']);
  });
});
