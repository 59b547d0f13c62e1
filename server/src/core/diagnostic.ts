// Plain data the core hands to its fronts (LSP server, CLI). Offsets are UTF-16 code
// unit offsets into the article text, like JavaScript strings and LSP positions.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** When set, newText is an LSP snippet (placeholders such as `${1:…}`); `plainText` is its best guess. */
  snippet?: boolean;
  plainText?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface RelatedInformation {
  /** Another file, as a path the front understands; absent means the same article. */
  path?: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: RelatedInformation[];
  /** Marks text a fix would remove (editors fade it). */
  unnecessary?: boolean;
  /** Facts a front needs to build a fix it owns (one that edits another file). */
  data?: Record<string, unknown>;
  /** This finding stands for this many problems of its rule and severity that a summary does
   *  not keep one by one (from its place on: keptFindings). Absent: one. */
  count?: number;
}
