import type { Rule, RuleFinding } from '../rule';
import { misplacedTone } from '../../text/tone';
import { isSurelyNfc } from '../../text/nfc';
import { translator } from '../../i18n';
import { toneWords } from './toneWords';
import { findingList } from '../findingList';

export const textToneTypo: Rule = {
  code: 'text/tone-typo',
  defaultSeverity: 'warning',
  description: 'A tone mark on the wrong vowel of ươ, iê, uô or yê (lựơng for lượng).',
  safeFix: true,
  check({ text, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    for (const { word, start } of toneWords(text, article).typo) {
      if (!isSurelyNfc(word) && word.normalize('NFC') !== word) continue;
      const right = misplacedTone(word);
      if (!right) continue;
      out.push({
        message: t('text.toneTypo', { word, right }),
        start,
        end: start + word.length,
        fixes: [{ title: t('text.fix.write', { text: right }), edits: [{ start, end: start + word.length, newText: right }], isPreferred: true }],
      });
    }
    return out;
  },
};
