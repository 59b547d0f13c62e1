import type { Rule, RuleFinding } from '../rule';
import { isBlank, type Line } from '../../corpus/article';
import { bodyRange, lineKeyOf } from './region';
import { lineFacts } from '../lineFacts';
import { removeLinesEdit } from '../../text/lineEdits';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

/** Lines shorter than this (a name, a subheading) may well repeat on purpose. */
const MIN_REPEAT_CHARS = 20;
const MIN_REPEAT_WORDS = 4;
/** A line with no letter or digit (`—`, `***`, `* * *`) is a separator, repeated on purpose. */
const HAS_WORD = /[\p{L}\p{N}]/u;

export const scrapeDuplicateLine: Rule = {
  code: 'scrape/duplicate-line',
  defaultSeverity: 'warning',
  description: 'The same line or paragraph twice in a row, or twice in the article.',
  safeFix: true,
  check({ text, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    const { first, end } = bodyRange(article);
    const lines = article.lines;
    // Paragraphs: runs of non-blank lines.
    const paragraphs: Line[][] = [];
    let cur: Line[] | undefined;
    for (let i = first; i < end; i++) {
      if (isBlank(lines[i].text)) cur = undefined;
      else {
        if (!cur) paragraphs.push((cur = []));
        cur.push(lines[i]);
      }
    }
    // Each line's key is worked out once (normalising is the costly part).
    const keyCache: string[] = [];
    const facts = lineFacts(text, article).lines;
    const keyOf = (l: Line) => (keyCache[l.index] ??= lineKeyOf(l.text, facts[l.index]));
    const flagged = new Set<number>();
    const firstSeen = new Map<string, Line>();
    let prev: Line[] | undefined;
    for (const p of paragraphs) {
      const keys = p.map(keyOf);
      // The same paragraph again right after itself: remove the second copy.
      if (prev && keys.some((k) => HAS_WORD.test(k)) && prev.length === p.length && prev.every((l, i) => keyOf(l) === keys[i])) {
        const a = p[0].index;
        const b = p[p.length - 1].index;
        out.push({
          message: p.length === 1 ? t('scrape.repeatsPrevious') : t('scrape.paragraphRepeats', { count: p.length }),
          start: p[0].start,
          end: p[p.length - 1].end,
          unnecessary: true,
          related: [{ start: prev[0].start, end: prev[prev.length - 1].end, message: t('scrape.firstCopy') }],
          fixes: [{ title: t('scrape.fix.repeatedCopy'), edits: [removeLinesEdit(lines, a, b)], isPreferred: true }],
        });
        p.forEach((l) => flagged.add(l.index));
        prev = p;
        continue;
      }
      // The same line twice in a row inside a paragraph.
      for (let i = 1; i < p.length; i++) {
        if (keys[i] !== keys[i - 1] || !HAS_WORD.test(keys[i])) continue;
        out.push({
          message: t('scrape.repeatsPrevious'),
          start: p[i].start,
          end: p[i].end,
          unnecessary: true,
          related: [{ start: p[i - 1].start, end: p[i - 1].end, message: t('scrape.firstCopy') }],
          fixes: [{ title: t('scrape.fix.repeatedLine'), edits: [removeLinesEdit(lines, p[i].index, p[i].index)], isPreferred: true }],
        });
        flagged.add(p[i].index);
      }
      prev = p;
    }
    // The same line again further on: which copy goes is the editor's choice.
    for (const p of paragraphs) {
      for (const l of p) {
        const key = keyOf(l);
        if (key.length < MIN_REPEAT_CHARS || !hasSpaces(key, MIN_REPEAT_WORDS - 1)) continue;
        const seen = firstSeen.get(key);
        if (!seen) {
          firstSeen.set(key, l);
          continue;
        }
        if (flagged.has(l.index)) continue;
        out.push({
          message: t('scrape.repeatsLine', { line: seen.index + 1 }),
          start: l.start,
          end: l.end,
          related: [{ start: seen.start, end: seen.end, message: t('scrape.firstCopy') }],
        });
      }
    }
    return out;
  },
};

/** True when `key` has at least `n` spaces (n + 1 words), counted without splitting it. */
function hasSpaces(key: string, n: number): boolean {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) if (--n <= 0) return true;
  return n <= 0;
}
