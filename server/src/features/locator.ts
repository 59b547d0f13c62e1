import type { Location } from 'vscode-languageserver';

/** Turns (path, offsets) into LSP locations: the server knows the URIs and line boundaries. */
export interface Locator {
  location(path: string, start: number, end: number): Location | undefined;
  /** The locations of one document, its URI and lines looked up once: references to an
   *  entity come a document's mentions at a time. */
  inDocument(path: string): (start: number, end: number) => Location | undefined;
}
