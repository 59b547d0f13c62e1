// The file: URI of a path, as VS Code writes it, many thousand times per answer (references,
// symbols, diagnostics' related places): `pathToFileURL` parses a whole URL each time, while
// an absolute POSIX path of plain characters needs none of it.

import { fileURLToPath, pathToFileURL } from 'node:url';

/** An absolute, normalised POSIX path (no empty, `.` or `..` segment, no trailing slash: those
 *  `pathToFileURL` resolves) of characters it leaves as they are. */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/;

export function fileUriOf(p: string): string {
  return process.platform !== 'win32' && PLAIN_PATH.test(p) ? `file://${p}` : pathToFileURL(p).toString();
}

/** The path of a file: URI, the other way: a URI of a plain path (as fileUriOf writes it, and
 *  as VS Code sends it) needs no URL parser either. */
export function filePathOf(uri: string): string {
  if (process.platform !== 'win32' && uri.startsWith('file:///')) {
    const p = uri.slice(7);
    if (PLAIN_PATH.test(p)) return p;
  }
  return fileURLToPath(uri);
}
