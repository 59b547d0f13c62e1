// The articles a scan applied, kept as rows of columns as a saved index keeps its own
// (savedSummaries.ts), written as they come: no object per article. Each article was a
// ScannedSummary, its header, its title and its findings, with its line starts and titled
// mentions as four bytes a number: about 56 MB of a first start at 100,000 articles, and
// 400,000 objects the collector kept following. A row is its numbers (length, header kind,
// date, day) in typed arrays, and its bytes in a shared slab: the title and the findings as
// JSON (jsonRuns.ts, findingRuns.ts), the line starts as the saved index writes them
// (lineColumn.ts), the titled mentions likewise (titledColumn.ts).
// A row is written once; an article removed leaves its row (its bytes stay in their slab until
// the rows go), and one applied again is kept by the CorpusIndex beside it.

import type { Finding } from '../diagnostic';
import type { HeaderFacts } from '../summary/articleSummary';
import type { ByteRun } from './byteRun';
import { namedFindings, numberFindings, type NumberedFinding } from './findingRuns';
import { lineStartsAt, putLineLengths } from './lineColumn';
import { sizeOf } from './leb128';
import { NO_FINDINGS, type ArticleFacts, type LineBoundaries, type StoredSummary } from './savedSummaries';
import type { StoredTitled } from './storedTitled';
import { putTitled, storedTitledAt } from './titledColumn';
import { Slabs } from './slabs';
import { grown } from './grown';

/** Bytes of a slab (a row longer than that gets one of its own). */
const SLAB_BYTES = 256 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What a row is made from: the parts of a summary the index keeps of it, in its own strings and numbers. */
export interface RowInput {
  path: string;
  length: number;
  header: HeaderFacts;
  /** Without their quick fixes. */
  findings: readonly Finding[];
  today: string;
  lineStarts: Uint32Array;
  /** Only when the starts do not imply them (impliedLineEnds). */
  lineEnds: Uint32Array | undefined;
  titled: StoredTitled;
}

export class SummaryRows {
  private readonly pathOfRow: string[] = [];
  private readonly rowOfPath = new Map<string, number>();
  private lengths = new Float64Array(1024);
  /** Header kind, date and day of analysis, as numbers into `strings` (date −1: none). */
  private kinds = new Int32Array(1024);
  private dates = new Int32Array(1024);
  private days = new Int32Array(1024);
  /** The row's slab, and where its title, findings, line lengths and titled mentions lie in it
   *  (each section ends where the next starts; `titledTo` ends the row). */
  private slabOf = new Int32Array(1024);
  private titleFrom = new Int32Array(1024);
  private findingsFrom = new Int32Array(1024);
  private linesFrom = new Int32Array(1024);
  private titledFrom = new Int32Array(1024);
  private titledTo = new Int32Array(1024);
  /** Line ends of the few rows whose starts do not imply them (a CRLF file). */
  private readonly lineEnds = new Map<number, Uint32Array>();
  /** Where rows are written, and every slab it handed out (a row names its slab by number). */
  private readonly bytes = new Slabs((n) => new Uint8Array(n), SLAB_BYTES);
  private readonly slabs: Uint8Array[] = [];
  /** Header kinds, dates, days, and the findings' codes, severities and messages: each once. */
  private readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();
  private scratch = new Uint8Array(4096);

  get size(): number {
    return this.rowOfPath.size;
  }

  has(path: string): boolean {
    return this.rowOfPath.has(path);
  }

  /** The article leaves the rows (applied again elsewhere, or removed). */
  delete(path: string): boolean {
    return this.rowOfPath.delete(path);
  }

  /** The paths held, in the order their rows were written. */
  paths(): IterableIterator<string> {
    return this.rowOfPath.keys();
  }

  /** Writes the article's row (one the rows do not hold). */
  add(x: RowInput): void {
    const row = this.pathOfRow.length;
    if (row === this.lengths.length) this.grow();
    this.pathOfRow.push(x.path);
    this.rowOfPath.set(x.path, row);
    this.lengths[row] = x.length;
    this.kinds[row] = this.number(x.header.kind);
    this.dates[row] = x.header.date === undefined ? -1 : this.number(x.header.date);
    this.days[row] = this.number(x.today);
    if (x.lineEnds) this.lineEnds.set(row, x.lineEnds);

    const title = x.header.title === undefined ? '' : JSON.stringify(x.header.title);
    const findings = x.findings.length ? JSON.stringify(numberFindings(x.findings, (s) => this.number(s))) : '';
    const starts = x.lineStarts;
    const t = x.titled;
    let most = 3 * (title.length + findings.length);
    for (let k = 1; k < starts.length; k++) most += sizeOf(starts[k] - starts[k - 1]);
    most += t.length * 8;
    if (most > this.scratch.length) this.scratch = new Uint8Array(Math.max(most, 2 * this.scratch.length));
    const b = this.scratch;
    let at = title ? encoder.encodeInto(title, b).written : 0;
    const findingsFrom = at;
    if (findings) at += encoder.encodeInto(findings, b.subarray(at)).written;
    const linesFrom = at;
    at = putLineLengths(b, at, starts);
    const titledFrom = at;
    at = putTitled(b, at, t);
    const base = this.bytes.place(b.subarray(0, at));
    const slab = this.bytes.lastSlab;
    if (this.slabs[this.slabs.length - 1] !== slab) this.slabs.push(slab);
    this.slabOf[row] = this.slabs.length - 1;
    this.titleFrom[row] = base;
    this.findingsFrom[row] = base + findingsFrom;
    this.linesFrom[row] = base + linesFrom;
    this.titledFrom[row] = base + titledFrom;
    this.titledTo[row] = base + at;
  }

  /** The rows' own copy of a path they hold. */
  pathOf(path: string): string | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : this.pathOfRow[row];
  }

  facts(path: string): ArticleFacts | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : { path: this.pathOfRow[row], length: this.lengths[row], header: { kind: this.kindAt(row), date: this.dateAt(row) }, today: this.dayAt(row) };
  }

  dateOf(path: string): string | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : this.dateAt(row);
  }

  titleOf(path: string): string | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : this.titleAt(row);
  }

  findings(path: string): Finding[] | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : this.findingsAt(row);
  }

  titled(path: string): StoredTitled | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : this.titledAt(row);
  }

  lineBoundaries(path: string): LineBoundaries | undefined {
    const row = this.rowOfPath.get(path);
    return row === undefined ? undefined : { lineStarts: this.lineStartsAt(row), lineEnds: this.lineEnds.get(row), length: this.lengths[row] };
  }

  /** The whole stored summary, made now. */
  summary(path: string): StoredSummary | undefined {
    const row = this.rowOfPath.get(path);
    if (row === undefined) return undefined;
    return {
      path: this.pathOfRow[row],
      length: this.lengths[row],
      header: { kind: this.kindAt(row), date: this.dateAt(row), title: this.titleAt(row) },
      findings: this.findingsAt(row),
      lineStarts: this.lineStartsAt(row),
      lineEnds: this.lineEnds.get(row),
      titled: this.titledAt(row),
      today: this.dayAt(row),
    };
  }

  /** The row of a path held: what the row-numbered readers below take. */
  rowOf(path: string): number | undefined {
    return this.rowOfPath.get(path);
  }

  pathAt(row: number): string {
    return this.pathOfRow[row];
  }

  lengthAt(row: number): number {
    return this.lengths[row];
  }

  kindAt(row: number): HeaderFacts['kind'] {
    return this.strings[this.kinds[row]] as HeaderFacts['kind'];
  }

  dateAt(row: number): string | undefined {
    const d = this.dates[row];
    return d < 0 ? undefined : this.strings[d];
  }

  /** The day the row's article was analysed on. */
  dayAt(row: number): string {
    return this.strings[this.days[row]];
  }

  lineEndsAt(row: number): Uint32Array | undefined {
    return this.lineEnds.get(row);
  }

  findingsAt(row: number): Finding[] {
    const from = this.findingsFrom[row];
    const to = this.linesFrom[row];
    if (from === to) return NO_FINDINGS;
    return namedFindings(JSON.parse(decoder.decode(this.slabs[this.slabOf[row]].subarray(from, to))) as NumberedFinding[], this.strings);
  }

  /** The row's title as JSON (jsonRuns.ts; an empty run: none), its line lengths or its titled
   *  mentions as a saved index writes them (lineColumn.ts, titledColumn.ts), in `out`: a save
   *  copies them as they are. */
  run(row: number, part: 'title' | 'lines' | 'titled', out: ByteRun): ByteRun {
    out.bytes = this.slabs[this.slabOf[row]];
    out.from = part === 'title' ? this.titleFrom[row] : part === 'lines' ? this.linesFrom[row] : this.titledFrom[row];
    out.to = part === 'title' ? this.findingsFrom[row] : part === 'lines' ? this.titledFrom[row] : this.titledTo[row];
    return out;
  }

  private titleAt(row: number): string | undefined {
    const from = this.titleFrom[row];
    const to = this.findingsFrom[row];
    return from === to ? undefined : (JSON.parse(decoder.decode(this.slabs[this.slabOf[row]].subarray(from, to))) as string);
  }

  private titledAt(row: number): StoredTitled {
    return storedTitledAt(this.slabs[this.slabOf[row]], this.titledFrom[row], this.titledTo[row]);
  }

  private lineStartsAt(row: number): Uint32Array {
    return lineStartsAt(this.slabs[this.slabOf[row]], this.linesFrom[row], this.titledFrom[row]);
  }

  private number(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) this.numbers.set(s, (n = this.strings.push(s) - 1));
    return n;
  }

  private grow(): void {
    const twice = <T extends Int32Array | Float64Array>(a: T): T => grown(a, a.length * 2);
    this.lengths = twice(this.lengths);
    this.kinds = twice(this.kinds);
    this.dates = twice(this.dates);
    this.days = twice(this.days);
    this.slabOf = twice(this.slabOf);
    this.titleFrom = twice(this.titleFrom);
    this.findingsFrom = twice(this.findingsFrom);
    this.linesFrom = twice(this.linesFrom);
    this.titledFrom = twice(this.titledFrom);
    this.titledTo = twice(this.titledTo);
  }
}
