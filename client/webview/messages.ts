// The messages between the two webviews (concordance, timeline) and the extension host, typed once
// for both sides. Types only: the webview bundle and the client bundle both import this file.

import type { ConcordanceRow, TimelineResult } from '../../server/src/protocol/corpusLensProtocol';

// ---- Concordance --------------------------------------------------------------------------

export type ConcordanceSortKey = 'found' | 'left' | 'match' | 'right' | 'date' | 'file';
export type ConcordanceStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A row as the webview gets it: the server's row, its place in the order found, and its file name. */
export interface ConcordanceViewRow extends ConcordanceRow {
  id: number;
  file: string;
}

/** What the panel shows, in full (sent when the webview (re)starts or a new query begins). */
export interface ConcordanceViewState {
  /** "Vladimir Putin", "“hà nội” (diacritics ignored)". Empty before the first query. */
  label: string;
  /** Only the articles dated in this month (`YYYY-MM`), or `undated` for those without a header date. */
  month?: string;
  rows: ConcordanceViewRow[];
  status: ConcordanceStatus;
  /** The most rows the server sends (it goes on counting the matches after them). */
  limit?: number;
  /** Matches found by the server (can exceed the rows sent). */
  total?: number;
  /** The server's `total` when it exceeds the rows received: the table shows the first ones only. */
  truncated?: boolean;
  problem?: string;
  error?: string;
}

export type ConcordanceToWebview =
  | { type: 'state'; state: ConcordanceViewState }
  | { type: 'rows'; rows: ConcordanceViewRow[] }
  | { type: 'end'; status: ConcordanceStatus; total?: number; truncated?: boolean; problem?: string; error?: string }
  | { type: 'clickRow'; index: number; requestId: number };

/** What the table shows after a render, read back from the DOM (for the e2e tests). */
export interface ConcordanceRendered {
  status: ConcordanceStatus;
  label: string;
  month?: string;
  /** Row elements in the table. */
  rows: number;
  /** The number of matches the summary line gives. */
  total: number;
  /** Articles among the rows (with a match), as the summary line gives them. */
  articles: number;
  /** The first five rows as displayed (after sorting and grouping). */
  first: Array<{ left: string; match: string; right: string; file: string; date: string }>;
  grouped: boolean;
  /** Group headers as displayed, e.g. "2026-02 (12)". */
  groups: string[];
  sort: ConcordanceSortKey;
  descending: boolean;
  /** The summary line as displayed. */
  summary: string;
}

export type ConcordanceFromWebview =
  | { type: 'ready' }
  | { type: 'open'; id: number; requestId?: number }
  | { type: 'clickFailed'; requestId: number; reason: string }
  | { type: 'cancel' }
  | { type: 'search' }
  /** Drop the month filter: the same query over every month. */
  | { type: 'allMonths' }
  | { type: 'export'; ids: number[] }
  | ({ type: 'rendered' } & ConcordanceRendered);

// ---- Timeline -----------------------------------------------------------------------------

export type TimelineToWebview =
  | { type: 'loading'; keys: string[] }
  | { type: 'data'; result: TimelineResult }
  | { type: 'error'; message: string }
  | { type: 'clickBar'; datasetIndex: number; monthIndex: number; requestId: number };

/** What the chart and the lists show after a render (for the e2e tests). */
export interface TimelineRendered {
  /** The chart's labels. */
  months: string[];
  /** The chart's datasets. */
  datasets: Array<{ key: string; label: string; data: number[]; color: string; border: string }>;
  /** The body's theme class: vscode-light, vscode-dark, vscode-high-contrast or vscode-high-contrast-light. */
  theme: string;
  /** Mentions in undated articles, per entity key, as the page states them. */
  undated: Record<string, number>;
  /** Names of the associated entities listed under the chart, per entity key, in order. */
  associated: Record<string, string[]>;
}

export type TimelineFromWebview =
  | { type: 'ready' }
  | { type: 'bar'; key: string; month: string; requestId?: number }
  | { type: 'clickFailed'; requestId: number; reason: string }
  | { type: 'add'; key?: string }
  | { type: 'remove'; key: string }
  | ({ type: 'rendered' } & TimelineRendered);

/** Kept by the webview (`vscode.setState`) so a restored panel knows what it showed. */
export interface TimelineWebviewState {
  keys: string[];
}
