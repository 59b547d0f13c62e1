// Messages between the summary pool and its threads.

import type { CorpusContext, FileJob, FileResult } from './summarizeFile';

export type WorkerRequest = { type: 'corpus'; corpus: CorpusContext } | { type: 'job'; id: number; job: FileJob };

export interface WorkerResponse {
  id: number;
  result: FileResult;
}
