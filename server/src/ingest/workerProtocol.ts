// Messages between the summary pool and its threads.

import type { CorpusContext, FileJob, FileResult } from './summarizeFile';
import type { FileHits, PhraseSearchJob } from './searchFiles';

export type WorkerRequest =
  | { type: 'corpus'; corpus: CorpusContext }
  | { type: 'job'; id: number; job: FileJob }
  | { type: 'search'; id: number; search: PhraseSearchJob };

/** A summary handed over as its cache record (FileJob.record): the pool reads it back. */
export type RecordResult = { kind: 'record'; record: Uint8Array; size: number; mtimeMs: number; hash: string };

export type WorkerResponse = { id: number; result: FileResult | RecordResult } | { id: number; hits: FileHits[] };
