// The checks that look beyond one article's text (file name, shared ids, duplicate bodies),
// kept incrementally so the server and the CLI ask the same thing the same way.

import type { CorpusConfig } from '../config/corpusConfig';
import type { Finding } from '../diagnostic';
import { DuplicateIndex } from './duplicateIndex';
import { FileIdIndex, fileNameFindings } from './fileNames';

export class CorpusChecks {
  private readonly ids = new FileIdIndex();
  private readonly duplicates = new DuplicateIndex();

  /** Adds or replaces an article; returns the other articles whose findings changed. */
  set(path: string, text: string): string[] {
    return [...new Set([...this.ids.add(path), ...this.duplicates.set(path, text)])].filter((p) => p !== path);
  }

  /** Keeps the file's id but forgets its body (it could not be read). */
  setUnreadable(path: string): string[] {
    return [...new Set([...this.ids.add(path), ...this.duplicates.delete(path)])].filter((p) => p !== path);
  }

  /** Removes an article; returns the articles whose findings changed. */
  delete(path: string): string[] {
    return [...new Set([...this.ids.delete(path), ...this.duplicates.delete(path)])].filter((p) => p !== path);
  }

  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    return [...fileNameFindings(path, config), ...this.ids.findingsFor(path, config), ...this.duplicates.findingsFor(path, config)];
  }
}
