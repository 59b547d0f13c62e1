// The lines the scraping rules look at: the body, up to a related-articles block (which
// scrape/trailer reports as a whole, so nothing inside it is reported twice).

import type { Article, Line } from '../../corpus/article';
import { findRelatedBlock } from '../../corpus/trailer';
import { toNfc } from '../../text/nfc';
import { DOUBLE_SPACE, LEADING_SPACE, NFC_UNSTABLE, ODD_SPACE, TRAILING_SPACE } from '../lineFacts';

export interface BodyRange {
  /** First line to check (after the header). */
  first: number;
  /** One past the last line to check (the related-articles label, or the line count). */
  end: number;
}

export function bodyRange(article: Article): BodyRange {
  const related = findRelatedBlock(article.lines);
  return { first: article.bodyStartLine, end: related >= 0 ? related : article.lines.length };
}

export function bodyLines(article: Article): Line[] {
  const r = bodyRange(article);
  return article.lines.slice(r.first, r.end);
}

/** A line's text compared for duplication: trimmed, with runs of (disguised) spaces as one space. */
export function lineKey(text: string): string {
  const spaced = text.replace(/[\s\u00A0\u200B\u2060\uFEFF]+/gu, ' ').trim();
  return toNfc(spaced);
}

/** What makes lineKey change a line: a space other than one U+0020 between two other characters, or a unit not surely NFC. */
const KEY_CHANGES = ODD_SPACE | DOUBLE_SPACE | LEADING_SPACE | TRAILING_SPACE | NFC_UNSTABLE;

/** lineKey, given the line's facts (rules/lineFacts): most lines are their own key, and the
 *  replace would copy them unchanged. */
export function lineKeyOf(text: string, facts: number): string {
  return facts & KEY_CHANGES ? lineKey(text) : text;
}
