// Scraped articles end with a related-articles block: a short list of teasers (a photo
// caption, a headline, a one-paragraph lead) after a widget label, up to the end of the file.
// A label followed by anything else is left in the article, so a fix never removes paragraphs.

import { isBlank, type Line } from './article';

/** Labels only a related-articles widget uses. */
export const RELATED_LABEL = /^[ \t\u00A0]*(?:Có thể bạn quan tâm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
/** "Read more" labels also stand inside an article before one link; taken as the trailer only
 *  when what follows is a few headlines. */
export const READ_MORE_LABEL = /^[ \t\u00A0]*(?:Xem thêm|Đọc thêm)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
const READ_MORE_MAX_LINES = 6;
/** A headline or a caption; longer lines are paragraphs (a teaser's lead, or the article's own). */
const TEASER_MAX_LENGTH = 200;
/** A widget shows about a dozen teasers of up to three lines (caption, headline, lead):
 *  the real 004 article has 9 teasers in 27 lines. */
const RELATED_MAX_LINES = 36;
/** A teaser's lead is one or two sentences (the longest in the real corpus is 442 characters). */
const LEAD_MAX_LENGTH = 600;

/** Answers per lines array: the rules, the dates and the fingerprint all ask (an article's lines never change). */
const relatedBlocks = new WeakMap<Line[], number>();

/** Index of the related-articles label line, or -1. */
export function findRelatedBlock(lines: Line[]): number {
  let found = relatedBlocks.get(lines);
  if (found === undefined) relatedBlocks.set(lines, (found = relatedBlockOf(lines)));
  return found;
}

function relatedBlockOf(lines: Line[]): number {
  // Walk up from the end; once more lines follow than any block holds, no earlier label can
  // start one (this also keeps a file of a million labels linear).
  let filled = 0;
  for (let i = lines.length - 1; i >= 1 && filled <= RELATED_MAX_LINES; i--) {
    const text = lines[i].text;
    if (RELATED_LABEL.test(text) && looksLikeRelatedTeasers(lines, i + 1)) return i;
    if (READ_MORE_LABEL.test(text) && looksLikeHeadlines(lines, i + 1)) return i;
    if (!isBlank(text)) filled++;
  }
  return -1;
}

function filledFrom(lines: Line[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i].text)) out.push(lines[i].text.trim());
  return out;
}

/** After `Xem thêm`: a few short headlines, none ending a sentence. */
function looksLikeHeadlines(lines: Line[], from: number): boolean {
  const filled = filledFrom(lines, from);
  return filled.length > 0 && filled.length <= READ_MORE_MAX_LINES && filled.every((t) => t.length <= TEASER_MAX_LENGTH && !/[.!?…]["”]?$/.test(t));
}

/**
 * After a related-articles label: at most a dozen teasers, each at most one paragraph-long
 * lead, and never two long paragraphs in a row (an article's prose; teasers put a headline
 * between their leads).
 */
function looksLikeRelatedTeasers(lines: Line[], from: number): boolean {
  const filled = filledFrom(lines, from);
  if (filled.length === 0 || filled.length > RELATED_MAX_LINES) return false;
  let prevLong = false;
  for (const t of filled) {
    if (t.length > LEAD_MAX_LENGTH) return false;
    const long = t.length > TEASER_MAX_LENGTH;
    if (long && prevLong) return false;
    prevLong = long;
  }
  return true;
}
