// Checks of the registry's facts over time: two people in an office only one person holds at a
// time (`registry/overlapping-office`), and titles without a start (`registry/undated-title`,
// which entity/stale-title cannot judge articles against).

import type { EntityRegistry } from './registry';
import type { Entity, RegistryProblem, TitleEntry } from './types';
import { fold } from './titleTimeline';
import { translator, type Language } from '../i18n';

/** Offices one person holds at a time, per organisation. A deputy, a vice minister or a
 *  spokesperson is one of several and is not listed. */
const ONE_HOLDER_TITLES = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Thủ tướng',
  'Chủ tịch Quốc hội',
  'Bộ trưởng',
  'Tổng thống',
  'Ngoại trưởng',
  'Thống đốc',
  'Chánh án',
  'Viện trưởng',
  'Tổng Kiểm toán Nhà nước',
  'Bí thư Thành ủy',
  'Bí thư Tỉnh ủy',
  'Chủ tịch',
  'Đại sứ',
  'Tổng Thư ký',
];
/** ONE_HOLDER_TITLES folded, when a registry is first checked (folding at load built the tone
 *  tables at every start, which a start from the cache needs only after it is ready). */
let oneHolder: Set<string> | undefined;

/** Compares two registry dates at the precision of the coarser one (`2024-06` vs `2024-06-15`). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Strictly overlapping: a hand-over on the same day or month is no overlap. */
function overlap(a: TitleEntry, b: TitleEntry): boolean {
  if (!a.from || !b.from) return false;
  const aEndsAfterB = a.to === undefined || before(b.from, a.to);
  const bEndsAfterA = b.to === undefined || before(a.from, b.to);
  return aEndsAfterB && bEndsAfterA;
}

function office(t: TitleEntry): string | undefined {
  const title = fold(t.title);
  if (!(oneHolder ??= new Set(ONE_HOLDER_TITLES.map(fold))).has(title) || !t.organization) return undefined;
  return `${title}|${fold(t.organization)}`;
}

const span = (t: TitleEntry, now: string) => `${t.from ?? '…'} – ${t.to ?? now}`;

/**
 * The problems of the registry's titles. `report(entity)` says whose entries are reported (the
 * corpus's own files; the built-in registry is checked by its own tests): an overlap between a
 * corpus entry and a built-in one is reported at the corpus entry.
 */
export function checkRegistryTitles(registry: EntityRegistry, report: (e: Entity, t: TitleEntry) => boolean, language?: Language): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const tr = translator(language);
  const now = tr('time.now');
  const byOffice = new Map<string, Array<{ e: Entity; t: TitleEntry }>>();
  for (const e of registry.all()) {
    if (e.type !== 'person') continue;
    for (const t of e.titles) {
      if (!t.range) continue;
      if (!t.from && report(e, t)) {
        problems.push({
          ...t.range,
          code: 'registry/undated-title',
          severity: 'hint',
          message: tr('registry.undatedTitle', { title: `${t.title}${t.organization ? `, ${t.organization}` : ''}` }),
        });
      }
      const o = office(t);
      if (!o || !t.from) continue;
      const list = byOffice.get(o) ?? [];
      list.push({ e, t });
      byOffice.set(o, list);
    }
  }
  for (const holders of byOffice.values()) {
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const a = holders[i];
        const b = holders[j];
        if (a.e.id === b.e.id || !overlap(a.t, b.t)) continue;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ]) {
          if (!report(x.e, x.t)) continue;
          problems.push({
            ...x.t.range!,
            code: 'registry/overlapping-office',
            severity: 'warning',
            message: tr('registry.overlappingOffice', { name: x.e.name, other: y.e.name, office: `${x.t.title}, ${x.t.organization}`, span: span(x.t, now), otherSpan: span(y.t, now) }),
          });
        }
      }
    }
  }
  return problems;
}
