// Scraped articles end with a related-articles block; nothing after its label is the article.

import type { Line } from './article';

export const RELATED_LABEL = /^[ \t\u00A0]*(?:Có thể bạn quan tâm|Tin liên quan|Bài liên quan|Xem thêm|Đọc thêm)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;

/** Index of the related-articles label line, or -1. */
export function findRelatedBlock(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 1; i--) if (RELATED_LABEL.test(lines[i].text)) return i;
  return -1;
}
