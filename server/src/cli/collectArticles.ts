// Turns the paths given on the command line into articles, each with its corpus settings.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { ConfigProblem } from '../core/config/corpusConfig';
import { findCorpusRoot, isPlainRelative, listArticles, loadCorpus, type Corpus } from '../node/corpusFiles';
import { translator } from '../core/i18n';
import { envLanguage } from './language';

export type CollectedItem =
  | { kind: 'article'; path: string; display: string; corpus: Corpus; /** Found by walking the whole corpus root. */ wholeCorpus?: boolean }
  | { kind: 'config'; path: string; display: string; problems: ConfigProblem[] };

/** How a file found under the folder `abs` (given as `given`; `shown` is path.join(given, '.'))
 *  is shown: as path.join(given, path.relative(abs, file)), without their cost for 100,000 files. */
export function displayPath(given: string, shown: string, abs: string, file: string): string {
  const fast = file.startsWith(abs + path.sep) && isPlainRelative(file, abs.length + 1);
  const joined = !fast ? path.join(given, path.relative(abs, file)) : shown === '.' ? file.slice(abs.length + 1) : shown.endsWith(path.sep) ? shown + file.slice(abs.length + 1) : shown + path.sep + file.slice(abs.length + 1);
  return path.sep === '/' ? joined : joined.split(path.sep).join('/');
}

export type CollectedArticle = Extract<CollectedItem, { kind: 'article' }>;

/** How the files of one folder given on the command line are shown (displayPath). */
interface GivenFolder {
  given: string;
  shown: string;
  abs: string;
}

/**
 * An article found by walking a folder given on the command line. Its path as shown is made
 * when asked for: `stats` never asks, and 100,000 of them held 12 MB of strings through a run.
 */
class WalkedArticle {
  readonly kind = 'article';
  constructor(
    readonly path: string,
    readonly corpus: Corpus,
    readonly wholeCorpus: boolean,
    private readonly folder: GivenFolder,
  ) {}

  get display(): string {
    return displayPath(this.folder.given, this.folder.shown, this.folder.abs, this.path);
  }
}

/** The articles grouped by corpus, in the order their corpora first come. */
export function corpusGroups(items: readonly CollectedItem[]): Array<{ corpus: Corpus; articles: CollectedArticle[] }> {
  const groups = new Map<string, { corpus: Corpus; articles: CollectedArticle[] }>();
  for (const item of items) {
    if (item.kind !== 'article') continue;
    const g = groups.get(item.corpus.root) ?? { corpus: item.corpus, articles: [] };
    groups.set(item.corpus.root, g);
    g.articles.push(item);
  }
  return [...groups.values()];
}

/** Files are taken as given; folders are walked for their corpus's articles (`*.txt` without settings). */
export async function collectArticles(paths: string[]): Promise<CollectedItem[]> {
  const out: CollectedItem[] = [];
  const seen = new Set<string>();
  const corpora = new Map<string, Corpus>();
  const corpusFor = async (root: string) => {
    let c = corpora.get(root);
    if (!c) {
      c = await loadCorpus(root, envLanguage());
      corpora.set(root, c);
      if (c.configPath && c.configProblems.length) {
        out.push({ kind: 'config', path: c.configPath, display: path.relative(process.cwd(), c.configPath) || c.configPath, problems: c.configProblems });
      }
    }
    return c;
  };
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      throw new Error(translator(envLanguage())('cli.noSuchPath', { path: given }));
    }
    const abs = path.resolve(given);
    // Anything but a folder is taken as an article: a FIFO or a device is then refused with a reason.
    if (!stat.isDirectory()) {
      if (seen.has(abs)) continue;
      seen.add(abs);
      const root = (await findCorpusRoot(path.dirname(abs))) ?? path.dirname(abs);
      out.push({ kind: 'article', path: abs, display: given, corpus: await corpusFor(root) });
      continue;
    }
    const root = (await findCorpusRoot(abs)) ?? abs;
    const corpus = await corpusFor(root);
    // A folder inside a corpus keeps the corpus's include/exclude, limited to that folder.
    const listed = await listArticles(corpus);
    const files = root === abs ? listed : listed.filter((f) => f.startsWith(abs + path.sep));
    const folder: GivenFolder = { given, shown: path.join(given, '.'), abs };
    // One walk lists a file once: only several paths given can name it twice.
    const once = paths.length === 1;
    for (const f of files) {
      if (!once) {
        if (seen.has(f)) continue;
        seen.add(f);
      }
      out.push(new WalkedArticle(f, corpus, root === abs, folder));
    }
  }
  return out;
}
