// An article's titled mentions as the index keeps them: one flat list, four slots a mention
// (key, title, start, end). At 100,000 articles they were 860,000 small objects, a tenth of
// the heap and of the allocations of a warm start; the list costs one object per article.

import type { TitledMention } from '../summary/articleSummary';

export type StoredTitled = ReadonlyArray<string | number>;

const NONE: StoredTitled = Object.freeze([]);

/** The flat list of `titled`, each key and title through `keep` (the index's own copy). */
export function storeTitled(titled: readonly TitledMention[], keep: (s: string) => string = (s) => s): StoredTitled {
  return storeTitledColumns(titled.length, 0, (k) => keep(titled[k].key), (k) => keep(titled[k].title), (k) => titled[k].start, (k) => titled[k].end);
}

/** The flat list built straight from columns (a saved index read back): `count` mentions from `at`. */
export function storeTitledColumns(count: number, at: number, keyAt: (k: number) => string, titleAt: (k: number) => string, startAt: (k: number) => number, endAt: (k: number) => number): StoredTitled {
  if (count === 0) return NONE;
  const out = new Array<string | number>(count * 4);
  for (let k = 0; k < count; k++) {
    out[k * 4] = keyAt(at + k);
    out[k * 4 + 1] = titleAt(at + k);
    out[k * 4 + 2] = startAt(at + k);
    out[k * 4 + 3] = endAt(at + k);
  }
  return out;
}

export function titledCount(stored: StoredTitled): number {
  return stored.length / 4;
}

/** The mentions as objects again, for the code that reads them (made when asked, not kept). */
export function titledMentionsOf(stored: StoredTitled): TitledMention[] {
  const out: TitledMention[] = [];
  for (let i = 0; i < stored.length; i += 4) out.push({ key: stored[i] as string, title: stored[i + 1] as string, start: stored[i + 2] as number, end: stored[i + 3] as number });
  return out;
}
