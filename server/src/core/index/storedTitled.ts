// An article's titled mentions as the index keeps them: four ints a mention in one Int32Array
// (the entity's number and the title's string number in the entity index, start, end). At
// 100,000 articles (860,000 titled mentions) a list of strings and numbers per article was
// about 30 MB of the heap, every slot one for the collector to follow (the heap after a full
// collection fell by 22 MB); the numbers are 14 MB it never looks into. They stay
// valid while the article is indexed: its own mentions hold the entity and the title string.
// A saved index keeps them smaller still, in bytes (titledColumn.ts).

import type { TitledMention } from '../summary/articleSummary';
import type { Slabs } from './slabs';

export type StoredTitled = Int32Array;

/** The numbers of the entity index (entityIndex.ts) that the stored mentions are written in. */
export interface TitledNumbers {
  entityNumber(key: string): number | undefined;
  stringNumber(s: string): number | undefined;
  keyOfNumber(e: number): string;
  stringOfNumber(n: number): string;
}

/** The mentions of every article without any: one array for them all. */
export const NO_TITLED: StoredTitled = new Int32Array(0);

/** `titled` as numbers; a mention whose key or title the index does not hold (none: the
 *  article's mentions were indexed first) is left out. */
export function storeTitled(titled: readonly TitledMention[], numbers: TitledNumbers, slabs?: Slabs<Int32Array>): StoredTitled {
  if (titled.length === 0) return NO_TITLED;
  const out = slabs ? slabs.take(titled.length * 4) : new Int32Array(titled.length * 4);
  let n = 0;
  for (const t of titled) {
    const e = numbers.entityNumber(t.key);
    const title = numbers.stringNumber(t.title);
    if (e === undefined || title === undefined) continue;
    out[n++] = e;
    out[n++] = title;
    out[n++] = t.start;
    out[n++] = t.end;
  }
  return n === out.length ? out : slabs ? out.subarray(0, n) : out.slice(0, n);
}

/** The mentions as objects again, for the code that reads them (made when asked, not kept). */
export function titledMentionsOf(stored: StoredTitled, numbers: TitledNumbers): TitledMention[] {
  const out: TitledMention[] = [];
  for (let i = 0; i < stored.length; i += 4) out.push({ key: numbers.keyOfNumber(stored[i]), title: numbers.stringOfNumber(stored[i + 1]), start: stored[i + 2], end: stored[i + 3] });
  return out;
}
