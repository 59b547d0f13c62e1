import type { Rule, RuleFinding } from '../rule';
import { isSurelyNfc } from '../../text/nfc';
import { translator } from '../../i18n';
import { lineFacts, NFC_UNSTABLE } from '../lineFacts';
import { findingList } from '../findingList';

// A word: letters or digits with their combining marks, or marks standing alone.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|\p{M}+/gu;

/** Runs of text that NFC would change: consecutive non-NFC words on one line, with what lies between. */
export function nonNfcRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  // Fast path: almost every article is NFC already.
  if (isSurelyNfc(text) || text.normalize('NFC') === text) return runs;
  let open: { start: number; end: number } | undefined;
  let lastNfcEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const start = m.index!;
    const end = start + w.length;
    if (w.normalize('NFC') === w) {
      lastNfcEnd = end;
      continue;
    }
    const sameRun = open && lastNfcEnd < open.end && !/[\r\n]/.test(text.slice(open.end, start));
    if (open && sameRun) open.end = end;
    else {
      if (open) runs.push(open);
      open = { start, end };
    }
  }
  if (open) runs.push(open);
  return runs;
}

export const textNotNfc: Rule = {
  code: 'text/not-nfc',
  defaultSeverity: 'warning',
  description: 'Text that is not in Unicode NFC (decomposed Vietnamese diacritics).',
  safeFix: true,
  check({ text, article, config, maxFindings }) {
    // Every unit of every line surely NFC (line breaks are): nonNfcRuns would say so too.
    if (!(lineFacts(text, article).any & NFC_UNSTABLE)) return [];
    const t = translator(config.language);
    const out = findingList({ maxFindings });
    for (const r of nonNfcRuns(text)) {
      const found = text.slice(r.start, r.end);
      const nfc = found.normalize('NFC');
      out.push({
        message: t('text.notNfc', { word: nfc, found: found.length, nfc: nfc.length }),
        start: r.start,
        end: r.end,
        fixes: [{ title: t('text.fix.nfc'), edits: [{ start: r.start, end: r.end, newText: nfc }], isPreferred: true }],
      });
    }
    return out;
  },
};
