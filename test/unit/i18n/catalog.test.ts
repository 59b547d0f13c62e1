import { strict as assert } from 'node:assert';
import { catalog, formatMessage, joinList, languageFromEnv, parseLanguage, PLACEHOLDER, translator, type MessageKey } from '../../../server/src/core/i18n';
import { parseCorpusConfig, defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { fileNameFindings } from '../../../server/src/core/corpus/fileNames';
import { decodeArticle } from '../../../server/src/core/corpus/decodeArticle';
import { contextHash } from '../../../server/src/ingest/summaryCache';
import { initialConfig } from '../../../server/src/core/config/initialConfig';

/** The placeholder names a message uses, sorted (`{name}` and `{name|one|other}`). */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

describe('message catalog', () => {
  const en = catalog('en');
  const vi = catalog('vi');

  it('has a Vietnamese message for every English one, and no other', () => {
    assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as MessageKey[]) assert.ok(vi[key].trim().length > 0, `${key} is empty in vi`);
  });

  it('gives each Vietnamese message the placeholders of the English one', () => {
    const wrong: string[] = [];
    for (const key of Object.keys(en) as MessageKey[]) {
      const a = placeholders(en[key]).join(', ');
      const b = placeholders(vi[key]).join(', ');
      if (a !== b) wrong.push(`${key}: en {${a}} vi {${b}}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('keeps in Vietnamese what scripts and users type: codes, setting and option names', () => {
    // Whatever is written in backquotes or as a rule code in English is written the same in Vietnamese.
    const literal = /`[^`]+`|\b(?:header|date|text|scrape|corpus|file|entity|registry|config|internal)\/[a-z-]+|--[a-z-]+/g;
    const wrong: string[] = [];
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const m of en[key].matchAll(literal)) {
        // The header's placeholder title is written in Vietnamese in the Vietnamese messages.
        const want = m[0].replace('YYYY-MM-DD Title', 'YYYY-MM-DD Tiêu đề');
        if (!vi[key].includes(want)) wrong.push(`${key}: ${m[0]}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('is translated: Vietnamese messages differ from the English ones, with diacritics', () => {
    // Messages made only of placeholders and punctuation, or names, read the same in both.
    const same = (Object.keys(en) as MessageKey[]).filter((k) => en[k] === vi[k] && /[a-z]{3}/i.test(en[k].replace(PLACEHOLDER, '')));
    assert.deepEqual(same, []);
    const plain = (Object.keys(vi) as MessageKey[]).filter((k) => /[a-z]{4} [a-z]{4}/i.test(vi[k]) && !/[à-ỹđ]/i.test(vi[k].normalize('NFC')));
    assert.deepEqual(plain, []);
  });

  it('fills placeholders and picks English plural forms; Vietnamese has none', () => {
    assert.equal(formatMessage('{n|# line|# lines} in {file}', { n: 1, file: 'a.txt' }), '1 line in a.txt');
    assert.equal(formatMessage('{n|# line|# lines} in {file}', { n: 3, file: 'a.txt' }), '3 lines in a.txt');
    // A placeholder given no value stays as written; the template read once serves every call.
    assert.equal(formatMessage('{n|# line|# lines} in {file}', { n: 1 }), '1 line in {file}');
    assert.equal(formatMessage('{a} and {b|one #|# and more}: {a}', { a: 'x', b: 2 }), 'x and 2 and more: x');
    assert.equal(formatMessage('no placeholder', { a: 1 }), 'no placeholder');
    assert.equal(translator('en')('scrape.related', { line: 'Có thể bạn quan tâm', count: 2 }), "'Có thể bạn quan tâm' starts a block of links to other articles (2 lines after it), not part of this article.");
    assert.equal(translator('vi')('scrape.related', { line: 'Có thể bạn quan tâm', count: 2 }), "'Có thể bạn quan tâm' mở đầu một khối liên kết tới các bài khác (2 dòng sau nó), không thuộc bài báo này.");
    assert.equal(translator(undefined)('header.noTitle'), 'The header has no title after its date.');
    assert.equal(joinList('vi', ['a', 'b', 'c']), 'a, b và c');
    assert.equal(joinList('en', ['a', 'b']), 'a and b');
  });

  it('reads a language from a tag, and from LC_ALL, LC_MESSAGES and LANG', () => {
    for (const t of ['vi', 'VI', 'vi-VN', 'vi_VN.UTF-8', 'vi_VN@x']) assert.equal(parseLanguage(t), 'vi', t);
    for (const t of ['en', 'en-GB', 'en_US.UTF-8']) assert.equal(parseLanguage(t), 'en', t);
    for (const t of ['fr', 'C', 'C.UTF-8', 'POSIX', '', 'video', 42, undefined]) assert.equal(parseLanguage(t), undefined, String(t));
    assert.equal(languageFromEnv({ LANG: 'vi_VN.UTF-8' }), 'vi');
    assert.equal(languageFromEnv({ LANG: 'vi_VN.UTF-8', LC_ALL: 'C' }), 'en', 'LC_ALL wins');
    assert.equal(languageFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN' }), 'vi', 'LC_MESSAGES before LANG');
    assert.equal(languageFromEnv({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(languageFromEnv({}), 'en');
  });
});

describe('language: in corpus-lens.yaml', () => {
  it('names the messages language; without it the fallback (the editor, the environment) decides', () => {
    assert.equal(parseCorpusConfig('language: vi\n').config.language, 'vi');
    assert.equal(parseCorpusConfig('language: vi-VN\n', 'en').config.language, 'vi');
    assert.equal(parseCorpusConfig('language: en\n', 'vi').config.language, 'en');
    assert.equal(parseCorpusConfig('include: ["**/*.txt"]\n', 'vi').config.language, 'vi');
    assert.equal(parseCorpusConfig('').config.language, 'en');
    assert.equal(defaultConfig().language, 'en');
  });

  it('says so, as a warning, when the language is neither en nor vi; the fallback applies', () => {
    const { config, problems } = parseCorpusConfig('language: fr\n', 'vi');
    assert.equal(config.language, 'vi');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].message, /^'fr': Corpus Lens viết thông điệp bằng tiếng Anh \(en\) hoặc tiếng Việt \(vi\)/);
  });

  it("writes the file's own problems in its language", () => {
    const { problems } = parseCorpusConfig('language: vi\ntoneStyle: cũ\nfoo: 1\n');
    assert.deepEqual(
      problems.map((p) => p.message),
      ["'toneStyle' phải là 'old' (hòa, thủy: dấu thanh trên nguyên âm thứ nhất) hoặc 'new' (hoà, thuỷ)", "thiết lập không xác định 'foo'"],
    );
    assert.deepEqual(parseCorpusConfig('toneStyle: x\n').problems.map((p) => p.message), ["'toneStyle' must be 'old' (hòa, thủy: tone on the first vowel) or 'new' (hoà, thuỷ)"]);
  });

  it('is written by Initialize Corpus with comments in the display language, the same settings, and no problem', () => {
    const en = parseCorpusConfig(initialConfig('en'));
    const vi = parseCorpusConfig(initialConfig('vi'));
    assert.deepEqual(en.problems, []);
    assert.deepEqual(vi.problems, []);
    assert.deepEqual(vi.config, en.config);
    assert.match(initialConfig('vi'), /^# Thiết lập Corpus Lens cho kho ngữ liệu này/);
  });

  it('changes the cache key: summaries made in English are not served in Vietnamese', () => {
    const config = defaultConfig();
    assert.notEqual(contextHash({ ...config, language: 'vi' }, []), contextHash(config, []));
    assert.equal(contextHash({ ...config }, []), contextHash(config, []));
  });
});

describe('findings in Vietnamese', () => {
  const vi = parseCorpusConfig('language: vi\n').config;

  it("gives a rule's finding and its fixes in Vietnamese for a corpus with language: vi", () => {
    const text = 'Thời sự\nTổng thống Putin tiếp Bộ trưởng Lê Hoài Trung\n\nChiều 24/2/2026, tại Moskva, hai bên hội đàm.\n';
    const [missing] = analyzeArticle(text, { config: vi, today: '2026-03-01' }).findings.filter((f) => f.code === 'header/missing');
    assert.equal(missing.message, 'Bài báo không có dòng đầu (header): dòng đầu tiên phải có dạng `date YYYY-MM-DD Tiêu đề`.');
    assert.deepEqual(
      missing.fixes!.map((f) => f.title),
      ["Chèn dòng đầu 'date 2026-02-24' (tiêu đề lấy từ dòng 2)", "Xóa dòng nhãn chuyên mục 'Thời sự' sót lại khi thu thập"],
    );
    const [english] = analyzeArticle(text, { today: '2026-03-01' }).findings.filter((f) => f.code === 'header/missing');
    assert.equal(english.message, 'Article has no header: the first line should be `date YYYY-MM-DD Title`.');
  });

  it('writes the details of a finding in Vietnamese too (why a date is impossible, which space)', () => {
    const text = ' date 2026-02-25 Tiêu đề\n\nNgày 31/2, hai bên\u00A0gặp nhau.\n';
    const messages = analyzeArticle(text, { config: vi, today: '2026-03-01' }).findings.map((f) => `${f.code} ${f.message}`);
    assert.ok(messages.includes("date/impossible '31/2' không phải ngày có thật: tháng 2 chỉ có 28 ngày."), messages.join('\n'));
    assert.ok(messages.includes('text/whitespace Một dấu cách không ngắt (non-breaking space) giữa các từ: hãy viết một dấu cách thường.'), messages.join('\n'));
  });

  it('writes corpus-wide findings, registry problems and unreadable files in the corpus language', () => {
    assert.equal(fileNameFindings('/c/bai-1.txt', vi)[0].message, "'bai-1.txt' không phải tên tệp bài báo dạng NNN_<16 chữ số hex>.txt: tên cần có số thứ tự, dấu gạch dưới rồi đến mã bài.");
    const { problems } = loadRegistry([{ path: '/c/entities.yaml', text: 'entities:\n  - id: x\n    type: robot\n    name: X\n', builtin: false }], { language: 'vi' });
    assert.equal(problems[0].message, "'robot' không phải loại thực thể (person, organization, place, sector, event); bỏ qua mục này");
    const decoded = decodeArticle(new Uint8Array([0x61, 0, 0x62]), 'vi');
    assert.deepEqual(decoded, { ok: false, reason: 'tệp nhị phân (có byte NUL ở vị trí byte 1), không phải bài báo' });
  });
});
