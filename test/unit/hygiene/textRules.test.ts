import { strict as assert } from 'node:assert';
import { applyAll, applyFix, config, covered, findings, TODAY } from './helpers';
import { fixText } from '../../../server/src/core/fixes/applyFixes';

const H = ' date 2026-02-25 Tiêu đề\n\n';

describe('text/not-nfc', () => {
  it('reports each run of decomposed words and fixes it to NFC', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    const text = `${H}Quan hệ ${nfd} và Nga, ${'người'.normalize('NFD')} dân.`;
    const fs = findings(text, 'text/not-nfc');
    // 'Nam' has no diacritic, so it is NFC already and not part of the run.
    assert.deepEqual(covered(text, fs), ['Việt'.normalize('NFD'), 'người'.normalize('NFD')]);
    assert.equal(applyAll(text, fs), text.normalize('NFC'));
    assert.equal(fs[0].severity, 'warning');
  });

  it('says nothing about NFC text', () => {
    assert.deepEqual(findings(`${H}Bộ trưởng Lê Hoài Trung.`, 'text/not-nfc'), []);
  });

  it('can be switched off in corpus-lens.yaml', () => {
    const text = `${H}${'Hà Nội'.normalize('NFD')}`;
    assert.deepEqual(findings(text, 'text/not-nfc', config({ rules: { 'text/not-nfc': 'off' } })), []);
    assert.equal(findings(text, 'text/not-nfc', config({ rules: { 'text/': 'error' } }))[0].severity, 'error');
  });
});

describe('text/tone-style', () => {
  it('flags the minority style in an article that mixes them, and fixes it to the majority', () => {
    const text = `${H}Hòa bình, hòa hợp và thủy lợi; hoà giải.`;
    const fs = findings(text, 'text/tone-style');
    assert.deepEqual(covered(text, fs), ['hoà']);
    assert.equal(applyFix(text, fs[0]), `${H}Hòa bình, hòa hợp và thủy lợi; hòa giải.`);
  });

  it('uses the style the corpus declares (old: hòa, thủy; new: hoà, thuỷ), even without a mix', () => {
    const text = `${H}Hòa bình, thủy lợi, Ủy ban, khỏe mạnh.`;
    const fs = findings(text, 'text/tone-style', config({ toneStyle: 'new' }));
    assert.deepEqual(covered(text, fs), ['Hòa', 'thủy', 'Ủy', 'khỏe']);
    assert.equal(applyAll(text, fs), `${H}Hoà bình, thuỷ lợi, Uỷ ban, khoẻ mạnh.`);
    assert.deepEqual(findings(text, 'text/tone-style', config({ toneStyle: 'old' })), []);
  });

  it('leaves alone syllables with one right form: a final consonant, qu + y, no tone', () => {
    const text = `${H}Hoàng, thuyết, quý, quỳ, hoa, toàn, khuya, hoà.`;
    assert.deepEqual(findings(text, 'text/tone-style'), []);
    assert.deepEqual(covered(text, findings(text, 'text/tone-style', config({ toneStyle: 'old' }))), ['hoà']);
  });
});

describe('text/tone-typo', () => {
  it('moves a tone from the first to the second vowel of ươ, iê, uô, yê', () => {
    const text = `${H}Sản lựơng, kinh nghịêm, ngừơi dân, muốn, NGỪƠI.`;
    const fs = findings(text, 'text/tone-typo');
    assert.deepEqual(covered(text, fs), ['lựơng', 'nghịêm', 'ngừơi', 'NGỪƠI']);
    assert.equal(applyAll(text, fs), `${H}Sản lượng, kinh nghiệm, người dân, muốn, NGƯỜI.`);
  });

  it('accepts correct words', () => {
    assert.deepEqual(findings(`${H}Người, lượng, nghiệm, muốn, chuyện, mưa, mía, mùa.`, 'text/tone-typo'), []);
  });
});

const windows1252 = (s: string) => {
  const special: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
  return [...Buffer.from(s, 'utf8')].map((b) => special[b] ?? String.fromCharCode(b)).join('');
};

describe('text/legacy-encoding', () => {
  it('repairs UTF-8 read as Windows-1252 exactly', () => {
    const good = 'Bộ trưởng Ngoại giao Lê Hoài Trung đã gặp “Đại sứ” – hôm nay.';
    const bad = windows1252(good);
    assert.ok(bad.includes('Bá»™ trÆ°á»Ÿng'));
    const text = `${H}${bad}\n`;
    const fs = findings(text, 'text/legacy-encoding');
    assert.ok(fs.length >= 1);
    assert.equal(fs[0].severity, 'error');
    assert.equal(applyAll(text, fs), `${H}${good}\n`);
  });

  it('recognises TCVN3 and VNI, without a fix', () => {
    const text = `${H}Bé tr­ëng Ngo¹i giao Lª Hoµi Trung\n\nVieät Nam chaøo ñoùn\n`;
    const fs = findings(text, 'text/legacy-encoding');
    assert.equal(fs.length, 2);
    assert.match(fs[0].message, /TCVN3/);
    assert.match(fs[1].message, /VNI/);
    assert.ok(fs.every((f) => !f.fixes?.length));
  });

  it('fixes the Icelandic eth standing in for Đ', () => {
    const text = `${H}Ðại hội Ðảng.`;
    const fs = findings(text, 'text/legacy-encoding');
    assert.equal(applyAll(text, fs), `${H}Đại hội Đảng.`);
  });

  it('leaves Vietnamese, French and quoted text alone', () => {
    const text = `${H}«Hà Nội» – “Đại hội” 30°C, café, Ông Ánh, NGÃ BA, Â…\n`;
    assert.deepEqual(findings(text, 'text/legacy-encoding'), []);
  });
});

describe('text/whitespace', () => {
  it('finds non-breaking and zero-width spaces, runs of spaces and trailing spaces', () => {
    const text = `${H}Hai\u00A0bên  đã \u200Bgặp nhau\u200B. \nDòng hai\t\n   \nTiếp\u00A0 tục.`;
    const fs = findings(text, 'text/whitespace');
    assert.deepEqual(covered(text, fs), ['\u00A0', '  ', ' \u200B', '\u200B', ' ', '\t', '   ', '\u00A0 ']);
    assert.equal(applyAll(text, fs), `${H}Hai bên đã gặp nhau.\nDòng hai\n\nTiếp tục.`);
  });

  it('does not flag the header: its optional leading space, or a separator header/malformed reports', () => {
    assert.deepEqual(findings(' date 2026-02-25 Tiêu đề\n\nThân bài.\n', 'text/whitespace'), []);
    const malformed = 'date\u00A02026-02-25 Tiêu đề  dài \n\nThân bài.';
    assert.deepEqual(covered(malformed, findings(malformed, 'text/whitespace')), ['  ', ' ']);
  });

  it('reports a BOM, a CRLF file as one finding and a mixed file per line', () => {
    const bom = `\uFEFF${H}Thân bài.`;
    assert.deepEqual(covered(bom, findings(bom, 'text/whitespace')), ['\uFEFF']);
    const crlf = ' date 2026-02-25 T\r\n\r\nA.\r\nB.\r\n';
    const one = findings(crlf, 'text/whitespace');
    assert.equal(one.length, 1);
    assert.equal(applyAll(crlf, one), ' date 2026-02-25 T\n\nA.\nB.\n');
    const mixed = ' date 2026-02-25 T\n\nA.\r\nB.\n';
    const per = findings(mixed, 'text/whitespace');
    assert.deepEqual(covered(mixed, per), ['\r\n']);
  });

  it('keeps the zero-width joiner inside an emoji sequence, and removes a stray one', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const rainbow = '\u{1F3F3}\uFE0F\u200D\u{1F308}';
    const woman = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}';
    const text = `${H}Gia đình ${family}, cờ ${rainbow}, lập trình viên ${woman}.\n`;
    assert.deepEqual(findings(text, 'text/whitespace'), []);
    assert.equal(fixText(text, { today: TODAY }).text, text);
    const stray = `${H}Hà\u200DNội.\n`;
    assert.equal(applyAll(stray, findings(stray, 'text/whitespace')), `${H}HàNội.\n`);
  });

  it('accepts clean prose, indentation with plain spaces and trailing blank lines', () => {
    assert.deepEqual(findings(`${H}Một câu. Hai câu.\n\n  Thụt lề.\n\n`, 'text/whitespace'), []);
  });
});
