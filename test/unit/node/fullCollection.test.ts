import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { collectAllGarbage } from '../../../server/src/node/fullCollection';
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

/** The old generation's pages, in MB (what V8 holds for it, used or not). */
function oldSpaceMb(): number {
  const old = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  return (old?.space_size ?? 0) / 1048576;
}

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

  it("gives back the pages that garbage left half used, as a scan's does", async function () {
    this.timeout(30_000);
    // 30 MB of small objects that live long enough to be old, then every other one dropped:
    // each page is left half full, which a collection alone does not move objects out of.
    const kept: Array<{ a: number; b: string } | undefined> = [];
    for (let i = 0; i < 300_000; i++) kept.push({ a: i, b: `article ${i} of the corpus` });
    await collectAllGarbage();
    const full = oldSpaceMb();
    for (let i = 0; i < kept.length; i += 2) kept[i] = undefined;
    const collected = await collectAllGarbage();
    assert.ok(collected, 'this Node.js can be asked for a full collection');
    const after = oldSpaceMb();
    // Half the objects are gone: their pages' worth must go back, not only their space inside pages.
    assert.ok(after < full - 8, `old space ${full.toFixed(1)} MB before, ${after.toFixed(1)} MB after`);
    assert.equal(kept.filter(Boolean).length, 150_000);
  });
});
