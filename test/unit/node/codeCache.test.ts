import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { requireWithCodeCache } from '../../../server/src/node/codeCache';
import { repoRoot } from '../../support/sharedCorpus';

/** A bundle as esbuild writes one: CommonJS, with require, __filename and __dirname. */
const source = (n: number) => `"use strict";
const path = require('node:path');
function total(k) { let s = 0; for (let i = 0; i < k; i++) s += i * ${n}; return s; }
module.exports = { total, here: path.basename(__dirname) + '/' + path.basename(__filename) };
`;

describe('requireWithCodeCache', () => {
  let dir: string;
  let bundle: string;
  let folder: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-code-cache-'));
    bundle = path.join(dir, 'bundle.js');
    folder = path.join(dir, 'cache');
    fs.writeFileSync(bundle, source(2));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** Loads the bundle afresh (out of require's cache) and checks it works as written. */
  const load = (multiplier = 2) => {
    delete require.cache[bundle];
    const loaded = requireWithCodeCache(bundle, folder);
    const exports = loaded.exports as { total(k: number): number; here: string };
    assert.equal(exports.total(4), (0 + 1 + 2 + 3) * multiplier);
    assert.equal(exports.here, `${path.basename(dir)}/bundle.js`);
    return loaded;
  };
  const cacheFiles = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.bin')) : []);

  it('loads as require does without a folder, and keeps nothing', () => {
    delete require.cache[bundle];
    const loaded = requireWithCodeCache(bundle, undefined);
    assert.equal((loaded.exports as { total(k: number): number }).total(3), 6);
    assert.equal(loaded.use, 'none');
    assert.equal(loaded.save(), undefined);
    assert.equal(fs.existsSync(folder), false);
  });

  it('writes the cache once asked, and the next load uses it', () => {
    const first = load();
    assert.equal(first.use, 'missing');
    const file = first.save();
    assert.ok(file && fs.statSync(file).size > 0, 'a cache file');
    assert.deepEqual(cacheFiles(), [path.basename(file!)]);
    const second = load();
    assert.equal(second.use, 'used');
    // A cache that was used is not written again.
    assert.equal(second.save(), undefined);
  });

  it('does not use a damaged cache, still loads, and writes it again', () => {
    const file = load().save()!;
    const bytes = fs.readFileSync(file);
    for (let i = 16; i < bytes.length; i += 97) bytes[i] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const damaged = load();
    assert.equal(damaged.use, 'rejected');
    assert.equal(damaged.save(), file);
    assert.equal(load().use, 'used');
    // Nor a file that is no cache of ours.
    fs.writeFileSync(file, 'not a cache');
    assert.equal(load().use, 'rejected');
  });

  it('keeps the cache of another bundle of the same length apart, and drops it once the new one is written', () => {
    const old = load().save()!;
    // V8 checks only the length of the text a cache was made from: this bundle has the same.
    fs.writeFileSync(bundle, source(3));
    const changed = load(3);
    assert.equal(changed.use, 'missing');
    const file = changed.save()!;
    assert.notEqual(file, old);
    assert.deepEqual(cacheFiles(), [path.basename(file)]);
  });

  it("is given a server bundle without dynamic import(), which a script compiled by it cannot run", function () {
    this.timeout(60_000);
    const server = path.join(repoRoot, 'dist', 'serverMain.js');
    if (!fs.existsSync(server)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    assert.doesNotMatch(fs.readFileSync(server, 'utf8'), /(?<![\w$.])import\s*\(/);
  });

  it('costs nothing but the speed-up when the folder cannot be written', () => {
    fs.writeFileSync(folder, 'a file where the folder would be');
    const loaded = load();
    assert.equal(loaded.use, 'missing');
    assert.equal(loaded.save(), undefined);
  });
});
