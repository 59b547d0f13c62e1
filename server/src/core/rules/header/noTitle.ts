import type { Rule } from '../rule';

export const headerNoTitle: Rule = {
  code: 'header/no-title',
  defaultSeverity: 'warning',
  description: 'The header has a date but no title after it.',
  check({ article }) {
    const h = article.header;
    if (h.kind === 'missing' || h.header.title || !h.header.date) return [];
    const at = h.header.date;
    return [{ message: 'The header has no title after its date.', start: at.start, end: at.end }];
  },
};
