// The documents of the built-in registry and lexicon files as trees (core/entities/yamlTree.ts),
// written by the build beside the bundles (dist/builtin-yaml.json): a process loading a
// registry rebuilds them instead of parsing the files. Each tree is found by the hash of the
// text it was made from: a file edited since the build is parsed. The trees are given to the
// sources of one load (withBuiltinTrees), not kept with them: the sources live as long as the
// thread does, the trees are needed once.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import { yamlTree } from '../core/entities/yamlTree';
import type { RegistrySource } from '../core/entities/types';

export const BUILTIN_TREES_FILE = 'builtin-yaml.json';

/** The trees' form (yamlTree.ts): trees of another are not read. */
const FORMAT = 1;

interface TreesFile {
  format: number;
  /** By the SHA-1 of a file's text: its tree as JSON. */
  trees: Record<string, string>;
}

/** Where the build wrote the trees: beside the bundles (none when running from source). */
export function builtinTreesFile(from: string = __dirname): string {
  return path.join(from, BUILTIN_TREES_FILE);
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Writes the trees of these built-in sources (those without errors) to `outFile`; returns how many. */
export function writeBuiltinTrees(outFile: string, sources: readonly RegistrySource[]): number {
  const out: TreesFile = { format: FORMAT, trees: {} };
  for (const s of sources) {
    if (s.unreadable !== undefined) continue;
    const tree = yamlTree(parseDocument(s.text, { prettyErrors: false, uniqueKeys: false }));
    if (tree !== undefined) out.trees[sha1(s.text)] = JSON.stringify(tree);
  }
  fs.writeFileSync(outFile, JSON.stringify(out));
  return Object.keys(out.trees).length;
}

/** The sources of a load, each built-in one with its tree when `treesFile` holds one of its text. */
export function withBuiltinTrees(sources: RegistrySource[], treesFile: string = builtinTreesFile()): RegistrySource[] {
  if (!sources.some((s) => s.builtin)) return sources;
  let trees: TreesFile['trees'];
  try {
    const file = JSON.parse(fs.readFileSync(treesFile, 'utf8')) as TreesFile;
    if (file.format !== FORMAT || typeof file.trees !== 'object' || file.trees === null) return sources;
    trees = file.trees;
  } catch {
    return sources; // none (run from source) or damaged: the files are parsed
  }
  return sources.map((s) => {
    const tree = s.builtin && s.unreadable === undefined && s.tree === undefined ? trees[sha1(s.text)] : undefined;
    return typeof tree === 'string' ? { ...s, tree } : s;
  });
}
