// A value made of plain objects, strings and large typed arrays (a saved index: 145 MB at
// 100,000 articles) written so that reading it back needs no copy of the whole file: the
// typed arrays are stored raw after a small v8-serialised header, read in one piece, and
// given back as views of it. v8.deserialize of the whole file held the file and its copy at
// once. (A reader must not transfer a view's buffer: it is every array's.)
//
// Layout: MAGIC, the header's length (uint32), the header (v8: the value with each large typed
// array replaced by {$section: n, type, length}), then the sections, each at an offset a
// multiple of 8, and the file's CRC-32 of the header and sections as the last 4 bytes.

import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { crc32 } from 'node:zlib';
import { isArrayChunks, type ArrayChunks } from '../core/index/arrayChunks';

const MAGIC = Buffer.from('CORPUS-LENS-STATE-1\n');
/** Smaller typed arrays stay in the header. */
const SECTION_MIN_BYTES = 4096;

type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array | Int16Array | Uint16Array | Int8Array | Float32Array;
const TYPES = { Int32Array, Uint32Array, Uint8Array, Float64Array, Int16Array, Uint16Array, Int8Array, Float32Array } as const;
type TypeName = keyof typeof TYPES;

interface SectionRef {
  $section: number;
  type: TypeName;
  length: number;
}

function isTyped(v: unknown): v is TypedArray {
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && (v.constructor.name as string) in TYPES;
}

/** Writes `value` to `file` (replacing it only when whole: written aside, then renamed). */
export function writeStateFile(file: string, value: unknown): void {
  const sections: Array<TypedArray | ArrayChunks> = [];
  const strip = (v: unknown): unknown => {
    // Pieces of one array (core/index/arrayChunks.ts): written one after another, read as one.
    if (isArrayChunks(v)) {
      sections.push(v);
      return { $section: sections.length - 1, type: v.type, length: v.length } satisfies SectionRef;
    }
    if (isTyped(v)) {
      if (v.byteLength < SECTION_MIN_BYTES) return v;
      sections.push(v);
      return { $section: sections.length - 1, type: v.constructor.name as TypeName, length: v.length } satisfies SectionRef;
    }
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = strip(x);
      return out;
    }
    return v;
  };
  const header = v8.serialize(strip(value));
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    let crc = crc32(header);
    let at = 0;
    const put = (bytes: Uint8Array) => {
      fs.writeSync(fd, bytes, 0, bytes.length, at);
      at += bytes.length;
    };
    put(MAGIC);
    put(length);
    put(header);
    // Small pieces gathered into one buffer: 400,000 writes of a few hundred bytes are slow.
    const pending = Buffer.allocUnsafe(1 << 20);
    let filled = 0;
    const flush = () => {
      if (filled) put(pending.subarray(0, filled));
      filled = 0;
    };
    const add = (bytes: Uint8Array) => {
      // Nothing to add; and Node's crc32 of an empty view of an empty buffer is 0, whatever it continues.
      if (bytes.length === 0) return;
      crc = crc32(bytes, crc);
      if (bytes.length >= pending.length) {
        flush();
        put(bytes);
        return;
      }
      if (filled + bytes.length > pending.length) flush();
      pending.set(bytes, filled);
      filled += bytes.length;
    };
    for (const s of sections) {
      const pad = (8 - ((at + filled) % 8)) % 8;
      if (pad) add(Buffer.alloc(pad));
      for (const piece of isArrayChunks(s) ? s.chunks : [s]) add(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength));
    }
    flush();
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(crc >>> 0);
    put(tail);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      /* closed already */
    }
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** A state file's bytes, as read: the header, and the sections with the checksum after them. */
export interface StateBytes {
  size: number;
  header: Uint8Array;
  /** From `base` (a multiple of 8, up to 7 bytes of the header first) to the end of the file. */
  sections: Uint8Array;
  base: number;
  sectionsAt: number;
}

/** Where a state file's parts lie, from its first bytes (magic and the header's length). */
function layout(size: number, head: Uint8Array): { headerLength: number; sectionsAt: number; base: number } {
  if (size < MAGIC.length + 8 || !Buffer.from(head.subarray(0, MAGIC.length)).equals(MAGIC)) throw new Error('not a Corpus Lens state file');
  const headerLength = Buffer.from(head).readUInt32LE(MAGIC.length);
  const sectionsAt = MAGIC.length + 4 + headerLength;
  if (sectionsAt > size - 4) throw new Error('truncated');
  // Every section in one read, into one buffer that the arrays view: an array of its own
  // each, allocated one by one, set off a collection for each few (the collector counts
  // memory outside the heap), 0.1 s of a warm start at 100,000 articles. The buffer starts at
  // a multiple of 8 in the file, as each section does (up to 7 bytes of the header before).
  return { headerLength, sectionsAt, base: sectionsAt - (sectionsAt % 8) };
}

/** The value written by writeStateFile; throws when the file is missing, damaged or not one. */
export function readStateFile(file: string): unknown {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const read = (length: number, position: number, into: Uint8Array = Buffer.allocUnsafe(length)): Uint8Array => {
      if (fs.readSync(fd, into, 0, length, position) !== length) throw new Error('truncated');
      return into;
    };
    const { headerLength, sectionsAt, base } = layout(size, read(Math.min(size, MAGIC.length + 4), 0));
    const header = read(headerLength, MAGIC.length + 4);
    const sections = read(size - base, base, Buffer.allocUnsafeSlow(size - base));
    return parseState({ size, header, sections, base, sectionsAt });
  } finally {
    fs.closeSync(fd);
  }
}

/** A state file's bytes, read on libuv's threads while the calling thread works on (a start
 *  from the cache reads the saved index, 145 MB at 100,000 articles, while it lists the files);
 *  parseState makes the value of them. */
export async function readStateBytes(file: string): Promise<StateBytes> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const read = async (length: number, position: number, into: Uint8Array = Buffer.allocUnsafe(length)): Promise<Uint8Array> => {
      // (A read from a regular file is short only at its end.)
      if ((await fh.read(into, 0, length, position)).bytesRead !== length) throw new Error('truncated');
      return into;
    };
    const { headerLength, sectionsAt, base } = layout(size, await read(Math.min(size, MAGIC.length + 4), 0));
    const [header, sections] = await Promise.all([read(headerLength, MAGIC.length + 4), read(size - base, base, Buffer.allocUnsafeSlow(size - base))]);
    return { size, header, sections, base, sectionsAt };
  } finally {
    await fh.close();
  }
}

/** The value of a state file's bytes; throws when they are damaged. */
export function parseState({ size, header, sections, base, sectionsAt }: StateBytes): unknown {
  const end = size - 4;
  const crc = crc32(sections.subarray(sectionsAt - base, end - base), crc32(header));
  let at = sectionsAt;
  const fill = (v: unknown): unknown => {
    if (v && typeof v === 'object' && '$section' in v) {
      const ref = v as SectionRef;
      const Type = TYPES[ref.type];
      if (!Type || !Number.isInteger(ref.length) || ref.length < 0) throw new Error('damaged section');
      at += (8 - (at % 8)) % 8;
      const byteLength = ref.length * Type.BYTES_PER_ELEMENT;
      if (at + byteLength > end) throw new Error('truncated');
      const out = new Type(sections.buffer as ArrayBuffer, sections.byteOffset + at - base, ref.length);
      at += byteLength;
      return out;
    }
    // A small array left in the header is a view of it: copied, so that the header's buffer
    // (11 MB at 100,000 articles, mostly strings already copied out) is not kept for it.
    if (ArrayBuffer.isView(v) && v.buffer === header.buffer) return (v as TypedArray).slice();
    // In place, and only into objects: the header's lists of 100,000 paths and hashes were
    // copied, each string through a call of its own (a fifth of reading the file back).
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'object' && x !== null) v[i] = fill(x);
      }
      return v;
    }
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = fill(o[k]);
      return o;
    }
    return v;
  };
  // Sections follow in the order the header names them: the walk reads them in that order.
  const value = fill(v8.deserialize(header));
  if (at !== end) throw new Error('damaged: sections and file size disagree');
  if (Buffer.from(sections.buffer, sections.byteOffset + end - base, 4).readUInt32LE(0) !== crc >>> 0) throw new Error('damaged: checksum');
  return value;
}
