import type { Rule, RuleFinding } from '../rule';
import { bodyLines } from './region';
import { removeLinesEdit } from '../../text/lineEdits';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

// The photo credit: `Ảnh: TTXVN`, `(Ảnh: ĐĂNG KHOA)`, `Ảnh minh họa`, `Nguồn ảnh: …`.
const CREDIT = String.raw`(?:Ảnh(?: minh h(?:ọa|oạ)| tư liệu)?|Nguồn ảnh)`;
/** A whole line that is a credit: `Ảnh: Điện Kremlin`, `(Ảnh: TTXVN)`, `Ảnh minh họa`. */
const CREDIT_LINE = new RegExp(String.raw`^\s*(?:\(\s*${CREDIT}(?:\s*:[^()]{1,80})?\s*\)|${CREDIT}(?:\s*:.{1,80})?)\s*$`, 'u');
/** A sentence that ends with a credit: `Quang cảnh cuộc hội đàm. (Ảnh: ĐĂNG KHOA)`, `… tại cuộc gặp. Ảnh: BNG`. */
const ENDS_WITH_CREDIT = new RegExp(String.raw`(?:[.!?…”"]\s*|\s)(?:\(\s*${CREDIT}\s*:[^()]{1,80}\)|${CREDIT}\s*:\s*[^.!?]{1,80})\s*$`, 'u');

const MAX_CAPTION = 400;

export function isCaptionLine(line: string): boolean {
  if (line.length > MAX_CAPTION) return false;
  // Every credit starts `Ảnh` or is `Nguồn ảnh`: a line with neither is no caption, and the
  // second pattern, unanchored at its start, would try every position of the line.
  if (!line.includes('Ảnh') && !line.includes('Nguồn ảnh')) return false;
  return CREDIT_LINE.test(line) || ENDS_WITH_CREDIT.test(line);
}

export const scrapeCaption: Rule = {
  code: 'scrape/caption',
  defaultSeverity: 'information',
  description: 'A photo caption line (… Ảnh: TTXVN, (Ảnh: ĐĂNG KHOA)) kept from the web page.',
  safeFix: false,
  check({ article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    for (const line of bodyLines(article)) {
      if (!isCaptionLine(line.text)) continue;
      out.push({
        message: t('scrape.caption'),
        start: line.start,
        end: line.end,
        fixes: [{ title: t('scrape.fix.caption'), edits: [removeLinesEdit(article.lines, line.index, line.index)] }],
      });
    }
    return out;
  },
};
