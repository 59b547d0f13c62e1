// A CorpusIndex as a few typed arrays and lists of strings: what a warm start reads back
// instead of adding each article's summary again (see EntityIndexState). Per-article values
// are in the order of the index's articles; lists of variable length are concatenated, with
// their counts.

import type { Finding } from '../diagnostic';
import type { HeaderFacts } from '../summary/articleSummary';
import type { DuplicateIndexState } from './duplicateIndex';
import type { EntityIndexState } from './entityIndex';

declare const __CORE_SOURCE_HASH__: string | undefined;

/** A saved index is read back only by the build that wrote it (the layout is the code's own). */
export const INDEX_STATE_VERSION = `1+${typeof __CORE_SOURCE_HASH__ === 'string' ? __CORE_SOURCE_HASH__ : 'source'}`;

export interface CorpusIndexState {
  paths: string[];
  lengths: Float64Array;
  headerKinds: Array<HeaderFacts['kind']>;
  /** '' for none. */
  headerDates: string[];
  headerTitles: Array<string | undefined>;
  fileIds: Array<string | undefined>;
  todays: string[];
  /** Start and end of each body's first line (where duplicate findings go). */
  bodyRanges: Int32Array;
  lineCounts: Int32Array;
  lineStarts: Uint32Array;
  lineEnds: Uint32Array;
  /** Each article's own findings; 0 for none (most articles), not an empty list each. */
  findings: Array<Finding[] | 0>;
  titledCounts: Int32Array;
  /** The keys and titles of titled mentions, each once; titledNumbers holds (key, title) numbers into it. */
  titledStrings: string[];
  titledNumbers: Int32Array;
  titledRanges: Int32Array;
  /** Files that are there but could not be read, with why. */
  unreadable: Array<[string, string]>;
  /** Paths in the order the file-id index met them. */
  idPaths: string[];
  entities: EntityIndexState;
  duplicates: DuplicateIndexState;
}
