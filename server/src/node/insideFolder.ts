// Whether a file, its links followed, lies inside a folder: a corpus someone else wrote must not
// make us read or write through a link to /etc.

import * as fs from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';

const realFolders = new Map<string, Promise<string>>();

export async function isReallyInside(file: string, folder: string): Promise<boolean> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    return true; // gone or unreadable: the reader says so
  }
  let base = realFolders.get(folder);
  if (!base) realFolders.set(folder, (base = fs.realpath(folder).catch(() => path.resolve(folder))));
  return liesIn(real, await base);
}

/** A real path at or under a real folder. */
function liesIn(real: string, root: string): boolean {
  return real === root || real.startsWith(root + path.sep);
}

const realFoldersSync = new Map<string, string>();

/** isReallyInside, blocking: for a pool thread, where waiting on the disk holds up nothing else. */
export function isReallyInsideSync(file: string, folder: string): boolean {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch {
    return true; // gone or unreadable: the reader says so
  }
  let root = realFoldersSync.get(folder);
  if (root === undefined) {
    try {
      root = realpathSync.native(folder);
    } catch {
      root = path.resolve(folder);
    }
    realFoldersSync.set(folder, root);
  }
  return liesIn(real, root);
}
