import type { Rule, RuleFinding } from '../rule';
import { misplacedTone, TYPO_CANDIDATE, wordsContaining } from '../../text/tone';
import { isSurelyNfc } from '../../text/nfc';

export const textToneTypo: Rule = {
  code: 'text/tone-typo',
  defaultSeverity: 'warning',
  description: 'A tone mark on the wrong vowel of ươ, iê, uô or yê (lựơng for lượng).',
  safeFix: true,
  check({ text }) {
    const out: RuleFinding[] = [];
    for (const { word, start } of wordsContaining(text, TYPO_CANDIDATE)) {
      if (!isSurelyNfc(word) && word.normalize('NFC') !== word) continue;
      const right = misplacedTone(word);
      if (!right) continue;
      out.push({
        message: `'${word}' has its tone mark on the wrong vowel: in ươ, iê, uô and yê the tone goes on the second one. Write '${right}'.`,
        start,
        end: start + word.length,
        fixes: [{ title: `Write '${right}'`, edits: [{ start, end: start + word.length, newText: right }], isPreferred: true }],
      });
    }
    return out;
  },
};
