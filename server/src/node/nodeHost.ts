// The corpus host of the language server and the CLI: the disk, worker threads, and the
// summary cache in a folder (the extension's storage, or --cache-location).

import * as fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { CorpusHost } from '../workspace/corpusHost';
import { cacheFileFor, SummaryCache } from '../ingest/summaryCache';
import { SummaryPool } from '../ingest/summaryPool';
import { statFileSync } from '../ingest/summarizeFile';
import { statFiles } from './statFiles';
import { articleMatcher, findCorpora, findCorpusRoots, listArticles, loadCorpus } from './corpusFiles';
import { readBuiltinRegistrySources, readCorpusRegistrySources } from './registryFiles';
import { openRegistryCached } from './registryCache';

export function createNodeHost(options: { cacheFolder?: string } = {}): CorpusHost {
  const { cacheFolder } = options;
  return {
    findCorpusRoots,
    findCorpora,
    loadCorpus,
    articleMatcher,
    listArticles,
    builtinRegistrySources: () => readBuiltinRegistrySources(),
    loadRegistry: (sources, { language }) => openRegistryCached(sources, { language, folder: cacheFolder }),
    corpusRegistrySources: readCorpusRegistrySources,
    createSummarizer: (threads) => new SummaryPool(threads),
    stat: statFileSync,
    statFiles: (files) => statFiles(files),
    isFolder: (p) =>
      fs.stat(p).then(
        (st) => st.isDirectory(),
        () => false,
      ),
    openCache: cacheFolder
      ? (root, context, savedIndex) => {
          const cache = SummaryCache.load(cacheFileFor(cacheFolder, root), root, context, savedIndex);
          return { cache, note: cache.rejected };
        }
      : undefined,
    readSavedIndex: (root) => (cacheFolder === undefined ? Promise.resolve(undefined) : SummaryCache.readIndexBytes(cacheFileFor(cacheFolder, root))),
    hasCache: (root) => cacheFolder !== undefined && existsSync(cacheFileFor(cacheFolder, root)),
  };
}
