import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../support/sharedCorpus';

describe('the server over stdio, given a broken message', function () {
  this.timeout(20_000);

  it('exits with a message instead of living on deaf (Content-Length: abc)', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.write('Content-Length: abc\r\n\r\n{}');
    assert.equal(await exited, 1);
    assert.match(stderr, /unreadable message from the client \(Content-Length value must be a number/);
  });
});
