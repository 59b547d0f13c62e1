import { daysInMonth } from '../../config/corpusConfig';
import type { Rule, RuleFinding } from '../rule';
import { articleDates } from '../../dates/articleDates';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

export const dateImpossible: Rule = {
  code: 'date/impossible',
  defaultSeverity: 'error',
  description: 'A date in the body that no calendar has: 31/2, 32/1, 29/2 in a non-leap year.',
  check({ text, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    const headerYear = article.date ? Number(article.date.slice(0, 4)) : undefined;
    for (const m of articleDates(text, article)) {
      if (m.day === undefined || m.month === undefined) continue;
      const check = (day: number, month: number, year: number | undefined): string | undefined => {
        // Without any year, 29/2 may be right: judge it only when a year is known.
        const max = year === undefined ? daysInMonth(2024, month) : daysInMonth(year, month);
        if (day >= 1 && day <= max) return undefined;
        if (day === 29 && month === 2 && year !== undefined) return t('date.why.notLeap', { year });
        return day === 0 ? t('date.why.noDay0') : t('date.why.monthDays', { month, days: max });
      };
      const year = m.year ?? headerYear;
      const why =
        check(m.day, m.month, year) ??
        (m.endDay !== undefined ? check(m.endDay, m.endMonth ?? m.month, m.endYear ?? year) : undefined);
      if (why) out.push({ message: t('date.impossible', { text: text.slice(m.coreStart, m.coreEnd), why }), start: m.coreStart, end: m.coreEnd });
    }
    return out;
  },
};
