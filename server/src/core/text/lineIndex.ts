// Converts between UTF-16 offsets and (line, character) positions, as LSP counts them.
// Keeps only line boundaries, not the text, so it can outlive a file read from disk.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  // Typed arrays: the server keeps one per article of the corpus (100,000 of them).
  private readonly starts: Uint32Array;
  /** Undefined when each line but the last ends one character before the next starts (see impliedLineEnds). */
  private readonly ends: Uint32Array | undefined;
  readonly length: number;

  /** Line boundaries computed elsewhere (an ArticleSummary's), kept without copying. */
  static fromBoundaries(starts: Uint32Array, ends: Uint32Array | undefined, length: number): LineIndex {
    const li = Object.create(LineIndex.prototype) as { starts: Uint32Array; ends: Uint32Array | undefined; length: number };
    li.starts = starts;
    li.ends = ends;
    li.length = length;
    return li as unknown as LineIndex;
  }

  constructor(text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = Uint32Array.from(starts);
    this.ends = Uint32Array.from(ends);
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  lineStart(line: number): number {
    return this.starts[line] ?? this.length;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (this.ends) return this.ends[line] ?? this.length;
    return line >= 0 && line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length;
  }
}

/** Whether `ends` says nothing `starts` does not: every line but the last ends with a one-
 *  character break (LF, or a lone CR), the last at the end of the text. Most articles: their
 *  ends need not be kept (100,000 arrays at a warm start). */
export function impliedLineEnds(starts: Uint32Array, ends: Uint32Array, length: number): boolean {
  const n = starts.length;
  if (ends.length !== n || ends[n - 1] !== length) return false;
  for (let i = 0; i + 1 < n; i++) if (ends[i] !== starts[i + 1] - 1) return false;
  return true;
}
