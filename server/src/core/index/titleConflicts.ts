// entity/title-conflict: a person given a title in this article that the other articles of the
// same weeks (±30 days of the header date) do not give them, while most of those agree on
// another. The registry's view is entity/stale-title; this is the corpus's own.

import type { Finding } from '../diagnostic';
import { ruleSetting, type CorpusConfig } from '../config/corpusConfig';
import { fold } from '../entities/titleTimeline';
import { ownCopy } from '../entities/passes/tokens';
import { entityTitleConflict } from '../rules/corpus';
import type { TitledMention } from '../summary/articleSummary';
import type { Severity } from '../diagnostic';
import type { StoredTitled } from './storedTitled';
import { lowerBound, type EntityIndex, type TitleDays } from './entityIndex';
import { translator } from '../i18n';

export const TITLE_WINDOW_DAYS = 30;
/** The corpus must say so in this many articles at least before a title is called a conflict. */
const MIN_ARTICLES = 3;
const MAX_RELATED = 5;
const PAST = /^(?:nguyên|cố|cựu)[\s\u00a0]/iu;

/** `bo truong` and `bo truong cong thuong` are the same title, written shorter or longer. */
function compatible(a: string, b: string): boolean {
  return a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');
}

/**
 * What the conflict test reads of one entity's titled days, derived once for each TitleDays
 * object (a new one comes whenever the entity's titles change): each title's days, whether it
 * is marked past, and its folded form as a number (two spellings of one title share it). A
 * count over the corpus asks about each titled mention: with these, no title is folded, tested
 * against PAST or looked up by its text again.
 */
interface TitleTable {
  titles: Int32Array;
  days: Int32Array[];
  /** Per title: its fold's number, or -1 for a title marked past. */
  group: Int32Array;
  folds: string[];
  /** Per fold: documents in the window (scratch). */
  counts: Int32Array;
  any: Int32Array;
  pairs: Int32Array;
}

const tables = new WeakMap<Readonly<TitleDays>, TitleTable>();

function tableOf(index: EntityIndex, e: number): TitleTable {
  const days = index.titleDaysOf(e);
  let table = tables.get(days);
  if (table) return table;
  const folds: string[] = [];
  const titles = new Int32Array(days.byTitle.size);
  const lists: Int32Array[] = [];
  const group = new Int32Array(days.byTitle.size);
  let i = 0;
  for (const [title, list] of days.byTitle) {
    const text = index.stringOfNumber(title);
    titles[i] = title;
    lists.push(list.days);
    if (PAST.test(text)) group[i] = -1;
    else {
      const f = foldOf(text);
      const at = folds.indexOf(f);
      group[i] = at >= 0 ? at : folds.push(f) - 1;
    }
    i++;
  }
  table = { titles, days: lists, group, folds, counts: new Int32Array(folds.length), any: days.any.days, pairs: days.pairs };
  tables.set(days, table);
  return table;
}

/** Entries of `list` within `days` days of day `at`. */
function within(list: Int32Array, at: number, days: number): number {
  return lowerBound(list, at + days + 1) - lowerBound(list, at - days);
}

/** A titled mention in the index's numbers, and the article it stands in. */
interface Asked {
  /** The entity's number, the title's string number (-1: a title the index does not hold). */
  e: number;
  title: number;
  /** The title's text. */
  text: string;
  /** The article's day. */
  day: number;
  /** The article's own (entity, title, count) triples, when its day counts in the window. */
  own: Int32Array | undefined;
}

/**
 * Most titled mentions agree with the corpus, and counting every title of the window for each
 * is most of the cost of a corpus-wide count. Exact bound: the titles incompatible with this
 * one cover at most `pairs − same` of the window's (document, title) pairs (this article's own
 * pair left out of `same`), and the agreeing ones at least `same`: with `3·same ≥ pairs` the
 * agreeing count is at least half of any other title's, and with `pairs − same < 3` no other
 * title reaches the three articles a conflict needs.
 */
function cannotConflict(a: Asked, table: TitleTable): boolean {
  // A title read as past (`Cố vấn` looks like `cố …`) is counted apart: no shortcut for it.
  if (a.title < 0) return false;
  const at = table.titles.indexOf(a.title);
  if (at < 0 ? PAST.test(a.text) : table.group[at] < 0) return false;
  const same = (at < 0 ? 0 : within(table.days[at], a.day, TITLE_WINDOW_DAYS)) - 1;
  if (same < 0) return false;
  const pairs = within(table.pairs, a.day, TITLE_WINDOW_DAYS);
  return 3 * same >= pairs || pairs - same < 3;
}

/**
 * Whether the mention is a conflict: the decision of titleConflictFindings taken from the
 * window's counts alone, with no documents named and no message built. Most mentions the
 * shortcut leaves are not conflicts; only the few that are go on to the full answer.
 */
function isConflict(a: Asked, table: TitleTable): boolean {
  const counts = table.counts.fill(0);
  // The article's own titles of the entity are not counted (titlesAround leaves it out).
  let excepted = false;
  const own = a.own;
  if (own) for (let k = 0; k < own.length && !excepted; k += 3) excepted = own[k] === a.e;
  let past = 0;
  let any = false;
  for (let i = 0; i < table.titles.length; i++) {
    let count = within(table.days[i], a.day, TITLE_WINDOW_DAYS);
    if (excepted && givesTitle(own!, a.e, table.titles[i])) count--;
    if (count <= 0) continue;
    if (table.group[i] < 0) past += count;
    else {
      counts[table.group[i]] += count;
      any = true;
    }
  }
  if (!any) return false;
  const folds = table.folds;
  // The top title: the most documents, ties to the first folded title in code-point order.
  let top = -1;
  for (let i = 0; i < folds.length; i++) if (counts[i] > 0 && (top < 0 || counts[i] > counts[top] || (counts[i] === counts[top] && folds[i] < folds[top]))) top = i;
  const documents = within(table.any, a.day, TITLE_WINDOW_DAYS) - (excepted ? 1 : 0);
  const all = Math.max(1, documents - past);
  if (counts[top] < MIN_ARTICLES || counts[top] * 2 <= all) return false;
  const mine = foldOf(a.text);
  if (compatible(mine, folds[top])) return false;
  let agreeing = 0;
  for (let i = 0; i < folds.length; i++) if (counts[i] > 0 && compatible(mine, folds[i])) agreeing += counts[i];
  return agreeing * 2 < counts[top];
}

function givesTitle(own: Int32Array, e: number, title: number): boolean {
  for (let k = 0; k < own.length; k += 3) if (own[k] === e && own[k + 1] === title) return true;
  return false;
}

/** Whether a mention may be a conflict: neither the bound nor the window's counts rule it out. */
function mayConflict(a: Asked, index: EntityIndex): boolean {
  if (a.e < 0) return false;
  const table = tableOf(index, a.e);
  return !cannotConflict(a, table) && isConflict(a, table);
}

/** The article's day and its own titles, as `Asked` needs them; undefined without a day. */
function articleOf(path: string, date: string, index: EntityIndex): { day: number; own: Int32Array | undefined } | undefined {
  const day = index.dayNumber(date);
  if (day === undefined) return undefined;
  const doc = index.documentNumber(path);
  const docDay = doc === undefined ? undefined : index.documentDay(doc);
  const own = docDay !== undefined && Math.abs(docDay - day) <= TITLE_WINDOW_DAYS ? index.documentTitles(doc!) : undefined;
  return { day, own };
}

/**
 * The titled mentions of the article asked for twice in a row found no conflict, while no
 * article's titles or date changed (EntityIndex.titlesVersion): each keystroke that only moves
 * the mentions of an open article asks again of the same ones (the problems of the benchmark's
 * 15 KB article, which titles 13 people, took 17–32 µs a keystroke, now 9). Kept for one
 * article at a time: a count over the corpus asks once of each. Undefined the first time an
 * article is asked for.
 */
function agreedOf(index: EntityIndex, path: string): Set<string> | undefined {
  const last = agreement.get(index);
  if (last && last.path === path && last.version === index.titlesVersion) return (last.agreed ??= new Set());
  agreement.set(index, { path, version: index.titlesVersion });
  return undefined;
}

const agreement = new WeakMap<EntityIndex, { path: string; version: number; agreed?: Set<string> }>();

const folded = new Map<string, string>();

/** fold(title) of a title the index holds, kept: a corpus has a few thousand titles, asked
 *  about again and again. */
function foldOf(title: string): string {
  let f = folded.get(title);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    // A copy of its own: a title the server indexed from an open article is a slice of that text.
    folded.set(ownCopy(title, 0, title.length), (f = fold(title)));
  }
  return f;
}

export function titleConflictFindings(
  path: string,
  date: string | undefined,
  titled: readonly TitledMention[],
  index: EntityIndex,
  config?: CorpusConfig,
  dateOf: (doc: string) => string | undefined = () => undefined,
  /** false: every mention counted out (the tests' reference for the shortcut). */
  shortcut = true,
): Finding[] {
  if (!date || !titled.length) return [];
  const severity = config ? ruleSetting(config, entityTitleConflict.code, entityTitleConflict.defaultSeverity) : entityTitleConflict.defaultSeverity;
  if (severity === 'off') return [];
  const out: Finding[] = [];
  const agreed = shortcut ? agreedOf(index, path) : undefined;
  const article = shortcut ? articleOf(path, date, index) : undefined;
  if (shortcut && !article) return out;
  for (const m of titled) {
    if (shortcut) {
      const key = agreed && `${date}\u0000${m.key}\u0000${m.title}`;
      if (key && agreed!.has(key)) continue;
      if (!mayConflict({ e: index.entityNumber(m.key) ?? -1, title: index.stringNumber(m.title) ?? -1, text: m.title, ...article! }, index)) {
        if (key) agreed!.add(key);
        continue;
      }
    }
    const around = index.titlesAround(m.key, date, TITLE_WINDOW_DAYS, path);
    if (!around.titles.length) continue;
    // Documents per title as folded (two spellings of one title add up). The spelling shown is
    // the most frequent (ties: the first in code-point order), never the first met: the order the
    // articles were indexed in must not change a message.
    const byTitle = new Map<string, { shown: string; shownCount: number; count: number; docs: string[] }>();
    let past = 0;
    for (const a of around.titles) {
      // `Nguyên Bộ trưởng` says what the person was, not what they are.
      if (PAST.test(a.title)) {
        past += a.count;
        continue;
      }
      const f = fold(a.title);
      const entry = byTitle.get(f);
      if (entry) {
        entry.count += a.count;
        entry.docs.push(...a.docs);
        if (a.count > entry.shownCount || (a.count === entry.shownCount && a.title < entry.shown)) {
          entry.shown = a.title;
          entry.shownCount = a.count;
        }
      } else byTitle.set(f, { shown: a.title, shownCount: a.count, count: a.count, docs: [...a.docs] });
    }
    if (!byTitle.size) continue;
    const all = Math.max(1, around.documents - past);
    const ranked = [...byTitle.entries()].sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1));
    const [topKey, top] = ranked[0];
    if (top.count < MIN_ARTICLES || top.count * 2 <= all) continue;
    const own = fold(m.title);
    if (compatible(own, topKey)) continue;
    // Others that say what this article says: no conflict, only a difference of opinion.
    const agreeing = ranked.filter(([k]) => compatible(own, k)).reduce((n, [, v]) => n + v.count, 0);
    if (agreeing * 2 >= top.count) continue;
    const name = index.displayName(m.key) ?? m.key;
    const others = ranked.slice(1, 3).map(([, v]) => `${v.shown} (${v.count})`);
    const t = translator(config?.language);
    out.push({
      code: entityTitleConflict.code,
      severity,
      message: t('entity.titleConflict', {
        days: TITLE_WINDOW_DAYS,
        date,
        name,
        title: top.shown,
        count: top.count,
        all,
        others: others.length ? t('entity.titleConflict.others', { list: others.join(', ') }) : '',
        here: m.title,
      }),
      start: m.start,
      end: m.end,
      related: [...new Set(top.docs)].sort().slice(0, MAX_RELATED).map((doc) => {
        const first = index.mentionsIn(m.key, doc)[0];
        const when = dateOf(doc);
        return { path: doc, start: first?.start ?? 0, end: first?.end ?? 0, message: `${top.shown} ${name}${when ? ` (${when})` : ''}` };
      }),
    });
  }
  return out;
}

/**
 * How many entity/title-conflict findings titleConflictFindings gives the article, read from
 * the index's own numbers (its stored titled mentions): the count over a whole corpus asks this
 * of every article. The few mentions the window's counts call a conflict are handed to
 * titleConflictFindings itself, so the two cannot disagree.
 */
export function titleConflictCount(path: string, date: string | undefined, titled: StoredTitled, index: EntityIndex, config?: CorpusConfig): { severity: Severity | 'off'; count: number } {
  const severity = config ? ruleSetting(config, entityTitleConflict.code, entityTitleConflict.defaultSeverity) : entityTitleConflict.defaultSeverity;
  const article = date && severity !== 'off' ? articleOf(path, date, index) : undefined;
  let count = 0;
  if (!article) return { severity, count };
  // One question, its fields changed per mention: a corpus-wide count asks millions.
  const asked: Asked = { e: -1, title: -1, text: '', day: article.day, own: article.own };
  // (Its titled mentions are one for each (person, title) it gives: see titledMentions.)
  for (let i = 0; i < titled.length; i += 4) {
    asked.e = titled[i];
    asked.title = titled[i + 1];
    asked.text = index.stringOfNumber(asked.title);
    if (!mayConflict(asked, index)) continue;
    const m: TitledMention = { key: index.keyOfNumber(asked.e), title: asked.text, start: titled[i + 2], end: titled[i + 3] };
    count += titleConflictFindings(path, date!, [m], index, config, undefined, false).length;
  }
  return { severity, count };
}
