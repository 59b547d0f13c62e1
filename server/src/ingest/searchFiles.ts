// Reads article files and finds a phrase in them, with the context of each match: what a pool
// thread does for a phrase concordance (the server keeps no article text in memory).

import { translator, type Language } from '../core/i18n';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { keywordInContext, type ContextLine } from '../core/search/keywordInContext';
import { findPhrase, type PhraseQuery } from '../core/search/phraseSearch';
import { LineIndex, type Position } from '../core/text/lineIndex';
import { readArticleFromDisk, type ReadArticleFile } from './summarizeFile';

export interface PhraseSearchJob {
  /** Each file with its corpus root and that corpus's language (of the reason a file is not searched). */
  files: Array<{ path: string; root: string; language?: Language }>;
  query: PhraseQuery;
  /** Characters of context each side. */
  context: number;
  /** Stop counting rows' context after this many matches in one file (the rest are counted). */
  maxRowsPerFile: number;
}

export interface PhraseHit extends ContextLine {
  start: Position;
  end: Position;
}

export interface FileHits {
  path: string;
  hits: PhraseHit[];
  /** Matches in the file, including those beyond maxRowsPerFile. */
  total: number;
  unreadable?: string;
}

export function searchText(text: string, query: PhraseQuery, context: number, maxRows: number): { hits: PhraseHit[]; total: number } {
  const matches = findPhrase(text, query);
  if (!matches.length || maxRows <= 0) return { hits: [], total: matches.length };
  const lines = new LineIndex(text);
  const hits = matches.slice(0, maxRows).map((m) => ({ ...keywordInContext(text, m.start, m.end, context), start: lines.positionAt(m.start), end: lines.positionAt(m.end) }));
  return { hits, total: matches.length };
}

export async function searchFiles(job: PhraseSearchJob, readFile: ReadArticleFile = readArticleFromDisk): Promise<FileHits[]> {
  const out: FileHits[] = [];
  for (const { path, root, language } of job.files) {
    const read = await readFile(path, root, language);
    if (!read.ok) {
      out.push({ path, hits: [], total: 0, unreadable: read.missing ? translator(language)('export.gone') : read.reason });
      continue;
    }
    const decoded = decodeArticle(read.bytes, language);
    if (!decoded.ok) {
      out.push({ path, hits: [], total: 0, unreadable: decoded.reason });
      continue;
    }
    out.push({ path, ...searchText(decoded.text, job.query, job.context, job.maxRowsPerFile) });
  }
  return out;
}
