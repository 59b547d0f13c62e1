import type { CorpusConfig } from '../../config/corpusConfig';
import type { Rule, RuleFinding } from '../rule';
import { ambiguousTone, STYLE_CANDIDATE, wordsContaining, type AmbiguousTone, type TonePlacement } from '../../text/tone';
import { isSurelyNfc } from '../../text/nfc';
import { translator } from '../../i18n';
import { toneWords } from './toneWords';
import { findingList } from '../findingList';

const example: Record<TonePlacement, string> = { old: 'hòa, khỏe, thủy', new: 'hoà, khoẻ, thuỷ' };

/** A rule whose fix is safe only under some corpus settings. */
export interface ConditionallySafeRule extends Rule {
  safeFixWhen(config: CorpusConfig): boolean;
}

interface Occurrence {
  start: number;
  end: number;
  word: string;
  style: TonePlacement;
  other: string;
}

/** ambiguousTone of the words seen (null: none): the same few hundred words come again and again. */
const tones = new Map<string, AmbiguousTone | null>();

function ambiguousToneOf(word: string): AmbiguousTone | undefined {
  let a = tones.get(word);
  if (a === undefined) {
    a = ambiguousTone(word) ?? null;
    if (tones.size < 4096) tones.set(word, a);
  }
  return a ?? undefined;
}

export function toneOccurrences(text: string, words: Iterable<{ word: string; start: number }> = wordsContaining(text, STYLE_CANDIDATE)): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { word, start } of words) {
    if (!isSurelyNfc(word) && word.normalize('NFC') !== word) continue; // text/not-nfc first
    const a = ambiguousToneOf(word);
    if (a) out.push({ start, end: start + word.length, word, style: a.style, other: a.other });
  }
  return out;
}

export const textToneStyle: ConditionallySafeRule = {
  code: 'text/tone-style',
  defaultSeverity: 'information',
  description: 'Tone marks on -oa, -oe, -uy placed in both styles (hòa and hoà, thủy and thuỷ).',
  safeFix: false,
  safeFixWhen: (config) => config.toneStyle !== undefined,
  check({ text, article, config, maxFindings }) {
    const occ = toneOccurrences(text, toneWords(text, article).style);
    if (occ.length === 0) return [];
    const count = { old: 0, new: 0 };
    for (const o of occ) count[o.style]++;
    const t = translator(config.language);
    const styleName = (s: TonePlacement) => t(s === 'old' ? 'text.toneStyle.old' : 'text.toneStyle.new');
    let chosen: TonePlacement;
    let why: string;
    if (config.toneStyle) {
      chosen = config.toneStyle;
      why = t('text.toneStyle.declared', { setting: chosen, example: example[chosen] });
    } else {
      if (count.old === 0 || count.new === 0) return [];
      // The majority wins; on a tie the old style, the more common one in Vietnamese news.
      chosen = count.new > count.old ? 'new' : 'old';
      why = t('text.toneStyle.majority', { count: count[chosen], style: styleName(chosen), example: example[chosen], others: count[chosen === 'old' ? 'new' : 'old'] });
    }
    const out = findingList({ maxFindings });
    for (const o of occ) {
      if (o.style === chosen) continue;
      out.push({
        message: t('text.toneStyle', { word: o.word, style: styleName(o.style), why, other: o.other }),
        start: o.start,
        end: o.end,
        fixes: [{ title: t('text.fix.toneStyle', { other: o.other, style: styleName(chosen) }), edits: [{ start: o.start, end: o.end, newText: o.other }], isPreferred: true }],
      });
    }
    return out;
  },
};
