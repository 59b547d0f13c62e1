// A short article in the corpus format, analysed once per corpus while nobody waits
// (CorpusWorkspace.primeAnalysis): a titled person, an alias, a place, an organisation, a sector
// and partial dates, so that the analysis takes its usual paths. Written for this purpose.

export const SAMPLE_ARTICLE = [
  ' date 2026-01-15 Thành phố mở thêm ba tuyến xe buýt điện',
  '',
  'Sáng 14/1, ông Trần Minh Khoa, Giám đốc Sở Giao thông vận tải Hà Nội, cho biết thành phố sẽ mở thêm ba tuyến xe buýt điện trong quý I/2026.',
  '',
  'Theo ông Khoa, ngành giao thông cần thêm vốn từ Ngân hàng Nhà nước và các doanh nghiệp, như đã bàn hôm 5/1.',
  '',
].join('\n');

/** Its file name: an id of its own, in no folder a corpus lists. */
export const SAMPLE_ARTICLE_NAME = '.corpus-lens-sample_0000000000000000.txt';
