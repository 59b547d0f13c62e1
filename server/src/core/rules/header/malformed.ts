import type { Fix } from '../../diagnostic';
import type { Rule, RuleFinding } from '../rule';

const shapeNames: Record<string, string> = {
  'ymd-slash': 'slashes or dots instead of hyphens',
  'ymd-unpadded': 'month and day must have two digits',
  compact: 'the date needs hyphens',
  dmy: 'day/month/year order',
  unreadable: 'not a date',
};

function describeSpace(s: string): string {
  if (s === '') return 'no space';
  if (/\u00A0/.test(s)) return 'a non-breaking space';
  if (/\t/.test(s)) return 'a tab';
  if (/[\u2009\u202F\u3000]/.test(s)) return 'a disguised space';
  if (s.startsWith(':')) return `'${s.trimEnd()}'`;
  return `${s.length} spaces`;
}

export const headerMalformed: Rule = {
  code: 'header/malformed',
  defaultSeverity: 'error',
  description: 'The header line is there but not in the form `date YYYY-MM-DD Title`.',
  check({ article }) {
    if (article.header.kind !== 'malformed') return [];
    const h = article.header.header;
    const out: RuleFinding[] = [];
    const replace = (title: string, start: number, end: number, newText: string): Fix => ({
      title,
      edits: [{ start, end, newText }],
      isPreferred: true,
    });
    if (h.badIndent) {
      out.push({
        message: 'The header may start with at most one plain space.',
        ...h.badIndent,
        fixes: [replace('Remove extra indentation', h.badIndent.start, h.badIndent.end, ' ')],
      });
    }
    if (h.keywordProblem === 'missing' && h.date) {
      out.push({
        message: 'The header has no `date` keyword before its date.',
        start: h.date.start,
        end: h.date.end,
        fixes: [replace("Insert the 'date' keyword", h.date.start, h.date.start, 'date ')],
      });
    } else if (h.keyword && h.keywordProblem) {
      const colonSep = h.badSeparators.find((s) => s.start === h.keyword!.end);
      const end = h.keywordProblem === 'colon' && colonSep ? colonSep.end : h.keyword.end;
      out.push({
        message:
          h.keywordProblem === 'colon'
            ? "The header keyword is `date` followed by one space, without a colon."
            : 'The header keyword is written `date`, in lower case.',
        start: h.keyword.start,
        end,
        fixes: [replace("Write the keyword as 'date'", h.keyword.start, end, h.keywordProblem === 'colon' ? 'date ' : 'date')],
      });
    }
    for (const sep of h.badSeparators) {
      if (h.keywordProblem === 'colon' && h.keyword && sep.start === h.keyword.end) continue;
      out.push({
        message: `Header parts must be separated by one plain space, not ${describeSpace(sep.found)}.`,
        start: sep.start,
        end: sep.end,
        fixes: [replace('Use a single space', sep.start, sep.end, ' ')],
      });
    }
    if (!h.date) {
      const at = h.keyword ?? h.line;
      out.push({ message: 'The header has no date: write `date YYYY-MM-DD Title`.', start: at.start, end: at.end });
    } else if (h.date.shape !== 'iso') {
      const iso = h.date.iso;
      out.push({
        message: iso
          ? `Header date '${h.date.raw}' must be written YYYY-MM-DD (${shapeNames[h.date.shape]}): ${iso}.`
          : `Header date '${h.date.raw}' is not a date in the form YYYY-MM-DD (${shapeNames[h.date.shape]}).`,
        start: h.date.start,
        end: h.date.end,
        fixes: iso ? [replace(`Rewrite date as ${iso}`, h.date.start, h.date.end, iso)] : [],
      });
    }
    return out;
  },
};
