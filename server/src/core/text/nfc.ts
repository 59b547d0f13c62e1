// A cheap test that spares most calls to String.prototype.normalize on corpus text.

/** Characters NFC leaves alone whatever surrounds them: Latin up to U+02FF, the precomposed
 *  Vietnamese letters (U+1E00–U+1EFF), general punctuation but the two quads (U+2000, U+2001),
 *  currency signs. Text made only of them is already NFC. */
export const NFC_STABLE_CHAR = /[\u0000-\u02FF\u1E00-\u1EFF\u2002-\u206F\u20A0-\u20CF]/;
const NFC_STABLE = new RegExp(`^${NFC_STABLE_CHAR.source}*$`);

export function isSurelyNfc(text: string): boolean {
  return NFC_STABLE.test(text);
}

/** The text in NFC, without the cost of normalising text that already is. */
export function toNfc(text: string): string {
  return NFC_STABLE.test(text) ? text : text.normalize('NFC');
}
