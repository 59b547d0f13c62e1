// What a run over a whole corpus counted (`stats`), kept beside its cache for the next run: when
// no article, setting, registry file or analyser changed since, the counts are the answer, and
// neither the index nor a summary needs reading. Whether anything changed is told as the
// summary cache tells it, by each file's stamp (size, modification and change times, inode),
// here all folded into one key with the settings and registry.

import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { ANALYZER_VERSION } from '../core/summary/articleSummary';
import { replaceFileSync } from '../node/replaceFile';
import { cacheFileFor, fileBeside } from './summaryCache';
import type { FileStamp } from '../workspace/corpusHost';

const FORMAT = 1;

interface KeptCountsFile<T> {
  format: number;
  key: string;
  /** Set when the counts hold only on the day they were made (an article dated today or later). */
  day?: string;
  counts: T;
}

/**
 * One key for everything the counts depend on: the analyser, the context (contextHash: the
 * registry and the settings that change analysis), the severities, and every article's path
 * and stamp in order. Stats are taken now; a file changed after this gives another key next
 * time, so the counts can only be counted again, never trusted wrongly.
 */
export function countsKey(context: string, rules: string, files: readonly string[], stamps?: Map<string, FileStamp | undefined>): string {
  const h = createHash('sha1');
  h.update(`${FORMAT}\0${ANALYZER_VERSION}\0${context}\0${rules}\0`);
  let batch = '';
  for (const file of files) {
    let s: fs.Stats | undefined;
    try {
      s = fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      s = undefined;
    }
    // The change time and inode move with a chmod or a file replaced by another of the same size and time.
    batch += s ? `${file}\0${s.mode}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n` : `${file}\0-\n`;
    // The same stat answers the summary cache's check when the counts do not hold.
    stamps?.set(file, s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined);
    if (batch.length > 65536) {
      h.update(batch);
      batch = '';
    }
  }
  return h.update(batch).digest('hex');
}

/** The file of a corpus's kept counts inside a cache folder, beside its summaries. */
export function keptCountsFile(folder: string, root: string): string {
  return fileBeside(cacheFileFor(folder, root), 'counts', '.json');
}

/** The counts kept under this key (and for this day, when they depend on it); a missing,
 *  foreign or damaged file gives none. */
export function loadKeptCounts<T>(file: string, key: string, today: string, valid: (counts: unknown) => counts is T): T | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptCountsFile<unknown>;
    if (s?.format !== FORMAT || s.key !== key || (s.day !== undefined && s.day !== today)) return undefined;
    return valid(s.counts) ? s.counts : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the counts under a key (`day`: they hold only that day); written to a new file renamed
 *  over the old one. Throws when it cannot. */
export function saveKeptCounts<T>(file: string, key: string, counts: T, day?: string): void {
  const kept: KeptCountsFile<T> = { format: FORMAT, key, counts, ...(day !== undefined ? { day } : {}) };
  replaceFileSync(file, JSON.stringify(kept));
}
