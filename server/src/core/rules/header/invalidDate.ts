import type { Rule } from '../rule';
import { translator } from '../../i18n';

export const headerInvalidDate: Rule = {
  code: 'header/invalid-date',
  defaultSeverity: 'error',
  description: 'The header date has the right shape but is not a day of the calendar (2026-02-30, month 13).',
  check({ article, config }) {
    const t = translator(config.language);
    const h = article.header;
    if (h.kind === 'missing') return [];
    const d = h.header.date;
    if (!d || d.iso || d.shape === 'unreadable') return [];
    const [y, m, day] = d.raw.split(/[^0-9]/).map(Number);
    const dmy = d.shape === 'dmy';
    const month = dmy ? m : d.shape === 'compact' ? Number(d.raw.slice(4, 6)) : m;
    const why =
      month < 1 || month > 12
        ? t('date.why.noMonth', { month })
        : (dmy ? y : d.shape === 'compact' ? Number(d.raw.slice(6, 8)) : day) === 0
          ? t('date.why.noDay0')
          : t('date.why.fewerDays');
    return [{ message: t('header.invalidDate', { raw: d.raw, why }), start: d.start, end: d.end }];
  },
};
