import type { Article } from '../corpus/article';
import { findRelatedBlock } from '../corpus/trailer';
import { findDateMentions, type DateMention } from './dateMention';

const cache = new WeakMap<Article, DateMention[]>();

/** Date mentions of the article's own text: after the header, before any related-articles block. */
export function articleDates(text: string, article: Article): DateMention[] {
  let found = cache.get(article);
  if (found) return found;
  const from = article.header.kind === 'missing' ? 0 : article.lines[0].end;
  const related = findRelatedBlock(article.lines);
  const to = related >= 0 ? article.lines[related].start : text.length;
  found = findDateMentions(text, from, to);
  cache.set(article, found);
  return found;
}
