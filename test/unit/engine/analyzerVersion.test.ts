// The cache's analyser version hashes the core's source except the folders that make no
// summary (scripts/build.mjs, NOT_ANALYSIS): that holds only while nothing that analyses an
// article imports them, or a change there could leave stale summaries in the cache.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../entities/helpers';

const core = path.join(repoRoot, 'server', 'src', 'core');
const NOT_ANALYSIS = ['index', 'export', 'search'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('analyser version', () => {
  it('leaves out only core folders that no analysing module imports', () => {
    const build = fs.readFileSync(path.join(repoRoot, 'scripts', 'build.mjs'), 'utf8');
    for (const f of NOT_ANALYSIS) assert.ok(build.includes(`'server/src/core/${f}'`), `build.mjs leaves out core/${f}`);
    const offenders: string[] = [];
    for (const file of sources(core)) {
      const folder = path.relative(core, file).split(path.sep)[0];
      if (NOT_ANALYSIS.includes(folder)) continue;
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (!m[1].startsWith('.')) continue;
        const target = path.relative(core, path.resolve(path.dirname(file), m[1])).split(path.sep)[0];
        if (NOT_ANALYSIS.includes(target)) offenders.push(`${path.relative(core, file)} imports ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
