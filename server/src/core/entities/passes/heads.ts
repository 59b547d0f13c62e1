// Organisations and places grown from head nouns: `Bộ Tài chính`, `báo Lao Động`, `UBND tỉnh
// Quảng Nam`, `Sở Tài nguyên và Môi trường tỉnh Quảng Trị`; `tỉnh Quảng Bình`, `thành phố
// Melbourne`, `miền Trung`. A name grows right from its head over capitalised words, digits
// after a numbered head, `và` + a capitalised word, an administrative unit and its name, one
// lower-case syllable completing a capitalised one (`Ngoại giao`); it swallows the registry
// places and organisations inside it (they become nested mentions) and the sector words
// (dropped), and gives back a person's name that closes it after a title (`Giám đốc Sở Công
// Thương Trần Văn Khải`). A body named by its function only (`Ban Tổ chức`) or a local body
// (`UBND TP`) is no mention: its tokens are claimed by a dropped draft. A head also grows over a
// profession (`Hội Nhà báo`), over lower-case words and a sector word up to a registry place
// (`Liên đoàn bóng đá châu Á`), and from a capitalised sector word (`Ngân hàng Phát triển …`); a
// head that is a family name before a name's syllables alone (`Đoàn Văn Hậu`), or a given name
// after one (`Lê Trường Giang`), starts nothing. A registry place with an organisation's last
// word after it is a club or a company (`Hà Nội FC`). Only with `discover`.
// VLSP nests the name a school is named after (a place, or a person: `Trường THCS Quảng Phú`,
// `Trường THPT Lê Viết Thuật`), the place a body described in lower-case words is named after
// (`Nhà máy đóng tàu Dung Quất`), and a capitalised administrative unit (`Thành ủy TP Vinh`): so
// do we. A head that the next word completes into a common word starts nothing (`Hội nghị`,
// `Bộ luật`: headCompounds), nor a lower-case organisation head after a plural (`các trường đại
// học Úc`); `Q.3`, `P.7` and a capitalised place head before a number (`Phường 9`) are places.
// A Party committee or a border post nests the locality it is named after (`Huyện ủy Hướng Hóa`:
// localityHeads); a head grows over a lower-case profession up to a registry place (`Hội nông dân Hà
// Nội`); after a lower-case place head and one or two words describing it, a Vietnamese name alone is
// the place (`cảng cá Thọ Quang`); a place head followed by common abbreviations alone (`vùng KT-XH`)
// names no place; a foreign name after an organisation head nests the world's cities it holds (`CLB
// Dinamo Zagreb`).
// Runs after registry names and datelines (it builds on their mentions), before the title
// slot (a title's organisation slot is one of these names).
// Lists: orgHeads, lowercaseOrgHeads, numberedHeads, schoolHeads, schoolWords, genericOrgs,
// genericTails, bareInstitutions, localityHeads (organisation-heads.yaml); commonAcronyms (acronyms.yaml); placeHeads, adminUnits
// (place-heads.yaml); familyNames, middleNames (person-names.yaml); stopWords (stop-words.yaml);
// notNames; headCompounds (compounds.yaml); orgSuffixes (foreign-names.yaml).

import type { EntityType } from '../types';
import type { ClaimState, Draft } from './claims';
import { hasKeys, isHonorificTail, looksLikeVietnameseName, type Toks } from './tokens';
import { startsOtherThing } from './words';
import { nestPlaces } from './capitalisedRuns';

export function heads(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, drafts, words: w } = st;
  const { k: key, owner, heads: phraseBits } = toks;
  const headBits = w.headBits;
  // (The tokens that start some phrase, from the end of the last name on.)
  let next = 0;
  for (let c = 0; c < toks.phrasedCount; c++) {
    const i = toks.phrased[c];
    if (i < next || (phraseBits[i] & headBits) === 0 || toks.excluded(i)) continue;
    const tCap = toks.cap(i);
    // A capitalised head the registry took for a sector word (`Ngân hàng Phát triển châu Á`) still heads a name.
    const sectorHead = owner[i] === -1 ? -1 : tCap && drafts[owner[i]].type === 'sector' && drafts[owner[i]].t0 === i ? owner[i] : -2;
    if (sectorHead === -2) continue;
    const tAllCaps = toks.allCaps(i);
    const oh = w.orgHead.match(toks, i);
    const ph = oh ? 0 : w.placeHead.match(toks, i);
    const h = oh || ph;
    if (!h) continue;
    // `Hội nghị Trung ương`, `Hội chứng Lyell`, `Bộ luật Hình sự`: a head the next word completes into a common word starts nothing.
    if ((toks.heads[i] & w.headCompounds.bit) !== 0 && w.headCompounds.match(toks, i) > h) continue;
    // `Đặng Trường Xuân`, `Nguyễn Vũ Trường Sơn`: a capitalised head right after a family or middle name is a given name.
    if (oh && tCap && !tAllCaps && i > 0 && toks.adj(i) && toks.cap(i - 1) && owner[i - 1] === -1 && !toks.inTitle(i - 1) && (toks.family(i - 1) || w.middleNames.has(key[i - 1]))) continue;
    // `yêu cầu Ivanov`, `thị trường Mỹ`: a lower-case head that completes the word before it starts nothing.
    if (!tCap && i > 0 && toks.adj(i) && (w.headCompounds.match(toks, i - 1) === 2 || (i > 1 && toks.adj(i - 1) && w.headCompounds.match(toks, i - 2) === 3))) continue;
    // `các trường đại học Australia`, `nhiều công ty Nhật Bản`: a lower-case head after a plural names a kind, not one body.
    if (oh && !tCap && !tAllCaps && i > 0 && toks.adj(i) && PLURALS.has(key[i - 1])) continue;
    // `Trưởng ban Tuyên giáo …`, `Phó Trưởng phòng Cảnh sát …`: the unit named after the title is an organisation (VLSP).
    const titleTail = oh === 1 && toks.inTitle(i) && i > 0 && toks.adj(i) && key[i - 1] === 'trưởng' && toks.inTitle(i - 1) && (key[i] === 'ban' || key[i] === 'phòng');
    if (oh && !tCap && !tAllCaps && !titleTail && w.lowerOrgHead.match(toks, i) === 0) continue;
    if (oh && i + oh < n && owner[i + oh] !== -1 && drafts[owner[i + oh]].type === 'organization') continue;
    // `Q.3`, `P.7`: a district's or a ward's number after the abbreviated head and its dot (`TP.HCM` likewise).
    const numberedAbbreviation = tCap && toks.e[i] - toks.s[i] === 1 && (key[i] === 'q' || key[i] === 'p');
    if (numberedAbbreviation && !(i + 1 < n && toks.digit(i + 1) && text.charCodeAt(toks.e[i]) === 0x2e)) continue;
    if (tCap && !toks.sent(i) && ph && !oh && !tAllCaps) {
      // A capitalised place head mid-sentence is usually a name itself (`Hồ`, `Bến`): leave it; not before a
      // number (`Phường 9`, `Quốc lộ 18`).
      if (!['tp', 'tp.'].includes(key[i]) && !numberedAbbreviation && !(i + h < n && toks.adj(i + h) && toks.digit(i + h))) continue;
    }
    let j = i + h;
    if (j >= n || !toks.adj(j) && !((key[i] === 'tp' || numberedAbbreviation) && /^\.\s?$/.test(text.slice(toks.e[i], toks.s[j])))) continue;
    if (toks.excluded(j)) continue;
    let adminStart = -1;
    let firstOk = toks.cap(j) || toks.allCaps(j) || (toks.digit(j) && (ph > 0 || hasKeys(w.numberedHeads, toks, i, i + h)));
    if (!firstOk && oh && (tCap || tAllCaps) && !toks.cap(j)) {
      // `UBND tỉnh Quảng Nam`, `Công an huyện Gia Lâm`: an administrative unit is the proper part.
      const pj = w.placeHead.match(toks, j);
      firstOk = pj > 0 && hasKeys(w.adminUnits, toks, j, j + pj) && j + pj < n && toks.adj(j + pj) && (toks.cap(j + pj) || toks.digit(j + pj));
      if (firstOk) adminStart = j;
    }
    if (firstOk && oh && toks.cap(j) && owner[j] === -1) {
      // `Thành ủy TP Vinh`, `Công an Quận Ba Đình`: a capitalised administrative unit is the proper part too.
      const pj = w.placeHead.match(toks, j);
      if (pj > 0 && hasKeys(w.adminUnits, toks, j, j + pj) && j + pj < n && (toks.adj(j + pj) || /^\.\s?$/.test(text.slice(toks.e[j + pj - 1], toks.s[j + pj]))) && (toks.cap(j + pj) || toks.digit(j + pj))) adminStart = j;
    }
    if (!firstOk && oh && !toks.sent(i) && !toks.digit(j) && (!toks.inTitle(j) || (toks.hasTitle(j) && !toks.cap(j)))) {
      // `Công ty cổ phần công nghệ James Boat`, `Nhà máy bột giấy Phương Nam`: a few lower-case words
      // say what the body is before its name (not after a head that only opens its sentence: `Đội bóng
      // dẫn đầu Premier League`).
      // A sector word among them is part of the name (`Liên đoàn bóng đá châu Á`); a registry place
      // closes it (`Nhà máy sản xuất đạm Ninh Bình`: `Ninh` is then no family name).
      let q = j;
      let sectors = 0;
      // (A profession among them, `Hội sinh viên Việt Nam`, `Liên minh nghệ sĩ Nga`, only before a registry place.)
      let professions = 0;
      while (q < n && q - j < 7 && toks.adj(q) && !toks.cap(q) && !toks.digit(q) && (!toks.inTitle(q) || toks.hasTitle(q)) && !toks.excluded(q) && (!toks.stop(q) || (q === j && key[q] === 'các'))) {
        if (toks.inTitle(q)) {
          professions++;
          q++;
          while (q < n && toks.inTitle(q) && !toks.hasTitle(q) && toks.adj(q)) q++;
        } else if (owner[q] === -1) q++;
        else if (drafts[owner[q]].type === 'sector' && drafts[owner[q]].t0 === q) {
          q = drafts[owner[q]].t1;
          sectors++;
        } else break;
      }
      const placeNext = q < n && owner[q] !== -1 && drafts[owner[q]].type === 'place' && drafts[owner[q]].t0 === q;
      if (q > j && q < n && toks.adj(q) && (toks.cap(q) || placeNext) && (professions === 0 || placeNext) && (q - j <= 5 || placeNext) && (key[j] !== 'các' || placeNext) && !stopPhraseIn(w, toks, j, q) && !toks.allCaps(q) && !toks.inTitle(q) && !toks.excluded(q) && (placeNext || !(toks.family(q) && looksLikeVietnameseName(toks, q)))) {
        for (let k = j; sectors > 0 && k < q; k++) if (owner[k] !== -1 && drafts[owner[k]].type === 'sector') drafts[owner[k]].dropped = true;
        j = q;
        firstOk = true;
      }
    }
    if (!firstOk && ph && !tCap && !tAllCaps && !toks.sent(i) && !toks.inTitle(j)) {
      // `cảng cá Thọ Quang`, `hồ nước mặn Diêm Thành`: one or two lower-case words say what the place is
      // before its Vietnamese name of two to four syllables (not one shaped like a person's); the name alone is the place.
      const named = describedPlaceName(st, j);
      if (named > 0) next = named;
      continue;
    }
    // `Hội Nhà báo`, `Đoàn Luật sư Hà Nội`: a body named after a profession (a title starting right after the head, not with it).
    const profession = tCap && toks.hasTitle(j) && !toks.inTitle(i) && toks.cap(j);
    if (!firstOk || (toks.inTitle(j) && !profession)) continue;
    // A head followed by a person's title is not an organisation name (`Bộ trưởng`).
    let end = j;
    let lowerRun = 0;
    const nestedIdx: number[] = [];
    if (profession) {
      end++;
      while (end < n && toks.inTitle(end) && !toks.hasTitle(end) && toks.adj(end)) end++;
      // (`Ban Giám đốc Công ty …`: a body every organisation has; the name after it is the organisation.)
      if (hasKeys(w.genericOrgs, toks, i, end)) continue;
      lowerRun = 1;
    }
    while (end < n) {
      if (end > j && !toks.adj(end) && !toks.hyph(end) && !toks.initial(end - 1)) break;
      if (toks.excluded(end)) break;
      if (owner[end] !== -1) {
        const d = drafts[owner[end]];
        if (d.type === 'person' && end === j && ph && (!tCap || key[i] === 'tp' || key[i] === 'tp.') && d.source === 'registry' && d.t0 === j) {
          // `thành phố Hồ Chí Minh`, `Tp. Hồ Chí Minh`, `đường Nguyễn Huệ`: a place named after a person.
          d.dropped = true;
          const dIdx = owner[end];
          for (let k = d.t0; k < d.t1; k++) if (owner[k] === dIdx) owner[k] = -1;
          continue;
        }
        if (d.type === 'person' || d.type === 'event') break;
        // A sector word inside an organisation name is part of the name (`Sở … Môi trường`).
        if (d.type === 'sector') d.dropped = true;
        if (d.type === 'place' || d.type === 'organization') nestedIdx.push(owner[end]);
        end = d.t1;
        lowerRun = 1; // no lower-case word completes a nested name
        continue;
      }
      if (toks.inTitle(end) && toks.cap(end) && end > j) break;
      if (toks.cap(end) || toks.allCaps(end) || toks.digit(end)) {
        // (`Trường THPT Nguyễn Trãi` keeps the name; `Bộ Công an Nguyễn Văn A` stops: handled below.)
        end++;
        lowerRun = 0;
        continue;
      }
      if (key[end] === 'và' && end + 1 < n && toks.adj(end + 1) && (toks.cap(end + 1) || toks.allCaps(end + 1)) && !startsOtherThing(w, toks, end + 1)) {
        end += 2;
        lowerRun = 0;
        continue;
      }
      const phIn = oh ? w.placeHead.match(toks, end) : 0;
      if (phIn && end + phIn < n && toks.adj(end + phIn) && (toks.cap(end + phIn) || toks.digit(end + phIn)) && !toks.cap(end)) {
        // `… tỉnh Quảng Trị`, `… quận Hoàng Mai`: the locality is part of the organisation's name.
        if (adminStart < 0 && hasKeys(w.adminUnits, toks, end, end + phIn)) adminStart = end;
        end += phIn;
        lowerRun = 0;
        continue;
      }
      if (key[end] === '&') {
        end++;
        continue;
      }
      if (!toks.stop(end) && !(end + 1 < n && toks.adj(end + 1) && toks.stopFirst(end) && w.stop.has(`${key[end]} ${key[end + 1]}`)) && lowerRun === 0 && end > j && !toks.allCaps(end - 1) && !toks.digit(end - 1) && oh && !(end - 2 >= j && toks.cap(end - 2) && !toks.allCaps(end - 2) && toks.cap(end - 1) && owner[end - 1] === -1)) {
        // One lower-case syllable completes a capitalised word (`Ngoại giao`, `Y tế`), not a name of two
        // capitals or more (`Công ty Điện lực Củ Chi đoạt giải`: the verb after the name); an abbreviation
        // before it is no name's first word (`Công ty CP Thực phẩm …`).
        end++;
        lowerRun++;
        continue;
      }
      break;
    }
    if (end <= j) continue;
    if (oh === 1 && tCap && !tAllCaps && nestedIdx.length === 0 && adminStart < 0 && toks.family(i) && onlyNameAfter(toks, j, end)) continue;
    // `các kênh Đảng, Nhà nước`: a lower-case head before a bare institution word names nothing.
    if (!tCap && !tAllCaps && hasKeys(w.bare, toks, j, end)) continue;
    // Trim a trailing person name the org swallowed (`Sở Y tế Hà Nội Nguyễn Văn A`): stop before a family-name run of 2+.
    // After a title (`Giám đốc Sở Công Thương Trần Văn Khải`) the name that closes the run is
    // the person of the title slot, unless the head names schools after people
    // (`Hiệu trưởng Trường THPT Nguyễn Trãi`).
    const titled = titleTail || (i > 0 && toks.adj(i) && toks.inTitle(i - 1) && !isHonorificTail(toks, i - 1));
    for (let k = j + 1; k < end - 1; k++) {
      if (!(owner[k] === -1 && toks.cap(k) && toks.family(k) && toks.cap(k + 1) && owner[k + 1] === -1 && looksLikeVietnameseName(toks, k))) continue;
      const afterNested = owner[k - 1] !== -1 && owner[k - 1] !== owner[k];
      let nameRunsToEnd = end - k <= 4;
      for (let q = k; q < end && nameRunsToEnd; q++) nameRunsToEnd = toks.cap(q) && !toks.allCaps(q) && owner[q] === -1 && toks.syllable(q) && (q === k || toks.adj(q));
      const schoolish = oh > 0 && hasKeys(w.schoolHeads, toks, i, i + oh) && allSchoolWords(w, toks, j, k);
      if (!toks.cap(k - 1) || ((titled || afterNested) && nameRunsToEnd && !schoolish)) {
        end = k;
        break;
      }
    }
    const type: EntityType = oh ? 'organization' : 'place';
    // `vùng KT-XH`: a place head followed by common abbreviations alone (acronyms.yaml) names no place.
    if (!oh && commonAcronymsOnly(st, j, end)) continue;
    if (sectorHead >= 0) releaseSector(st, sectorHead);
    if (type === 'organization' && nestedIdx.length === 0 && adminStart < 0 && (hasKeys(w.genericOrgs, toks, i, end) || w.genericTails.has(key[end - 1]) || (end - 2 > i && hasKeys(w.genericTails, toks, end - 2, end)))) {
      // `Ban Thường vụ Thành ủy`, `Viện KSND`, `UBND TP`: a local body not named; VLSP leaves it out.
      st.claim({ t0: i, t1: end, start: toks.s[i], end: toks.e[end - 1], type, entityId: null, source: 'head', dropped: true });
      next = end;
      continue;
    }
    // A place head before a single registry place adds nothing: the registry mention stands.
    if (nestedIdx.length === 1 && drafts[nestedIdx[0]].t0 === j && drafts[nestedIdx[0]].t1 === end && type === 'place') continue;
    for (const d of nestedIdx) drafts[d].nested = true;
    if (type === 'organization' && adminStart >= 0 && adminStart < end - 1 && !nestsPlaceFrom(drafts, nestedIdx, adminStart)) {
      // The locality of `UBND huyện Gia Lâm` is a place of its own (nested, as VLSP tags it).
      const ps = toks.s[adminStart];
      const pe = toks.e[end - 1];
      st.nest({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
    }
    if (type === 'organization' && nestedIdx.length === 0 && adminStart < 0) {
      if (hasKeys(w.schoolHeads, toks, i, i + oh)) schoolNamesake(st, j, end);
      else if (hasKeys(w.localityHeads, toks, i, i + oh)) localityNamesake(st, j, end);
      else describedPlace(st, i + oh, end);
    }
    const start = toks.s[i];
    const stop = toks.e[end - 1];
    st.claim({ t0: i, t1: end, start, end: stop, type, entityId: null, source: 'head', name: text.slice(start, stop) });
    // `CLB Dinamo Zagreb`, `Đại học Harvard`: a foreign name after the head nests the world's cities it holds, as VLSP tags them.
    if (type === 'organization' && nestedIdx.length === 0 && adminStart < 0 && foreignAfter(toks, i + oh, end)) nestPlaces(st, i + oh, end);
    next = end;
  }
  placeThenSuffix(st);
}

/**
 * One of the drafts nested (their indices) is a place from token `from` on. (A function, not a
 * closure over the loop's variables: V8 then made a context for every head the loop looked at,
 * most of the pass's garbage.)
 */
function nestsPlaceFrom(drafts: readonly Draft[], nested: readonly number[], from: number): boolean {
  for (const d of nested) if (drafts[d].type === 'place' && drafts[d].t0 >= from) return true;
  return false;
}

/** Words that make the noun after them plural (`các`, `những`, `nhiều`, `mọi`). */
const PLURALS = new Set(['các', 'những', 'nhiều', 'mọi', 'vài']);

/**
 * `Quảng Nam FC`, `Sài Gòn Times`: a registry place followed by an organisation's last word
 * (orgSuffixes) is the name of a club, company or paper; the place is nested in it.
 */
function placeThenSuffix(st: ClaimState): void {
  const { text, toks, n, drafts, words: w } = st;
  const owner = toks.owner;
  const count = drafts.length;
  for (let di = 0; di < count; di++) {
    const d = drafts[di];
    const j = d.t1;
    if (d.type !== 'place' || d.source !== 'registry' || d.nested || d.dropped || d.t0 < 0 || j >= n) continue;
    if (owner[j] !== -1 || !toks.adj(j) || !(toks.cap(j) || toks.allCaps(j)) || toks.excluded(j) || !w.orgSuffixes.has(toks.k[j])) continue;
    for (let k = d.t0; k < j; k++) if (owner[k] === di) owner[k] = -1;
    d.nested = true;
    const start = toks.s[d.t0];
    const stop = toks.e[j];
    st.claim({ t0: d.t0, t1: j + 1, start, end: stop, type: 'organization', entityId: null, source: 'head', name: text.slice(start, stop) });
  }
}

/**
 * `Đoàn Văn Hậu`, `ông Đoàn Dũng`: a one-word head that is also a family name, followed by a
 * name's syllables alone (1–3, or 2–3 and the lower-case word the run took after them), starts a
 * person's name (nameShape's), not a body (`Đoàn Thanh niên`, `Đoàn Luật sư` stay bodies).
 */
function onlyNameAfter(toks: Toks, j: number, end: number): boolean {
  let q = j;
  while (q < end && toks.cap(q) && !toks.allCaps(q) && toks.owner[q] === -1 && toks.syllable(q) && (q === j || toks.adj(q))) q++;
  return q - j >= 1 && q - j <= 3 && (q === end || (q - j >= 2 && end - q === 1 && !toks.cap(q)));
}

/**
 * `Trường THCS Quảng Phú`, `trường Tiểu học Kỳ Thịnh 2`, `Trường THPT Lê Viết Thuật`: a school is
 * named after its place or a person, and VLSP nests that name in the school's (a place; a person
 * when it starts with a family name). A bare `trường` needs two syllables (`trường Diên` is a person's school). The name is the capitalised Vietnamese
 * syllables after the school words, acronyms and numbers of [j, end), with a number after it at most.
 */
function schoolNamesake(st: ClaimState, j: number, end: number): void {
  const { toks, words: w, text } = st;
  let p = j;
  while (p < end && (w.schoolWords.has(toks.k[p]) || toks.allCaps(p) || toks.digit(p) || toks.k[p] === 'số' || toks.k[p] === '&')) p++;
  let q = end;
  if (q - 1 > p && toks.digit(q - 1)) q--;
  if (q - p < (p === j ? 2 : 1) || q - p > 4) return;
  for (let k = p; k < q; k++) if (!toks.cap(k) || toks.allCaps(k) || toks.owner[k] !== -1 || !toks.syllable(k) || (k > p && !toks.adj(k))) return;
  const type: EntityType = q - p >= 2 && toks.family(p) ? 'person' : 'place';
  const ps = toks.s[p];
  const pe = toks.e[q - 1];
  st.nest({ t0: -1, t1: -1, start: ps, end: pe, type, entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
}

/**
 * `Huyện ủy Hướng Hóa`, `Đồn Biên phòng Trà Cổ`, `Đồn BP Roòn`: a body named after the locality
 * it serves (localityHeads); the name, one to four capitalised Vietnamese syllables standing alone
 * after the head, is a place nested in the body's.
 */
function localityNamesake(st: ClaimState, j: number, end: number): void {
  const { toks, text } = st;
  if (end - j < 1 || end - j > 4) return;
  for (let k = j; k < end; k++) if (!toks.cap(k) || toks.allCaps(k) || toks.owner[k] !== -1 || !toks.syllable(k) || !toks.adj(k)) return;
  const ps = toks.s[j];
  const pe = toks.e[end - 1];
  st.nest({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
}

/**
 * `Nhà máy đóng tàu Dung Quất`, `BV Đa khoa Chương Mỹ`, `Công ty Lọc hóa dầu Bình Sơn`: a body
 * described in lower-case words, then named by two to four capitalised syllables, is named after
 * where it is (VLSP nests the place); a name that starts like a person's (`… Nguyễn Văn A`) is left.
 */
function describedPlace(st: ClaimState, a: number, end: number): void {
  const { toks, words: w, text } = st;
  let p = end;
  while (p > a && toks.cap(p - 1) && !toks.allCaps(p - 1) && toks.owner[p - 1] === -1 && toks.syllable(p - 1) && (p === end || toks.adj(p))) p--;
  const len = end - p;
  if (len < 2 || len > 4 || p - 1 < a || toks.cap(p - 1) || toks.allCaps(p - 1) || toks.digit(p - 1) || !toks.adj(p) || toks.family(p)) return;
  const ps = toks.s[p];
  const pe = toks.e[end - 1];
  st.nest({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
}

/** Drops a sector draft a head grew over and frees its tokens. */
function releaseSector(st: ClaimState, idx: number): void {
  const d = st.drafts[idx];
  d.dropped = true;
  for (let k = d.t0; k < d.t1; k++) if (st.toks.owner[k] === idx) st.toks.owner[k] = -1;
}

/** A two-word stop phrase (`cho biết`) among the tokens [j, q). */
function stopPhraseIn(w: ClaimState['words'], toks: Toks, j: number, q: number): boolean {
  for (let k = j; k + 1 < q; k++) if (toks.stopFirst(k) && w.stop.has(`${toks.k[k]} ${toks.k[k + 1]}`)) return true;
  return false;
}

/** Every token of [a, b) is a school word. */
function allSchoolWords(w: ClaimState['words'], toks: Toks, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (!w.schoolWords.has(toks.k[q])) return false;
  return true;
}

/**
 * After a lower-case place head, one or two free lower-case words, then a free run of two to four
 * capitalised Vietnamese syllables that closes there and does not open with a family name
 * (`cảng cá Thọ Quang`): claims the run as a place and returns where it ends, else 0.
 */
function describedPlaceName(st: ClaimState, j: number): number {
  const { toks, n, words: w, text } = st;
  let q = j;
  while (q < n && q - j < 2 && toks.adj(q) && !toks.cap(q) && !toks.allCaps(q) && !toks.digit(q) && toks.owner[q] === -1 && !toks.inTitle(q) && !toks.excluded(q) && !toks.stop(q)) q++;
  if (q === j || q >= n || !toks.adj(q) || toks.family(q)) return 0;
  let e = q;
  while (e < n && e - q < 5 && (e === q || toks.adj(e)) && toks.cap(e) && !toks.allCaps(e) && toks.owner[e] === -1 && !toks.inTitle(e) && !toks.excluded(e) && toks.syllable(e)) e++;
  if (e - q < 2 || e - q > 4 || (e < n && toks.adj(e) && (toks.cap(e) || toks.allCaps(e)))) return 0;
  st.claim({ t0: q, t1: e, start: toks.s[q], end: toks.e[e - 1], type: 'place', entityId: null, source: 'head', name: text.slice(toks.s[q], toks.e[e - 1]) });
  return e;
}

/** Every token of [a, b) is in capitals and a common abbreviation (acronyms.yaml: `KT-XH`, `KT`, `XH`). */
function commonAcronymsOnly(st: ClaimState, a: number, b: number): boolean {
  const { toks, words: w } = st;
  if (b <= a) return false;
  for (let q = a; q < b; q++) if (!toks.allCaps(q) || !w.acronym.has(toks.k[q])) return false;
  return true;
}

/** The tokens [a, b) are capitalised and none is a Vietnamese syllable: a foreign name. */
function foreignAfter(toks: Toks, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let q = a; q < b; q++) if (!toks.cap(q) || toks.syllable(q)) return false;
  return true;
}
