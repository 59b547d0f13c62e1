// A corpus host over files held in memory, for unit tests of the workspace: no disk, no
// threads. `gate` holds every summary back until released, to order events in a test.

import * as path from 'node:path';
import { parseCorpusConfig, CONFIG_FILE } from '../../../server/src/core/config/corpusConfig';
import type { Corpus } from '../../../server/src/core/config/corpus';
import { globMatcher } from '../../../server/src/core/config/glob';
import type { RegistrySource } from '../../../server/src/core/entities/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { FileSummarizer } from '../../../server/src/ingest/summarizeFile';
import { searchFiles } from '../../../server/src/ingest/searchFiles';
import type { CorpusHost, Summarizer } from '../../../server/src/workspace/corpusHost';

export interface MemoryHost extends CorpusHost {
  write(file: string, text: string): void;
  remove(file: string): void;
  /** While closed, summaries wait; `open()` lets them through. */
  gate: { close(): void; open(): void };
  /** The next read of `file` takes its text, then waits until release(file). */
  hold(file: string): void;
  release(file: string): void;
  /** Files summarised so far (in order). */
  readonly summarised: string[];
}

export function createMemoryHost(initial: Record<string, string>, builtin: RegistrySource[] = []): MemoryHost {
  const files = new Map(Object.entries(initial));
  const stamps = new Map<string, number>();
  let clock = 1;
  for (const f of files.keys()) stamps.set(f, clock++);
  let waiting: Array<() => void> | undefined;
  const held = new Map<string, { promise: Promise<void>; release: () => void; taken: boolean }>();
  const summarised: string[] = [];
  const read = async (file: string) => {
    if (waiting) await new Promise<void>((resolve) => waiting!.push(resolve));
    summarised.push(file);
    const text = files.get(file);
    const hold = held.get(file);
    if (hold && !hold.taken) {
      hold.taken = true;
      await hold.promise;
    }
    if (text === undefined) return { ok: false as const, reason: 'there is no such file', missing: true };
    const bytes = Buffer.from(text);
    return { ok: true as const, bytes, size: bytes.length, mtimeMs: stamps.get(file)! };
  };
  const matcher = (corpus: Corpus) => {
    const include = globMatcher(corpus.config.include, { dot: false });
    const exclude = corpus.config.exclude.length ? globMatcher(corpus.config.exclude, { dot: true }) : () => false;
    return (file: string) => {
      const rel = path.posix.relative(corpus.root, file);
      return !rel.startsWith('..') && include(rel) && !exclude(rel);
    };
  };
  return {
    summarised,
    write(file, text) {
      files.set(file, text);
      stamps.set(file, clock++);
    },
    remove(file) {
      files.delete(file);
    },
    hold(file) {
      let release = () => undefined as void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held.set(file, { promise, release, taken: false });
    },
    release(file) {
      held.get(file)?.release();
      held.delete(file);
    },
    gate: {
      close: () => (waiting ??= []),
      open: () => {
        const w = waiting ?? [];
        waiting = undefined;
        for (const resolve of w) resolve();
      },
    },
    async findCorpusRoots(folder) {
      return [...files.keys()].filter((f) => path.posix.basename(f) === CONFIG_FILE && (f === `${folder}/${CONFIG_FILE}` || f.startsWith(folder + '/'))).map((f) => path.posix.dirname(f)).sort();
    },
    async loadCorpus(root) {
      const configPath = `${root}/${CONFIG_FILE}`;
      const text = files.get(configPath);
      const { config, problems } = parseCorpusConfig(text ?? '');
      return text === undefined ? { root, config, configProblems: [] } : { root, config, configPath, configProblems: problems, configLines: new LineIndex(text) };
    },
    articleMatcher: matcher,
    async listArticles(corpus) {
      const isArticle = matcher(corpus);
      return [...files.keys()].filter((f) => f.endsWith('.txt') && isArticle(f)).sort();
    },
    builtinRegistrySources: () => builtin,
    async corpusRegistrySources(root, config) {
      return (config.registry.length ? config.registry : ['entities.yaml']).map((r) => path.posix.resolve(root, r)).filter((p) => files.has(p)).map((p) => ({ path: p, text: files.get(p)!, builtin: false }));
    },
    createSummarizer(): Summarizer {
      const inline = new FileSummarizer(read);
      return { jobs: 0, defineCorpus: (ctx, registry) => inline.defineCorpus(ctx, registry), summarize: (job) => inline.summarizeFile(job), search: (job) => searchFiles(job, read), close: async () => undefined };
    },
    async isFolder(p) {
      return [...files.keys()].some((f) => f.startsWith(p + '/'));
    },
    stat(file) {
      const text = files.get(file);
      return text === undefined ? undefined : { size: Buffer.byteLength(text), mtimeMs: stamps.get(file)! };
    },
  };
}
