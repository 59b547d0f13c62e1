import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseState, readStateBytes, readStateFile, writeStateFile } from '../../../server/src/ingest/stateFile';
import { arrayChunks, joined } from '../../../server/src/core/index/arrayChunks';

describe('state files (a saved index)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-state-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const value = () => ({
    name: 'chỉ mục',
    small: new Int32Array([1, -2, 3]),
    big: Int32Array.from({ length: 5000 }, (_, i) => i * 7 - 100),
    nested: { keys: Uint32Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 0), flags: new Uint8Array(4097).fill(3), list: [new Float64Array(600).fill(0.5), 'x', 0, { deep: Int16Array.from({ length: 2049 }, (_, i) => i) }] },
    strings: Array.from({ length: 100 }, (_, i) => `bài ${i}`),
    view: new Uint32Array(new ArrayBuffer(40_000), 4_000, 5_000).fill(9),
    // Pieces of one array, empty ones among them (core/index/arrayChunks.ts); bytes of an odd length.
    pieces: arrayChunks('Int32Array', [new Int32Array(0), Int32Array.from({ length: 3000 }, (_, i) => i), new Int32Array([7]), new Int32Array(0)]),
    bytePieces: arrayChunks('Uint8Array', [Uint8Array.from({ length: 2999 }, (_, i) => i & 255), new Uint8Array(0), new Uint8Array([1, 2, 3])]),
    empty: new Float64Array(0),
  });

  it('reads back what it wrote, the large typed arrays as views of one buffer, each at a whole number of its elements', () => {
    const file = path.join(dir, 'index.bin');
    writeStateFile(file, value());
    const back = readStateFile(file) as ReturnType<typeof value>;
    assert.deepEqual(back, { ...value(), pieces: joined(value().pieces, Int32Array), bytePieces: joined(value().bytePieces, Uint8Array) });
    assert.ok(back.bytePieces instanceof Uint8Array && back.bytePieces.length === 3002);
    const large = [back.big, back.nested.keys, back.nested.flags, back.view, back.pieces, back.bytePieces, (back.nested.list[3] as { deep: Int16Array }).deep];
    for (const a of large) {
      assert.equal(a.buffer, back.big.buffer, 'one buffer');
      assert.equal(a.byteOffset % a.BYTES_PER_ELEMENT, 0);
    }
    // The view written holds its 5,000 numbers, not the 10,000 of the buffer it was a view of.
    assert.equal(back.view.byteLength, 20_000);
    // A small array kept in the header holds no more than its own bytes (not the header's buffer).
    assert.equal(back.small.buffer.byteLength, back.small.byteLength);
    assert.equal(back.empty.buffer.byteLength, 0);
    assert.deepEqual(fs.readdirSync(dir), ['index.bin'], 'nothing left beside it');
  });

  it('reads the same from bytes read ahead, on the thread pool', async () => {
    const file = path.join(dir, 'index.bin');
    writeStateFile(file, value());
    const ahead = parseState(await readStateBytes(file)) as ReturnType<typeof value>;
    assert.deepEqual(ahead, readStateFile(file));
    assert.equal(ahead.view.buffer, ahead.big.buffer, 'one buffer');
  });

  it('refuses a damaged, truncated or foreign file, read now or ahead', async () => {
    const file = path.join(dir, 'index.bin');
    writeStateFile(file, value());
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[good.length - 5000] ^= 1;
    for (const [bytes, why] of [
      [flipped, /checksum/],
      [good.subarray(0, good.length - 100), /truncated|damaged/],
      [Buffer.concat([good, Buffer.from('x')]), /damaged|checksum/],
      [Buffer.from('a text file\n'), /truncated|not a Corpus Lens/],
    ] as const) {
      fs.writeFileSync(file, bytes);
      assert.throws(() => readStateFile(file), why);
      await assert.rejects(readStateBytes(file).then(parseState), why);
    }
    await assert.rejects(readStateBytes(path.join(dir, 'none.bin')), /ENOENT/);
  });
});
