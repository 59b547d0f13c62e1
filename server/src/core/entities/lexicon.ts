// Word lists the recognizer reasons with: titles, honorifics, head nouns, family names,
// capitalised words that are not names. General Vietnamese, not names from any data set.
// Everything is written lower-case, NFC; the recognizer compares on normalizeKey.

/** Titles and roles that introduce a person (`Thứ trưởng Lê Thị Thu Hằng`). Longest wins. */
export const TITLES = [
  // state and party
  'tổng bí thư', 'bí thư', 'phó bí thư', 'bí thư thứ nhất', 'thường trực ban bí thư', 'ủy viên bộ chính trị', 'uỷ viên bộ chính trị',
  'ủy viên trung ương đảng', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch quốc hội', 'phó chủ tịch quốc hội', 'chủ tịch',
  'phó chủ tịch', 'thủ tướng', 'phó thủ tướng', 'thủ tướng chính phủ', 'phó thủ tướng chính phủ', 'thường trực', 'bộ trưởng', 'thứ trưởng',
  'phó thủ tướng thường trực', 'quyền bộ trưởng', 'nguyên bộ trưởng', 'tổng thống', 'phó tổng thống', 'cựu tổng thống', 'ngoại trưởng',
  'quốc vương', 'nhà vua', 'vua', 'hoàng tử', 'công chúa', 'nữ hoàng', 'thủ hiến', 'thống đốc', 'phó thống đốc', 'thị trưởng',
  'đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'lãnh sự', 'tham tán', 'đặc phái viên', 'đặc sứ', 'người phát ngôn',
  'trưởng đoàn', 'phó trưởng đoàn', 'đại biểu', 'đại biểu quốc hội', 'nghị sĩ', 'thượng nghị sĩ', 'hạ nghị sĩ', 'tổng thư ký',
  'tổng giám đốc', 'phó tổng giám đốc', 'giám đốc', 'phó giám đốc', 'chánh văn phòng', 'phó chánh văn phòng', 'chánh án',
  'phó chánh án', 'viện trưởng', 'phó viện trưởng', 'cục trưởng', 'phó cục trưởng', 'vụ trưởng', 'phó vụ trưởng', 'tổng cục trưởng',
  'phó tổng cục trưởng', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng', 'phó trưởng phòng', 'trưởng khoa', 'phó trưởng khoa',
  'hiệu trưởng', 'phó hiệu trưởng', 'chủ nhiệm', 'phó chủ nhiệm', 'trưởng công an', 'phó trưởng công an', 'chỉ huy trưởng',
  'chính ủy', 'chính uỷ', 'tư lệnh', 'phó tư lệnh', 'tham mưu trưởng', 'kiểm sát viên', 'thẩm phán', 'điều tra viên', 'chủ tọa', 'chủ toạ',
  'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng xóm', 'trưởng đại diện', 'trưởng nhóm', 'trưởng phái đoàn', 'chủ tịch hội đồng quản trị',
  'chủ tịch hđqt', 'chủ tịch ubnd', 'phó chủ tịch ubnd', 'chủ tịch hđnd', 'phó chủ tịch hđnd', 'bí thư tỉnh ủy', 'bí thư thành ủy',
  'nhà sáng lập', 'đồng sáng lập', 'người sáng lập', 'ceo', 'chủ tịch kiêm ceo', 'tổng biên tập', 'phó tổng biên tập', 'phóng viên',
  // military and police ranks
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'đại uý',
  'thượng úy', 'thượng uý', 'trung úy', 'trung uý', 'thiếu úy', 'thiếu uý', 'chuẩn úy', 'binh nhất', 'binh nhì', 'hạ sĩ', 'trung sĩ',
  'thượng sĩ', 'đô đốc', 'phó đô đốc', 'chuẩn đô đốc', 'thống chế', 'nguyên soái',
  // academic and professional
  'gs', 'gs.', 'pgs', 'pgs.', 'ts', 'ts.', 'ths', 'ths.', 'bs', 'bs.', 'ks', 'ks.', 'ls', 'ls.', 'nsnd', 'nsưt', 'nsut', 'nghệ sĩ nhân dân',
  'nghệ sĩ ưu tú', 'nhà giáo nhân dân', 'nhà giáo ưu tú', 'anh hùng', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'kỹ sư',
  'kĩ sư', 'dược sĩ', 'y sĩ', 'y tá', 'điều dưỡng', 'lương y', 'luật sư', 'kiến trúc sư', 'nhà báo', 'nhà văn', 'nhà thơ', 'nhà nghiên cứu',
  'nhà khoa học', 'nhà sử học', 'nhà kinh tế', 'chuyên gia', 'nhà sản xuất', 'nhà thiết kế', 'nhà thiết kế thời trang', 'nhà đầu tư',
  'nhà vô địch', 'ca sĩ', 'nhạc sĩ', 'nhạc sỹ', 'nghệ sĩ', 'nghệ sỹ', 'danh ca', 'diễn viên', 'đạo diễn', 'biên kịch', 'người mẫu', 'hoa hậu',
  'á hậu', 'hoa khôi', 'mc', 'dj', 'rapper', 'vũ công', 'họa sĩ', 'hoạ sĩ', 'nhiếp ảnh gia', 'ảnh gia', 'tác giả', 'dịch giả', 'biên tập viên',
  'bình luận viên', 'giáo viên', 'cô giáo', 'thầy giáo', 'học sinh', 'sinh viên', 'nghiên cứu sinh', 'tân sinh viên', 'thí sinh', 'em học sinh',
  'doanh nhân', 'nữ doanh nhân', 'chủ doanh nghiệp', 'chủ tiệm', 'chủ quán', 'chủ nhà', 'tài xế', 'lái xe', 'nông dân', 'ngư dân', 'công nhân',
  'chiến sĩ', 'cán bộ', 'đảng viên', 'thượng tọa', 'thượng toạ', 'hòa thượng', 'hoà thượng', 'đại đức', 'ni sư', 'linh mục', 'giám mục',
  'hồng y', 'giáo hoàng', 'mục sư', 'sư thầy', 'nhà sư',
  // sport
  'hlv', 'hlv trưởng', 'huấn luyện viên', 'huấn luyện viên trưởng', 'trợ lý', 'trợ lý hlv', 'cầu thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ',
  'trung vệ', 'thủ môn', 'thủ thành', 'đội trưởng', 'vận động viên', 'vđv', 'võ sĩ', 'kỳ thủ', 'tay vợt', 'tay đua', 'kình ngư', 'golf thủ',
  'xạ thủ', 'cua-rơ', 'trọng tài', 'ngôi sao', 'tân binh', 'chân sút', 'số 10', 'đồng đội', 'cựu cầu thủ', 'cựu tiền đạo', 'cựu hlv',
  // law and crime news
  'bị cáo', 'bị can', 'bị hại', 'nạn nhân', 'đối tượng', 'nghi phạm', 'nghi can', 'hung thủ', 'tử tù', 'phạm nhân', 'người bị hại',
  'nguyên đơn', 'bị đơn', 'nhân chứng', 'người làm chứng',
];

/** Words for people that take a name right after them (`ông Tillerson`, `chị Mai`). */
export const HONORIFICS = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'thầy', 'cậu', 'dì', 'mợ', 'thím', 'mẹ', 'bố', 'cha', 'con', 'vợ', 'chồng',
  'ngài', 'đồng chí', 'cố', 'nguyên', 'cựu', 'tân', 'vợ chồng', 'mẹ con', 'bố con', 'anh em', 'chị em', 'con trai', 'con gái', 'cậu bé', 'cô bé',
  'bé', 'cháu bé', 'nữ sinh', 'nam sinh', 'cô gái', 'chàng trai', 'thanh niên', 'nam thanh niên', 'người đàn ông', 'người phụ nữ', 'lão',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'tướng', 'cố tổng bí thư', 'cố chủ tịch', 'cố thủ tướng', 'sư', 'thượng tọa', 'danh thủ',
];

/** Heads that start an organisation name (`Bộ Ngoại giao`, `báo Lao Động`). */
export const ORG_HEADS = [
  'bộ', 'ban', 'ủy ban', 'uỷ ban', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'hđnd', 'hội đồng nhân dân', 'tổng cục', 'cục', 'vụ', 'viện',
  'sở', 'phòng', 'chi cục', 'ngân hàng', 'tập đoàn', 'tổng công ty', 'công ty', 'công ty cổ phần', 'công ty tnhh', 'ctcp', 'cty', 'tnhh',
  'đại học', 'trường', 'trường đại học', 'trường cao đẳng', 'trường thpt', 'trường thcs', 'trường tiểu học', 'học viện', 'đảng', 'hội đồng',
  'hội', 'hiệp hội', 'liên đoàn', 'liên minh', 'tổ chức', 'quỹ', 'báo', 'tờ', 'tạp chí', 'đài', 'đài truyền hình', 'đài phát thanh', 'kênh',
  'hãng', 'hãng tin', 'thông tấn xã', 'tòa án', 'toà án', 'tòa án nhân dân', 'tand', 'viện kiểm sát', 'viện kiểm sát nhân dân', 'vksnd',
  'quân khu', 'quân đoàn', 'quân chủng', 'binh chủng', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'bộ tư lệnh', 'bộ chỉ huy', 'công an', 'cảnh sát',
  'bệnh viện', 'bv', 'trung tâm', 'văn phòng', 'thành ủy', 'thành uỷ', 'tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'đảng ủy', 'đảng uỷ',
  'mặt trận', 'đoàn', 'câu lạc bộ', 'clb', 'đội', 'đội tuyển', 'nhà xuất bản', 'nxb', 'nhà hát', 'nhà máy', 'xí nghiệp', 'hợp tác xã', 'htx',
  'ủy hội', 'uỷ hội', 'quốc hội', 'nghị viện', 'thượng viện', 'hạ viện', 'chính phủ', 'nội các', 'điện', 'nhà trắng', 'lầu năm góc',
  'tòa thánh', 'tổng liên đoàn', 'liên hiệp', 'cơ quan', 'tổ hợp', 'chuỗi', 'siêu thị', 'khách sạn', 'nhà hàng', 'sàn', 'sở giao dịch',
  'kho bạc', 'bảo hiểm xã hội', 'thanh tra', 'kiểm toán', 'hải quan', 'cục hải quan', 'bộ đội biên phòng', 'ban quản lý', 'bql', 'hội đồng quản trị',
  // abbreviated heads
  'đh', 'cđ', 'thpt', 'thcs', 'lđlđ', 'tổng lđlđ', 'nxb', 'vksnd', 'tand', 'ubmttq', 'nhnn',
];

/** Heads that start a place name (`tỉnh Quảng Bình`, `thành phố Melbourne`, `miền Trung`). */
export const PLACE_HEADS = [
  'tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'thôn', 'xóm', 'ấp', 'bản', 'làng', 'khu phố', 'tổ dân phố',
  'miền', 'vùng', 'châu', 'bang', 'tiểu bang', 'đặc khu', 'sông', 'núi', 'hồ', 'đảo', 'quần đảo', 'vịnh', 'biển', 'đèo', 'đường', 'phố', 'cầu',
  'sân bay', 'cảng', 'khu công nghiệp', 'kcn', 'khu đô thị', 'khu di tích', 'chợ', 'sân vận động', 'svđ', 'xứ', 'thủ đô', 'đồng bằng', 'cao nguyên',
  'bán đảo', 'eo biển', 'vườn quốc gia', 'quảng trường', 'dãy', 'rừng', 'suối', 'thác', 'hang', 'động', 'bãi biển', 'bến', 'ga', 'nút giao', 'ngã tư',
  'ngã ba', 'quốc lộ', 'tỉnh lộ', 'cao tốc', 'đại lộ', 'kênh', 'hẻm', 'ngõ', 'ngách', 'khu', 'lưu vực', 'khu vực', 'sân', 'đồi', 'mũi',
];

/** Organisation heads that make a name even in lower case (`báo Lao Động`, `công ty Vinamilk`). */
export const LOWERCASE_ORG_HEADS = [
  'báo', 'tờ', 'tạp chí', 'đài', 'kênh', 'hãng', 'hãng tin', 'công ty', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'đại học', 'trường',
  'trường đại học', 'bệnh viện', 'câu lạc bộ', 'clb', 'đội tuyển', 'nhà xuất bản', 'hiệp hội', 'liên đoàn', 'học viện',
  'khách sạn', 'siêu thị', 'nhà hàng', 'nhà máy', 'thông tấn xã', 'công ty cổ phần', 'công ty tnhh', 'quỹ', 'viện', 'ủy ban', 'uỷ ban',
];

/** Words before a capitalised run that make it a place (`ở Thăng Long`, `tại Sa Pa`). */
export const PLACE_PREPOSITIONS = ['ở', 'tại', 'đến', 'tới', 'từ', 'về', 'qua', 'khắp', 'rời', 'quê', 'thăm', 'sang', 'ra', 'vào', 'trên', 'quanh'];

/** Family names (VIETNAMESE.md plus the next most common). */
export const FAMILY_NAMES = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'đinh', 'đoàn',
  'lâm', 'mai', 'trịnh', 'trương', 'đào', 'cao', 'lưu', 'hà', 'tô', 'tạ', 'lương', 'vương', 'châu', 'kiều', 'quách', 'thái', 'từ', 'lại',
  'triệu', 'chu', 'khổng', 'doãn', 'hứa', 'phùng', 'tăng', 'mạc', 'văn', 'la', 'thân', 'kim', 'âu', 'diệp', 'tôn', 'nông', 'lò', 'hầu',
  'giang', 'vi', 'khúc', 'tiêu', 'quan', 'ông', 'lã', 'lữ', 'khuất', 'cù', 'đàm', 'đồng', 'tống', 'ninh', 'bạch', 'cung', 'nghiêm', 'ôn', 'lục',
  'mạnh', 'viên', 'trình', 'kha', 'bế', 'sầm', 'hoàng phủ', 'tôn thất', 'tôn nữ', 'công tằng tôn nữ',
];

/**
 * Capitalised words that are not names on their own: sentence openers, parts of the day,
 * weekdays, caption words, bare institutions. A run is never made of these alone.
 */
export const NOT_NAMES = [
  'theo', 'tại', 'trong', 'sau', 'trước', 'khi', 'ngày', 'chiều', 'sáng', 'tối', 'trưa', 'đêm', 'rạng', 'với', 'các', 'những', 'một', 'hai',
  'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'đây', 'đó', 'này', 'nhưng', 'tuy', 'tuy nhiên', 'vì', 'do', 'nếu', 'còn', 'cùng',
  'hiện', 'hiện nay', 'tháng', 'từ', 'đến', 'về', 'cũng', 'để', 'và', 'hoặc', 'là', 'có', 'không', 'chưa', 'đã', 'đang', 'sẽ', 'vừa', 'mới',
  'ảnh', 'nguồn', 'bình luận', 'video', 'clip', 'tin', 'bài', 'xem', 'thêm', 'chú thích', 'thứ', 'chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư',
  'thứ năm', 'thứ sáu', 'thứ bảy', 'hôm', 'hôm nay', 'hôm qua', 'ngày mai', 'nhà nước', 'chính phủ', 'trung ương', 'đảng', 'quốc hội', 'công an',
  'tổ quốc', 'nhân dân', 'bác', 'bác hồ', 'người', 'nhiều', 'mỗi', 'mọi', 'tất cả', 'cả', 'chỉ', 'rất', 'thì', 'mà', 'như', 'nên', 'lại', 'ngoài',
  'bên', 'giữa', 'dù', 'mặc dù', 'bởi', 'bởi vì', 'vậy', 'vì vậy', 'do đó', 'trên', 'dưới', 'qua', 'theo đó', 'ngoài ra', 'bên cạnh', 'đặc biệt',
  'trước đó', 'sau đó', 'cuối', 'đầu', 'giữa', 'lúc', 'giờ', 'phút', 'chương', 'điều', 'khoản', 'mục', 'phần', 'kỳ', 'số', 'trang', 'tập',
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'tôi', 'chúng', 'chúng tôi', 'họ', 'mình', 'ai', 'gì', 'nào', 'sao', 'bao', 'được', 'bị', 'cho',
  'làm', 'ra', 'vào', 'lên', 'xuống', 'đi', 'tới', 'ở', 'tết', 'xuân', 'hè', 'thu', 'đông', 'lễ', 'hội', 'giải', 'cup', 'cúp', 'vòng', 'trận',
  'mùa', 'phim', 'sách', 'luật', 'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'kế hoạch', 'chương trình', 'dự án', 'đề án',
  'tp', 'ubnd', 'hđnd', 'clb', 'hlv', 'vđv', 'gs', 'ts', 'pgs', 'ths', 'bs', 'usd', 'vnd', 'đồng', 'euro', 'gdp', 'cpi', 'ceo', 'mc', 'tv', 'fta',
];

/** All-caps words that are units, abbreviations of common nouns or title words, not entities. */
export const COMMON_ACRONYMS = [
  'usd', 'vnd', 'vnđ', 'eur', 'gdp', 'cpi', 'fdi', 'oda', 'ceo', 'cfo', 'cto', 'mc', 'dj', 'tv', 'hlv', 'vđv', 'clb', 'tp', 'ubnd', 'hđnd', 'thpt',
  'thcs', 'đh', 'cđ', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'ls', 'nsnd', 'nsưt', 'kcn', 'bđs', 'atm', 'sms', 'gps', 'pc', 'it', 'ai', 'ok', 'vip',
  'mv', 'cd', 'dvd', 'fm', 'am', 'pm', 'km', 'kg', 'mm', 'cm', 'ha', 'mw', 'kw', 'kwh', 'gb', 'mb', 'tb', 'mhz', 'ghz', 'hd', 'led', 'lcd', 'cnc',
  'covid', 'hiv', 'aids', 'sars', 'dna', 'adn', 'pr', 'seo', 'ip', 'id', 'pdf', 'url', 'www', 'tnhh', 'ctcp', 'cp', 'tnhh mtv', 'mtv', 'bv', 'sđt',
  'cmnd', 'cccd', 'bhxh', 'bhyt', 'gtvt', 'atgt', 'tngt', 'pccc', 'xhcn', 'nxb', 'svđ', 'gd', 'đt', 'kt', 'xh', 'vn', 'ii', 'iii', 'iv', 'vi',
  'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xx', 'xxi', 'sea', 'games', 'suv', 'vs', 'fc',
  // Vietnamese abbreviations of common nouns (police, courts, medals, roles, documents)
  'vks', 'vksnd', 'csgt', 'cscđ', 'csđt', 'csht', 'cskv', 'hđxx', 'bđbp', 'sn', 'pv', 'ptv', 'btv', 'ctv', 'hcv', 'hcb', 'hcđ', 'gđ', 'pgđ',
  'tgđ', 'ntk', 'htx', 'bot', 'bt', 'antt', 'attt', 'atvstp', 'nvcc', 'cbcnv', 'cbcc', 'cnvc', 'gv', 'hs', 'sv', 'ptth', 'tw', 'bch', 'ubtv',
  'đbqh', 'hđqt', 'đhđcđ', 'ql', 'tl', 'sxkd', 'xnk', 'vlxd', 'cntt', 'khcn', 'kh&cn', 'gd&đt', 'tt&tt', 'lđ', 'tb&xh', 'ldtbxh', 'nđ', 'qđ',
  'nq', 'tt', 'cv', 'cp', 'ttg', 'bqp', 'bca', 'ttcp', 'tnxh', 'bđs', 'dn', 'dnnn', 'cmcn', 'ncs', 'bv', 'pgs.ts', 'ts.bs', 'bsck', 'thcs',
  'mầm', 'ubkt', 'hcm', 'sđ', 'đt', 'tc', 'tb', 'kcn', 'ccn', 'ktx', 'nxb', 'tp', 'bhtn', 'gtgt', 'tncn', 'tndn', 'vat', 'ipo', 'ic', 'ios',
];

/** Bare institution words that VLSP does not tag on their own (`Chính phủ`, `Nhà nước`). */
export const BARE_INSTITUTIONS = ['chính phủ', 'nhà nước', 'đảng', 'trung ương', 'quốc hội', 'công an', 'nhân dân', 'tổ quốc', 'bộ', 'ban', 'sở'];

/** Words that may stand between a title and the name it introduces (`Đại sứ Nga tại Việt Nam …`). */
/** Vietnam's ministries and ministry-level portfolios as a title names them (`Bộ trưởng Công
 *  Thương`, `Bộ trưởng Kế hoạch và Đầu tư`): general knowledge of the government's structure. */
export const PORTFOLIOS = [
  'công thương',
  'công an',
  'quốc phòng',
  'ngoại giao',
  'nội vụ',
  'tư pháp',
  'tài chính',
  'xây dựng',
  'y tế',
  'kế hoạch và đầu tư',
  'tài nguyên và môi trường',
  'nông nghiệp và phát triển nông thôn',
  'nông nghiệp và môi trường',
  'khoa học và công nghệ',
  'thông tin và truyền thông',
  'giáo dục và đào tạo',
  'giao thông vận tải',
  'dân tộc và tôn giáo',
  'lao động - thương binh và xã hội',
];

export const SLOT_WORDS = ['tại', 'ở', 'của', 'và', 'kiêm', 'phụ trách', 'thường trực', 'nhiệm kỳ', 'khóa', 'khoá', 'đặc mệnh toàn quyền'];

/** Lower-case words that end an organisation name (function words and common verbs). */
export const STOP_WORDS = [
  'đã', 'và', 'của', 'cho', 'với', 'tại', 'trong', 'là', 'có', 'được', 'bị', 'sẽ', 'này', 'đó', 'các', 'những', 'về', 'từ', 'đến', 'để',
  'khi', 'thì', 'mà', 'không', 'cũng', 'đang', 'vừa', 'ra', 'vào', 'lên', 'xuống', 'ở', 'theo', 'như', 'nhưng', 'hay', 'hoặc', 'nên', 'vì',
  'do', 'bởi', 'trên', 'dưới', 'sau', 'trước', 'giữa', 'cùng', 'với', 'qua', 'một', 'hai', 'ba', 'nhiều', 'mới', 'còn', 'lại', 'đều', 'rất',
  'sáng', 'chiều', 'tối', 'ngày', 'tháng', 'năm', 'nay', 'hôm', 'vẫn', 'chỉ', 'thêm', 'cần', 'phải', 'nói', 'cho biết', 'khẳng định', 'tổ chức',
  'thông báo', 'yêu cầu', 'đề nghị', 'chủ trì', 'tiếp', 'gặp', 'làm', 'việc', 'người', 'ông', 'bà', 'anh', 'chị', 'kiêm', 'nhằm', 'gồm',
  'chưa', 'đi', 'tới', 'nhận', 'thấy', 'biết', 'muốn', 'bày tỏ', 'đánh giá', 'ký', 'công bố', 'phát hiện', 'xử lý', 'phối hợp', 'ban hành',
];
