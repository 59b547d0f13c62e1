// Scraped articles end with a related-articles block; nothing after its label is the article.

import { isBlank, type Line } from './article';

/** Labels only a related-articles widget uses: everything after them is teasers. */
export const RELATED_LABEL = /^[ \t\u00A0]*(?:Có thể bạn quan tâm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
/** "Read more" labels also stand inside an article before one link; taken as the trailer only
 *  when what follows is a short list of teaser lines, so a fix never removes real paragraphs. */
export const READ_MORE_LABEL = /^[ \t\u00A0]*(?:Xem thêm|Đọc thêm)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
const READ_MORE_MAX_LINES = 6;
const TEASER_MAX_LENGTH = 200;

/** Index of the related-articles label line, or -1. */
export function findRelatedBlock(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 1; i--) {
    const text = lines[i].text;
    if (RELATED_LABEL.test(text)) return i;
    if (READ_MORE_LABEL.test(text) && looksLikeTeasers(lines.slice(i + 1))) return i;
  }
  return -1;
}

function looksLikeTeasers(after: Line[]): boolean {
  const filled = after.filter((l) => !isBlank(l.text));
  return filled.length > 0 && filled.length <= READ_MORE_MAX_LINES && filled.every((l) => l.text.trim().length <= TEASER_MAX_LENGTH && !/[.!?…]["”]?$/.test(l.text.trim()));
}
