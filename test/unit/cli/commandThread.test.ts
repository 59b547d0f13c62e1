import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMAND_YOUNG_GENERATION_MB, runOnThread } from '../../../server/src/node/commandThread';

describe('a command run on a thread of its own (node/commandThread)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-thread-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the script with the command line given, its young generation capped, and answers its exit status', async () => {
    const script = path.join(dir, 'command.js');
    const seen = path.join(dir, 'seen.json');
    fs.writeFileSync(script, `const wt = require('node:worker_threads');\nrequire('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify({ main: wt.isMainThread, args: process.argv.slice(2), young: wt.resourceLimits.maxYoungGenerationSizeMb }));\nprocess.exitCode = 3;\n`);
    assert.equal(await runOnThread(script, ['stats', '--json', 'a folder']), 3);
    assert.deepEqual(JSON.parse(fs.readFileSync(seen, 'utf8')), { main: false, args: ['stats', '--json', 'a folder'], young: COMMAND_YOUNG_GENERATION_MB });
  });

  it('says an error the script did not catch, and ends with a failing status', async () => {
    const script = path.join(dir, 'throws.js');
    fs.writeFileSync(script, "throw new Error('the disk went away');\n");
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((s: string) => written.push(String(s)) > 0) as typeof process.stderr.write;
    try {
      assert.equal(await runOnThread(script, []), 1);
    } finally {
      process.stderr.write = write;
    }
    assert.match(written.join(''), /^corpus-lens: the disk went away$/m);
  });
});
