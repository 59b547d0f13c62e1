// A loaded registry kept on disk and handed to worker threads as bytes: reading a 600 KB
// entities.yaml with the YAML library takes about half a second, and every process and every
// worker paid it at start; restoring the loaded state takes a few milliseconds. The snapshot
// also carries the recognizer's name index (the registry's names, ICU's country names and the
// world's cities compiled into one automaton): a thread's first analysis built it, a quarter
// of a second.
//
// A snapshot is keyed by everything loading depends on (the analyser's version, the messages'
// language, ICU's version, each source's path, kind and text), so an edited entities.yaml or a new version
// simply misses; a damaged or foreign file is ignored and written again, never trusted.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { createHash } from 'node:crypto';
import { EntityRegistry, loadRegistry, type LoadResult, type RegistryState } from '../core/entities/registry';
import type { RegistryProblem, RegistrySource } from '../core/entities/types';
import type { Language } from '../core/i18n';
import { ANALYZER_VERSION } from '../core/summary/articleSummary';
import { readIfPresent } from './readIfPresent';
import { replaceFileSync } from './replaceFile';
import { compactViews } from './compactViews';
import { withBuiltinTrees } from './builtinTrees';
import { adoptNameIndex, nameIndexState, type NameIndexState } from '../core/entities/passes/claims';
import { wordsOf } from '../core/entities/passes/words';

const FORMAT = 4;
/** Snapshots kept in a cache folder: the corpora of a workspace, and a few recent edits. */
const KEEP = 8;

/**
 * A snapshot file: where its body starts, less 4 (4 bytes, little-endian), its head, zeros up
 * to a multiple of 8, its body. The head is small and read at start (the problems go into the
 * settings' diagnostics); the body, most of the file, is restored when the registry is first
 * used: a warm start that analyses nothing is ready without it (about 0.1 s for a registry of
 * 2,700 entries).
 */
interface SnapshotHead {
  format: number;
  key: string;
  problems: RegistryProblem[];
}

interface SnapshotBody {
  state: RegistryState;
  /** The recognizer's name index of the registry, built once with it. */
  names: NameIndexState;
}

/** A registry's problems, and the registry itself at once or when first asked for. */
export interface OpenedRegistry {
  problems: RegistryProblem[];
  registry: EntityRegistry | (() => EntityRegistry);
}

/** Where the snapshot of each registry object is, read from or written as: a worker gets
 *  those bytes instead of a second serialisation. A file that is there is read again when a
 *  worker starts (a few milliseconds), not kept in memory for one that may never start. The
 *  same for a registry not restored yet, by the function that restores it. */
const snapshotOfRegistry = new WeakMap<EntityRegistry | (() => EntityRegistry), { file: string } | Uint8Array>();

function snapshotKey(sources: readonly RegistrySource[], language: Language | undefined): string {
  const h = createHash('sha1');
  // The name index holds ICU's country names: another ICU may name them otherwise.
  h.update(`${FORMAT}\0${ANALYZER_VERSION}\0${language ?? ''}\0${process.versions.icu ?? ''}`);
  for (const s of sources) h.update(`\0${s.path}\0${s.builtin ? 1 : 0}\0${s.unreadable ?? ''}\0${s.text.length}\0${s.text}`);
  return h.digest('hex').slice(0, 24);
}

function serialize(key: string, registry: EntityRegistry, problems: RegistryProblem[]): Uint8Array {
  const head = v8.serialize({ format: FORMAT, key, problems } satisfies SnapshotHead);
  const body = v8.serialize({ state: registry.toState(), names: nameIndexState(registry, wordsOf(registry.lexicon)) } satisfies SnapshotBody);
  // The body starts at a multiple of 8: its typed arrays are read back as views, not copied.
  const at = 8 * Math.ceil((4 + head.length) / 8);
  const out = Buffer.alloc(at + body.length);
  out.writeUInt32LE(at - 4, 0);
  head.copy(out, 4);
  body.copy(out, at);
  return out;
}

/** The head of a snapshot (made for `key`, when given) and the bytes of its body; undefined
 *  when the bytes are not one. */
function readHead(bytes: Uint8Array, key?: string): { head: SnapshotHead; body: Uint8Array } | undefined {
  try {
    if (bytes.length < 4) return undefined;
    const length = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(0);
    if (4 + length > bytes.length) return undefined;
    const head = v8.deserialize(bytes.subarray(4, 4 + length)) as SnapshotHead;
    if (head?.format !== FORMAT || (key !== undefined && head.key !== key) || !Array.isArray(head.problems)) return undefined;
    return { head, body: bytes.subarray(4 + length) };
  } catch {
    return undefined;
  }
}

/** The registry a snapshot's body holds; undefined when the bytes are not one. */
function restoreBody(body: Uint8Array): EntityRegistry | undefined {
  try {
    const s = v8.deserialize(body) as SnapshotBody;
    if (!Array.isArray(s?.state?.entities) || !Array.isArray(s.state.owners) || !Array.isArray(s.names?.gazetteer?.patterns)) return undefined;
    // (The name index holds the snapshot's typed arrays; the rest is plain data, walked for nothing.)
    compactViews(s.names, body.buffer);
    const registry = EntityRegistry.fromState(s.state);
    adoptNameIndex(registry, s.names);
    return registry;
  } catch {
    return undefined;
  }
}

/** The registry of these sources, from the snapshot in `folder` when one was made from the
 *  same sources, else loaded and (with a folder) written there for next time. */
export function loadRegistryCached(sources: RegistrySource[], options: { language?: Language; folder?: string } = {}): LoadResult {
  const opened = openRegistryCached(sources, options);
  return { problems: opened.problems, registry: typeof opened.registry === 'function' ? opened.registry() : opened.registry };
}

/**
 * loadRegistryCached, the registry itself restored from its snapshot only when first asked
 * for: its problems come from the snapshot's head at once. A body found damaged then is
 * loaded from the sources (and written again).
 */
export function openRegistryCached(sources: RegistrySource[], options: { language?: Language; folder?: string } = {}): OpenedRegistry {
  if (!options.folder) return loadRegistry(withBuiltinTrees(sources), { language: options.language });
  const key = snapshotKey(sources, options.language);
  const file = path.join(options.folder, `registry-${key}.bin`);
  const bytes = readIfPresent(file);
  const read = bytes && readHead(bytes, key);
  if (read) {
    touch(file);
    let body: Uint8Array | undefined = read.body;
    let registry: EntityRegistry | undefined;
    const restore = (): EntityRegistry => {
      if (registry) return registry;
      registry = body && restoreBody(body);
      body = undefined;
      if (registry) snapshotOfRegistry.set(registry, { file });
      else registry = loadAndWrite(sources, options.language, key, file).registry;
      return registry;
    };
    snapshotOfRegistry.set(restore, { file });
    return { problems: read.head.problems, registry: restore };
  }
  return loadAndWrite(sources, options.language, key, file);
}

function loadAndWrite(sources: RegistrySource[], language: Language | undefined, key: string, file: string): LoadResult {
  const loaded = loadRegistry(withBuiltinTrees(sources), { language });
  const snapshot = serialize(key, loaded.registry, loaded.problems);
  snapshotOfRegistry.set(loaded.registry, writeSnapshot(file, snapshot) ? { file } : snapshot);
  return loaded;
}

/** A registry as bytes a worker thread restores with registryFromSnapshot (its problems are
 *  left out unless it came from a snapshot: a worker does not report them). A registry not
 *  restored yet (openRegistryCached) is not restored for it: its file is read again. */
export function registrySnapshot(given: EntityRegistry | (() => EntityRegistry)): Uint8Array {
  const known = snapshotOfRegistry.get(given);
  if (known instanceof Uint8Array) return known;
  // The file again: its name is its key, so it holds the same registry or (damaged) none, and
  // a thread that cannot restore it loads the sources. Pruned since: made anew.
  const bytes = known && readIfPresent(known.file);
  if (bytes) return bytes;
  // (A function that only loads: the snapshot of what it gives.)
  if (typeof given === 'function' && !known) return registrySnapshot(given());
  const registry = typeof given === 'function' ? given() : given;
  const made = serialize('', registry, []);
  snapshotOfRegistry.set(registry, made);
  return made;
}

/** The registry a snapshot holds (made for `key`, when given); undefined when the bytes are not one. */
export function registryFromSnapshot(bytes: Uint8Array, key?: string): LoadResult | undefined {
  const read = readHead(bytes, key);
  const registry = read && restoreBody(read.body);
  return registry ? { registry, problems: read.head.problems } : undefined;
}

/** Marks a snapshot as used, so that pruning keeps it. */
function touch(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    /* read-only folder: pruning may drop it first, no harm */
  }
}

/** Written beside and renamed into place: a reader never sees half a snapshot. The oldest
 *  snapshots beyond KEEP are removed. A folder that cannot be written costs only the speed-up. */
function writeSnapshot(file: string, bytes: Uint8Array): boolean {
  try {
    replaceFileSync(file, bytes);
  } catch {
    return false;
  }
  prune(path.dirname(file));
  return true;
}

function prune(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => /^registry-[0-9a-f]+\.bin$/.test(n));
  } catch {
    return;
  }
  if (names.length <= KEEP) return;
  const aged = names
    .map((n) => {
      const p = path.join(folder, n);
      try {
        return { p, at: fs.statSync(p).mtimeMs };
      } catch {
        return { p, at: 0 };
      }
    })
    .sort((a, b) => b.at - a.at);
  for (const { p } of aged.slice(KEEP)) fs.rmSync(p, { force: true });
}
