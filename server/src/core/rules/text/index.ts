// The text-hygiene rules, in the order they run.
import type { Rule } from '../rule';
import { textNotNfc } from './notNfc';
import { textLegacyEncoding } from './legacyEncoding';
import { textWhitespace } from './whitespace';
import { textToneTypo } from './toneTypo';
import { textToneStyle } from './toneStyle';

export { textNotNfc, textLegacyEncoding, textWhitespace, textToneTypo, textToneStyle };
export const textRules: Rule[] = [textNotNfc, textLegacyEncoding, textWhitespace, textToneTypo, textToneStyle];
