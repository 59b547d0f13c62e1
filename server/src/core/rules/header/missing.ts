import type { Rule } from '../rule';
import { insertHeaderFix, removeLabelFix } from '../../fixes/insertHeader';

export const headerMissing: Rule = {
  code: 'header/missing',
  defaultSeverity: 'error',
  description: 'The first line is not a `date YYYY-MM-DD Title` header.',
  check({ text, article, today }) {
    if (article.header.kind !== 'missing') return [];
    const line = article.header.firstLine;
    const first = /\S+/u.exec(text.slice(line.start, line.end));
    const start = first ? line.start + first.index : 0;
    const end = first ? start + first[0].length : 0;
    const fixes = [insertHeaderFix(text, article, today), removeLabelFix(text, article, today)].filter((f) => f !== undefined);
    return [
      {
        message: 'Article has no header: the first line should be `date YYYY-MM-DD Title`.',
        start,
        end,
        fixes,
      },
    ];
  },
};
