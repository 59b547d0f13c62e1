import type { Article } from '../corpus/article';
import { findRelatedBlock } from '../corpus/trailer';
import { changedLines } from '../text/changedLines';
import { findDateMentions, type DateMention } from './dateMention';

const cache = new WeakMap<Article, DateMention[]>();

/** Date mentions of the article's own text: after the header, before any related-articles block. */
export function articleDates(text: string, article: Article): DateMention[] {
  let found = cache.get(article);
  if (found) return found;
  const { from, to } = datedRange(text, article);
  found = findDateMentions(text, from, to);
  cache.set(article, found);
  return found;
}

/** The part of the text its dates are looked for in. */
function datedRange(text: string, article: Article): { from: number; to: number } {
  const from = article.header.kind === 'missing' ? 0 : article.lines[0].end;
  const related = findRelatedBlock(article.lines);
  return { from, to: related >= 0 ? article.lines[related].start : text.length };
}

/** The last text asked for by editedArticleDates, and its dates. */
let lastEdited: { text: string; from: number; to: number; found: DateMention[] } | undefined;

/**
 * articleDates of a text that is most likely an edit of the last one asked for here (an open
 * article at each keystroke): the lines that changed are searched, the dates of the others
 * are the last text's, moved. No date spans a line break, nor looks past one (what may follow
 * a bare D/M is on its line), so these are the dates articleDates finds (test:
 * editedAnalysis.test.ts).
 */
export function editedArticleDates(text: string, article: Article): DateMention[] {
  let found = cache.get(article);
  if (found) return found;
  const before = lastEdited;
  const { from, to } = datedRange(text, article);
  if (before) {
    const span = changedLines(before.text, text);
    // The same header and related-articles block, neither of them in the lines that changed.
    if (span.end - span.start <= text.length / 2 && from === before.from && from <= span.start && before.to >= span.beforeEnd && to === before.to + span.delta) {
      found = [];
      for (const m of before.found) if (m.start < span.start) found.push(m);
      for (const m of findDateMentions(text, Math.max(from, span.start), Math.min(to, span.end))) found.push(m);
      const d = span.delta;
      for (const m of before.found) if (m.start >= span.beforeEnd) found.push(d === 0 ? m : { ...m, start: m.start + d, end: m.end + d, coreStart: m.coreStart + d, coreEnd: m.coreEnd + d });
    }
  }
  found ??= findDateMentions(text, from, to);
  cache.set(article, found);
  lastEdited = { text, from, to, found };
  return found;
}

/** Forgets the last text (tests). */
export function forgetEditedArticleDates(): void {
  lastEdited = undefined;
}
