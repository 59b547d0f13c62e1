// Messages between the summary pool and its threads.

import type { CorpusContext, FileJob, FileResult } from './summarizeFile';
import type { FileHits, PhraseSearchJob } from './searchFiles';

export type WorkerRequest =
  | { type: 'corpus'; corpus: CorpusContext }
  | { type: 'job'; id: number; job: FileJob }
  | { type: 'search'; id: number; search: PhraseSearchJob };

export type WorkerResponse = { id: number; result: FileResult } | { id: number; hits: FileHits[] };
