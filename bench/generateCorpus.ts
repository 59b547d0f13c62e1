// Deterministic generator of synthetic corpora for the benchmarks (not a test, no product code).
//
//   npx tsx bench/generateCorpus.ts OUT_DIR COUNT [SEED] [--force]
//   npx tsx bench/generateCorpus.ts --self-check
//
// Writes COUNT articles in the real format (DESIGN.md §1) under OUT_DIR, 1,000 per subfolder
// (`000/000000_<16 hex>.txt` …), plus `corpus-lens.yaml` and an `entities.yaml` registry of
// about 2,000 synthetic people, and `OUT_DIR.names.txt` (one name per line, for
// `rg -F -f`). Same seed + count → byte-identical output (given the same server/data/*.yaml,
// whose place, organisation and sector names the articles use so they are recognised).
// Article i depends only on the seed and i (and the articles just before it, which near
// duplicates copy), so a 1k corpus is the first 1,000 files of the 10k corpus of the same seed.
//
// Everything here is synthetic: the name parts are general knowledge, the sentences are
// templates written for this file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';

export interface GenerateOptions {
  /** Corpus folder to create (must be absent or empty unless `force`). */
  dir: string;
  /** Number of articles. */
  articles: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Remove an existing non-empty `dir` first. */
  force?: boolean;
  /** Folder with the built-in registry YAML (default: server/data next to this file). */
  dataDir?: string;
}

export interface GenerateResult {
  /** Article files written. */
  files: number;
  /** Total bytes of the article files. */
  bytes: number;
  /** `<dir>.names.txt`: registry people + built-in names used, one per line. */
  namesFile: string;
}

// ---------------------------------------------------------------------------------------
// PRNG: mulberry32 streams, seeded through a 32-bit mix of (seed, stream).

function mix32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Next unsigned 32-bit integer (mulberry32). */
  u32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** 16 lower-case hex digits. */
  hex64(): string {
    return this.u32().toString(16).padStart(8, '0') + this.u32().toString(16).padStart(8, '0');
  }
}

/** Draws indices 0..n-1 with weight 1/(i+1)^s (Zipf-like). */
class Zipf {
  private readonly cum: Float64Array;
  constructor(n: number, s = 1) {
    this.cum = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) this.cum[i] = acc += 1 / Math.pow(i + 1, s);
  }
  draw(rng: Rng): number {
    const x = rng.next() * this.cum[this.cum.length - 1];
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = rng.next() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}

// ---------------------------------------------------------------------------------------
// Name parts (general knowledge) and the built-in names the articles use.

const nfc = (s: string) => s.normalize('NFC');
const words = (s: string) => nfc(s).split(' ');

const VN_SURNAMES: Array<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 3.9], ['Võ', 2],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Đoàn', 0.6],
  ['Trịnh', 0.5], ['Trương', 0.6], ['Lương', 0.4], ['Mai', 0.4], ['Đào', 0.4], ['Cao', 0.3], ['Lâm', 0.3], ['Tạ', 0.2],
  ['Chu', 0.2], ['Kiều', 0.1], ['Phùng', 0.2], ['Lưu', 0.2], ['Vương', 0.1], ['Triệu', 0.1], ['Thái', 0.1], ['Tống', 0.1],
].map(([s, w]) => [nfc(s as string), w as number] as const);
const VN_MIDDLE_M = words('Văn Hữu Đức Minh Quang Thanh Xuân Công Đình Bá Mạnh Ngọc Hoài Trọng Quốc Tiến Duy Anh Thế Việt Hồng Tuấn Gia Huy Chí Kim Phú Hải Trung Thành Đăng Khắc Như');
const VN_MIDDLE_F = words('Thị Thu Ngọc Thanh Minh Hồng Kim Thúy Bích Lan Diệu Mỹ Phương Hoài Thùy Quỳnh Khánh Tuyết Hải Ánh');
const VN_GIVEN_M = words('Hùng Dũng Tuấn Minh Nam Long Thắng Hải Sơn Quân Cường Trung Hiếu Hoàng Phong Thành Kiên Khải Tùng Lâm Tâm Bảo Đạt Hưng Vinh Thịnh Phúc Toàn Khoa Lợi Nghĩa Quang Tú Thái Huy Việt Định Chiến Dương Hà Khánh Tiến Lực Hào Sang Tín Trí Thuận Nhân Khôi Đông Hậu Tài Phát Luân Kỳ Hiệp Quý');
const VN_GIVEN_F = words('Lan Hương Hằng Hạnh Mai Linh Trang Thảo Ngọc Nga Hoa Huyền Thủy Yến Dung Hà Phương Loan Vân Nhung Oanh Thư Châu Giang Anh Ly Hiền Trâm Quyên Liên Hồng Diệp Tâm Vy Nhi Uyên Thoa Xuân Duyên');

interface ForeignPool {
  country: string; // ISO code of the nationality
  male: string[];
  female: string[];
  surnames: string[];
  /** Female surname from the male one (Russian -ov → -ova). */
  feminine?: (s: string) => string;
  /** Patronymic middle name (Russian), for a long alias. */
  patronymic?: boolean;
}
const FOREIGN: ForeignPool[] = [
  {
    country: 'RU',
    male: words('Ivan Sergey Alexei Dmitry Mikhail Nikolai Andrei Pavel Oleg Yuri Viktor Boris Igor Anton Maxim Roman Denis Kirill Artem Gleb'),
    female: words('Elena Olga Tatiana Natalia Irina Svetlana Anna Maria Yulia Ekaterina Galina Marina'),
    surnames: words('Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Morozov Novikov Fedorov Orlov Belov Kozlov Lebedev Egorov Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Zaitsev Solovyov Borisov Romanov Makarov Nikitin Zakharov Frolov Gusev Titov Kiselev Sorokin Kovalev Tarasov Belyaev Komarov Antonov Danilov Zhukov'),
    feminine: (s) => (/(ov|ev|in)$/.test(s) ? s + 'a' : s),
    patronymic: true,
  },
  {
    country: 'US',
    male: words('John Michael David James Robert Mark Thomas Daniel Paul Richard Steven Kevin Brian Gregory'),
    female: words('Sarah Emily Laura Karen Susan Helen Rachel Megan Julia Catherine'),
    surnames: words('Smith Johnson Brown Miller Davis Wilson Anderson Taylor Moore Clark Walker Allen Wright Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Cooper'),
  },
  {
    country: 'DE',
    male: words('Klaus Stefan Jürgen Wolfgang Andreas Markus Matthias Tobias Uwe Dieter'),
    female: words('Petra Sabine Ursula Katrin Monika Heike'),
    surnames: words('Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter Neumann Krüger Zimmermann Hartmann'),
  },
  {
    country: 'FR',
    male: words('Pierre Jean François Philippe Nicolas Laurent Olivier Julien Antoine Thierry'),
    female: words('Claire Sophie Isabelle Nathalie Camille Élise'),
    surnames: words('Martin Bernard Dubois Durand Lefebvre Moreau Girard Bonnet Lambert Fontaine Rousseau Mercier Blanchard Garnier Chevalier'),
  },
  {
    country: 'JP',
    male: words('Hiroshi Takeshi Kenji Haruto Daisuke Kazuo Satoshi Makoto'),
    female: words('Yuki Keiko Naoko Akiko Emiko'),
    surnames: words('Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura'),
  },
];

/** Countries foreign people come from, and that articles mention (ISO codes in countries.yaml). */
const COUNTRY_CODES = ['RU', 'CN', 'JP', 'KR', 'US', 'FR', 'DE', 'GB', 'IN', 'LA', 'KH', 'TH', 'SG', 'ID', 'AU', 'MY', 'PH', 'IT', 'CA', 'CU', 'BY', 'KZ', 'HU', 'CZ', 'NL'];

interface RawEntity {
  id?: string;
  type?: string;
  name?: string;
  aliases?: unknown[];
  kind?: string;
  iso?: string;
  parent?: string;
  country?: string;
}

interface Builtins {
  /** Vietnamese provinces and cities, in file order (Hà Nội first). */
  places: string[];
  /** Vietnamese provinces and cities with their kind. */
  provinces: Array<{ name: string; kind: string }>;
  /** ISO code → Vietnamese country name. */
  countries: Map<string, string>;
  /** Organisation names, file order. */
  organizations: string[];
  /** Ministries (`Bộ …` of Vietnam). */
  ministries: string[];
  /** Sector names (lower case). */
  sectors: string[];
  /** Every surface form of every built-in entity, lower-cased. */
  surfaceForms: Set<string>;
  /** Every word of those surface forms, lower-cased. */
  surfaceWords: Set<string>;
}

function readBuiltins(dataDir: string): Builtins {
  const read = (file: string): RawEntity[] => {
    const doc = parseYaml(fs.readFileSync(path.join(dataDir, file), 'utf8')) as { entities?: RawEntity[] } | RawEntity[] | null;
    const list = Array.isArray(doc) ? doc : doc?.entities ?? [];
    return list.filter((e): e is RawEntity => !!e && typeof e === 'object' && typeof e.name === 'string');
  };
  const surfaceForms = new Set<string>();
  const surfaceWords = new Set<string>();
  const all: Record<string, RawEntity[]> = {};
  for (const f of ['places.yaml', 'countries.yaml', 'organizations.yaml', 'sectors.yaml', 'people.yaml', 'events.yaml']) {
    all[f] = read(f);
    for (const e of all[f]) {
      for (const s of [e.name, ...(e.aliases ?? [])]) {
        if (typeof s !== 'string') continue;
        const k = nfc(s).toLowerCase();
        surfaceForms.add(k);
        for (const w of k.split(/[\s.\-–,()]+/)) if (w) surfaceWords.add(w);
      }
    }
  }
  const provinces = all['places.yaml']
    .filter((e) => e.parent === 'country-vn' && (e.kind === 'city' || e.kind === 'province'))
    .map((e) => ({ name: nfc(e.name!), kind: e.kind! }));
  const countries = new Map<string, string>();
  for (const e of all['countries.yaml']) if (e.iso && COUNTRY_CODES.includes(e.iso)) countries.set(e.iso, nfc(e.name!));
  const organizations = all['organizations.yaml'].map((e) => nfc(e.name!));
  const ministries = organizations.filter((n) => /^Bộ [A-ZĐÂ]/.test(n) && !/Nga|Chính trị|Tổng Tham mưu/.test(n));
  const sectors = all['sectors.yaml'].map((e) => nfc(e.name!));
  if (provinces.length < 10 || countries.size < 10 || ministries.length < 5 || sectors.length < 10) {
    throw new Error(`generateCorpus: too few built-in names in ${dataDir}`);
  }
  return { places: provinces.map((p) => p.name), provinces, countries, organizations, ministries, sectors, surfaceForms, surfaceWords };
}

// ---------------------------------------------------------------------------------------
// The synthetic registry.

interface Person {
  id: string;
  name: string;
  aliases: string[];
  /** The short form later mentions use (an alias). */
  short: string;
  nationality: string;
  female: boolean;
  /** Title as written before the name in running text (`Bộ trưởng Ngoại giao Nga`). */
  titleText: string;
  /** Title word(s) for later mentions (`Bộ trưởng`). */
  shortTitle: string;
  /** Registry title entry. */
  title: string;
  organization: string;
  from: string;
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DEPARTMENTS = ['Tài chính', 'Công Thương', 'Y tế', 'Xây dựng', 'Nội vụ', 'Tư pháp', 'Giáo dục và Đào tạo', 'Khoa học và Công nghệ', 'Nông nghiệp và Môi trường'].map(nfc);

/** Words capitalised in the templates below: no single-word alias may be one of them. */
const TEMPLATE_WORDS = new Set(words('việt nam usd ảnh ttxvn vgp vna ubnd tỉnh ủy thành phố quốc hội chính phủ trung ương'));

function buildPeople(b: Builtins, seed: number, count: number): Person[] {
  const rng = new Rng(mix32(seed, 0x5eed0001));
  const taken = new Set(b.surfaceForms);
  const singleOk = (w: string) => !b.surfaceWords.has(w.toLowerCase()) && !TEMPLATE_WORDS.has(w.toLowerCase());
  const free = (s: string) => !taken.has(s.toLowerCase());
  const people: Person[] = [];
  const country = (iso: string) => b.countries.get(iso) ?? iso;
  const provinceWithHead = (p: { name: string; kind: string }) => (/^Thành phố /.test(p.name) ? p.name : `${p.kind === 'city' ? 'thành phố' : 'tỉnh'} ${p.name}`);
  const year = () => String(rng.int(2015, 2024));

  while (people.length < count) {
    const foreign = rng.chance(0.15);
    let name: string;
    let candidates: string[];
    let female: boolean;
    let nationality: string;
    if (!foreign) {
      female = rng.chance(0.35);
      const surname = weighted(rng, VN_SURNAMES);
      const middle = [rng.pick(female ? VN_MIDDLE_F : VN_MIDDLE_M)];
      if (rng.chance(0.15)) middle.push(rng.pick(female ? VN_MIDDLE_F : VN_MIDDLE_M));
      const given = rng.pick(female ? VN_GIVEN_F : VN_GIVEN_M);
      if (middle.includes(given) || middle[0] === middle[1]) continue;
      name = [surname, ...middle, given].join(' ');
      nationality = 'VN';
      candidates = [...(singleOk(given) ? [given] : []), `${middle[middle.length - 1]} ${given}`, `${surname} ${given}`];
    } else {
      const pool = weighted(rng, FOREIGN.map((p, i) => [p, [5, 3, 1.5, 1.5, 1.5][i]] as const));
      female = rng.chance(0.25);
      const first = rng.pick(female ? pool.female : pool.male);
      const base = rng.pick(pool.surnames);
      const surname = female && pool.feminine ? pool.feminine(base) : base;
      name = `${first} ${surname}`;
      nationality = pool.country;
      candidates = [`${first[0]}.${surname}`, ...(singleOk(surname) ? [surname] : [])];
      if (pool.patronymic) {
        const father = rng.pick(pool.male);
        const pat = father.replace(/(ey|ei|ai|i)$/, '') + (female ? (/[yi]$/.test(father) ? 'evna' : 'ovna') : /[yi]$/.test(father) ? 'evich' : 'ovich');
        candidates.push(`${first} ${pat} ${surname}`);
      }
    }
    if (!free(name)) continue;
    const aliases = candidates.filter(free).slice(0, rng.chance(0.5) ? 2 : 1);
    if (aliases.length === 0) continue;
    taken.add(name.toLowerCase());
    for (const a of aliases) taken.add(a.toLowerCase());
    // A short form for later mentions: the single-word alias if any, else the first alias.
    const short = aliases.find((a) => !/[\s.]/.test(a)) ?? aliases[0];

    let titleText: string;
    let shortTitle: string;
    let title: string;
    let organization: string;
    if (nationality === 'VN') {
      const kind = weighted(rng, [['minister', 3], ['vice', 5], ['province', 4], ['party', 2], ['dept', 4], ['ambassador', 1], ['general', 1.5], ['scholar', 1.5]] as const);
      switch (kind) {
        case 'minister':
        case 'vice': {
          const m = rng.pick(b.ministries);
          const word = kind === 'minister' ? 'Bộ trưởng' : 'Thứ trưởng';
          const short = m.replace(/^Bộ /, '');
          titleText = /,| và /.test(short) || rng.chance(0.4) ? `${word} ${m}` : `${word} ${short}`;
          shortTitle = word;
          title = word;
          organization = m;
          break;
        }
        case 'province': {
          const p = rng.pick(b.provinces);
          const vice = rng.chance(0.6);
          shortTitle = vice ? 'Phó Chủ tịch' : 'Chủ tịch';
          titleText = `${shortTitle} UBND ${provinceWithHead(p)}`;
          title = `${shortTitle} UBND`;
          organization = p.name;
          break;
        }
        case 'party': {
          const p = rng.pick(b.provinces);
          const city = p.kind === 'city';
          shortTitle = rng.chance(0.5) ? 'Bí thư' : 'Phó Bí thư';
          titleText = `${shortTitle} ${city ? 'Thành ủy' : 'Tỉnh ủy'} ${p.name.replace(/^Thành phố /, '')}`;
          title = `${shortTitle} ${city ? 'Thành ủy' : 'Tỉnh ủy'}`;
          organization = p.name;
          break;
        }
        case 'dept': {
          const p = rng.pick(b.provinces);
          const dept = rng.pick(DEPARTMENTS);
          shortTitle = rng.chance(0.5) ? 'Giám đốc' : 'Phó Giám đốc';
          titleText = `${shortTitle} Sở ${dept} ${provinceWithHead(p)}`;
          title = shortTitle;
          organization = `Sở ${dept} ${p.name}`;
          break;
        }
        case 'ambassador': {
          const c = country(rng.pick(COUNTRY_CODES));
          titleText = `Đại sứ Việt Nam tại ${c}`;
          shortTitle = 'Đại sứ';
          title = 'Đại sứ';
          organization = `Đại sứ quán Việt Nam tại ${c}`;
          break;
        }
        case 'general': {
          shortTitle = rng.pick(['Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá']);
          titleText = shortTitle;
          title = shortTitle;
          organization = 'Quân đội nhân dân Việt Nam';
          break;
        }
        default: {
          shortTitle = rng.pick(['Giáo sư', 'Tiến sĩ', 'Phó Giáo sư']);
          titleText = shortTitle;
          title = shortTitle;
          organization = rng.pick(['Viện Hàn lâm Khoa học xã hội Việt Nam', 'Đại học Quốc gia Hà Nội', 'Viện Kinh tế Việt Nam']);
        }
      }
    } else {
      const c = country(nationality);
      const kind = weighted(rng, [['fm', 1], ['minister', 3], ['vice', 3], ['ambassador', 2], ['ceo', 2]] as const);
      switch (kind) {
        case 'fm':
          titleText = rng.chance(0.5) ? `Ngoại trưởng ${c}` : `Bộ trưởng Ngoại giao ${c}`;
          shortTitle = 'Ngoại trưởng';
          title = 'Bộ trưởng Ngoại giao';
          organization = c;
          break;
        case 'minister':
        case 'vice': {
          const field = rng.pick(['Kinh tế', 'Thương mại', 'Năng lượng', 'Giáo dục', 'Y tế', 'Nông nghiệp', 'Giao thông']);
          shortTitle = kind === 'minister' ? 'Bộ trưởng' : 'Thứ trưởng';
          titleText = `${shortTitle} ${field} ${c}`;
          title = `${shortTitle} ${field}`;
          organization = c;
          break;
        }
        case 'ambassador':
          titleText = `Đại sứ ${c} tại Việt Nam`;
          shortTitle = 'Đại sứ';
          title = 'Đại sứ';
          organization = `Đại sứ quán ${c} tại Việt Nam`;
          break;
        default:
          titleText = 'Tổng Giám đốc';
          shortTitle = 'Tổng Giám đốc';
          title = 'Tổng Giám đốc';
          organization = `doanh nghiệp ${c}`;
      }
    }
    const id = `syn-${slug(name)}-${String(people.length).padStart(4, '0')}`;
    people.push({ id, name, aliases, short, nationality, female, titleText, shortTitle, title, organization, from: year() });
  }
  return people;
}

function yamlScalar(s: string, flow = false): string {
  const plain = flow ? /^[\p{L}\p{N}][\p{L}\p{N} .'’()\-–]*$/u : /^[\p{L}\p{N}][\p{L}\p{N} .,'’()\-–]*$/u;
  return plain.test(s) && !/ $/.test(s) ? s : JSON.stringify(s);
}

function registryYaml(people: Person[], seed: number): string {
  const out: string[] = [
    `# Synthetic people for a benchmark corpus (bench/generateCorpus.ts, seed ${seed}).`,
    '# Names are built from common name parts; nobody here is a real person.',
    'entities:',
  ];
  for (const p of people) {
    out.push(
      `  - id: ${p.id}`,
      '    type: person',
      `    name: ${yamlScalar(p.name)}`,
      `    aliases: [${p.aliases.map((a) => yamlScalar(a, true)).join(', ')}]`,
      `    nationality: ${p.nationality}`,
      `    description: ${yamlScalar(`${p.titleText} (nhân vật giả lập)`)}`,
      '    titles:',
      `      - title: ${yamlScalar(p.title)}`,
      `        organization: ${yamlScalar(p.organization)}`,
      `        from: "${p.from}"`,
    );
  }
  return out.join('\n') + '\n';
}

const CONFIG_YAML = (seed: number) => `# Corpus Lens settings for a synthetic benchmark corpus (bench/generateCorpus.ts, seed ${seed}).
include:
  - "**/*.txt"
exclude: []
language: vi
dates:
  max: today
  min: 2000-01-01
rules:
  scrape/caption: information
registry:
  - entities.yaml
`;

// ---------------------------------------------------------------------------------------
// Templates. Slots: P/P2 a person of the article's cast (P0: at sentence start), PL/PL2 a
// place, C the article's partner country, O an organisation, S/S2/S3 sectors, D0/D an event
// date (`Chiều 24/2`, `ngày 15/1`, `sáng 28/1/2026`), DB a bare `24/2`, DM `tháng 6/2024`,
// Y `năm 2025`, N a number.

type Template = string[]; // literal, slot, literal, slot, …, literal
const compile = (t: string): Template => nfc(t).split(/\{(\w+)\}/);

const HEADLINES = [
  '{PT} làm việc với lãnh đạo {PL}',
  'Thúc đẩy hợp tác {S} giữa Việt Nam và {C}',
  '{PL} đẩy mạnh phát triển {S}',
  '{PT} tiếp {PT2}',
  'Mở rộng hợp tác {S} với {C}',
  '{PL}: Nhiều kết quả tích cực trong lĩnh vực {S}',
  'Tăng cường kết nối doanh nghiệp Việt Nam và {C}',
  '{PT} kiểm tra tiến độ các dự án tại {PL}',
  'Hội nghị bàn giải pháp phát triển {S} bền vững',
].map(compile);

const LEADS = [
  '{D0}, tại {PL}, {P} đã có buổi làm việc với {P2} về tình hình triển khai các dự án trong lĩnh vực {S}.',
  '{D0}, {P} đã tiếp {P2} nhân dịp đoàn công tác thăm và làm việc tại {PL}.',
  '{D0}, {O} tổ chức hội nghị tổng kết công tác năm với sự tham dự của {P} và đại diện nhiều bộ, ngành, địa phương.',
  'Trong khuôn khổ chuyến công tác tại {C}, {D}, {P} đã hội đàm với {P2}.',
  '{D0}, {P} chủ trì cuộc họp về kế hoạch phát triển {S} của {PL} giai đoạn tới.',
].map(compile);

const SENTENCES = [
  '{P0} nhấn mạnh {O} sẽ tiếp tục phối hợp chặt chẽ với các bộ, ngành để thúc đẩy hợp tác trong lĩnh vực {S}.',
  'Theo {P}, kết quả đạt được trong {DM} là tiền đề quan trọng để {PL} mở rộng hợp tác về {S} và {S2}.',
  'Phát biểu tại buổi làm việc, {P} đánh giá cao những đóng góp của {O} trong thời gian qua.',
  '{P0} cho biết trong {Y}, {PL} đã thu hút thêm nhiều dự án đầu tư vào {S}, tạo việc làm cho hàng nghìn lao động.',
  'Hai bên nhất trí tăng cường trao đổi đoàn các cấp, đặc biệt là giữa {PL} và các địa phương của {C}.',
  '{P0} đề nghị {O} khẩn trương hoàn thiện hồ sơ, báo cáo cấp có thẩm quyền xem xét.',
  'Tại cuộc gặp, {P} và {P2} đã trao đổi về các biện pháp thúc đẩy hợp tác {S} giữa Việt Nam và {C}.',
  '{D0}, {P} tiếp tục có cuộc làm việc với lãnh đạo {O}.',
  'Cũng trong {D}, đoàn công tác đã đến thăm một số cơ sở sản xuất tại {PL}.',
  'Đánh giá cao kết quả hợp tác thời gian qua, {P} mong muốn hai bên tiếp tục mở rộng hợp tác trong các lĩnh vực {S}, {S2} và {S3}.',
  'Về phần mình, {P} cảm ơn sự đón tiếp trọng thị của {PL} và khẳng định sẽ thúc đẩy các dự án {S} đã được thống nhất.',
  'Từ {DM}, {O} đã phối hợp với {PL} triển khai nhiều chương trình hỗ trợ doanh nghiệp trong lĩnh vực {S}.',
  'Số liệu của {O} cho thấy trong {Y}, kim ngạch thương mại giữa Việt Nam và {C} đạt khoảng {N} tỷ USD.',
  '{P0} lưu ý các đơn vị cần tập trung tháo gỡ vướng mắc về thủ tục, đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
  'Theo kế hoạch, {P} sẽ tham dự diễn đàn về {S} tổ chức tại {PL}.',
  'Nhân dịp này, {P} đã trao tặng quà cho các gia đình chính sách tại {PL}.',
  '{P0} khẳng định {C} coi trọng quan hệ với Việt Nam và sẵn sàng chia sẻ kinh nghiệm trong lĩnh vực {S}.',
  'Trước đó, {D}, {P} đã làm việc với {O} về công tác chuẩn bị cho hội nghị.',
  'Ghi nhận ý kiến của các đại biểu, {P} giao {O} chủ trì, phối hợp với {PL} xây dựng kế hoạch chi tiết.',
  'Tại {PL}, nhiều doanh nghiệp đã chủ động chuyển đổi số và đầu tư mạnh vào {S}.',
  '{P0} và {P2} cũng trao đổi về tình hình khu vực và quốc tế cùng quan tâm.',
  'Theo {O}, lĩnh vực {S} hiện chiếm khoảng {N}% tổng vốn đầu tư nước ngoài vào {PL}.',
  'Các bên đã ký kết {N} văn bản hợp tác về {S}, {S2} và đào tạo nguồn nhân lực.',
  'Trong {DM}, {PL} đón hơn {N} nghìn lượt khách quốc tế, tăng mạnh so với cùng kỳ.',
  '{P0} đề nghị {C} tiếp tục tạo điều kiện thuận lợi cho cộng đồng người Việt Nam sinh sống, học tập và làm việc tại đây.',
  'Đại diện {O} cho biết, kể từ {Y}, đơn vị đã đầu tư hơn {N} tỷ đồng cho các dự án {S} tại {PL}.',
  'Dịp này, {P} đã gặp gỡ {P2} để trao đổi về hợp tác {S}.',
  'Theo đánh giá của {P}, quan hệ hợp tác giữa {PL} và {C} đang phát triển tích cực, nhất là trong lĩnh vực {S}.',
  'Tính đến {DB}, {PL} đã hoàn thành khoảng {N}% kế hoạch năm về {S}.',
  'Khép lại buổi làm việc, {P} chúc mừng những kết quả mà {PL} đạt được trong {Y}.',
  'Trả lời câu hỏi của phóng viên, {P} cho rằng {S} sẽ là động lực tăng trưởng mới của {PL}.',
  'Trong {DM}, {O} đã tiếp nhận {N} hồ sơ đề xuất dự án liên quan đến {S}.',
].map(compile);

const FILLERS = [
  'Các đại biểu đã thảo luận về những giải pháp cụ thể nhằm tháo gỡ khó khăn cho doanh nghiệp.',
  'Nhiều ý kiến cho rằng cần đẩy mạnh cải cách thủ tục hành chính, tạo môi trường đầu tư thông thoáng hơn.',
  'Hội nghị cũng thống nhất cơ chế phối hợp định kỳ giữa các cơ quan liên quan.',
  'Hai bên bày tỏ vui mừng trước những bước phát triển tích cực của quan hệ hợp tác thời gian qua.',
  'Công tác chuẩn bị được triển khai chu đáo, bảo đảm an toàn và tiết kiệm.',
  'Kết quả này góp phần quan trọng vào tăng trưởng kinh tế chung của cả nước.',
  'Tuy nhiên, việc triển khai một số dự án vẫn còn chậm so với kế hoạch đề ra.',
  'Nguyên nhân chủ yếu là do vướng mắc trong khâu giải phóng mặt bằng và nguồn vốn.',
  'Thời gian tới, các đơn vị sẽ tập trung rà soát, hoàn thiện cơ chế, chính sách liên quan.',
  'Các doanh nghiệp được khuyến khích ứng dụng công nghệ mới để nâng cao năng suất lao động.',
  'Chương trình nhận được sự hưởng ứng tích cực của đông đảo người dân và doanh nghiệp.',
  'Đây là lần đầu tiên hoạt động này được tổ chức với quy mô lớn như vậy.',
  'Hai bên nhất trí duy trì trao đổi thường xuyên để kịp thời giải quyết các vấn đề phát sinh.',
  'Nhiều mô hình hiệu quả đã được nhân rộng, mang lại thu nhập ổn định cho người lao động.',
  'Công tác đào tạo nguồn nhân lực chất lượng cao tiếp tục được xác định là nhiệm vụ trọng tâm.',
  'Các đại biểu cũng chia sẻ kinh nghiệm trong quản lý, vận hành và bảo đảm an toàn.',
  'Việc kết nối hạ tầng giao thông giữa các vùng được đánh giá là yếu tố then chốt.',
  'Hội nghị đã thông qua chương trình hành động với nhiều chỉ tiêu cụ thể.',
  'Bên cạnh đó, công tác truyền thông cần được đẩy mạnh để người dân hiểu rõ chủ trương, chính sách.',
  'Các cơ quan chức năng sẽ tăng cường kiểm tra, giám sát quá trình thực hiện.',
].map(nfc);

const CAPTIONS = ['Quang cảnh buổi làm việc', 'Các đại biểu tham dự hội nghị', 'Toàn cảnh hội nghị', 'Hai bên trao đổi tại buổi làm việc', 'Lãnh đạo hai bên chụp ảnh lưu niệm'].map(nfc);
const PHOTO_CREDITS = ['Ảnh: TTXVN', '(Ảnh: VGP)', 'Ảnh: TTXVN', '(Ảnh: Quang Vinh)', 'Ảnh: VNA'].map(nfc);
const SECTION_LABELS = ['Thời sự', 'Kinh tế', 'Thế giới', 'Xã hội', 'Chính trị'].map(nfc);
const BYLINES = ['Minh Châu', 'Ngọc Ánh', 'Quốc Việt', 'Thu Trang', 'Phương Nhi (TTXVN)', 'Đức Anh'].map(nfc);
const PARTS = words('sáng chiều tối trưa');

// ---------------------------------------------------------------------------------------
// One article.

const DAY = 86400000;
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2026, 9, 31);

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const ymd = (t: number): Ymd => {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};
const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class World {
  readonly personZipf: Zipf;
  readonly placeZipf: Zipf;
  readonly orgZipf: Zipf;
  readonly sectorZipf: Zipf;
  readonly countries: string[];
  constructor(readonly b: Builtins, readonly people: Person[]) {
    this.personZipf = new Zipf(people.length, 1);
    this.placeZipf = new Zipf(b.places.length, 1.1);
    this.orgZipf = new Zipf(b.organizations.length, 1);
    this.sectorZipf = new Zipf(b.sectors.length, 0.9);
    this.countries = COUNTRY_CODES.map((c) => b.countries.get(c)).filter((c): c is string => !!c);
  }
}

interface CastMember {
  p: Person;
  seen: boolean;
}

class ArticleWriter {
  private readonly cast: CastMember[] = [];
  private readonly places: string[] = [];
  private readonly orgs: string[] = [];
  private readonly sectors: string[] = [];
  private readonly country: string;
  private lastPerson: CastMember | undefined;
  constructor(private readonly w: World, private readonly rng: Rng, readonly pub: number) {
    const nPeople = rng.int(2, 6);
    while (this.cast.length < nPeople) {
      const p = w.people[w.personZipf.draw(rng)];
      if (!this.cast.some((c) => c.p === p)) this.cast.push({ p, seen: false });
    }
    // The most mentioned place (Hà Nội, first in the built-in list) is in most articles.
    if (rng.chance(0.75)) this.places.push(w.b.places[0]);
    const nPlaces = rng.int(2, 4);
    for (let i = 0; this.places.length < nPlaces && i < 20; i++) {
      const pl = w.b.places[w.placeZipf.draw(rng)];
      if (!this.places.includes(pl)) this.places.push(pl);
    }
    for (let i = 0, n = rng.int(1, 3); this.orgs.length < n && i < 20; i++) {
      const o = w.b.organizations[w.orgZipf.draw(rng)];
      if (!this.orgs.includes(o)) this.orgs.push(o);
    }
    for (let i = 0, n = rng.int(3, 5); this.sectors.length < n && i < 30; i++) {
      const s = w.b.sectors[w.sectorZipf.draw(rng)];
      if (!this.sectors.includes(s)) this.sectors.push(s);
    }
    // The partner country: a foreign guest's own, else any.
    const guest = this.cast.find((c) => c.p.nationality !== 'VN');
    this.country = (guest && w.b.countries.get(guest.p.nationality)) || rng.pick(w.countries);
  }

  /** The person for a slot: mostly the lead, never the one just named in `avoid`. */
  private person(avoid?: CastMember): CastMember {
    const r = this.rng;
    for (let i = 0; i < 8; i++) {
      const c = r.chance(0.4) ? this.cast[0] : r.pick(this.cast);
      if (c !== avoid) return c;
    }
    return this.cast.find((c) => c !== avoid) ?? this.cast[0];
  }

  private mention(c: CastMember, initial: boolean, full = false): string {
    const p = c.p;
    if (!c.seen || full) {
      c.seen = true;
      return `${p.titleText} ${p.name}`;
    }
    const r = this.rng.next();
    let s: string;
    if (r < 0.45) s = `${p.female ? 'bà' : 'ông'} ${p.short}`;
    else if (r < 0.75) s = `${p.shortTitle} ${p.short}`;
    else if (r < 0.9) s = p.name;
    else s = `${p.shortTitle} ${p.name}`;
    return initial ? cap(s) : s;
  }

  private eventDate(initial: boolean, bare = false): string {
    const r = this.rng;
    const t = ymd(this.pub - r.int(0, 6) * DAY);
    const dm = `${t.d}/${t.m}`;
    if (bare) return dm;
    const x = r.next();
    let s: string;
    if (x < 0.45) s = `${r.pick(PARTS)} ${dm}`;
    else if (x < 0.75) s = `ngày ${dm}`;
    else if (x < 0.9) s = `${r.pick(PARTS)} ${dm}/${t.y}`;
    else s = `ngày ${dm}/${t.y}`;
    return initial ? cap(s) : s;
  }

  private monthExpr(): string {
    const p = ymd(this.pub);
    const back = this.rng.int(1, 30);
    let m = p.m - back;
    let y = p.y;
    while (m < 1) {
      m += 12;
      y--;
    }
    return `tháng ${m}/${y}`;
  }

  fill(t: Template): string {
    let out = t[0];
    let p1: CastMember | undefined;
    let s = this.rng.int(0, this.sectors.length - 1); // S, S2, S3: consecutive, so distinct
    let place: string | undefined;
    for (let i = 1; i < t.length; i += 2) {
      const slot = t[i];
      let v: string;
      switch (slot) {
        case 'P0':
        case 'P':
          p1 = this.person(this.lastPerson);
          v = this.mention(p1, slot === 'P0');
          break;
        case 'P2': {
          const c = this.person(p1);
          v = this.mention(c, false);
          this.lastPerson = c;
          break;
        }
        case 'PT':
          p1 = this.cast[0];
          v = this.mention(p1, true, true);
          p1.seen = false; // the body introduces the lead again
          break;
        case 'PT2': {
          const c = this.cast[1];
          v = this.mention(c, false, true);
          c.seen = false;
          break;
        }
        case 'PL':
        case 'PL2': {
          // A second place in one sentence is another one.
          const k = this.rng.int(0, this.places.length - 1);
          v = this.places[place === this.places[k] ? (k + 1) % this.places.length : k];
          place = v;
          break;
        }
        case 'C':
          v = this.country;
          break;
        case 'O':
          v = this.rng.pick(this.orgs);
          break;
        case 'S':
        case 'S2':
        case 'S3':
          v = this.sectors[s++ % this.sectors.length];
          break;
        case 'D0':
          v = this.eventDate(true);
          break;
        case 'D':
          v = this.eventDate(false);
          break;
        case 'DB':
          v = this.eventDate(false, true);
          break;
        case 'DM':
          v = this.monthExpr();
          break;
        case 'Y':
          v = `năm ${ymd(this.pub).y - this.rng.int(0, 3)}`;
          break;
        case 'N':
          v = String(this.rng.int(2, 95));
          break;
        default:
          v = slot;
      }
      out += v + t[i + 1];
    }
    if (p1) this.lastPerson = p1;
    return out;
  }

  headline(): string {
    return this.fill(this.rng.pick(HEADLINES));
  }

  /** Paragraphs of the body, about `target` bytes in all (3–15 KB). */
  body(target: number): string[] {
    const r = this.rng;
    const paras: string[] = [];
    let bytes = 0;
    let first = this.fill(r.pick(LEADS));
    if (this.places[0] === this.w.b.places[0] && !first.includes(this.places[0])) first += ` Sự kiện diễn ra tại ${this.places[0]}.`;
    paras.push(first);
    bytes += Buffer.byteLength(first) + 2;
    while (bytes < target) {
      const n = r.int(2, 5);
      const sentences: string[] = [];
      for (let i = 0; i < n; i++) sentences.push(r.chance(0.7) ? this.fill(r.pick(SENTENCES)) : r.pick(FILLERS));
      let para = sentences.join(' ');
      const len = Buffer.byteLength(para) + 2;
      if (bytes + len > 15000 - 200) {
        if (bytes >= 3000) break;
        para = sentences[0];
      }
      paras.push(para);
      bytes += Buffer.byteLength(para) + 2;
      if (r.chance(0.025)) {
        const caption = r.chance(0.3) ? r.pick(PHOTO_CREDITS) : `${r.pick(CAPTIONS)}. ${r.pick(PHOTO_CREDITS)}`;
        paras.push(caption);
        bytes += Buffer.byteLength(caption) + 2;
      }
    }
    return paras;
  }
}

/** The first block of the file: the header line, or (no header) the bare title, a section label over the title, or nothing. */
function header(rng: Rng, pub: number, title: string): string | undefined {
  const t = ymd(pub);
  const iso = `${t.y}-${pad2(t.m)}-${pad2(t.d)}`;
  const x = rng.next();
  if (x < 0.82) return `${rng.chance(0.85) ? ' ' : ''}date ${iso} ${title}`;
  if (x < 0.97) {
    const y = rng.next();
    if (y < 0.6) return title;
    if (y < 0.8) return `${rng.pick(SECTION_LABELS)}\n${title}`;
    return undefined; // the body starts right away
  }
  const bad = [
    `Date: ${iso} ${title}`,
    ` date ${t.y}/${t.m}/${t.d} ${title}`,
    ` date ${pad2(t.d)}-${pad2(t.m)}-${t.y} ${title}`,
    ` Date ${iso} ${title}`,
    `date:${iso} ${title}`,
  ];
  return rng.pick(bad);
}

/** Replaces the space at about `at` (0..1) of the text with a no-break space. */
function disguiseSpace(s: string, at: number): string {
  const i = s.indexOf(' ', Math.floor(s.length * at));
  return i > 0 ? s.slice(0, i) + '\u00a0' + s.slice(i + 1) : s;
}

interface Recent {
  pub: number;
  title: string;
  paras: string[];
}

function article(w: World, seed: number, index: number, recent: Recent[]): string {
  const rng = new Rng(mix32(seed, index + 1));
  let pub = START + rng.int(0, (END - START) / DAY) * DAY;
  let title: string;
  let paras: string[];
  if (recent.length > 0 && rng.chance(0.01)) {
    // A near duplicate of a recent article: same body, a paragraph dropped or a sentence changed.
    const src = recent[rng.int(0, recent.length - 1)];
    pub = src.pub + rng.int(0, 2) * DAY; // republished a day or two later
    title = src.title;
    paras = [...src.paras];
    const k = rng.int(1, Math.max(1, paras.length - 1));
    const size = paras.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0);
    if (paras.length > 3 && rng.chance(0.5) && size - Buffer.byteLength(paras[k]) > 3400) paras.splice(k, 1);
    else paras[paras.length - 1] += ' ' + rng.pick(FILLERS);
  } else {
    const writer = new ArticleWriter(w, rng, pub);
    title = writer.headline();
    const target = Math.min(15000, 3000 + Math.round(-Math.log(1 - rng.next()) * 2400));
    paras = writer.body(target);
  }
  recent.push({ pub, title, paras });
  if (recent.length > 32) recent.shift();

  const out = [...paras];
  if (rng.chance(0.05)) {
    const k = rng.int(0, out.length - 1);
    out[k] = disguiseSpace(out[k], rng.next());
  }
  if (rng.chance(0.08)) {
    const k = rng.int(0, out.length - 1);
    out[k] += rng.pick([' ', '  ', '\t', ' \t']);
  }
  if (rng.chance(0.2)) out.push(rng.pick(BYLINES));
  const h = header(rng, pub, title);
  if (h !== undefined) out.unshift(h);
  return out.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------

function prepareDir(dir: string, force: boolean): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    if (!force) throw new Error(`generateCorpus: ${dir} is not empty (pass force to replace it)`);
    if (!fs.existsSync(path.join(dir, 'corpus-lens.yaml'))) throw new Error(`generateCorpus: refusing to remove ${dir}: no corpus-lens.yaml in it`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
}

export async function generateCorpus(opts: GenerateOptions): Promise<GenerateResult> {
  const { dir, articles } = opts;
  const seed = (opts.seed ?? 1) >>> 0;
  if (!Number.isInteger(articles) || articles < 0 || articles > 999999) throw new Error('generateCorpus: articles must be an integer in 0..999999');
  const b = readBuiltins(opts.dataDir ?? path.resolve(__dirname, '..', 'server', 'data'));
  const people = buildPeople(b, seed, 2000);
  const world = new World(b, people);
  const root = path.resolve(dir);
  prepareDir(root, !!opts.force);
  fs.writeFileSync(path.join(root, 'corpus-lens.yaml'), CONFIG_YAML(seed));
  fs.writeFileSync(path.join(root, 'entities.yaml'), registryYaml(people, seed));

  const ids = new Set<string>();
  const idRng = new Rng(mix32(seed, 0x1d5));
  const recent: Recent[] = [];
  let bytes = 0;
  let pending: Array<Promise<void>> = [];
  for (let i = 0; i < articles; i++) {
    let id = idRng.hex64();
    while (ids.has(id)) id = idRng.hex64();
    ids.add(id);
    const sub = path.join(root, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const buf = Buffer.from(article(world, seed, i, recent), 'utf8');
    bytes += buf.length;
    pending.push(fs.promises.writeFile(path.join(sub, `${String(i).padStart(6, '0')}_${id}.txt`), buf));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);

  const names = new Set<string>(people.map((p) => p.name));
  for (const n of [...b.places, ...world.countries, ...b.organizations, ...b.sectors]) names.add(n);
  const namesFile = `${root.replace(/[\\/]+$/, '')}.names.txt`;
  fs.writeFileSync(namesFile, [...names].join('\n') + '\n');
  return { files: articles, bytes, namesFile };
}

// ---------------------------------------------------------------------------------------
// CLI and self-check.

function listArticles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, c) => (a.name < c.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

async function selfCheck(): Promise<number> {
  const { createHash } = await import('node:crypto');
  const os = await import('node:os');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-gen-check-'));
  const digest = (dir: string) => {
    const h = createHash('sha256');
    for (const f of [...listArticles(dir), path.join(dir, 'entities.yaml'), path.join(dir, 'corpus-lens.yaml')]) {
      h.update(path.relative(dir, f));
      h.update(fs.readFileSync(f));
    }
    return h.digest('hex');
  };
  const n = 3000;
  const a = await generateCorpus({ dir: path.join(base, 'a'), articles: n, seed: 7 });
  const b = await generateCorpus({ dir: path.join(base, 'b'), articles: n, seed: 7 });
  const c = await generateCorpus({ dir: path.join(base, 'c'), articles: 1000, seed: 7 });
  const d = await generateCorpus({ dir: path.join(base, 'd'), articles: 200, seed: 8 });
  const problems: string[] = [];
  if (digest(path.join(base, 'a')) !== digest(path.join(base, 'b')) || a.bytes !== b.bytes) problems.push('same seed gave different output');
  if (digest(path.join(base, 'd')) === digest(path.join(base, 'a'))) problems.push('another seed gave the same output');
  const filesA = listArticles(path.join(base, 'a'));
  const filesC = listArticles(path.join(base, 'c'));
  if (filesC.some((f, i) => fs.readFileSync(f, 'utf8') !== fs.readFileSync(filesA[i], 'utf8'))) problems.push('1k corpus is not a prefix of the 3k corpus');
  const sizes: number[] = [];
  const ids = new Set<string>();
  let valid = 0;
  let none = 0;
  let nbsp = 0;
  let caption = 0;
  let hanoi = 0;
  for (const f of filesA) {
    const rel = path.relative(path.join(base, 'a'), f);
    const m = /^(\d{3})[\\/](\d{6})_([0-9a-f]{16})\.txt$/.exec(rel);
    if (!m) problems.push(`bad file name ${rel}`);
    else {
      if (ids.has(m[3])) problems.push(`duplicate id ${m[3]}`);
      ids.add(m[3]);
      if (Math.floor(Number(m[2]) / 1000) !== Number(m[1])) problems.push(`${rel} in the wrong folder`);
    }
    const text = fs.readFileSync(f, 'utf8');
    sizes.push(Buffer.byteLength(text));
    if (text !== text.normalize('NFC')) problems.push(`${rel} is not NFC`);
    if (text.includes('\r')) problems.push(`${rel} has CR`);
    if (/^ ?date \d{4}-\d{2}-\d{2} \S/.test(text)) valid++;
    else if (!/^ ?[Dd]ate/.test(text)) none++;
    if (text.includes('\u00a0')) nbsp++;
    if (/Ảnh: /.test(text)) caption++;
    if (text.includes('Hà Nội')) hanoi++;
  }
  const min = Math.min(...sizes);
  const max = Math.max(...sizes);
  const mean = sizes.reduce((x, y) => x + y, 0) / sizes.length;
  if (min < 3000 || max > 15360) problems.push(`sizes out of 3–15 KB: ${min}..${max}`);
  if (mean < 5000 || mean > 6500) problems.push(`mean size ${mean.toFixed(0)} B is not about 5.7 KB`);
  const pct = (k: number) => `${((100 * k) / filesA.length).toFixed(1)}%`;
  console.log(`${n} articles, ${(a.bytes / 1048576).toFixed(1)} MB; sizes ${min}..${max} B, mean ${mean.toFixed(0)} B`);
  console.log(`valid header ${pct(valid)}, no header ${pct(none)}, malformed ${pct(filesA.length - valid - none)}; no-break space ${pct(nbsp)}; captions ${pct(caption)}; Hà Nội in ${pct(hanoi)}`);
  console.log(`registry: ${(fs.readFileSync(path.join(base, 'a', 'entities.yaml'), 'utf8').match(/type: person/g) ?? []).length} people; names file: ${fs.readFileSync(a.namesFile, 'utf8').split('\n').filter(Boolean).length} names`);
  fs.rmSync(base, { recursive: true, force: true });
  for (const p of problems.slice(0, 20)) console.log(`PROBLEM: ${p}`);
  console.log(problems.length ? `self-check FAILED (${problems.length} problems)` : 'self-check passed: deterministic, prefix-stable, names, sizes, NFC/LF');
  return problems.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--self-check') return selfCheck();
  const force = argv.includes('--force');
  const args = argv.filter((a) => a !== '--force');
  if (args.length < 2 || !/^\d+$/.test(args[1]) || (args[2] !== undefined && !/^\d+$/.test(args[2]))) {
    console.error('usage: npx tsx bench/generateCorpus.ts OUT_DIR COUNT [SEED] [--force]\n       npx tsx bench/generateCorpus.ts --self-check');
    return 2;
  }
  const t = performance.now();
  const r = await generateCorpus({ dir: args[0], articles: Number(args[1]), seed: args[2] === undefined ? 1 : Number(args[2]), force });
  const ms = performance.now() - t;
  console.log(`${r.files} articles, ${(r.bytes / 1048576).toFixed(1)} MB in ${path.resolve(args[0])} (${(ms / 1000).toFixed(1)} s); names: ${r.namesFile}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
