// Organisations and places grown from head nouns: `Bộ Tài chính`, `báo Lao Động`, `UBND tỉnh
// Quảng Nam`, `Sở Tài nguyên và Môi trường tỉnh Quảng Trị`; `tỉnh Quảng Bình`, `thành phố
// Melbourne`, `miền Trung`. A name grows right from its head over capitalised words, digits
// after a numbered head, `và` + a capitalised word, an administrative unit and its name, one
// lower-case syllable completing a capitalised one (`Ngoại giao`); it swallows the registry
// places and organisations inside it (they become nested mentions) and the sector words
// (dropped), and gives back a person's name that closes it after a title (`Giám đốc Sở Công
// Thương Trần Văn Khải`). A body named by its function only (`Ban Tổ chức`) or a local body
// (`UBND TP`) is no mention: its tokens are claimed by a dropped draft. Only with `discover`.
// Runs after registry names and datelines (it builds on their mentions), before the title
// slot (a title's organisation slot is one of these names).
// Lists: orgHeads, lowercaseOrgHeads, numberedHeads, schoolHeads, schoolWords, genericOrgs,
// genericTails, bareInstitutions (organisation-heads.yaml); placeHeads, adminUnits
// (place-heads.yaml); familyNames (person-names.yaml); stopWords (stop-words.yaml); notNames;
// headCompounds (compounds.yaml).

import type { EntityType } from '../types';
import type { ClaimState } from './claims';
import { isHonorificTail, isVietnameseSyllable, looksLikeVietnameseName, keysOf } from './tokens';
import { startsOtherThing } from './words';

export function heads(st: ClaimState): void {
  if (!st.discover) return;
  const { text, toks, n, drafts, words: w } = st;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.excluded || t.owner !== -1 || (t.heads & w.headBits) === 0) continue;
    const oh = w.orgHead.match(toks, i);
    const ph = oh ? 0 : w.placeHead.match(toks, i);
    const h = oh || ph;
    if (!h) continue;
    // `yêu cầu Ivanov`, `thị trường Mỹ`: a lower-case head that completes the word before it starts nothing.
    if (!t.cap && i > 0 && t.adj && (w.headCompounds.match(toks, i - 1) === 2 || (i > 1 && toks[i - 1].adj && w.headCompounds.match(toks, i - 2) === 3))) continue;
    // `Trưởng ban Tuyên giáo …`, `Phó Trưởng phòng Cảnh sát …`: the unit named after the title is an organisation (VLSP).
    const titleTail = oh === 1 && t.inTitle && i > 0 && t.adj && toks[i - 1].k === 'trưởng' && toks[i - 1].inTitle && (t.k === 'ban' || t.k === 'phòng');
    if (oh && !t.cap && !t.allCaps && !titleTail && w.lowerOrgHead.match(toks, i) === 0) continue;
    if (oh && i + oh < n && toks[i + oh].owner !== -1 && drafts[toks[i + oh].owner].type === 'organization') continue;
    if (t.cap && !t.sent && ph && !oh && !t.allCaps) {
      // A capitalised place head mid-sentence is usually a name itself (`Hồ`, `Bến`): leave it.
      if (!['tp', 'tp.'].includes(t.k)) continue;
    }
    let j = i + h;
    if (j >= n || !toks[j].adj && !(t.k === 'tp' && /^\.\s?$/.test(text.slice(t.e, toks[j].s)))) continue;
    if (toks[j].excluded) continue;
    let adminStart = -1;
    let firstOk = toks[j].cap || toks[j].allCaps || (toks[j].digit && (ph > 0 || w.numberedHeads.has(keysOf(toks, i, i + h))));
    if (!firstOk && oh && (t.cap || t.allCaps) && !toks[j].cap) {
      // `UBND tỉnh Quảng Nam`, `Công an huyện Gia Lâm`: an administrative unit is the proper part.
      const pj = w.placeHead.match(toks, j);
      firstOk = pj > 0 && w.adminUnits.has(keysOf(toks, j, j + pj)) && j + pj < n && toks[j + pj].adj && (toks[j + pj].cap || toks[j + pj].digit);
      if (firstOk) adminStart = j;
    }
    if (!firstOk && oh && !t.sent && !toks[j].digit && !toks[j].inTitle) {
      // `Công ty cổ phần công nghệ James Boat`, `Nhà máy bột giấy Phương Nam`: a few lower-case words
      // say what the body is before its name (not after a head that only opens its sentence: `Đội bóng
      // dẫn đầu Premier League`).
      let q = j;
      while (q < n && q - j < 5 && toks[q].adj && !toks[q].cap && !toks[q].digit && toks[q].owner === -1 && !toks[q].inTitle && !toks[q].excluded && !w.stop.has(toks[q].k)) q++;
      if (q > j && q < n && toks[q].adj && toks[q].cap && !stopPhraseIn(w, toks, j, q) && !toks[q].allCaps && !toks[q].inTitle && !toks[q].excluded && !(w.family.has(toks[q].k) && looksLikeVietnameseName(toks, q))) {
        j = q;
        firstOk = true;
      }
    }
    if (!firstOk || toks[j].inTitle) continue;
    // A head followed by a person's title is not an organisation name (`Bộ trưởng`).
    let end = j;
    let lowerRun = 0;
    const nestedIdx: number[] = [];
    while (end < n) {
      const u = toks[end];
      if (end > j && !u.adj && !u.hyph && !(toks[end - 1].initial)) break;
      if (u.excluded) break;
      if (u.owner !== -1) {
        const d = drafts[u.owner];
        if (d.type === 'person' && end === j && ph && !t.cap && d.source === 'registry' && d.t0 === j) {
          // `thành phố Hồ Chí Minh`, `đường Nguyễn Huệ`: a place named after a person.
          d.dropped = true;
          const dIdx = u.owner;
          for (let k = d.t0; k < d.t1; k++) if (toks[k].owner === dIdx) toks[k].owner = -1;
          continue;
        }
        if (d.type === 'person' || d.type === 'event') break;
        // A sector word inside an organisation name is part of the name (`Sở … Môi trường`).
        if (d.type === 'sector') d.dropped = true;
        if (d.type === 'place' || d.type === 'organization') nestedIdx.push(u.owner);
        end = d.t1;
        lowerRun = 1; // no lower-case word completes a nested name
        continue;
      }
      if (u.inTitle && u.cap && end > j) break;
      if (u.cap || u.allCaps || u.digit) {
        if (end > j && w.family.has(u.k) && oh && toks[end - 1].cap && !toks[end - 1].allCaps && lowerRun === 0 && looksLikeVietnameseName(toks, end)) {
          // `Trường THPT Nguyễn Trãi` keeps the name; `Bộ Công an Nguyễn Văn A` stops (handled below).
        }
        end++;
        lowerRun = 0;
        continue;
      }
      if (u.k === 'và' && end + 1 < n && toks[end + 1].adj && (toks[end + 1].cap || toks[end + 1].allCaps) && !startsOtherThing(w, toks, end + 1)) {
        end += 2;
        lowerRun = 0;
        continue;
      }
      const phIn = oh ? w.placeHead.match(toks, end) : 0;
      if (phIn && end + phIn < n && toks[end + phIn].adj && (toks[end + phIn].cap || toks[end + phIn].digit) && !u.cap) {
        // `… tỉnh Quảng Trị`, `… quận Hoàng Mai`: the locality is part of the organisation's name.
        if (adminStart < 0 && w.adminUnits.has(keysOf(toks, end, end + phIn))) adminStart = end;
        end += phIn;
        lowerRun = 0;
        continue;
      }
      if (u.k === '&') {
        end++;
        continue;
      }
      if (!w.stop.has(u.k) && !(end + 1 < n && toks[end + 1].adj && w.stop.has(`${u.k} ${toks[end + 1].k}`)) && lowerRun === 0 && end > j && !toks[end - 1].allCaps && !toks[end - 1].digit && oh) {
        // One lower-case syllable completes a capitalised word (`Ngoại giao`, `Y tế`).
        end++;
        lowerRun++;
        continue;
      }
      break;
    }
    if (end <= j) continue;
    // `các kênh Đảng, Nhà nước`: a lower-case head before a bare institution word names nothing.
    if (!t.cap && !t.allCaps && w.bare.has(keysOf(toks, j, end))) continue;
    // Trim a trailing person name the org swallowed (`Sở Y tế Hà Nội Nguyễn Văn A`): stop before a family-name run of 2+.
    // After a title (`Giám đốc Sở Công Thương Trần Văn Khải`) the name that closes the run is
    // the person of the title slot, unless the head names schools after people
    // (`Hiệu trưởng Trường THPT Nguyễn Trãi`).
    const titled = titleTail || (i > 0 && t.adj && toks[i - 1].inTitle && !isHonorificTail(toks, i - 1));
    for (let k = j + 1; k < end - 1; k++) {
      if (!(toks[k].owner === -1 && toks[k].cap && w.family.has(toks[k].k) && toks[k + 1].cap && toks[k + 1].owner === -1 && looksLikeVietnameseName(toks, k))) continue;
      const prevTok = toks[k - 1];
      const afterNested = prevTok.owner !== -1 && prevTok.owner !== toks[k].owner;
      let nameRunsToEnd = end - k <= 4;
      for (let q = k; q < end && nameRunsToEnd; q++) nameRunsToEnd = toks[q].cap && !toks[q].allCaps && toks[q].owner === -1 && isVietnameseSyllable(toks[q].k) && (q === k || toks[q].adj);
      const schoolish = oh > 0 && w.schoolHeads.has(keysOf(toks, i, i + oh)) && toks.slice(j, k).every((x) => w.schoolWords.has(x.k));
      if (!prevTok.cap || ((titled || afterNested) && nameRunsToEnd && !schoolish)) {
        end = k;
        break;
      }
    }
    const type: EntityType = oh ? 'organization' : 'place';
    if (type === 'organization' && nestedIdx.length === 0 && adminStart < 0 && (w.genericOrgs.has(keysOf(toks, i, end)) || w.genericTails.has(toks[end - 1].k) || (end - 2 > i && w.genericTails.has(`${toks[end - 2].k} ${toks[end - 1].k}`)))) {
      // `Ban Thường vụ Thành ủy`, `Viện KSND`, `UBND TP`: a local body not named; VLSP leaves it out.
      st.claim({ t0: i, t1: end, start: t.s, end: toks[end - 1].e, type, entityId: null, source: 'head', dropped: true });
      i = end - 1;
      continue;
    }
    // A place head before a single registry place adds nothing: the registry mention stands.
    if (nestedIdx.length === 1 && drafts[nestedIdx[0]].t0 === j && drafts[nestedIdx[0]].t1 === end && type === 'place') continue;
    for (const d of nestedIdx) drafts[d].nested = true;
    if (type === 'organization' && adminStart >= 0 && adminStart < end - 1 && !nestedIdx.some((d) => drafts[d].type === 'place' && drafts[d].t0 >= adminStart)) {
      // The locality of `UBND huyện Gia Lâm` is a place of its own (nested, as VLSP tags it).
      const ps = toks[adminStart].s;
      const pe = toks[end - 1].e;
      drafts.push({ t0: -1, t1: -1, start: ps, end: pe, type: 'place', entityId: null, source: 'head', nested: true, name: text.slice(ps, pe) });
    }
    const start = t.s;
    const stop = toks[end - 1].e;
    st.claim({ t0: i, t1: end, start, end: stop, type, entityId: null, source: 'head', name: text.slice(start, stop) });
    i = end - 1;
  }
}

/** A two-word stop phrase (`cho biết`) among the tokens [j, q). */
function stopPhraseIn(w: ClaimState['words'], toks: ClaimState['toks'], j: number, q: number): boolean {
  for (let k = j; k + 1 < q; k++) if (w.stop.has(`${toks[k].k} ${toks[k + 1].k}`)) return true;
  return false;
}
