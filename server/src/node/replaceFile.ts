// A small file replaced whole: written beside it, then renamed into place, so that a reader
// (another process, the next start) finds the old file or the new one, never half of one.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `data` to `file` by way of `file.<pid>.<time>.tmp`; throws when it cannot (the
 *  temporary file removed). The caches remove such names left by a killed process. */
export function replaceFileSync(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
