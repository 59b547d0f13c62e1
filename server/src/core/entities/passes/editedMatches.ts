// The registry's names in a text that is most likely an edit of the last one asked for here
// (an open article at each keystroke): the gazetteer walks the words of the lines that
// changed; the matches in the other lines are the last text's, moved. A name never spans a
// line break (the walk stops at one), and what registryNames' accept asks of a match is on
// its line (its tokens and their neighbours joined by a space, the titles there), so these
// are the matches of a walk over every word (test: editedTokens.test.ts, the mentions).

import type { GazetteerMatch } from '../gazetteer';
import { changedLines } from '../../text/changedLines';
import type { ClaimState } from './claims';
import type { Words } from './words';

let last: { text: string; gazetteer: object; words: Words; discover: boolean; matches: GazetteerMatch[] } | undefined;

/** gazetteer.scanWords(text, toks.scanWords(), accept), reusing the last text's matches on the lines it shares with this one. */
export function editedMatches(st: ClaimState, accept: (m: GazetteerMatch) => boolean): GazetteerMatch[] {
  const { text, toks, words, discover } = st;
  const gazetteer = st.names.gazetteer;
  const before = last;
  last = undefined;
  let matches: GazetteerMatch[] | undefined;
  // (With words joined by `&`, which the walk visits apart, the whole text is walked.)
  if (before && before.gazetteer === gazetteer && before.words === words && before.discover === discover && toks.ampStarts.length === 0) {
    const span = changedLines(before.text, text);
    if (span.end - span.start <= text.length / 2) {
      matches = [];
      for (const m of before.matches) if (m.start < span.start) matches.push(m);
      // The words of the changed lines a name may start with.
      const a = firstNamedFrom(st, span.start);
      const b = firstNamedFrom(st, span.end + 1);
      const visit = toks.named.subarray(a, b);
      for (const m of gazetteer.scanWords(text, { count: toks.n, starts: toks.s, ends: toks.e, states: toks.gazetteerState, visit, visitCount: visit.length }, accept)) matches.push(m);
      const d = span.delta;
      for (const m of before.matches) if (m.start >= span.beforeEnd) matches.push(d === 0 ? m : { ...m, start: m.start + d, end: m.end + d });
    }
  }
  matches ??= gazetteer.scanWords(text, toks.scanWords(), accept);
  last = { text, gazetteer, words, discover, matches };
  return matches;
}

/** The first of toks.named (ascending token numbers) whose token starts at `offset` or after. */
function firstNamedFrom(st: ClaimState, offset: number): number {
  const { named, namedCount, s } = st.toks;
  let lo = 0;
  let hi = namedCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[named[mid]] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Forgets the last text (tests). */
export function forgetEditedMatches(): void {
  last = undefined;
}
