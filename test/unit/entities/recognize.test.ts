import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognizeEntities } from '../../../server/src/core/entities/recognize';
import { newEntityYaml } from '../../../server/src/core/entities/registryEntry';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import type { EntityMention } from '../../../server/src/core/entities/types';
import { builtinOrFixtureRegistry, sharedCorpus } from './helpers';

const { registry } = builtinOrFixtureRegistry();
const find = (ms: EntityMention[], text: string) => ms.filter((m) => m.text === text);
const one = (ms: EntityMention[], text: string) => {
  const f = find(ms, text);
  assert.ok(f.length > 0, `no mention '${text}' in: ${ms.map((m) => m.text).join(', ')}`);
  return f[0];
};

describe('recognizer', () => {
  it('finds the same mentions in a text whatever text came before (the tokens are reused)', () => {
    const short = 'Bộ trưởng Ngoại giao Nga Sergey Lavrov gặp ông Lê Hoài Trung tại Hà Nội. Ông Trung nói.';
    const long = `HÀ NỘI - Thủ tướng Phạm Minh Chính tiếp Đại sứ Liên bang Nga tại Việt Nam Gennady Bezdetko, S&P, GD&ĐT, www.example.com.vn, UBND tỉnh Quảng Nam. `.repeat(300);
    const alone = recognizeEntities(short, registry);
    recognizeEntities(long, registry);
    assert.deepEqual(recognizeEntities(short, registry), alone);
    assert.deepEqual(recognizeEntities(long.slice(0, 200), registry), recognizeEntities(long.slice(0, 200), registry));
  });

  describe('on the real articles', function () {
    const read = (name: string) => fs.readFileSync(path.join(sharedCorpus, name), 'utf8');
    before(function () {
      if (!fs.existsSync(sharedCorpus)) this.skip(); // the shared corpus is not in this checkout
    });

    it('finds the people, places, organisations and sectors of 000 (Putin receives Lê Hoài Trung)', () => {
      const ms = recognizeEntities(read('000_995fd5ea76516d98.txt'), registry);
      const putin = one(ms, 'Vladimir Putin');
      assert.equal(putin.type, 'person');
      assert.ok(putin.entityId);
      assert.equal(one(ms, 'V.Putin').entityId, putin.entityId);
      assert.equal(one(ms, 'Putin').entityId, putin.entityId);
      assert.equal(one(ms, 'Lê Hoài Trung').type, 'person');
      assert.equal(one(ms, 'Tô Lâm').title?.text, 'Tổng Bí thư');
      assert.equal(one(ms, 'Sergey Lavrov').type, 'person');
      assert.equal(one(ms, 'Lavrov').type, 'person');
      for (const place of ['Liên bang Nga', 'Việt Nam', 'Nga']) assert.equal(one(ms, place).type, 'place', place);
      for (const org of ['Đảng Cộng sản Việt Nam', 'Điện Kremlin', 'Bộ Ngoại giao']) assert.equal(one(ms, org).type, 'organization', org);
      for (const sector of ['năng lượng hạt nhân', 'điện hạt nhân', 'dầu khí', 'quốc phòng', 'kỹ thuật quân sự', 'khoa học - công nghệ', 'giao thông, vận tải', 'giao thông vận tải']) {
        assert.equal(one(ms, sector).type, 'sector', sector);
      }
      assert.equal(one(ms, 'giao thông, vận tải').entityId, one(ms, 'giao thông vận tải').entityId);
      // `Bộ trưởng Ngoại giao Nga Sergey Lavrov`: the title is not in the name, `Nga` is its own place.
      const text = read('000_995fd5ea76516d98.txt');
      const at = text.indexOf('Bộ trưởng Ngoại giao Nga Sergey Lavrov');
      const nga = ms.find((m) => m.start === at + 'Bộ trưởng Ngoại giao '.length)!;
      assert.equal(nga.text, 'Nga');
      assert.equal(nga.type, 'place');
      const lavrov = ms.find((m) => m.start === at + 'Bộ trưởng Ngoại giao Nga '.length)!;
      assert.equal(lavrov.text, 'Sergey Lavrov');
      assert.equal(lavrov.title?.text, 'Bộ trưởng Ngoại giao');
      // No mention is a bare title or sits on one.
      assert.ok(!ms.some((m) => /^(Tổng thống|Bộ trưởng|Tổng Bí thư)/.test(m.text)));
    });

    it('finds Lê Thị Thu Hằng and Gennady Bezdetko in 002, and no organisation in `trụ sở`', () => {
      const ms = recognizeEntities(read('002_488c4fac8c8940e9.txt'), registry);
      assert.equal(one(ms, 'Lê Thị Thu Hằng').type, 'person');
      assert.equal(one(ms, 'Lê Thị Thu Hằng').title?.text, 'Thứ trưởng');
      assert.equal(one(ms, 'Gennady Bezdetko').type, 'person');
      assert.equal(one(ms, 'Bộ Ngoại giao').type, 'organization');
      assert.ok(!ms.some((m) => m.text.startsWith('sở ')));
    });

    it('finds people, places and organisations in 004 and its teasers', () => {
      const ms = recognizeEntities(read('004_0bbbe4c8297b86fb.txt'), registry);
      assert.equal(one(ms, 'Nguyễn Phú Trọng').type, 'person');
      assert.equal(one(ms, 'Trần Thanh Mẫn').type, 'person');
      assert.equal(one(ms, 'Thongloun Sisoulith').type, 'person');
      assert.equal(one(ms, 'Nguyễn Hữu Hùng').title?.text, 'Thiếu tướng');
      assert.equal(one(ms, 'Liên hợp quốc').type, 'organization');
      assert.equal(one(ms, 'Ukraine').type, 'place');
      assert.equal(one(ms, 'Biển Đông').type, 'place');
      assert.ok(!ms.some((m) => ['Trung ương', 'Đảng', 'Nhà nước', 'Chính phủ', 'Quang cảnh', 'Ảnh'].includes(m.text)));
    });
  });

  describe('discovery of people the registry does not know', () => {
    const text = 'Thứ trưởng Ngoại giao Lào Khampheng Saysompheng đã gặp ông Nguyễn Văn Bình. Sau đó, ông Saysompheng và ông Bình đi Hà Nội.';
    const ms = recognizeEntities(text, registry);
    it('takes a name after a title through the slot, and keeps the title apart', () => {
      const p = one(ms, 'Khampheng Saysompheng');
      assert.equal(p.type, 'person');
      assert.equal(p.entityId, null);
      assert.equal(p.title?.text, 'Thứ trưởng Ngoại giao');
      assert.equal(one(ms, 'Lào').type, 'place');
      assert.equal(p.key, 'unknown:person:khampheng saysompheng');
    });
    it('resolves later short forms to the full name seen before', () => {
      assert.equal(one(ms, 'Saysompheng').key, one(ms, 'Khampheng Saysompheng').key);
      assert.equal(one(ms, 'Bình').key, one(ms, 'Nguyễn Văn Bình').key);
      assert.equal(one(ms, 'Bình').fullName, 'Nguyễn Văn Bình');
    });
    it('does not take a short form before its full name', () => {
      const ms2 = recognizeEntities('Ông Saysompheng nói. Thứ trưởng Khampheng Saysompheng cười.', registry);
      assert.equal(find(ms2, 'Saysompheng').filter((m) => m.source === 'short-form').length, 0);
    });
    it('proposes a registry entry for an unknown person', () => {
      const p = one(ms, 'Khampheng Saysompheng');
      const edit = newEntityYaml({ name: p.text, type: 'person', title: p.title?.text, date: '2026-01-15' }, 'entities:\n');
      const { registry: r, problems } = loadRegistry([{ path: 'entities.yaml', text: 'entities:\n' + edit.text, builtin: false }]);
      assert.deepEqual(problems, []);
      assert.deepEqual(r.get('khampheng-saysompheng')!.titles, [{ title: 'Thứ trưởng Ngoại giao', from: '2026-01-15' }]);
    });
  });

  it('grows organisations from head nouns and places from head words', () => {
    const ms = recognizeEntities('Ông A làm việc tại Sở Tài nguyên và Môi trường tỉnh Quảng Trị, gần thành phố Ballarat và báo Lao Động.', registry);
    assert.equal(one(ms, 'Sở Tài nguyên và Môi trường tỉnh Quảng Trị').type, 'organization');
    assert.equal(one(ms, 'thành phố Ballarat').type, 'place');
    assert.equal(one(ms, 'báo Lao Động').type, 'organization');
  });

  it('reads an upper-case dateline and a byline', () => {
    const ms = recognizeEntities('HÀ NỘI - Sáng nay trời mưa.\n\nNguyễn Minh Anh', registry);
    const d = ms.find((m) => m.start === 0)!;
    assert.equal(d.type, 'place');
    assert.equal(d.role, 'dateline');
    const by = one(ms, 'Nguyễn Minh Anh');
    assert.equal(by.role, 'author');
    assert.equal(by.type, 'person');
  });

  it('finds nothing inside image slugs, URLs, e-mail addresses and file names', () => {
    const line = 'tong-bi-thu-to-lam-tiep-thu-tuong-nga-mikhail-mishustin-7807001-resize https://vnexpress.net/Ha-Noi-Viet-Nam.html lien.he@Viet-Nam.vn anh-Viet-Nam-Nga.jpg';
    assert.deepEqual(recognizeEntities(line, registry), []);
  });

  it('does not take given names for places: `Nguyễn Thị Nga`, `anh Nam`', () => {
    const ms = recognizeEntities('Bà Nguyễn Thị Nga và anh Nam đi phía nam.', registry);
    assert.equal(one(ms, 'Nguyễn Thị Nga').type, 'person');
    assert.equal(one(ms, 'Nam').type, 'person');
    assert.equal(find(ms, 'Nga').length, 0);
  });
  describe('organisations in a title slot', () => {
    const has = (ms: EntityMention[], text: string, type: string) => {
      const m = one(ms, text);
      assert.equal(m.type, type, `${text}: ${m.type}`);
      return m;
    };

    it('stops an organisation before the name of the title slot: `Giám đốc Sở Công Thương Trần Văn Khải`', () => {
      const ms = recognizeEntities('Hôm qua, Giám đốc Sở Công Thương Trần Văn Khải cho biết như vậy.', registry);
      has(ms, 'Sở Công Thương', 'organization');
      assert.equal(has(ms, 'Trần Văn Khải', 'person').title?.text, 'Giám đốc');
      assert.equal(find(ms, 'Sở Công Thương Trần Văn Khải').length, 0);
    });

    it('keeps a school named after a person: `Hiệu trưởng Trường THPT Nguyễn Trãi Lê Văn Bình`', () => {
      const ms = recognizeEntities('Hôm qua, Hiệu trưởng Trường THPT Nguyễn Trãi Lê Văn Bình cho biết như vậy.', registry);
      has(ms, 'Trường THPT Nguyễn Trãi', 'organization');
      has(ms, 'Lê Văn Bình', 'person');
    });

    it('does not run an organisation on through `và` into a document: `Ban Thường vụ Thành ủy và Kế hoạch số 24`', () => {
      const ms = recognizeEntities('Thực hiện Thông tri của Ban Thường vụ Thành ủy Hà Nội và Kế hoạch số 24 của Ban Tuyên giáo và Dân vận Thành ủy Hà Nội về việc này.', registry);
      has(ms, 'Ban Thường vụ Thành ủy Hà Nội', 'organization');
      has(ms, 'Ban Tuyên giáo và Dân vận Thành ủy Hà Nội', 'organization');
      assert.ok(!ms.some((m) => m.text.includes('Kế hoạch')), ms.map((m) => m.text).join(', '));
    });

    it('leaves out a local body that is not named (VLSP): `Ban Thường vụ Huyện ủy`, `Viện KSND`', () => {
      const ms = recognizeEntities('Sau đó, Ban Thường vụ Huyện ủy đã họp, đại diện Viện KSND cũng có mặt.', registry);
      assert.deepEqual(ms.filter((m) => m.type === 'organization').map((m) => m.text), []);
    });

    it('takes CamelCase and `-bank` words for companies, and age-group teams with their country', () => {
      const ms = recognizeEntities('Hôm qua, đại diện của OceanBank và Sacombank cho biết U23 Việt Nam đã thắng.', registry);
      has(ms, 'OceanBank', 'organization');
      has(ms, 'Sacombank', 'organization');
      has(ms, 'U23 Việt Nam', 'organization');
      assert.equal(has(ms, 'Việt Nam', 'place').nested, true);
    });

    it('takes no laws, treaties or their acronyms for places or organisations, and no `kênh Đảng`', () => {
      const ms = recognizeEntities('Hai bên ủng hộ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC), theo Luật Biển, trên các kênh Đảng, Nhà nước. Sau đó DOC được nhắc lại.', registry);
      for (const text of ['DOC', 'Luật Biển', 'kênh Đảng']) assert.equal(find(ms, text).length, 0, text);
    });

    it('reads a place head before a registry person as a place named after them: `thành phố Hồ Chí Minh`', () => {
      const ms = recognizeEntities('Người dân ở thành phố Hồ Chí Minh đã tới.', registry);
      assert.deepEqual(ms.filter((m) => m.type === 'person').map((m) => m.text), []);
      assert.ok(ms.some((m) => m.type === 'place' && m.text.endsWith('Hồ Chí Minh')), ms.map((m) => m.text).join(', '));
    });

    it('leaves out bodies named by function only and common abbreviations after a title: `Ban Tổ chức`, `chiến sĩ CSGT`', () => {
      const ms = recognizeEntities('Hôm qua, Ban Tổ chức cho biết chiến sĩ CSGT và Cơ quan Điều tra đã có mặt tại giải U16 châu Á.', registry);
      assert.deepEqual(ms.filter((m) => m.type === 'organization').map((m) => m.text), []);
    });

    it('types foreign capitalised runs by their last or first word: events, places, clubs are not people', () => {
      const ms = recognizeEntities('Hôm qua, đội bóng vô địch Premier League rồi thắng Real Sociedad gần Hyde Park trước khi gặp Rex Tillerson.', registry);
      assert.equal(find(ms, 'Premier League').length, 0);
      assert.equal(has(ms, 'Real Sociedad', 'organization').type, 'organization');
      has(ms, 'Hyde Park', 'place');
      has(ms, 'Rex Tillerson', 'person');
    });

    it('grows schools and unions from lower-case or abbreviated heads: `trường THPT X`, `THCS X`, `LĐLĐ X`', () => {
      const ms = recognizeEntities('Ông đã tới thăm trường THPT Quang Trung và trường tiểu học Trần Văn Ơn, rồi tới THCS Mễ Trì và LĐLĐ Hà Tĩnh.', registry);
      for (const org of ['trường THPT Quang Trung', 'trường tiểu học Trần Văn Ơn', 'THCS Mễ Trì', 'LĐLĐ Hà Tĩnh']) has(ms, org, 'organization');
    });

    it('does not take an acronym of a lower-case phrase for an organisation: `cha mẹ học sinh (CMHS)`', () => {
      const ms = recognizeEntities('Ban đại diện cha mẹ học sinh (CMHS) họp. Sau đó CMHS đã đồng ý.', registry);
      assert.equal(find(ms, 'CMHS').length, 0);
    });

    it('reads lower-case `ban` after `Trưởng` as the unit (VLSP): `Phó Trưởng ban Cơ yếu Chính phủ`', () => {
      const ms = recognizeEntities('Hôm qua, Thiếu tướng Nguyễn Hữu Hùng, Phó Trưởng ban Cơ yếu Chính phủ đã phát biểu.', registry);
      has(ms, 'Nguyễn Hữu Hùng', 'person');
      const org = ms.find((m) => m.type === 'organization' && /Cơ yếu Chính phủ$/.test(m.text));
      assert.ok(org, ms.map((m) => m.text).join(', '));
      assert.ok(!/Trưởng/.test(org.text), org.text);
      const ms2 = recognizeEntities('Hôm qua, Phó Trưởng ban Tuyên giáo Tỉnh ủy Quảng Nam Nguyễn Văn Tùng cho biết như vậy.', registry);
      has(ms2, 'ban Tuyên giáo Tỉnh ủy Quảng Nam', 'organization');
      has(ms2, 'Nguyễn Văn Tùng', 'person');
    });

    it('grows `UBND tỉnh X`, `Công an huyện X` with the locality nested as a place', () => {
      const ms = recognizeEntities('Hôm qua, Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh và Công an huyện Gia Lâm đã họp.', registry);
      has(ms, 'UBND tỉnh Quảng Nam', 'organization');
      has(ms, 'Lê Trí Thanh', 'person');
      has(ms, 'Công an huyện Gia Lâm', 'organization');
      const place = has(ms, 'huyện Gia Lâm', 'place');
      assert.equal(place.nested, true);
    });
  });
});
