// Gives year-less dates the year of the article they appear in.

import { daysInMonth } from '../config/corpusConfig';
import { toIso, type DateMention } from './dateMention';

/** Past this many days after the publication date, a year-less date means the previous year. */
export const PREVIOUS_YEAR_AFTER_DAYS = 31;

export interface ResolvedDate {
  /** `YYYY-MM-DD`, `YYYY-MM-DD/YYYY-MM-DD` for ranges, or `YYYY-MM` for a month. */
  iso: string;
  year: number;
  /** The year came from the header, not from the text. */
  yearInferred: boolean;
}

/** True when the mention has a day/month but no year of its own. */
export function isPartial(m: DateMention): boolean {
  return m.year === undefined && (m.kind === 'day-month' || m.kind === 'day-range' || m.kind === 'month');
}

export function dayNumber(iso: string): number {
  // `YYYY-MM-DD`, what the header and toIso give, read without splitting (the split cost most).
  if (iso.length === 10 && iso.charCodeAt(4) === 0x2d && iso.charCodeAt(7) === 0x2d) {
    const y = digitsAt(iso, 0, 4);
    const mo = digitsAt(iso, 5, 7);
    const d = digitsAt(iso, 8, 10);
    if (y >= 0 && mo >= 0 && d >= 0) return Date.UTC(y, mo - 1, d) / 86_400_000;
  }
  const [y, mo, d] = iso.split('-').map(Number);
  return Date.UTC(y, mo - 1, d ?? 1) / 86_400_000;
}

/** The number written in s[from, to) in ASCII digits, or -1 when another unit is there. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Resolves a partial date against the header date; undefined when it cannot be placed. */
export function resolvePartialDate(m: DateMention, headerIso: string): ResolvedDate | undefined {
  if (!isPartial(m) || m.month === undefined) return undefined;
  const headerYear = Number(headerIso.slice(0, 4));
  const day = m.day ?? 1;
  if (m.day !== undefined && (m.day < 1 || m.day > daysInMonth(headerYear, m.month))) {
    // Not a day of the header's year (31/2, or 29/2 in a non-leap year): date/impossible says so.
    return undefined;
  }
  let year = headerYear;
  if (dayNumber(toIso(year, m.month, day)) - dayNumber(headerIso) > PREVIOUS_YEAR_AFTER_DAYS) year--;
  if (m.day !== undefined && m.day > daysInMonth(year, m.month)) return undefined;
  let iso = m.kind === 'month' ? toIso(year, m.month) : toIso(year, m.month, m.day);
  if (m.kind === 'day-range' && m.endDay !== undefined) {
    const endMonth = m.endMonth ?? m.month;
    const endYear = endMonth < m.month ? year + 1 : year;
    iso += `/${toIso(endYear, endMonth, m.endDay)}`;
  }
  return { iso, year, yearInferred: true };
}
