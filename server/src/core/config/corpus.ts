// A corpus: a root folder and the settings its corpus-lens.yaml gives (defaults without one).

import type { LineIndex } from '../text/lineIndex';
import type { ConfigProblem, CorpusConfig } from './corpusConfig';

export interface Corpus {
  /** Absolute folder; undefined settings file means defaults. */
  root: string;
  config: CorpusConfig;
  configPath?: string;
  configProblems: ConfigProblem[];
  /** Line boundaries of the settings file, to place its problems. */
  configLines?: LineIndex;
}
