// entity/title-conflict: a person given a title in this article that the other articles of the
// same weeks (±30 days of the header date) do not give them, while most of those agree on
// another. The registry's view is entity/stale-title; this is the corpus's own.

import type { Finding } from '../diagnostic';
import { ruleSetting, type CorpusConfig } from '../config/corpusConfig';
import { fold } from '../entities/titleTimeline';
import { ownCopy } from '../entities/passes/tokens';
import { entityTitleConflict } from '../rules/corpus';
import type { TitledMention } from '../summary/articleSummary';
import type { EntityIndex } from './entityIndex';
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
 * Most titled mentions agree with the corpus, and counting every title of the window for each
 * is most of the cost of a corpus-wide count. Exact bound: the titles incompatible with this
 * one cover at most `pairs − same` of the window's (document, title) pairs (this article's own
 * pair left out of `same`), and the agreeing ones at least `same`: with `3·same ≥ pairs` the
 * agreeing count is at least half of any other title's, and with `pairs − same < 3` no other
 * title reaches the three articles a conflict needs.
 */
function cannotConflict(m: TitledMention, date: string, index: EntityIndex): boolean {
  // A title read as past (`Cố vấn` looks like `cố …`) is counted apart: no shortcut for it.
  if (PAST.test(m.title)) return false;
  const share = index.titleShareAround(m.key, m.title, date, TITLE_WINDOW_DAYS);
  if (!share || share.same < 1) return false;
  const same = share.same - 1;
  return 3 * same >= share.pairs || share.pairs - same < 3;
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

/**
 * Whether the mention is a conflict: the decision of titleConflictFindings taken from the
 * window's counts alone (titleCountsAround), with no documents named and no message built.
 * Most mentions the shortcut leaves are not conflicts; only the few that are go on to the
 * full answer.
 */
function isConflict(m: TitledMention, date: string, path: string, index: EntityIndex): boolean {
  // Documents per folded title; the past-marked titles apart.
  folds.length = 0;
  counts.length = 0;
  let past = 0;
  const documents = index.titleCountsAround(m.key, date, TITLE_WINDOW_DAYS, path, (title, count) => {
    if (PAST.test(title)) {
      past += count;
      return;
    }
    const f = foldOf(title);
    const i = folds.indexOf(f);
    if (i >= 0) counts[i] += count;
    else {
      folds.push(f);
      counts.push(count);
    }
  });
  if (!folds.length) return false;
  // The top title: the most documents, ties to the first folded title in code-point order.
  let top = 0;
  for (let i = 1; i < folds.length; i++) if (counts[i] > counts[top] || (counts[i] === counts[top] && folds[i] < folds[top])) top = i;
  const all = Math.max(1, documents - past);
  if (counts[top] < MIN_ARTICLES || counts[top] * 2 <= all) return false;
  // Not kept: the mention's title may be a slice that would keep its article's text alive.
  const own = fold(m.title);
  if (compatible(own, folds[top])) return false;
  let agreeing = 0;
  for (let i = 0; i < folds.length; i++) if (compatible(own, folds[i])) agreeing += counts[i];
  return agreeing * 2 < counts[top];
}

// isConflict's lists, reused: it runs for hundreds of thousands of mentions in a count.
const folds: string[] = [];
const counts: number[] = [];
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
  for (const m of titled) {
    if (shortcut) {
      const key = agreed && `${date}\u0000${m.key}\u0000${m.title}`;
      if (key && agreed!.has(key)) continue;
      if (cannotConflict(m, date, index) || !isConflict(m, date, path, index)) {
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
