import type { TextEdit } from '../../diagnostic';
import type { Rule, RuleFinding } from '../rule';
import { isBlank, type Line } from '../../corpus/article';
import { findRelatedBlock } from '../../corpus/trailer';
import { endsWithNewline } from '../../text/lineEdits';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

/** The comments widget's label: `Bình luận`, `Bình luận (0)`, `0 bình luận`, `Gửi bình luận`, `Ý kiến bạn đọc`. */
export const COMMENTS_WIDGET = /^[ \t\u00A0]*(?:(?:\d+\s+)?(?:gửi |viết |xem )?bình luận(?:\s*\(\d+\))?|ý kiến bạn đọc(?:\s*\(\d+\))?)[ \t\u00A0]*:?[ \t\u00A0]*$/iu;

export interface Trailer {
  /** Comments-widget lines at the end of the article (before a related-articles block). */
  widget?: { first: number; last: number };
  /** The related-articles label line; the block runs to the end of the file. */
  related?: number;
  /** The last line of the article proper, or -1 when nothing precedes the trailer. */
  contentEnd: number;
}

export function findTrailer(lines: Line[]): Trailer | undefined {
  const related = findRelatedBlock(lines);
  let i = (related >= 0 ? related : lines.length) - 1;
  while (i >= 0 && isBlank(lines[i].text)) i--;
  let widget: Trailer['widget'];
  while (i >= 1 && (COMMENTS_WIDGET.test(lines[i].text) || (widget && isBlank(lines[i].text)))) {
    if (!isBlank(lines[i].text)) widget = { first: i, last: widget?.last ?? i };
    i--;
  }
  if (widget) {
    i = widget.first - 1;
    while (i >= 0 && isBlank(lines[i].text)) i--;
  }
  if (!widget && related < 0) return undefined;
  return { widget, related: related >= 0 ? related : undefined, contentEnd: i };
}

export const scrapeTrailer: Rule = {
  code: 'scrape/trailer',
  defaultSeverity: 'warning',
  description: "The comments widget (Bình luận (0)) and the related-articles block (Có thể bạn quan tâm …) at the end of an article.",
  safeFix: true,
  check({ text, article, config, maxFindings }) {
    const lines = article.lines;
    const tr = translator(config.language);
    const t = findTrailer(lines);
    if (!t) return [];
    const out = findingList({ maxFindings });
    // Removal starts at the end of the article's last line, so blank lines before the
    // trailer go with it; the two fixes meet without overlapping.
    const contentEnd = t.contentEnd >= 0 ? lines[t.contentEnd].end : 0;
    if (t.widget) {
      const w = t.widget;
      const edit: TextEdit = { start: contentEnd, end: lines[w.last].end, newText: '' };
      if (t.contentEnd < 0) edit.end = lines[w.last + 1]?.start ?? text.length;
      out.push({
        message: tr('scrape.widget', { line: lines[w.first].text.trim() }),
        start: lines[w.first].start,
        end: lines[w.last].end,
        unnecessary: true,
        fixes: [{ title: tr('scrape.fix.widget'), edits: [edit], isPreferred: true }],
      });
    }
    if (t.related !== undefined) {
      const r = t.related;
      // Keep the file ending as it was: with one final line break if it had one.
      const after = t.widget ? t.widget.last : t.contentEnd;
      let start: number;
      if (after < 0) start = 0;
      else if (endsWithNewline(lines)) start = lines[after + 1].start;
      else start = lines[after].end;
      const count = lines.slice(r + 1).filter((l) => !isBlank(l.text)).length;
      out.push({
        message: tr('scrape.related', { line: lines[r].text.trim(), count }),
        start: lines[r].start,
        end: text.length,
        unnecessary: true,
        fixes: [{ title: tr('scrape.fix.related'), edits: [{ start, end: text.length, newText: '' }], isPreferred: true }],
      });
    }
    return out;
  },
};
