import type { Rule } from '../rule';
import { translator } from '../../i18n';

export const headerNoTitle: Rule = {
  code: 'header/no-title',
  defaultSeverity: 'warning',
  description: 'The header has a date but no title after it.',
  check({ article, config }) {
    const h = article.header;
    if (h.kind === 'missing' || h.header.title || !h.header.date) return [];
    const at = h.header.date;
    return [{ message: translator(config.language)('header.noTitle'), start: at.start, end: at.end }];
  },
};
