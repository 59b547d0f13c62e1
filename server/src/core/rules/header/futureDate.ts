import type { Rule } from '../rule';
import { translator } from '../../i18n';

export const headerFutureDate: Rule = {
  code: 'header/future-date',
  defaultSeverity: 'warning',
  description: 'The header date lies after today (or after `dates.max`), or before `dates.min`.',
  check({ article, config, today }) {
    const t = translator(config.language);
    const h = article.header;
    if (h.kind === 'missing' || !h.header.date?.iso) return [];
    const iso = h.header.date.iso;
    const max = config.dates.max ?? today;
    const { start, end } = h.header.date;
    if (iso > max) {
      const message = config.dates.max ? t('header.futureDate.max', { iso, max }) : t('header.futureDate.today', { iso, today });
      return [{ message, start, end }];
    }
    if (config.dates.min && iso < config.dates.min) {
      return [{ message: t('header.futureDate.min', { iso, min: config.dates.min }), start, end }];
    }
    return [];
  },
};
