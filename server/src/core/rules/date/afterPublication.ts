import type { Rule, RuleFinding } from '../rule';
import { articleDates } from '../../dates/articleDates';
import { dayNumber, isPartial, PREVIOUS_YEAR_AFTER_DAYS } from '../../dates/resolveDate';
import { toIso } from '../../dates/dateMention';
import { daysInMonth } from '../../config/corpusConfig';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

// Words that announce a future event: in the clause before the date (`dự kiến`, `sẽ`), or right
// after it (`ngày 5/3 tới`). A `tới` before the date is usually "to", not "coming".
const UPCOMING_BEFORE = /(?:^|[^\p{L}])(?:sắp tới|tới đây|dự kiến|kế hoạch|sẽ|sắp)(?=[^\p{L}]|$)/iu;
const UPCOMING_AFTER = /^[ \u00A0]*(?:\([^)]*\)[ \u00A0]*)?(?:tới|sắp tới|tới đây)(?=[^\p{L}]|$)/iu;

export const dateAfterPublication: Rule = {
  code: 'date/after-publication',
  defaultSeverity: 'information',
  description: 'A year-less date that, read in the header year, falls after the header date.',
  check({ text, article, config, maxFindings }) {
    if (!article.date) return [];
    const out = findingList({ maxFindings });
    const year = Number(article.date.slice(0, 4));
    const published = dayNumber(article.date);
    for (const m of articleDates(text, article)) {
      if (!isPartial(m) || m.month === undefined || m.kind === 'month') continue;
      const day = m.day ?? 1;
      if (day < 1 || day > daysInMonth(year, m.month)) continue;
      const diff = dayNumber(toIso(year, m.month, day)) - published;
      // Far later dates are last year's (see resolveDate); only the near future is suspicious.
      if (diff <= 0 || diff > PREVIOUS_YEAR_AFTER_DAYS) continue;
      const clauseStart = Math.max(
        text.lastIndexOf('.', m.start - 1),
        text.lastIndexOf(';', m.start - 1),
        text.lastIndexOf('\n', m.start - 1),
      );
      const clause = text.slice(clauseStart + 1, m.start);
      if (UPCOMING_BEFORE.test(clause) || UPCOMING_AFTER.test(text.slice(m.end, m.end + 30))) continue;
      out.push({
        message: translator(config.language)('date.afterPublication', { text: text.slice(m.coreStart, m.coreEnd), year, iso: toIso(year, m.month, day), published: article.date }),
        start: m.coreStart,
        end: m.coreEnd,
      });
    }
    return out;
  },
};
