// The words the two tone rules look at, found in one scan of the text: each rule scanned the
// whole text for its own pattern, and that scan, not the few words it finds, was their cost.

import type { Article } from '../../corpus/article';
import { STYLE_CANDIDATE, TYPO_CANDIDATE, wordsContaining } from '../../text/tone';

/** A word with a match of either pattern (both are case-insensitive Unicode patterns). */
const EITHER = new RegExp(`${STYLE_CANDIDATE.source}|${TYPO_CANDIDATE.source}`, STYLE_CANDIDATE.flags);

export interface ToneWords {
  /** wordsContaining(text, STYLE_CANDIDATE), in text order. */
  style: Array<{ word: string; start: number }>;
  /** wordsContaining(text, TYPO_CANDIDATE), in text order. */
  typo: Array<{ word: string; start: number }>;
}

const cache = new WeakMap<Article, ToneWords>();

/** The candidate words of both tone rules (worked out once per article). A match lies inside
 *  one word, so the words with a match of either pattern, each tested for both, are the words
 *  each pattern's own scan finds. */
export function toneWords(text: string, article: Article): ToneWords {
  let found = cache.get(article);
  if (!found) {
    found = { style: [], typo: [] };
    for (const w of wordsContaining(text, EITHER)) {
      if (STYLE_CANDIDATE.test(w.word)) found.style.push(w);
      if (TYPO_CANDIDATE.test(w.word)) found.typo.push(w);
    }
    cache.set(article, found);
  }
  return found;
}
