import type { Rule, RuleFinding } from '../rule';
import { bodyLines } from './region';
import { removeLinesEdit } from '../../text/lineEdits';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

/**
 * An image file name left on its own line: lower-case ASCII words joined by hyphens or
 * underscores (at least four parts), with a file-like ending: an image extension, or a
 * content-system id or resize suffix last:
 * `tong-bi-thu-to-lam-tiep-thu-tuong-nga-7807001-resize-2`, `anh-1_crop.jpg`.
 */
const SLUG = /^[ \t\u00A0]*([a-z0-9]+(?:[-_][a-z0-9]+){3,})(\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?))?[ \t\u00A0]*$/;

/** What a content system appends to a file name: an id of five or more digits, or a resize step. */
const FILE_ENDING = /^(?:\d{5,}|resized?|crop(?:ped)?|thumb(?:nail)?|\d+x\d+|[wh]\d+)$/;
/** A copy counter after that ending (`-resize-2`). */
const COUNTER = /^\d{1,2}$/;

export function isImageSlug(line: string): boolean {
  const m = SLUG.exec(line);
  if (!m) return false;
  // A slug has letters; a bare run of numbers with hyphens (a phone number, a date range) is not one.
  if (!/[a-z]/.test(m[1])) return false;
  if (m[2] !== undefined) return true;
  // Without an extension, lower-case hyphenated words alone (`state-of-the-art`) may be text.
  const parts = m[1].split(/[-_]/);
  while (parts.length > 1 && COUNTER.test(parts[parts.length - 1])) parts.pop();
  return /[a-z]{2}/.test(m[1]) && FILE_ENDING.test(parts[parts.length - 1]);
}

export const scrapeImageSlug: Rule = {
  code: 'scrape/image-slug',
  defaultSeverity: 'warning',
  description: 'A line that is an image file name left by the scraper (tong-bi-thu-to-lam-…-7807001-resize-2).',
  safeFix: true,
  check({ article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    for (const line of bodyLines(article)) {
      if (!isImageSlug(line.text)) continue;
      out.push({
        message: t('scrape.imageSlug', { line: line.text.trim() }),
        start: line.start,
        end: line.end,
        unnecessary: true,
        fixes: [{ title: t('scrape.fix.imageSlug'), edits: [removeLinesEdit(article.lines, line.index, line.index)], isPreferred: true }],
      });
    }
    return out;
  },
};
