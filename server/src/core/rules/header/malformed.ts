import type { Fix } from '../../diagnostic';
import type { Rule, RuleFinding } from '../rule';
import { translator, type MessageKey, type Translate } from '../../i18n';
import { findingList } from '../findingList';

const shapeNames = {
  'ymd-slash': 'header.shape.ymdSlash',
  'ymd-unpadded': 'header.shape.ymdUnpadded',
  compact: 'header.shape.compact',
  dmy: 'header.shape.dmy',
  unreadable: 'header.shape.unreadable',
} as const satisfies Record<string, MessageKey>;

function describeSpace(s: string, t: Translate): string {
  if (s === '') return t('header.space.none');
  if (/\u00A0/.test(s)) return t('header.space.nbsp');
  if (/\t/.test(s)) return t('header.space.tab');
  if (/[\u2009\u202F\u3000]/.test(s)) return t('header.space.disguised');
  if (s.startsWith(':')) return `'${s.trimEnd()}'`;
  return t('header.space.many', { n: s.length });
}

export const headerMalformed: Rule = {
  code: 'header/malformed',
  defaultSeverity: 'error',
  description: 'The header line is there but not in the form `date YYYY-MM-DD Title`.',
  check({ article, config, maxFindings }) {
    if (article.header.kind !== 'malformed') return [];
    const t = translator(config.language);
    const h = article.header.header;
    const out = findingList({ maxFindings });
    const replace = (title: string, start: number, end: number, newText: string): Fix => ({
      title,
      edits: [{ start, end, newText }],
      isPreferred: true,
    });
    if (h.badIndent) {
      out.push({
        message: t('header.badIndent'),
        ...h.badIndent,
        fixes: [replace(t('header.fix.removeIndent'), h.badIndent.start, h.badIndent.end, ' ')],
      });
    }
    if (h.keywordProblem === 'missing' && h.date) {
      out.push({
        message: t('header.noKeyword'),
        start: h.date.start,
        end: h.date.end,
        fixes: [replace(t('header.fix.insertKeyword'), h.date.start, h.date.start, 'date ')],
      });
    } else if (h.keyword && h.keywordProblem) {
      const colonSep = h.badSeparators.find((s) => s.start === h.keyword!.end);
      const end = h.keywordProblem === 'colon' && colonSep ? colonSep.end : h.keyword.end;
      out.push({
        message: h.keywordProblem === 'colon' ? t('header.keywordColon') : t('header.keywordCase'),
        start: h.keyword.start,
        end,
        fixes: [replace(t('header.fix.writeKeyword'), h.keyword.start, end, h.keywordProblem === 'colon' ? 'date ' : 'date')],
      });
    }
    for (const sep of h.badSeparators) {
      if (h.keywordProblem === 'colon' && h.keyword && sep.start === h.keyword.end) continue;
      out.push({
        message: t('header.separator', { found: describeSpace(sep.found, t) }),
        start: sep.start,
        end: sep.end,
        fixes: [replace(t('header.fix.singleSpace'), sep.start, sep.end, ' ')],
      });
    }
    if (!h.date) {
      const at = h.keyword ?? h.line;
      out.push({ message: t('header.noDate'), start: at.start, end: at.end });
    } else if (h.date.shape !== 'iso') {
      const iso = h.date.iso;
      const why = t(shapeNames[h.date.shape as keyof typeof shapeNames]);
      out.push({
        message: iso ? t('header.dateShape', { raw: h.date.raw, why, iso }) : t('header.dateUnreadable', { raw: h.date.raw, why }),
        start: h.date.start,
        end: h.date.end,
        fixes: iso ? [replace(t('header.fix.rewriteDate', { iso }), h.date.start, h.date.end, iso)] : [],
      });
    }
    return out;
  },
};
