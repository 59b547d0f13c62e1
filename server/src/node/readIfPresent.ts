// A cache's file read whole, or nothing when it is missing or unreadable: a cache that cannot
// be read costs only what it would have saved.

import * as fs from 'node:fs';

export function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
