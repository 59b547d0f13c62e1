// Reading registry files from disk (Node only): the built-in knowledge base shipped in
// server/data/*.yaml, the recognizer's word lists in server/data/lexicon/*.yaml (read with it,
// handed to the core as sources like the others) and a corpus's own entities.yaml.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusConfig } from '../core/config/corpusConfig';
import type { RegistrySource } from '../core/entities/types';
import type { Language } from '../core/i18n';
import { loadRegistry } from '../core/entities/registry';
import { loadRegistryCached } from './registryCache';
import { parseLexicon, type Lexicon } from '../core/entities/lexicon';
import { MAX_YAML_FILE_BYTES, readRegularFile, readRegularFileSync } from './readRegularFile';
import { withBuiltinTrees } from './builtinTrees';

/**
 * The folder of the built-in registry. The bundles live in `dist/` (`dist/cli.js`,
 * `dist/server.js`) and the data stays in `server/data/`; from source (tsx, tests) this file
 * is `server/src/node/registryFiles.ts`. The first candidate that exists wins.
 */
export function builtinDataDir(from: string = __dirname): string {
  const candidates = [
    path.join(from, '..', 'server', 'data'), // dist/*.js
    path.join(from, '..', '..', 'data'), // server/src/<folder>/*.ts
    path.join(from, '..', 'data'), // server/src/*.ts
    path.join(from, 'server', 'data'), // repository root
  ];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isDirectory()) return path.resolve(c);
  return path.resolve(candidates[0]);
}

/**
 * Every `*.yaml` of the built-in registry, sorted by name, flagged builtin, then the lexicon
 * files (`lexicon/*.yaml`: the recognizer's word lists; loadRegistry tells them by their
 * `lexicon:` key). Missing folder = none.
 */
export function readBuiltinRegistrySources(dir: string = builtinDataDir()): RegistrySource[] {
  return [...readYamlFiles(dir), ...readBuiltinLexiconSources(dir)];
}

/** The lexicon files of the built-in data folder (server/data/lexicon/*.yaml), sorted by name. */
export function readBuiltinLexiconSources(dir: string = builtinDataDir()): RegistrySource[] {
  return readYamlFiles(path.join(dir, 'lexicon'));
}

let builtin: Lexicon | undefined;
/** The built-in lexicon, read once (for a registry loaded from other sources: tests, tools). */
export function builtinLexicon(): Lexicon {
  return (builtin ??= parseLexicon(withBuiltinTrees(readBuiltinLexiconSources())).lexicon);
}

function readYamlFiles(dir: string): RegistrySource[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const p = path.join(dir, name);
    const read = readRegularFileSync(p, { maxBytes: MAX_YAML_FILE_BYTES });
    return read.ok ? { path: p, text: read.bytes.toString('utf8'), builtin: true } : { path: p, text: '', builtin: true, unreadable: read.reason };
  });
}

/**
 * A corpus's registry files (`registry:` in corpus-lens.yaml, default `entities.yaml`),
 * relative to the corpus root; files that do not exist are left out.
 */
export async function readCorpusRegistrySources(root: string, config?: Pick<CorpusConfig, 'registry'> & Partial<Pick<CorpusConfig, 'language'>>): Promise<RegistrySource[]> {
  const files = config?.registry?.length ? config.registry : ['entities.yaml'];
  const out: RegistrySource[] = [];
  for (const f of files) {
    const p = path.resolve(root, f);
    const read = await readRegularFile(p, { maxBytes: MAX_YAML_FILE_BYTES, language: config?.language });
    // Not there: nothing to add. A FIFO, a device or a huge file: a registry problem says why.
    if (read.ok) out.push({ path: p, text: read.bytes.toString('utf8'), builtin: false });
    else if (!read.missing) out.push({ path: p, text: '', builtin: false, unreadable: read.reason });
  }
  return out;
}

/** Loads each corpus's registry once (built-in files read once for all), for the CLI commands. */
export class RegistryLoader {
  private readonly builtin = readBuiltinRegistrySources();

  /** `folder`: where loaded registries are kept between runs (registryCache.ts); none: loaded each run. */
  constructor(private readonly folder?: string) {}

  private readonly loaded = new Map<string, ReturnType<typeof loadRegistry>>();
  private readonly sources = new Map<string, RegistrySource[]>();

  /** The registry files of a corpus, built-in ones first, read once. */
  async sourcesFor(root: string, config?: Pick<CorpusConfig, 'registry'>): Promise<RegistrySource[]> {
    let s = this.sources.get(root);
    if (!s) {
      s = [...this.builtin, ...(await readCorpusRegistrySources(root, config))];
      this.sources.set(root, s);
    }
    return s;
  }

  async forCorpus(root: string, config?: Pick<CorpusConfig, 'registry'> & Partial<Pick<CorpusConfig, 'language'>>): Promise<ReturnType<typeof loadRegistry>> {
    return this.loaded.get(root) ?? this.load(root, await this.sourcesFor(root, config), config?.language);
  }

  /** The registry of a corpus whose sources were read (sourcesFor), loaded once. */
  load(root: string, sources: RegistrySource[], language?: Language): ReturnType<typeof loadRegistry> {
    let r = this.loaded.get(root);
    if (!r) {
      r = loadRegistryCached(sources, { language, folder: this.folder });
      this.loaded.set(root, r);
    }
    return r;
  }
}
