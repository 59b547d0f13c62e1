// What the index keeps of an article a scan applied: its line starts and titled mentions
// where they lie in the scan's slabs (slabs.ts), as numbers. A view of each was an object of
// about 100 bytes, two an article: 20 MB at 100,000 articles at a first start's peak. The
// views are made when asked for, as an article read back from a saved index has them made.

import type { Finding } from '../diagnostic';
import type { HeaderFacts } from '../summary/articleSummary';
import type { StoredSummary } from './savedSummaries';
import { NO_TITLED, type StoredTitled } from './storedTitled';

export class ScannedSummary implements StoredSummary {
  constructor(
    readonly path: string,
    readonly length: number,
    readonly header: HeaderFacts,
    readonly findings: Finding[],
    readonly today: string,
    /** Given only when the line starts do not imply them (impliedLineEnds): a CRLF file. */
    readonly lineEnds: Uint32Array | undefined,
    private readonly linesSlab: Uint32Array,
    private readonly linesAt: number,
    private readonly lineCount: number,
    private readonly titledSlab: Int32Array,
    private readonly titledAt: number,
    private readonly titledLength: number,
  ) {}

  get lineStarts(): Uint32Array {
    return this.linesSlab.subarray(this.linesAt, this.linesAt + this.lineCount);
  }

  get titled(): StoredTitled {
    return this.titledLength === 0 ? NO_TITLED : this.titledSlab.subarray(this.titledAt, this.titledAt + this.titledLength);
  }

  /** As a plain StoredSummary (what CorpusIndex.summary answers). */
  toStored(): StoredSummary {
    return { path: this.path, length: this.length, lineStarts: this.lineStarts, lineEnds: this.lineEnds, header: this.header, findings: this.findings, titled: this.titled, today: this.today };
  }
}
