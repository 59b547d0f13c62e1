// The messages Corpus Lens adds to LSP, named and typed once: the server sends them, the client
// (and the tests) receive them through these same names and types. Plain method names, not
// NotificationType objects, so no copy of vscode-jsonrpc has to match another.

export interface IndexReadyParams {
  /** Articles known after the scan (open ones included). */
  articles: number;
  /** The corpus roots found. */
  corpora: string[];
  /** The server's process id (for logs, and for the tests that stop it). */
  pid: number;
}

/** The corpus has been read and indexed; sent after every completed scan. */
export const INDEX_READY = 'corpusLens/indexReady';
