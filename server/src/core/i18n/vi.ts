// Thông điệp tiếng Việt: cùng khóa và cùng chỗ giữ chỗ (placeholder) với en.ts. Tiếng Việt
// không chia số nhiều: `{n}` đứng một mình. Mã quy tắc, tên thiết lập, tên tùy chọn và những gì
// kịch bản đọc giữ nguyên như bản tiếng Anh.

import type { en } from './en';

export const vi: Record<keyof typeof en, string> = {
  // ---- Từ dùng chung ------------------------------------------------------------------------------
  'list.and': ' và ',

  // ---- header/* ---------------------------------------------------------------------------------
  'header.missing': 'Bài báo không có dòng đầu (header): dòng đầu tiên phải có dạng `date YYYY-MM-DD Tiêu đề`.',
  'header.fix.insertFromLine': "Chèn dòng đầu 'date {date}' (tiêu đề lấy từ dòng {line})",
  'header.fix.insertWithTitle': "Chèn dòng đầu 'date {date}' với tiêu đề này",
  'header.fix.insertToWrite': "Chèn dòng đầu 'date {date}' (tiêu đề cần viết thêm)",
  'header.fix.removeLabel': "Xóa dòng nhãn chuyên mục '{label}' sót lại khi thu thập",
  'header.badIndent': 'Dòng đầu chỉ được bắt đầu bằng tối đa một dấu cách thường.',
  'header.fix.removeIndent': 'Xóa phần thụt lề thừa',
  'header.noKeyword': 'Dòng đầu thiếu từ khóa `date` trước ngày đăng.',
  'header.fix.insertKeyword': "Chèn từ khóa 'date'",
  'header.keywordColon': 'Từ khóa của dòng đầu là `date` rồi đến một dấu cách, không có dấu hai chấm.',
  'header.keywordCase': 'Từ khóa của dòng đầu viết là `date`, bằng chữ thường.',
  'header.fix.writeKeyword': "Viết từ khóa thành 'date'",
  'header.separator': 'Các phần của dòng đầu phải cách nhau đúng một dấu cách thường; ở đây là {found}.',
  'header.space.none': 'không có dấu cách nào',
  'header.space.nbsp': 'một dấu cách không ngắt (non-breaking space)',
  'header.space.tab': 'một ký tự tab',
  'header.space.disguised': 'một khoảng trắng đặc biệt trông như dấu cách',
  'header.space.many': '{n} dấu cách',
  'header.fix.singleSpace': 'Dùng một dấu cách',
  'header.noDate': 'Dòng đầu không có ngày đăng: hãy viết `date YYYY-MM-DD Tiêu đề`.',
  'header.dateShape': "Ngày đăng '{raw}' ở dòng đầu phải viết theo dạng YYYY-MM-DD ({why}): {iso}.",
  'header.dateUnreadable': "Ngày đăng '{raw}' ở dòng đầu không phải ngày theo dạng YYYY-MM-DD ({why}).",
  'header.shape.ymdSlash': 'dùng gạch chéo hoặc dấu chấm thay cho gạch nối',
  'header.shape.ymdUnpadded': 'tháng và ngày phải có hai chữ số',
  'header.shape.compact': 'ngày tháng cần có gạch nối',
  'header.shape.dmy': 'viết theo thứ tự ngày/tháng/năm',
  'header.shape.unreadable': 'không phải ngày tháng',
  'header.fix.rewriteDate': 'Viết lại ngày thành {iso}',
  'header.invalidDate': "Ngày đăng '{raw}' ở dòng đầu không có thật: {why}.",
  'date.why.noMonth': 'không có tháng {month}',
  'date.why.noDay0': 'không có ngày 0',
  'date.why.fewerDays': 'tháng đó không có nhiều ngày như vậy',
  'date.why.notLeap': 'năm {year} không phải năm nhuận',
  'date.why.monthDays': 'tháng {month} chỉ có {days} ngày',
  'header.futureDate.today': 'Ngày đăng {iso} ở dòng đầu muộn hơn hôm nay ({today}).',
  'header.futureDate.max': 'Ngày đăng {iso} ở dòng đầu muộn hơn ngày muộn nhất của kho ngữ liệu, {max}.',
  'header.futureDate.min': 'Ngày đăng {iso} ở dòng đầu sớm hơn ngày sớm nhất của kho ngữ liệu, {min}.',
  'header.noTitle': 'Dòng đầu không có tiêu đề sau ngày đăng.',

  // ---- date/* -----------------------------------------------------------------------------------
  'date.impossible': "'{text}' không phải ngày có thật: {why}.",
  'date.afterPublication': '{text} hiểu theo năm {year} là ngày {iso}, sau ngày đăng {published}: ngày ở dòng đầu có đúng không?',

  // ---- entity/* ---------------------------------------------------------------------------------
  'entity.unknown': "'{name}' ({title}) chưa có trong danh mục thực thể.",
  'entity.staleTitle.noLonger': 'Theo danh mục, vào ngày {date} (ngày của bài báo) {name} không còn là {title}: {named}. {held}',
  'entity.staleTitle.notYet': 'Theo danh mục, vào ngày {date} (ngày của bài báo) {name} chưa là {title}: {named}. {held}',
  'entity.staleTitle.not': 'Theo danh mục, vào ngày {date} (ngày của bài báo) {name} không phải là {title}: {named}. {held}',
  'entity.staleTitle.held': 'Theo danh mục, vào ngày đó người này giữ: {titles}.',
  'entity.staleTitle.noneHeld': 'Danh mục không ghi chức danh nào người này giữ vào ngày đó.',
  'entity.staleTitle.fix.held': "Viết chức danh giữ lúc đó: '{title}'",
  'entity.staleTitle.fix.past': "Ghi là chức danh cũ: 'nguyên {title}'",
  'entity.titleSpan': '{from} – {to}',
  'time.now': 'nay',
  'date.contradictsTitles': 'Chức danh của {names} khớp với giai đoạn {span}, không khớp với ngày đăng {date} ở dòng đầu: ngày này có đúng không?',
  'entity.titleConflict': 'Trong vòng {days} ngày quanh {date}, kho ngữ liệu gọi {name} là {title} trong {count} trên {all} bài báo{others}; ở đây: {here}.',
  'entity.titleConflict.others': ' (ngoài ra: {list})',

  // ---- text/* -----------------------------------------------------------------------------------
  'text.notNfc': "'{word}' được viết bằng dấu tổ hợp tách rời ({found} đơn vị mã thay vì {nfc}); kho ngữ liệu lưu văn bản ở dạng NFC, còn tìm kiếm, so khớp và thống kê coi hai dạng là hai từ khác nhau.",
  'text.fix.nfc': 'Chuẩn hóa về NFC',
  'text.toneStyle': "'{word}' đặt dấu thanh theo {style}; {why}: hãy viết '{other}'.",
  'text.toneStyle.declared': 'kho ngữ liệu quy định toneStyle: {setting} ({example})',
  'text.toneStyle.majority': 'bài này viết {count} từ theo {style} ({example}) và {others} từ theo kiểu kia',
  'text.toneStyle.old': 'kiểu cũ',
  'text.toneStyle.new': 'kiểu mới',
  'text.fix.toneStyle': "Viết '{other}' (đặt dấu thanh {style})",
  'text.toneTypo': "'{word}' đặt dấu thanh sai nguyên âm: trong ươ, iê, uô và yê, dấu thanh đặt trên nguyên âm thứ hai. Hãy viết '{right}'.",
  'text.fix.write': "Viết '{text}'",
  'text.bom': 'Tệp bắt đầu bằng dấu thứ tự byte (BOM, U+FEFF); kho ngữ liệu dùng UTF-8 không có BOM.',
  'text.fix.bom': 'Xóa dấu thứ tự byte (BOM)',
  'text.blankLine': 'Một dòng trống chứa {what}.',
  'text.trailing': 'Khoảng trắng thừa ({what}) ở cuối dòng.',
  'text.fix.trailing': 'Xóa khoảng trắng cuối dòng',
  'text.leading': 'Dòng bắt đầu bằng {what}.',
  'text.fix.leading': 'Xóa khoảng trắng đặc biệt',
  'text.betweenWords': '{what} giữa các từ: hãy viết một dấu cách thường.',
  'text.invisible': '{what} nằm trong văn bản: ký tự vô hình không có chỗ trong bài viết.',
  'text.fix.oneSpace': 'Dùng một dấu cách thường',
  'text.fix.invisible': 'Xóa ký tự vô hình',
  'text.lineEnds': 'Tệp này kết thúc các dòng bằng {kind} ({count} dòng); kho ngữ liệu dùng LF.',
  'text.fix.lineEnds': 'Chuyển mọi ký tự xuống dòng thành LF',
  'text.oddLineEnd': 'Một ký tự xuống dòng {kind} trong tệp mà các dòng khác kết thúc bằng LF.',
  'text.fix.lf': 'Dùng LF',
  'text.space.one': 'một {name}',
  'text.space.single': 'một dấu cách',
  'text.space.many': '{n} dấu cách',
  'text.space.nbsp': 'dấu cách không ngắt (non-breaking space)',
  'text.space.thin': 'dấu cách hẹp (thin space)',
  'text.space.narrowNbsp': 'dấu cách hẹp không ngắt',
  'text.space.ideographic': 'dấu cách toàn khổ (ideographic space)',
  'text.space.zwsp': 'dấu cách độ rộng bằng không (zero-width space)',
  'text.space.zwnj': 'ký tự không nối độ rộng bằng không (ZWNJ)',
  'text.space.zwj': 'ký tự nối độ rộng bằng không (ZWJ)',
  'text.space.wordJoiner': 'ký tự nối từ (word joiner)',
  'text.space.bom': 'dấu cách không ngắt độ rộng bằng không (BOM)',
  'text.space.softHyphen': 'gạch nối mềm (soft hyphen)',
  'text.space.tab': 'ký tự tab',
  'text.mojibake': "'{text}' là văn bản UTF-8 bị đọc nhầm thành Windows-1252 (lỗi phông, mojibake); đọc đúng là '{repaired}'.",
  'text.fix.repair': "Sửa thành '{text}'",
  'text.legacyEncoding': 'Dòng này có vẻ là văn bản {encoding} bị đọc nhầm thành Windows-1252; từ đây không thể sửa chắc chắn: hãy chuyển mã tệp gốc (bằng iconv, hoặc công cụ chuyển mã tiếng Việt như của Unikey) rồi thay văn bản.',
  'text.eth': "'{char}' là chữ eth của tiếng Iceland ({code}), bị dùng thay cho '{right}' khi thu thập từ web.",

  // ---- scrape/* ---------------------------------------------------------------------------------
  'scrape.caption': 'Chú thích ảnh lấy từ trang web (kết thúc bằng nguồn ảnh); có kho ngữ liệu giữ chú thích ảnh, có kho bỏ đi.',
  'scrape.fix.caption': 'Xóa dòng chú thích ảnh',
  'scrape.repeatsPrevious': 'Dòng này lặp lại dòng ngay trước nó.',
  'scrape.paragraphRepeats': 'Đoạn này ({count} dòng) lặp lại đoạn ngay trước nó.',
  'scrape.firstCopy': 'bản đầu tiên',
  'scrape.fix.repeatedCopy': 'Xóa bản lặp',
  'scrape.fix.repeatedLine': 'Xóa dòng lặp',
  'scrape.repeatsLine': 'Dòng này lặp lại dòng {line}.',
  'scrape.imageSlug': "'{line}' là tên tệp ảnh do công cụ thu thập để lại, không phải nội dung bài báo.",
  'scrape.fix.imageSlug': 'Xóa dòng tên tệp ảnh',
  'scrape.widget': "'{line}' là khung bình luận của trang web, không phải nội dung bài báo.",
  'scrape.fix.widget': 'Xóa khung bình luận',
  'scrape.related': "'{line}' mở đầu một khối liên kết tới các bài khác ({count} dòng sau nó), không thuộc bài báo này.",
  'scrape.fix.related': 'Xóa khối bài liên quan',

  // ---- corpus/*, file/*, internal/* ----------------------------------------------------------------
  'corpus.duplicate.identical': 'Phần thân bài báo này giống hệt {file}.',
  'corpus.duplicate.similar': 'Phần thân bài báo này giống {file} khoảng {percent}% (ước tính theo các cụm 5 từ chung).',
  'corpus.duplicate.related.identical': 'cùng phần thân',
  'corpus.duplicate.related.similar': 'phần thân giống {percent}%',
  'file.name': "'{name}' không phải tên tệp bài báo dạng NNN_<16 chữ số hex>.txt: {why}.",
  'file.name.extensionCase': 'phần mở rộng phải là .txt viết thường',
  'file.name.extension': 'tệp bài báo phải có đuôi .txt',
  'file.name.parts': 'tên cần có số thứ tự, dấu gạch dưới rồi đến mã bài',
  'file.name.noIndex': 'tên phải bắt đầu bằng số thứ tự có ít nhất ba chữ số',
  'file.name.shortIndex': 'số thứ tự cần có ít nhất ba chữ số ({padded})',
  'file.name.idCase': 'mã bài phải viết thường ({id})',
  'file.name.idLength': 'mã bài có {count} chữ số hex, không phải 16',
  'file.name.idDigits': 'mã bài phải gồm 16 chữ số hex (0-9, a-f)',
  'file.duplicateId': 'Mã bài {id} cũng được dùng cho {files}; mỗi mã bài phải là duy nhất trong kho ngữ liệu.',
  'file.duplicateId.related': 'cũng có mã {id}',
  'file.skipped': 'Đã bỏ qua: {reason}.',
  'internal.ruleFailed': 'Quy tắc {code} gặp lỗi: {error}',
  'internal.tooMany': 'Còn {count} vấn đề khác trong tệp này không được hiển thị (chỉ hiện {max} vấn đề đầu).',
  'summary.moreFindings': 'Còn {count} vấn đề {code} khác từ đây trở đi không được liệt kê từng cái.',

  // ---- Đọc tệp ------------------------------------------------------------------------------------
  'read.tooLarge': 'tệp nặng {size} MB, vượt quá mức {max} MB cho phép với một bài báo',
  'read.binary': 'tệp nhị phân (có byte NUL ở vị trí byte {offset}), không phải bài báo',
  'read.notUtf8': 'không phải UTF-8 hợp lệ (văn bản ở bảng mã cũ như TCVN3 hay VNI phải được chuyển mã trước)',
  'read.textTooLong': 'văn bản dài {size} triệu ký tự, vượt quá mức {max} triệu ký tự cho phép với một bài báo',
  'read.overLimit': 'tệp lớn hơn giới hạn {limit}',
  'read.sizeOverLimit': 'tệp nặng {size}, lớn hơn giới hạn {limit}',
  'read.notRegular': 'đây là {kind}, không phải tệp thông thường',
  'read.kind.fifo': 'một đường ống có tên (FIFO)',
  'read.kind.charDevice': 'một thiết bị ký tự',
  'read.kind.blockDevice': 'một thiết bị khối',
  'read.kind.socket': 'một socket',
  'read.kind.directory': 'một thư mục',
  'read.kind.other': 'thứ không phải tệp',
  'read.bytes': '{count} byte',
  'read.missing': 'không có tệp này',
  'read.failed': 'không đọc được tệp ({error})',
  'read.linkOutside': 'đây là liên kết tới một tệp nằm ngoài thư mục kho ngữ liệu, nên không được đọc',
  'read.analysisFailed': 'phân tích thất bại: {error}',
  'read.disappeared': 'tệp đã biến mất trong lúc đang đọc',

  // ---- corpus-lens.yaml (config/*) -----------------------------------------------------------------
  'config.yamlError': 'Lỗi cú pháp YAML: {message}',
  'config.notMapping': 'corpus-lens.yaml phải là một ánh xạ (mapping) các thiết lập',
  'config.stringList': "'{name}' phải là một chuỗi hoặc một danh sách chuỗi",
  'config.registryOutside': "'{file}' nằm ngoài thư mục kho ngữ liệu; tệp danh mục phải nằm trong thư mục đó, nên tệp này không được đọc",
  'config.globNothing': "'{pattern}': {why}; mẫu này không khớp với tệp nào",
  'config.globBraces': 'cặp ngoặc nhọn của mẫu triển khai ra hơn {max} phương án',
  'config.languageType': "'language' phải là en hoặc vi: ngôn ngữ của các thông điệp Corpus Lens",
  'config.languageUnknown': "'{value}': Corpus Lens viết thông điệp bằng tiếng Anh (en) hoặc tiếng Việt (vi); không có một trong hai giá trị này thì thông điệp theo ngôn ngữ của trình soạn thảo",
  'config.toneStyle': "'toneStyle' phải là 'old' (hòa, thủy: dấu thanh trên nguyên âm thứ nhất) hoặc 'new' (hoà, thuỷ)",
  'config.datesMapping': "'dates' phải là một ánh xạ có 'min' và/hoặc 'max'",
  'config.datesUnknown': "thiết lập không xác định 'dates.{key}' (cần min hoặc max)",
  'config.datesValue': "'dates.{key}' phải là một ngày YYYY-MM-DD hoặc 'today'",
  'config.rulesMapping': "'rules' phải gán cho mỗi mã quy tắc một trong các giá trị error, warning, information, hint hoặc off",
  'config.ruleValue': "quy tắc '{code}': cần error, warning, information, hint hoặc off",
  'config.unknown': "thiết lập không xác định '{key}'",
  'config.unreadable': '{file} không đọc được: {reason}; dùng thiết lập mặc định',
  'config.noArticles': 'Không tệp nào trong thư mục này là bài báo của kho ngữ liệu ({globs}).',

  // ---- Tệp danh mục (registry/*) ------------------------------------------------------------------
  'registry.unreadable': 'không đọc được tệp danh mục này: {reason}',
  'registry.yaml': 'không đọc được YAML: {error}',
  'registry.yamlError': 'Lỗi cú pháp YAML: {message}',
  'registry.topLevel': "trường cấp cao nhất không xác định '{key}' (cần 'entities')",
  'registry.notMapping': "tệp danh mục phải là một ánh xạ có danh sách 'entities'",
  'registry.entitiesList': "'entities' phải là một danh sách các mục",
  'registry.duplicateId': "mã '{id}' bị trùng trong tệp này (dùng mục đầu tiên)",
  'registry.entryMapping': 'mỗi mục phải là một ánh xạ có id, type và name',
  'registry.fieldTwice': "trường '{key}' được viết hai lần (dùng lần đầu)",
  'registry.missing': '{entry}: thiếu hoặc để trống {count} trường {fields}; bỏ qua mục này',
  'registry.entry': 'mục',
  'registry.badId': "mã '{id}' chỉ được gồm chữ ASCII thường, chữ số, '-', '_' hoặc '.'; bỏ qua mục này",
  'registry.badType': "'{type}' không phải loại thực thể (person, organization, place, sector, event); bỏ qua mục này",
  'registry.fieldNotFor': "trường '{key}' không dùng cho loại {type}",
  'registry.unknownField': "trường không xác định '{key}'",
  'registry.aliasesList': "'aliases' phải là một danh sách tên",
  'registry.aliasString': 'tên khác (alias) phải là một chuỗi không rỗng',
  'registry.titlesList': "'titles' phải là một danh sách {title, organization, from, to}",
  'registry.kind': "'kind' phải là một trong các giá trị {kinds}",
  'registry.countryCode': "'{key}' phải là mã quốc gia hai chữ cái như VN hoặc RU",
  'registry.parentId': "'parent' phải là mã của một thực thể",
  'registry.text': "'{key}' phải là văn bản",
  'registry.englishGloss': "lĩnh vực '{id}' cần có nghĩa tiếng Anh ('english')",
  'registry.titleShape': 'mỗi chức danh phải có dạng {title, organization, from, to}',
  'registry.titleField': "trường không xác định '{key}' trong một chức danh (cần title, organization, from, to)",
  'registry.titleNeedsTitle': "mục chức danh cần có 'title'",
  'registry.date': "'{field}' phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
  'registry.dateNot': "'{field}' phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, không phải '{value}'",
  'registry.duplicateAlias': "'{alias}' đã là tên của '{id}'; tên này vẫn chỉ về thực thể đó",
  'registry.unknownParent': "không có thực thể cha '{parent}'",
  'registry.undatedTitle': "'{title}' không có 'from': không thể đối chiếu bài báo với chức danh này (entity/stale-title)",
  'registry.overlappingOffice': "{name} và {other} cùng giữ '{office}' trong cùng một thời gian ({span} và {otherSpan}); mỗi lúc chỉ một người giữ chức vụ này",

  // ---- Trình soạn thảo (máy chủ ngôn ngữ) ---------------------------------------------------------
  'server.reading': 'Đang đọc các bài báo…',
  'server.readingProgress': '{done}/{total} bài báo',
  'server.fixAll': "Sửa mọi vấn đề '{code}' trong tệp này ({count})",
  'server.safeFixes': 'Corpus Lens: áp dụng {count} bản sửa an toàn',
  'server.addToRegistry': "Thêm '{name}' vào {file}",
  'server.noMention': "không bài báo nào nhắc đến '{key}'",
  'server.noWord': 'cụm từ không có từ nào để tìm',

  // ---- Thẻ thông tin, dàn bài, code lens ---------------------------------------------------------
  'type.person': 'nhân vật',
  'type.organization': 'tổ chức',
  'type.place': 'địa danh',
  'type.sector': 'lĩnh vực',
  'type.event': 'sự kiện',
  'count.person': '{count} nhân vật',
  'count.organization': '{count} tổ chức',
  'count.place': '{count} địa danh',
  'count.sector': '{count} lĩnh vực',
  'count.event': '{count} sự kiện',
  'hover.notInRegistry': 'chưa có trong danh mục',
  'hover.mentions': '**{mentions} lần nhắc đến trong {articles} bài báo**{dates}',
  'hover.firstLast': ' · lần đầu {first}, lần cuối {last}',
  'hover.notMentioned': 'Không được nhắc đến trong bài báo nào của kho ngữ liệu.',
  'hover.titles': '**Chức danh theo thời gian**',
  'hover.titlesHead': '| thời gian | chức danh | nguồn |',
  'hover.noDate': 'không rõ ngày',
  'hover.source.registry': 'danh mục',
  'hover.source.articles': 'bài báo, {count}×',
  'hover.more': '…và {count} dòng khác',
  'hover.writtenAs': '**Cách viết** {forms}',
  'hover.mentionedWith': 'Hay được nhắc cùng: {list}',
  'hover.coMentioned': 'Hay xuất hiện cùng: {list}',
  'hover.partOf': '**Thuộc** {name}',
  'hover.includes': '**Bao gồm** {names}',
  'hover.also': '**Tên khác** {names}',
  'hover.when': '**Thời gian** {when}',
  'hover.country': '**Quốc gia** {country}',
  'symbols.noTitle': '(không có tiêu đề)',
  'symbols.inArticles': '{mentions}× trong {articles} bài báo',
  'symbols.notMentioned': 'danh mục · chưa được nhắc đến',
  'progress.references': 'Tham chiếu đến {name}',
  'progress.symbols': 'Ký hiệu trong không gian làm việc: {query}',
  'progress.problems': 'Vấn đề của mọi bài báo',

  // ---- Dòng lệnh ------------------------------------------------------------------------------------
  'cli.usage': `Cách dùng: corpus-lens <lệnh> [tùy chọn] ĐƯỜNG_DẪN…

Các lệnh:
  check [--format text|json] ĐƯỜNG_DẪN…   báo các vấn đề về dòng đầu, ngày tháng và độ sạch
                                     của văn bản (mã thoát 1 khi có lỗi)
  fix [--dry-run] [--rule MÃ…] ĐƯỜNG_DẪN…  áp dụng các bản sửa an toàn (NFC, khoảng trắng,
                                     tên tệp ảnh, phần thừa cuối bài, dòng lặp); --dry-run
                                     in ra bản khác biệt (unified diff), không ghi gì
  entities [--json] ĐƯỜNG_DẪN…       nhân vật, tổ chức, địa danh, lĩnh vực và sự kiện
                                     được nhắc đến, kèm số lần (--json: mọi lần nhắc đến
                                     với vị trí UTF-16)
  stats [--json] ĐƯỜNG_DẪN…          số bài báo, lần nhắc đến, thực thể và vấn đề, và
                                     thời gian lập chỉ mục
  registry check|suggest ĐƯỜNG_DẪN…  các vấn đề của tệp danh mục; những người chưa có
                                     trong danh mục, gom thành các mục cần thêm (JSON)
  export --format jsonl|conll|brat --out THƯ_MỤC ĐƯỜNG_DẪN…
                                     các bài báo kèm nhãn tên riêng, cho công cụ
                                     gán nhãn và huấn luyện (export --help)
  import --format brat|jsonl [--write] ĐƯỜNG_DẪN…
                                     đưa nhãn đã sửa trở lại danh mục: tên mới và
                                     tên khác, dưới dạng bản khác biệt (import --help)

Tùy chọn của check, entities và stats:
{engine}

Đường dẫn là tệp bài báo hoặc thư mục (duyệt tìm *.txt, hoặc các bài báo mà
corpus-lens.yaml trong thư mục chọn). Thông điệp viết bằng tiếng Anh hoặc tiếng Việt:
theo 'language:' của kho ngữ liệu trong corpus-lens.yaml, nếu không thì theo LC_ALL,
LC_MESSAGES hoặc LANG (vi_VN…).`,
  'cli.engineUsage': `  --jobs N            phân tích trên N luồng (mặc định: mỗi 6.000 tệp một luồng, tối đa mỗi lõi một luồng; 0: chỉ luồng này)
  --cache             giữ bản tóm tắt giữa các lần chạy, chỉ phân tích lại tệp đã thay đổi
  --cache-location P  thư mục bộ nhớ đệm (mặc định .corpus-lens-cache trong thư mục hiện tại)`,
  'cli.unknownCommand': "lệnh không xác định '{command}'",
  'cli.unknownOption': 'tùy chọn không xác định {option}',
  'cli.needsValue': '{option} cần một giá trị',
  'cli.jobs': "--jobs nhận một số nguyên từ 0 đến 256, không phải '{value}'",
  'cli.noSuchPath': '{path}: không có tệp hay thư mục này',
  'cli.needsPath': '{command} cần ít nhất một tệp hoặc thư mục',
  'cli.format': "--format phải là text hoặc json, không phải '{format}'",
  'cli.noArticles': '{path}: không có bài báo nào ở đây (hãy kiểm tra các mẫu include và exclude trong corpus-lens.yaml)',
  'cli.checkSummary': 'Đã kiểm tra {files} bài báo ({clean} bài không có vấn đề): {errors} lỗi, {warnings} cảnh báo, {information} thông tin, {hints} gợi ý',
  'cli.fixUsage': `Cách dùng: corpus-lens fix [--dry-run] [--rule MÃ]… ĐƯỜNG_DẪN…

Áp dụng các bản sửa không cần người quyết định: NFC, khoảng trắng, tên tệp ảnh, khung bình
luận và khối bài liên quan cuối bài, dòng lặp ngay sau chính nó, dấu thanh đặt sai nguyên âm
(lựơng), và kiểu đặt dấu thanh khi corpus-lens.yaml quy định toneStyle.

  --dry-run       in các thay đổi dưới dạng unified diff, không ghi gì
  --rule MÃ       chỉ sửa mã này (lặp lại được, hoặc phân cách bằng dấu phẩy); một nhóm
                  như scrape/ chọn các bản sửa an toàn của nhóm; một mã ghi đúng tên được
                  áp dụng cả khi bản sửa của nó mặc định không an toàn (scrape/caption,
                  text/legacy-encoding, entity/stale-title)`,
  'cli.fix.needsCode': '{option} cần một mã quy tắc',
  'cli.fix.unknownRule': "quy tắc không xác định '{code}' (các quy tắc: {rules})",
  'cli.fix.linkOutside': '{file}: là liên kết tới tệp nằm ngoài thư mục kho ngữ liệu: không đọc, không sửa',
  'cli.fix.cannotRead': '{file}: không đọc được: {reason}',
  'cli.fix.skipped': '{file}: bỏ qua: {reason}',
  'cli.fix.notConverged': '{file}: một số bản sửa chưa áp dụng được sau {passes} lượt; hãy chạy fix lần nữa',
  'cli.fix.summary': 'Đã kiểm tra {files} bài báo, sửa {changed} bài: {fixes} bản sửa{applied}',
  'cli.fix.summaryDry': 'Đã kiểm tra {files} bài báo, sẽ sửa {changed} bài: {fixes} bản sửa{applied}',
  'cli.fix.applied': ' đã áp dụng',
  'cli.fix.toApply': ' sẽ được áp dụng',
  'cli.write.failed': 'không ghi được ({error})',
  'cli.write.notRegular': 'không còn là tệp thông thường',
  'cli.write.readOnly': 'chỉ đọc: không sửa (hãy cho phép ghi để sửa)',
  'cli.write.changed': 'đã thay đổi từ lúc được đọc: không sửa (hãy chạy fix lần nữa)',
  'cli.entities.usage': 'Cách dùng: corpus-lens entities [--json] ĐƯỜNG_DẪN…',
  'cli.entities.skipped': '{file}: bỏ qua ({reason})',
  'cli.entities.person': 'Nhân vật',
  'cli.entities.organization': 'Tổ chức',
  'cli.entities.place': 'Địa danh',
  'cli.entities.sector': 'Lĩnh vực',
  'cli.entities.event': 'Sự kiện',
  'cli.entities.notInRegistry': '(chưa có trong danh mục)',
  'cli.entities.head.entity': 'thực thể',
  'cli.entities.head.mentions': 'lần nhắc',
  'cli.entities.head.articles': 'bài báo',
  'cli.entities.summary': '{articles} bài báo, {mentions} lần nhắc đến {entities} thực thể{skipped}',
  'cli.entities.skippedCount': ', bỏ qua {count}',
  'cli.stats.usage': `Cách dùng: corpus-lens stats [--json] [--cache] [--jobs N] ĐƯỜNG_DẪN…

Lập chỉ mục các bài báo rồi in số liệu (bài báo, lần nhắc đến theo loại, thực thể, vấn đề
theo mức độ) và thời gian.

  --json              một đối tượng JSON thay cho bảng
{engine}`,
  'cli.stats.articles': 'bài báo',
  'cli.stats.articlesValue': '{articles}{unreadable}, {size} triệu ký tự',
  'cli.stats.unreadable': ' ({count} không đọc được)',
  'cli.stats.mentions': 'lần nhắc đến',
  'cli.stats.entities': 'thực thể',
  'cli.stats.entitiesValue': '{total} ({known} có trong danh mục, {unknown} chưa có): {byType}',
  'cli.stats.problems': 'vấn đề',
  'cli.stats.problemsValue': '{errors} lỗi, {warnings} cảnh báo, {information} thông tin, {hints} gợi ý',
  'cli.stats.analysed': 'đã phân tích',
  'cli.stats.analysedValue': '{analysed} bài báo, {cached} lấy từ bộ nhớ đệm, trên {threads} luồng',
  'cli.stats.time': 'thời gian',
  'cli.stats.timeValue': '{total} giây (liệt kê {listing} giây, lập chỉ mục {indexing} giây)',
  'cli.stats.memory': 'bộ nhớ tối đa',
  'cli.registry.usage': `Cách dùng: corpus-lens registry check [--json] ĐƯỜNG_DẪN…
           corpus-lens registry suggest [--jobs N] [--cache] ĐƯỜNG_DẪN…

check    các vấn đề trong tệp danh mục riêng của từng kho ngữ liệu (entities.yaml và các
         tệp corpus-lens.yaml nêu tên): cú pháp, trường, ngày tháng, mã và tên khác bị trùng,
         hai người cùng giữ một chức vụ chỉ có một người giữ, chức danh thiếu 'from';
         mã thoát 1 khi có lỗi
suggest  những người được bài báo nhắc đến mà danh mục chưa biết, gom lại khi là một người
         viết theo nhiều cách (không dấu, viết tắt), người được nhắc nhiều nhất trước, kèm
         mục cần thêm hoặc mục có sẵn trong danh mục mà tên đó là tên khác (JSON)

Tùy chọn của suggest:
{engine}`,
  'cli.registry.unknown': "lệnh registry không xác định '{command}' (check hoặc suggest)",
  'cli.registry.needsFolder': 'registry {command} cần ít nhất một thư mục',
  'cli.registry.summary': 'Đã kiểm tra {files} tệp danh mục: {problems} vấn đề',
  'cli.export.usage': `Cách dùng: corpus-lens export --format jsonl|conll|brat --out THƯ_MỤC [tùy chọn] ĐƯỜNG_DẪN…

  --format F          jsonl: THƯ_MỤC/articles.jsonl, mỗi dòng một bài báo (doccano, spaCy)
                      conll: THƯ_MỤC/articles.conll, mỗi dòng một âm tiết (kiểu VLSP), và
                             THƯ_MỤC/documents.tsv liệt kê các bài báo theo thứ tự
                      brat:  mỗi bài báo một tệp .txt và một tệp .ann, kèm annotation.conf
  --out THƯ_MỤC       thư mục để ghi (tự tạo; tệp trùng tên trong đó bị thay thế)
  --nested N          outer (mặc định cho jsonl và conll), inner, hoặc all (mặc định cho
                      brat): ghi tên nào khi một tên nằm trong một tên khác
  --scheme S          nhãn CoNLL: iob2 (mặc định) hoặc bioes
  --label LOẠI=NHÃN   nhãn của một loại thực thể (mặc định person=PER, organization=ORG,
                      place=LOC; sector và event bị bỏ qua trừ khi được gán nhãn;
                      LOẠI= để bỏ qua một loại)
Vị trí trong jsonl và brat tính theo điểm mã (code point), như Python.
{engine}`,
  'cli.export.format': "--format là jsonl, conll hoặc brat, không phải '{value}' (spaCy: xem README)",
  'cli.export.nested': "--nested là outer, inner hoặc all, không phải '{value}'",
  'cli.export.scheme': "--scheme là iob2 hoặc bioes, không phải '{value}'",
  'cli.export.label': "--label nhận LOẠI=NHÃN với LOẠI là một trong {types}, không phải '{value}'",
  'cli.export.needsFormat': 'export cần --format jsonl, conll hoặc brat',
  'cli.export.needsOut': 'export cần --out THƯ_MỤC',
  'cli.export.noLabels': 'mọi loại thực thể đều bị bỏ qua: không có gì để xuất',
  'cli.export.summary': 'Đã xuất {articles} bài báo với {names} tên riêng dạng {format} vào {dir} trong {seconds} giây{skipped}',
  'cli.export.skippedCount': '; bỏ qua {count}',
  'export.conllAll': "CoNLL chỉ có một nhãn cho mỗi từ: hãy chọn --nested outer hoặc inner, không phải 'all'",
  'export.insideCorpus': '{dir} nằm trong kho ngữ liệu {corpus}: các tệp .txt của brat sẽ thành bài báo của kho; hãy chọn một thư mục bên ngoài',
  'export.holdsCorpus': '{dir} chứa kho ngữ liệu {corpus}: các tệp của brat sẽ bị ghi lẫn vào các bài báo của kho; hãy chọn một thư mục bên ngoài',
  'cli.import.invalidYaml': '{file}: không thể nối thêm các mục vào tệp này như nó đang được viết ({error}); hãy tự thêm:',
  'export.notAnalysed': 'chưa được phân tích',
  'export.gone': 'tệp không còn nữa',
  'export.changed': 'tệp đã thay đổi trong lúc xuất; hãy xuất lại',
  'export.noCorpus': 'chưa mở kho ngữ liệu nào (thư mục có corpus-lens.yaml)',
  'export.badRequest': 'hãy chọn một định dạng và một thư mục (đường dẫn tuyệt đối)',
  'export.failed': 'xuất không thành công: {error}',
  'cli.import.usage': `Cách dùng: corpus-lens import --format brat|jsonl [--write] [--corpus THƯ_MỤC] ĐƯỜNG_DẪN…

Đọc các nhãn đã gán (tệp JSONL; thư mục brat gồm .txt và .ann) và in ra, dưới dạng bản
khác biệt, những mục chúng thêm vào tệp danh mục của kho ngữ liệu (tệp đầu tiên trong
registry: của corpus-lens.yaml, nếu không có thì entities.yaml): tên danh mục chưa biết
thành mục mới (mỗi tên một mục, các cách viết khác làm tên khác), và tên được gắn với một
mã trong danh mục nhưng viết khác thành tên khác của mục đó.
  --write             áp dụng bản khác biệt
  --corpus THƯ_MỤC    kho ngữ liệu (mặc định: kho chứa thư mục hiện tại)
  --label LOẠI=NHÃN   như với export: nhãn nào ứng với loại nào (mặc định PER, ORG, LOC)`,
  'cli.import.format': "import đọc brat hoặc jsonl, không phải '{value}'",
  'cli.import.needsFormat': 'import cần --format brat hoặc jsonl',
  'cli.import.needsPath': 'import cần ít nhất một tệp hoặc thư mục nhãn',
  'cli.import.cannotRead': 'không đọc được {file}: {reason}',
  'cli.import.missingText': '{file}: thiếu tệp văn bản {text}',
  'cli.import.byHand': "{file}: hãy tự thêm vào '{id}' các tên khác {aliases} (mục này nằm ngay trong tệp)",
  'cli.import.summary': 'Đã đọc {names} tên trong {documents} văn bản: {known} đã biết, {fresh} mục mới, {aliases} mục có thêm tên khác{unmapped}',
  'cli.import.unmapped': '; nhãn không ứng với loại nào: {labels}',
  'cli.import.dryRun': 'Chưa ghi gì: chạy lại với --write để thêm vào {file}',
  'cli.import.written': 'Đã ghi: {file}',
};
