import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { parseLexicon } from '../../../server/src/core/entities/lexicon';
import { withBuiltinTrees, writeBuiltinTrees, BUILTIN_TREES_FILE } from '../../../server/src/node/builtinTrees';
import { builtinDataDir, readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';
import { repoRoot } from '../../support/sharedCorpus';

describe('the built-in registry rebuilt from the trees the build wrote', function () {
  this.timeout(60_000);
  const dir = builtinDataDir();
  const plain = readBuiltinRegistrySources(dir);
  let tmp: string;
  let trees: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-trees-'));
    trees = path.join(tmp, BUILTIN_TREES_FILE);
    writeBuiltinTrees(trees, plain);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives every built-in file a tree, and loads the same registry and lexicon from them', () => {
    const withTrees = withBuiltinTrees(plain, trees);
    assert.deepEqual(withTrees.filter((s) => s.tree === undefined).map((s) => s.path), []);
    const a = loadRegistry(plain);
    const b = loadRegistry(withTrees);
    // The same entities, aliases, titles and where each is defined (go to definition opens the file there).
    assert.deepEqual(b.registry.toState(), a.registry.toState());
    assert.deepEqual(b.problems, a.problems);
    // (A line added to each text: parseLexicon keeps what it read by text, and would answer the second from the first.)
    const lexicon = (sources: typeof plain) => parseLexicon(sources.filter((s) => s.path.includes(`${path.sep}lexicon${path.sep}`)).map((s) => ({ ...s, text: `${s.text}\n` })));
    assert.deepEqual(lexicon(withTrees), lexicon(plain));
  });

  it('parses a file whose text is not the one its tree was made from', () => {
    const edited = plain.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n# edited\n` } : s));
    const read = withBuiltinTrees(edited, trees);
    assert.equal(read[0].tree, undefined);
    assert.ok(read.slice(1).every((s) => s.tree !== undefined));
  });

  it('reads no tree from a file of another form or a damaged one', () => {
    const other = path.join(tmp, 'other.json');
    const written = JSON.parse(fs.readFileSync(trees, 'utf8'));
    for (const bytes of [JSON.stringify({ ...written, format: written.format + 1 }), JSON.stringify({ format: written.format }), '{"format": 1, "trees": {']) {
      fs.writeFileSync(other, bytes);
      assert.ok(withBuiltinTrees(plain, other).every((s) => s.tree === undefined), bytes.slice(0, 40));
    }
  });

  it('is written by the build for the files as they are (dist/builtin-yaml.json)', () => {
    const built = path.join(repoRoot, 'dist', BUILTIN_TREES_FILE);
    if (!fs.existsSync(built)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const read = withBuiltinTrees(plain, built);
    assert.deepEqual(read.filter((s) => s.tree === undefined).map((s) => path.relative(dir, s.path)), []);
  });
});
