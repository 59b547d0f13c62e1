import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

// In a process of its own, started without --expose-gc as the server is: a large array let go
// is still held until something collects it, and collectAllGarbage must. The array's finalizer
// says when it was collected (its memory is freed by then).
const script = `
const { collectAllGarbage } = require(${JSON.stringify(path.join(repoRoot, 'server/src/node/fullCollection.ts'))});
const mb = () => process.memoryUsage().arrayBuffers / 1048576;
let collected;
const whenCollected = new Promise((resolve) => (collected = resolve));
const finalizers = new FinalizationRegistry(() => collected(mb()));
(() => finalizers.register(new Uint8Array(256 * 1048576).fill(1), 'big'))();
const held = mb();
collectAllGarbage().then(async (collection) => {
  const after = await whenCollected;
  console.log(JSON.stringify({ held, after, collection }));
});
`;

describe('collectAllGarbage', () => {
  it('frees what no one holds any more, in a process started without --expose-gc', () => {
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 8000 });
    const last = out.trim().split('\n').pop();
    // (A process with nothing left to do exits: so it does when no collection came.)
    assert.ok(last, 'the array was never collected: its finalizer did not run');
    const { held, after, collection } = JSON.parse(last) as { held: number; after: number; collection?: { rssBefore: number; ms: number } };
    assert.ok(held >= 256, `the array was held: ${held} MB`);
    assert.ok(collection, 'a collection was made');
    assert.ok(collection.rssBefore > 256 * 1048576, 'the resident size before it counts the array');
    assert.ok(after < held - 200, `the array's memory was freed: ${held.toFixed(0)} → ${after.toFixed(0)} MB`);
  });
});
