// Which of a person's registry titles a title written in an article names, and whether it was
// held on a date. Titles are matched by folding (`Bộ trưởng Ngoại giao` = `Bộ trưởng, Bộ
// Ngoại giao` = `bộ trưởng bộ ngoại giao`); partial dates in the registry cover their whole
// month or year.

import { searchKey } from './normalize';
import type { Entity, TitleEntry } from './types';
import { translator, type Language } from '../i18n';

/** Folded forms per registry entry, worked out once (the rule asks for every titled mention). */
const forms = new WeakMap<TitleEntry, { bare: string; forms: string[] }>();

/** A title's written forms, folded: `bo truong`, `bo truong bo ngoai giao`, `bo truong ngoai giao`. */
function formsOf(t: TitleEntry): { bare: string; forms: string[] } {
  let f = forms.get(t);
  if (!f) forms.set(t, (f = { bare: fold(t.title), forms: writtenForms(t) }));
  return f;
}

function writtenForms(t: TitleEntry): string[] {
  const title = fold(t.title);
  if (!t.organization) return [title];
  const org = fold(t.organization);
  const forms = [`${title} ${org}`];
  // `Bộ trưởng Bộ Ngoại giao` is also written `Bộ trưởng Ngoại giao`.
  const short = org.replace(/^(bo|ban|uy ban|so) /, '');
  if (short !== org) forms.push(`${title} ${short}`);
  return forms;
}

const folded = new Map<string, string>();

export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = searchKey(s.replace(/[,;:()]/g, ' ')).replace(/\s+/g, ' ').trim();
    // Titles are few; a bound keeps odd input from growing it.
    if (folded.size > 10_000) folded.clear();
    // A copy as the key: a slice of an article would keep the whole article alive.
    folded.set(s.length < 13 ? s : (' ' + s).slice(1), f);
  }
  return f;
}

/** The registry titles a written title names: those of its full form, or every one of the same
 *  bare title (`Bộ trưởng` alone names each ministry the person headed). */
export function titlesNamed(entity: Entity, written: string): TitleEntry[] {
  const key = fold(written);
  const full = entity.titles.filter((t) => formsOf(t).forms.includes(key));
  if (full.length) return full;
  return entity.titles.filter((t) => formsOf(t).bare === key);
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

export function describeTitle(t: TitleEntry, language?: Language): string {
  const span = `${t.from ?? '…'} – ${t.to ?? translator(language)('time.now')}`;
  return `${t.title}${t.organization ? `, ${t.organization}` : ''} (${span})`;
}

/** Words that put a title in the past or make it temporary: `nguyên Bộ trưởng`, `quyền Thủ tướng`, `khi đó là …`. */
const MARKED = /(?:^|[^\p{L}])(?:nguyên|cố|cựu|quyền|tân|từng|khi đó|lúc đó|trước đó|khi ấy|lúc ấy|thời điểm đó)[\s\u00a0]+(?:(?:là|giữ chức|làm|giữ cương vị)[\s\u00a0]+)?$/iu;

/** The words MARKED can end with (before the spaces): a title after any other word is not marked. */
const MARKED_LAST_WORDS = new Set(['nguyên', 'cố', 'cựu', 'quyền', 'tân', 'từng', 'đó', 'ấy', 'là', 'chức', 'làm', 'vị']);
const SPACE = /[\s\u00a0]/;
const LETTER = /\p{L}/u;

/** True when the words before a title (or its own first word) mark it as past or acting. */
export function isMarkedPast(text: string, titleStart: number, titleText: string): boolean {
  const from = Math.max(0, titleStart - 40);
  return (mayBeMarked(text, from, titleStart) && MARKED.test(text.slice(from, titleStart))) || /^(?:nguyên|cố|cựu|quyền|tân)[\s\u00a0]/iu.test(titleText.trim());
}

/** Whether the word before the spaces that end text[from, to) is one MARKED can end with (the
 *  regular expression, tried at each of the forty places, cost more than the rest of a summary's titles). */
function mayBeMarked(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && SPACE.test(text[end - 1])) end--;
  if (end === to) return false;
  let start = end;
  while (start > from && end - start < 6 && LETTER.test(text[start - 1])) start--;
  return MARKED_LAST_WORDS.has(text.slice(start, end).toLowerCase());
}
