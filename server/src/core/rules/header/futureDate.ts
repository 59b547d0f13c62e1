import type { Rule } from '../rule';

export const headerFutureDate: Rule = {
  code: 'header/future-date',
  defaultSeverity: 'warning',
  description: 'The header date lies after today (or after `dates.max`), or before `dates.min`.',
  check({ article, config, today }) {
    const h = article.header;
    if (h.kind === 'missing' || !h.header.date?.iso) return [];
    const iso = h.header.date.iso;
    const max = config.dates.max ?? today;
    const { start, end } = h.header.date;
    if (iso > max) {
      const bound = config.dates.max ? `the corpus's latest date ${max}` : `today (${today})`;
      return [{ message: `Header date ${iso} lies after ${bound}.`, start, end }];
    }
    if (config.dates.min && iso < config.dates.min) {
      return [{ message: `Header date ${iso} lies before the corpus's earliest date ${config.dates.min}.`, start, end }];
    }
    return [];
  },
};
