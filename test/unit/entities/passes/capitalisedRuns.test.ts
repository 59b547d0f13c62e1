import { strict as assert } from 'node:assert';
import { capitalisedRuns, heads, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, heads, capitalisedRuns];

describe('pass: capitalisedRuns', () => {
  it('types foreign runs by their last or first word', () => {
    assert.deepEqual(spans('Ông bay với Vietnam Airlines đến Hyde Park rồi xem Real Madrid.', passes), [
      'organization: Vietnam Airlines',
      'place: Vietnam (nested)',
      'place: Hyde Park',
      'organization: Real Madrid',
      'place: Madrid (nested)',
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
  it('types a run by the cue word before it', () => {
    assert.deepEqual(spans('Theo Financial Review, phiến quân Abu Sayyaf đã rút về căn cứ Port Blair.', passes), [
      'organization: Financial Review',
      'organization: Abu Sayyaf',
      'place: Port Blair',
    ]);
    assert.deepEqual(spans('Ông xem phim Bố Già trên tàu Queen Mary.', passes), []);
  });
  it('takes an item of a list of places, and a street after its number, for a place', () => {
    assert.deepEqual(spans('Đoàn đi qua tỉnh Quảng Bình, Đồng Hới và Hà Nội.', passes), ['place: tỉnh Quảng Bình', 'place: Đồng Hới', 'place: Hà Nội']);
    assert.deepEqual(spans('Cửa hàng ở số 12 Lò Sũ.', passes), ['place: Lò Sũ']);
  });
  it('takes no name from an organisation head whose last word is in lower case', () => {
    assert.deepEqual(spans('Chiều qua, Viện Kiểm sát nhân dân cho biết Ban Quản lý dự án đã nộp hồ sơ.', passes), []);
  });
  it('takes no person from a run opened by `The`', () => {
    assert.deepEqual(spans('Cô từng thi The Voice, rồi gia nhập The Last Dance.', passes), []);
  });
  it('takes a run the article quotes anywhere for the title of a work', () => {
    assert.deepEqual(spans("Phim 'Gossip Girl' ra mắt năm 2007. Cả nhà xem Gossip Girl mỗi tối.", passes), []);
  });
  it('takes a sentence opener and one capital for a name unless the article writes the opener in lower case', () => {
    assert.deepEqual(spans('Tường Vy đưa tin. Bánh Trung thu rất ngon, bánh nướng cũng vậy.', passes), ['person: Tường Vy']);
    // An interview's speaker label is a name all the same.
    assert.deepEqual(spans('PV: Anh bắt đầu thế nào?\nTrung Đinh: Tôi bắt đầu ở trung tâm này.', passes), ['person: Trung Đinh']);
  });
  it('nests the places an organisation run holds', () => {
    assert.deepEqual(spans('Diego Costa sang Atletico Madrid.', passes), ['person: Diego Costa', 'organization: Atletico Madrid', 'place: Madrid (nested)']);
  });
  it('takes nothing after a contest, a festival, an award or an app', () => {
    assert.deepEqual(spans('Cô đăng quang cuộc thi Miss Photo và dùng ứng dụng Google Maps.', passes), []);
  });
  it('takes no name from a run that ends in the first half of a common word', () => {
    // `Dự án`, `Trung thu`, `Tuyệt chủng`, `Giải phóng`: the word's second syllable follows in lower case.
    assert.deepEqual(spans('Dự án khởi công. Trẻ em đón Tết Trung thu, còn loài này đối mặt cuộc Đại Tuyệt chủng.', passes), []);
    assert.deepEqual(spans('Cả nước kỷ niệm Ngày Giải phóng. Kiatisak Senamuang đã trở lại.', passes), ['person: Kiatisak Senamuang']);
  });
  it('takes no person from the initials of a photo credit', () => {
    assert.deepEqual(spans('Cây cầu mới thông xe. Ảnh: Đ.T\nNhóm hiện vật cổ. (Ảnh: L.B.H)', passes), []);
  });
  it('takes a Vietnamese run opened by a place head for the place', () => {
    assert.deepEqual(spans('Du khách thích Bãi Tràm hơn Hòn Tằm.', passes), ['place: Bãi Tràm', 'place: Hòn Tằm']);
    assert.deepEqual(spans('Du khách thích Gành Đá Đĩa hơn Vũng Rô.', passes), ['place: Gành Đá Đĩa', 'place: Vũng Rô']);
    // Not a family name that is also a head (`Hồ`).
    assert.deepEqual(spans('Du khách gặp Hồ Văn Tằm.', passes), ['person: Hồ Văn Tằm']);
  });
  it("takes a foreign run ending in a club's last word for the club in a football report, with its town nested", () => {
    const report = 'Tiền vệ ghi bàn ở hiệp hai giúp Stoke City thắng Aston Villa, HLV khen đội hình.';
    assert.deepEqual(spans(report, passes), ['organization: Stoke City', 'place: Stoke (nested)', 'organization: Aston Villa']);
    assert.deepEqual(spans('Ông sống ở Stoke City nhiều năm.', passes), ['place: Stoke City']);
  });
  it('takes nothing after a feast, a rite, a sport or a school subject', () => {
    assert.deepEqual(spans('Người dân đón tết Trung Thu và dự lễ Pchum Ben.', passes), []);
    assert.deepEqual(spans('Cô dạy bộ môn Vật Lý Ứng Dụng và môn Muay Thái Cổ.', passes), []);
  });
  it('takes no name from the capitals that open a short title in quotation marks', () => {
    assert.deepEqual(spans('Ông in cuốn “Hoa Ban trắng nở”, còn Kiatisak Senamuang đã trở lại.', passes), ['person: Kiatisak Senamuang']);
  });
  it('takes the name of a branch for a place', () => {
    assert.deepEqual(spans('Ông là giám đốc chi nhánh Mỹ Lâm từ năm ngoái.', passes), ['place: Mỹ Lâm']);
  });
  it('takes a foreign run ending in a garden, a resort or a quay for a place', () => {
    assert.deepEqual(spans('Du khách dạo Greenfield Gardens rồi nghỉ ở Ocean Breeze Resort gần Riverside Quay.', passes), [
      'place: Greenfield Gardens',
      'place: Ocean Breeze Resort',
      'place: Riverside Quay',
    ]);
  });
  it('takes no person from a foreign run with a model number after it', () => {
    assert.deepEqual(spans('Máy Nordvik Aurora 4 bán chạy, còn Kiatisak Senamuang đã trở lại.', passes), ['person: Kiatisak Senamuang']);
  });
});
