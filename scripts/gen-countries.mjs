// Generates server/data/countries.yaml: every ISO 3166-1 alpha-2 country or territory with
// its Vietnamese name from ICU (Intl.DisplayNames), an English gloss, and the short forms
// Vietnamese news uses. Plain Node (>= 18 with full ICU), no dependencies.
//   node scripts/gen-countries.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// ISO 3166-1 alpha-2 (officially assigned), plus XK (Kosovo, user-assigned but universal).
// Not here on purpose: EU, UN, EZ, ZZ, QO, XA, XB, continents and other non-country codes.
const CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
XK
YE YT
ZA ZM ZW
`.trim().split(/\s+/);

// Canonical Vietnamese name where news writes it differently from ICU's display name.
const NAME = {
  HK: 'Hồng Kông',
  MO: 'Ma Cao',
  PS: 'Palestine',
  MM: 'Myanmar',
  CD: 'Cộng hòa Dân chủ Congo',
  CG: 'Cộng hòa Congo',
  CI: 'Côte d’Ivoire',
};

// English gloss where ICU's long English form is awkward.
const ENGLISH = {
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
  MM: 'Myanmar',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
};

// Short and long forms seen in Vietnamese news (never a form that could mean another place).
const ALIASES = {
  RU: ['Liên bang Nga', 'LB Nga', 'nước Nga'],
  US: ['Mỹ', 'Hoa Kì', 'Hợp chủng quốc Hoa Kỳ'],
  CN: ['Cộng hòa Nhân dân Trung Hoa', 'CHND Trung Hoa'],
  KP: ['CHDCND Triều Tiên', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'Bắc Triều Tiên'],
  KR: ['Đại Hàn Dân Quốc', 'Nam Triều Tiên'],
  UA: ['Ukraina', 'U-crai-na'],
  VN: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam', 'CHXHCN Việt Nam'],
  LA: ['Cộng hòa Dân chủ Nhân dân Lào', 'CHDCND Lào'],
  KH: ['Vương quốc Campuchia', 'Cam-pu-chia'],
  GB: ['Anh', 'Liên hiệp Anh', 'Vương quốc Liên hiệp Anh và Bắc Ireland'],
  DE: ['CHLB Đức', 'Cộng hòa Liên bang Đức'],
  FR: ['Cộng hòa Pháp'],
  JP: ['Nhật'],
  IN: ['Cộng hòa Ấn Độ'],
  TH: ['Vương quốc Thái Lan'],
  SG: ['Xin-ga-po'],
  MY: ['Ma-lai-xi-a'],
  ID: ['In-đô-nê-xi-a'],
  PH: ['Phi-líp-pin', 'Philippin'],
  MM: ['Miến Điện', 'Myanmar (Miến Điện)'],
  TL: ['Đông Timor'],
  CU: ['Cu-ba', 'Cộng hòa Cuba'],
  BY: ['Bê-la-rút', 'Belarút'],
  AU: ['Australia', 'Ô-xtrây-li-a'],
  GE: ['Gruzia'],
  NZ: ['Niu Di-lân'],
  IT: ['Italia', 'Ý'],
  CH: ['Thụy Sỹ', 'Thuỵ Sỹ', 'Thuỵ Sĩ'],
  SE: ['Thuỵ Điển'],
  CZ: ['Cộng hòa Séc', 'CH Séc'],
  BR: ['Bra-xin', 'Braxin'],
  TR: ['Türkiye', 'Thổ Nhĩ Kì'],
  SA: ['Saudi Arabia', 'Ả-rập Xê-út', 'Arab Saudi'],
  AE: ['UAE', 'Các Tiểu vương quốc Arab Thống nhất'],
  TW: ['Đài Loan (Trung Quốc)'],
  HK: ['Hong Kong', 'Hồng Kông (Trung Quốc)'],
  MO: ['Macao', 'Macau', 'Ma Cao (Trung Quốc)'],
  MX: ['Mê-hi-cô', 'Mexico'],
  CA: ['Ca-na-đa'],
  CI: ["Côte d'Ivoire", 'Bờ Biển Ngà'],
  CD: ['CHDC Congo', 'Congo - Kinshasa'],
  CG: ['Congo - Brazzaville'],
  PS: ['Nhà nước Palestine'],
  MN: ['Cộng hòa Mông Cổ'],
};

const viLong = new Intl.DisplayNames(['vi'], { type: 'region' });
const viShort = new Intl.DisplayNames(['vi'], { type: 'region', style: 'short' });
const en = new Intl.DisplayNames(['en'], { type: 'region' });

const q = (s) => JSON.stringify(s.normalize('NFC'));
const key = (s) => s.normalize('NFC').toLowerCase();

const seen = new Map(); // alias/name key -> code
const entries = [];
for (const code of CODES) {
  const icu = viLong.of(code);
  if (!icu || icu === code) throw new Error(`ICU has no Vietnamese name for ${code}`);
  const name = (NAME[code] ?? icu).normalize('NFC');
  const english = ENGLISH[code] ?? en.of(code);
  const forms = [icu, viShort.of(code), ...(ALIASES[code] ?? [])];
  const aliases = [];
  for (const f of forms) {
    const k = key(f);
    if (k === key(name) || aliases.some((a) => key(a) === k)) continue;
    aliases.push(f.normalize('NFC'));
  }
  entries.push({ code, name, english, aliases });
}
// Names first, then aliases: a later claim of a taken form is a bug in the tables above.
for (const e of entries) {
  const k = key(e.name);
  if (seen.has(k)) throw new Error(`${e.code}: name ${e.name} already used by ${seen.get(k)}`);
  seen.set(k, e.code);
}
for (const e of entries) {
  for (const a of e.aliases) {
    const k = key(a);
    if (seen.has(k) && seen.get(k) !== e.code) throw new Error(`${e.code}: alias ${a} already used by ${seen.get(k)}`);
    seen.set(k, e.code);
  }
}

let out = '# server/data/countries.yaml — every country and territory (ISO 3166-1), Vietnamese\n';
out += '# names from ICU plus news short forms. GENERATED by scripts/gen-countries.mjs: do not edit.\n';
out += 'entities:\n';
for (const e of entries) {
  out += `  - id: country-${e.code.toLowerCase()}\n`;
  out += '    type: place\n';
  out += `    name: ${q(e.name)}\n`;
  if (e.aliases.length) out += `    aliases: [${e.aliases.map(q).join(', ')}]\n`;
  out += `    english: ${q(e.english)}\n`;
  out += '    kind: country\n';
  out += `    iso: ${q(e.code)}\n`;
}

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'server', 'data', 'countries.yaml');
writeFileSync(target, out);
console.log(`wrote ${entries.length} countries to ${target}`);
