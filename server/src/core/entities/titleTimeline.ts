// Which of a person's registry titles a title written in an article names, and whether it was
// held on a date. Titles are matched by folding (`Bộ trưởng Ngoại giao` = `Bộ trưởng, Bộ
// Ngoại giao` = `bộ trưởng bộ ngoại giao`); partial dates in the registry cover their whole
// month or year.

import { searchKey } from './normalize';
import type { Entity, TitleEntry } from './types';

/** A title's written forms, folded: `bo truong`, `bo truong bo ngoai giao`, `bo truong ngoai giao`. */
function formsOf(t: TitleEntry): string[] {
  const title = fold(t.title);
  if (!t.organization) return [title];
  const org = fold(t.organization);
  const forms = [`${title} ${org}`];
  // `Bộ trưởng Bộ Ngoại giao` is also written `Bộ trưởng Ngoại giao`.
  const short = org.replace(/^(bo|ban|uy ban|so) /, '');
  if (short !== org) forms.push(`${title} ${short}`);
  return forms;
}

export function fold(s: string): string {
  return searchKey(s.replace(/[,;:()]/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The registry titles a written title names: those of its full form, or every one of the same
 *  bare title (`Bộ trưởng` alone names each ministry the person headed). */
export function titlesNamed(entity: Entity, written: string): TitleEntry[] {
  const key = fold(written);
  const full = entity.titles.filter((t) => formsOf(t).includes(key));
  if (full.length) return full;
  return entity.titles.filter((t) => fold(t.title) === key);
}

/** First and last day an entry covers (ISO); open ends are undefined. */
export function interval(t: TitleEntry): { from?: string; to?: string } {
  return { from: t.from && startOf(t.from), to: t.to && endOf(t.to) };
}

function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** True when the registry dates the entry at all (an entry without dates tells nothing). */
export function isDated(t: TitleEntry): boolean {
  return t.from !== undefined || t.to !== undefined;
}

/** Whether the entry covers any day of [from, to] (ISO days). */
export function heldDuring(t: TitleEntry, from: string, to: string = from): boolean {
  const i = interval(t);
  return (i.from === undefined || i.from <= to) && (i.to === undefined || i.to >= from);
}

export function describeTitle(t: TitleEntry): string {
  const span = `${t.from ?? '…'} – ${t.to ?? 'now'}`;
  return `${t.title}${t.organization ? `, ${t.organization}` : ''} (${span})`;
}
