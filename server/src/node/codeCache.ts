// Loads a bundle with V8's code cache: the bytecode of the functions a run compiled, saved once
// they are compiled and handed back to V8 at the next start, so that the language server does
// not parse and compile its 3 MB bundle again each time (a start from the summaries' cache at
// 10,000 articles spent about 90 ms loading it). Node 20 has no compile cache of its own
// (module.enableCompileCache came with Node 22) and v8-compile-cache keeps only what compiling
// the file gives, before it runs: most functions are compiled when first called.
//
// A cache file is named by a hash of the bundle's text, V8's version and the architecture: V8
// itself checks only the text's length. It carries a CRC of its bytes, as V8 does not check
// them (a release build runs damaged bytecode as it finds it). One that fails either check costs
// only the time saved and is written again; files of other bundles are removed when one is
// written.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { readIfPresent } from './readIfPresent';
import { replaceFileSync } from './replaceFile';

/** What became of the cache when the bundle was loaded. */
export type CodeCacheUse = 'none' | 'used' | 'rejected' | 'missing';

export interface LoadedBundle {
  /** The bundle's module.exports. */
  exports: unknown;
  use: CodeCacheUse;
  /** Writes the cache of what the process compiled so far, when none was used; returns the
   *  file written, or undefined (nothing to do, or the folder cannot be written). */
  save(): string | undefined;
}

/** Node's Module, with the parts a loader of its own uses. (The bundle must not use dynamic
 *  `import()`: a script compiled here has no loader for it; esbuild's CommonJS output has none.) */
interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  exports: unknown;
}

/**
 * Requires `file` (a CommonJS bundle), with the code cache kept in `folder` when one is given;
 * without a folder, as `require` does.
 */
export function requireWithCodeCache(file: string, folder: string | undefined): LoadedBundle {
  const load = Module.createRequire(file);
  if (!folder) return { exports: load(file), use: 'none', save: () => undefined };
  const proto = (Module as unknown as { prototype: ModuleInternals }).prototype;
  const compile = proto._compile;
  let script: vm.Script | undefined;
  let cacheFile: string | undefined;
  let use: CodeCacheUse = 'missing';
  proto._compile = function (this: ModuleInternals, content: string, filename: string) {
    if (filename !== file) return compile.call(this, content, filename);
    proto._compile = compile;
    cacheFile = path.join(folder, `${path.basename(file, '.js')}-${cacheKey(content)}.bin`);
    const stored = readIfPresent(cacheFile);
    const cachedData = stored && payloadOf(stored);
    script = new vm.Script((Module as unknown as { wrap(s: string): string }).wrap(content), { filename, cachedData });
    if (stored) use = !cachedData || script.cachedDataRejected ? 'rejected' : 'used';
    const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => unknown;
    const req = Module.createRequire(filename);
    return run.call(this.exports, this.exports, req, this, filename, path.dirname(filename));
  };
  let exports: unknown;
  try {
    exports = load(file);
  } finally {
    proto._compile = compile;
  }
  let saved = false;
  return {
    exports,
    use,
    save: () => {
      if (saved || use === 'used' || !script || !cacheFile) return undefined;
      saved = true;
      try {
        fs.mkdirSync(folder, { recursive: true });
        replaceFileSync(cacheFile, withHead(script.createCachedData()));
        removeOthers(folder, path.basename(file, '.js'), cacheFile);
        return cacheFile;
      } catch {
        return undefined;
      }
    },
  };
}

function cacheKey(content: string): string {
  return createHash('sha1').update(`${process.versions.v8}\0${process.arch}\0`).update(content).digest('hex').slice(0, 20);
}

/** A cache file's first bytes: MAGIC, then the CRC-32 of the rest (4 bytes, little-endian). */
const MAGIC = Buffer.from('CLCODE01');
const HEAD = MAGIC.length + 4;

function withHead(payload: Buffer): Buffer {
  const head = Buffer.alloc(HEAD);
  MAGIC.copy(head);
  head.writeUInt32LE(crc32(payload), MAGIC.length);
  return Buffer.concat([head, payload]);
}

/** The bytes for V8 in a cache file; undefined when the file is not one or is damaged. */
function payloadOf(file: Buffer): Buffer | undefined {
  if (file.length <= HEAD || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = file.subarray(HEAD);
  return crc32(payload) === file.readUInt32LE(MAGIC.length) ? payload : undefined;
}

/** The caches of earlier builds of the same bundle. */
function removeOthers(folder: string, stem: string, keep: string): void {
  for (const name of fs.readdirSync(folder)) {
    const p = path.join(folder, name);
    if (p !== keep && name.startsWith(`${stem}-`) && name.endsWith('.bin')) fs.rmSync(p, { force: true });
  }
}
