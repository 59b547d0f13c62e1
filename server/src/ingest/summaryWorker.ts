// A pool thread: summarises the files it is sent and hands the summaries back with their
// typed arrays transferred, not copied.

import { parentPort } from 'node:worker_threads';
import { summaryTransferList } from '../core/summary/articleSummary';
import { FileSummarizer } from './summarizeFile';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

const summarizer = new FileSummarizer();
const port = parentPort!;

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'corpus') {
    summarizer.defineCorpus(msg.corpus);
    return;
  }
  summarizer.summarizeFile(msg.job).then(
    (result) => {
      const response: WorkerResponse = { id: msg.id, result };
      port.postMessage(response, result.kind === 'summary' ? summaryTransferList(result.summary) : []);
    },
    (e: unknown) => {
      const response: WorkerResponse = { id: msg.id, result: { kind: 'unreadable', reason: `analysis failed: ${e instanceof Error ? e.message : String(e)}` } };
      port.postMessage(response);
    },
  );
});
