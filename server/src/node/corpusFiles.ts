// Finding corpora and their articles on disk (Node only; the core never touches files).

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { LineIndex } from '../core/text/lineIndex';
import { globMatcher } from '../core/config/glob';
import { MAX_YAML_FILE_BYTES, readRegularFile } from './readRegularFile';
import { CONFIG_FILE, parseCorpusConfig } from '../core/config/corpusConfig';
import type { Corpus } from '../core/config/corpus';
import { translator, type Language } from '../core/i18n';

export type { Corpus } from '../core/config/corpus';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/** The nearest folder at or above `start` that holds corpus-lens.yaml. */
export async function findCorpusRoot(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    if (await exists(path.join(dir, CONFIG_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `fallbackLanguage`: the messages' language when corpus-lens.yaml sets none (the editor's, the environment's). */
export async function loadCorpus(root: string, fallbackLanguage: Language = 'en'): Promise<Corpus> {
  const configPath = path.join(root, CONFIG_FILE);
  const read = await readRegularFile(configPath, { maxBytes: MAX_YAML_FILE_BYTES, language: fallbackLanguage });
  if (!read.ok) {
    if (read.missing) return { root, config: parseCorpusConfig('', fallbackLanguage).config, configProblems: [] };
    // A FIFO, a device or a huge file: the defaults apply, and the file says why.
    const message = translator(fallbackLanguage)('config.unreadable', { file: CONFIG_FILE, reason: read.reason });
    return { root, config: parseCorpusConfig('', fallbackLanguage).config, configPath, configProblems: [{ message, start: 0, end: 0, severity: 'error' }], configLines: new LineIndex('') };
  }
  const text = read.bytes.toString('utf8');
  const { config, problems } = parseCorpusConfig(text, fallbackLanguage);
  return { root, config, configPath, configProblems: problems, configLines: new LineIndex(text) };
}

/** Decides which files under a corpus root are its articles. */
export function articleMatcher(corpus: Corpus): (absPath: string) => boolean {
  // Our own matcher: picomatch's regular expressions backtrack exponentially on globs such as
  // `**/*a*a*a*…b.txt`, which a corpus-lens.yaml may hold.
  const include = globMatcher(corpus.config.include, { dot: false });
  const exclude = corpus.config.exclude.length ? globMatcher(corpus.config.exclude, { dot: true }) : () => false;
  const under = path.resolve(corpus.root) + path.sep;
  return (absPath) => {
    // A walk hands over 100,000 paths already under the root: path.relative was half the cost.
    const rel = absPath.startsWith(under) && isPlainRelative(absPath, under.length) ? absPath.slice(under.length) : path.relative(corpus.root, absPath);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const slashed = path.sep === '/' ? rel : rel.split(path.sep).join('/');
    return include(slashed) && !exclude(slashed);
  };
}

/** The rest of `p` from `from` on holds no `.` or `..` segment and no empty one: it needs no normalising. */
export function isPlainRelative(p: string, from: number): boolean {
  if (from >= p.length) return false;
  const sep = path.sep;
  let segmentStart = from;
  for (let i = from; i <= p.length; i++) {
    if (i < p.length && p[i] !== sep && p[i] !== '/') continue;
    const len = i - segmentStart;
    if (len === 0 || (len === 1 && p[segmentStart] === '.') || (len === 2 && p[segmentStart] === '.' && p[segmentStart + 1] === '.')) return false;
    segmentStart = i + 1;
  }
  return true;
}

/** Every article of a corpus, sorted, walking the folder tree once (or picked from the files of a
 *  walk that found the root: the same tree, under the same rules). */
export async function listArticles(corpus: Corpus, walked?: readonly string[]): Promise<string[]> {
  const isArticle = articleMatcher(corpus);
  // (Both walks give their files sorted.)
  if (walked) {
    const under = corpus.root + path.sep;
    return walked.filter((f) => f.startsWith(under) && isArticle(f));
  }
  return (await walk(corpus.root)).filter(isArticle);
}

/** Folders under `dir` (inclusive) that hold corpus-lens.yaml. */
export async function findCorpusRoots(dir: string): Promise<string[]> {
  return (await findCorpora(dir)).roots;
}

/** The same, with every file met on the way. */
export async function findCorpora(dir: string): Promise<{ roots: string[]; files: string[] }> {
  const files = await walk(dir);
  // (A walk's paths are a folder, a separator and a name: no path.basename for each of 100,000.)
  const named = path.sep + CONFIG_FILE;
  const roots = files.filter((f) => f.endsWith(named)).map((f) => path.dirname(f));
  return { roots: roots.sort(), files };
}

/**
 * Every file under `dir`, sorted as `Array.prototype.sort` sorts paths. Each folder sorts its
 * own names, a subfolder's as its name and a separator: the order the whole paths would sort
 * in (no name holds a separator), without sorting 100,000 paths that share their first 40
 * characters (50 ms even when nearly sorted already).
 */
async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  // What path.join(dir, name) puts before a name is the same for every name readdir gives (no
  // separator, never `.` or `..`): worked out once per folder, not normalised 100,000 times.
  const prefix = path.join(dir, 'x').slice(0, -1);
  // The names to sort: a file's, a folder's with the separator after it (no object per file).
  const keys: string[] = [];
  const folders = new Map<string, Promise<string[]>>();
  for (const e of entries) {
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      const key = e.name + path.sep;
      keys.push(key);
      // The folders are read side by side (the thread pool's four at a time): one after
      // another, the 100 folders of 100,000 articles left the main thread idle for 0.1 s.
      folders.set(key, walk(prefix + e.name));
    } else keys.push(e.name); // FIFOs, devices and links too: the reader refuses them with a reason, not in silence.
  }
  keys.sort();
  const out: string[] = [];
  // (Index loops: run a thousand times each, not often enough to be compiled, a for…of made
  // an iterator result for every path, 6 MB at 100,000 articles.)
  for (let k = 0; k < keys.length; k++) {
    const folder = folders.get(keys[k]);
    if (folder === undefined) {
      out.push(prefix + keys[k]);
      continue;
    }
    const files = await folder;
    for (let i = 0; i < files.length; i++) out.push(files[i]);
  }
  return out;
}
