// A CorpusIndex as a few typed arrays and lists of strings: what a warm start reads back
// instead of adding each article's summary again (see EntityIndexState). Per-article values
// are in the order of the index's articles; lists of variable length are concatenated, with
// their counts.

import type { HeaderFacts } from '../summary/articleSummary';
import type { DuplicateIndexState } from './duplicateIndex';
import type { EntityIndexState } from './entityIndex';
import type { JsonRuns } from './jsonRuns';
import type { FindingRuns } from './findingRuns';

declare const __CORE_SOURCE_HASH__: string | undefined;

/** A saved index is read back only by the build that wrote it (the layout is the code's own). */
export const INDEX_STATE_VERSION = `6+${typeof __CORE_SOURCE_HASH__ === 'string' ? __CORE_SOURCE_HASH__ : 'source'}`;

export interface CorpusIndexState {
  paths: string[];
  lengths: Float64Array;
  /** Each article's header kind and analysis day, as numbers into the few distinct values:
   *  100,000 copies of `valid` and of one date cost a warm start as many strings to read. */
  headerKinds: Repeated<HeaderFacts['kind']>;
  /** '' for none; a day is shared by many articles. */
  headerDates: Repeated<string>;
  /** As JSON runs (jsonRuns.ts): 100,000 titles are read when asked, not at a warm start. */
  headerTitles: JsonRuns;
  todays: Repeated<string>;
  /** Each article's run of `lineLengths`, in bytes. */
  lineLengthsBytes: Int32Array;
  /** The line starts as the lines' lengths in variable-length integers (lineColumn.ts). */
  lineLengths: Uint8Array;
  /** The line ends of the articles marked in lineEndsGiven, one after another (the others'
   *  starts imply them: impliedLineEnds). */
  lineEnds: Uint32Array;
  lineEndsGiven: Uint8Array;
  /** Each article's own findings, without their quick fixes, as JSON runs (findingRuns.ts:
   *  codes, severities and messages by number); none for an article without. Read back as
   *  objects, the 150,000 findings of 100,000 articles were half of the state's header, and
   *  most of the collector's work at a warm start. */
  findings: FindingRuns;
  /** Each article's run of `titled`, in bytes. */
  titledLengths: Int32Array;
  /** The titled mentions as variable-length integers (titledColumn.ts): numbers of the entity
   *  index's state. */
  titled: Uint8Array;
  /** Files that are there but could not be read, with why. */
  unreadable: Array<[string, string]>;
  /** Paths in the order the file-id index met them. */
  idPaths: PathNumbers;
  /** The entity index's document keys (its own docKeys left empty). */
  entityDocKeys: PathNumbers;
  /** The duplicate index's paths (its own paths left empty). */
  duplicatePaths: PathNumbers;
  entities: EntityIndexState;
  duplicates: DuplicateIndexState;
}

/** A list of strings with few distinct values: each value once, and a number per item. */
export interface Repeated<T extends string> {
  values: T[];
  numbers: Int32Array;
}

export function repeated<T extends string>(list: readonly T[]): Repeated<T> {
  const values: T[] = [];
  const numberOf = new Map<T, number>();
  const numbers = new Int32Array(list.length);
  list.forEach((v, i) => {
    let n = numberOf.get(v);
    if (n === undefined) numberOf.set(v, (n = values.push(v) - 1));
    numbers[i] = n;
  });
  return { values, numbers };
}

/**
 * A list of paths (or other strings) written as numbers into `paths`, each path once in the
 * state: the indexes hold the same paths, and three more lists of 100,000 strings cost a
 * warm start their reading and as many copies in memory. A string not among the paths is
 * number −1−k, others[k].
 */
export interface PathNumbers {
  numbers: Int32Array;
  others: string[];
}

/** `list` as numbers into the paths numbered by `numberOf`. */
export function pathNumbers(list: readonly string[], numberOf: ReadonlyMap<string, number>): PathNumbers {
  const numbers = new Int32Array(list.length);
  const others: string[] = [];
  list.forEach((str, i) => (numbers[i] = numberOf.get(str) ?? -1 - (others.push(str) - 1)));
  return { numbers, others };
}

/** The list pathNumbers wrote, with the strings of `paths` themselves (one copy of each path). */
export function numberedPaths(p: PathNumbers, paths: readonly string[]): string[] {
  const out = new Array<string>(p.numbers.length);
  for (let i = 0; i < p.numbers.length; i++) {
    const n = p.numbers[i];
    out[i] = n >= 0 ? paths[n] : p.others[-1 - n];
  }
  return out;
}
