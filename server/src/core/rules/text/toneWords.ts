// The words the two tone rules look at, found once: each rule scanned the whole text for its
// own pattern, and that scan, not the few words it finds, was their cost. Now the pairs of
// units that match either pattern come from the walk over the units rules/lineFacts makes.

import type { Article } from '../../corpus/article';
import { STYLE_CANDIDATE, TYPO_CANDIDATE, wordAround } from '../../text/tone';
import { lineFacts } from '../lineFacts';

export interface ToneWords {
  /** wordsContaining(text, STYLE_CANDIDATE), in text order. */
  style: Array<{ word: string; start: number }>;
  /** wordsContaining(text, TYPO_CANDIDATE), in text order. */
  typo: Array<{ word: string; start: number }>;
}

const cache = new WeakMap<Article, ToneWords>();

/** The candidate words of both tone rules (worked out once per article). A match lies inside
 *  one word, so the words with a match of either pattern, each tested for both, are the words
 *  each pattern's own scan finds. The words come as wordsContaining(text, either pattern)
 *  gives them: from the first match at or after the end of the word before. */
export function toneWords(text: string, article: Article): ToneWords {
  let found = cache.get(article);
  if (!found) {
    found = { style: [], typo: [] };
    let next = 0;
    for (const at of lineFacts(text, article).tonePairs) {
      if (at < next) continue;
      const w = wordAround(text, at, at + 2);
      next = w.start + w.word.length;
      if (STYLE_CANDIDATE.test(w.word)) found.style.push(w);
      if (TYPO_CANDIDATE.test(w.word)) found.typo.push(w);
    }
    cache.set(article, found);
  }
  return found;
}
