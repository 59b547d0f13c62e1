import type { Location } from 'vscode-languageserver';

/** Turns (path, offsets) into LSP locations: the server knows the URIs and line boundaries. */
export interface Locator {
  location(path: string, start: number, end: number): Location | undefined;
}
