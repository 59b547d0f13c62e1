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
});
