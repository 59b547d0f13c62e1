// A long typed array given as the pieces it is made of, so that saving an index does not first
// copy 70 MB of documents' lists into one array: the state file writes the pieces one after
// another and reads them back as one array (ingest/stateFile.ts).

export type ChunkType = 'Int32Array' | 'Uint8Array';

export interface ArrayChunks {
  chunks: Array<Int32Array | Uint8Array>;
  type: ChunkType;
  length: number;
}

export function isArrayChunks(v: unknown): v is ArrayChunks {
  return typeof v === 'object' && v !== null && Array.isArray((v as ArrayChunks).chunks) && typeof (v as ArrayChunks).length === 'number' && typeof (v as ArrayChunks).type === 'string';
}

export function arrayChunks(type: 'Int32Array', chunks: Int32Array[]): ArrayChunks;
export function arrayChunks(type: 'Uint8Array', chunks: Uint8Array[]): ArrayChunks;
export function arrayChunks(type: ChunkType, chunks: Array<Int32Array | Uint8Array>): ArrayChunks {
  let length = 0;
  for (const c of chunks) length += c.length;
  return { chunks, type, length };
}

/** The pieces as one array (the array itself when it is one already). */
export function joined<T extends Int32Array | Uint8Array>(v: T | ArrayChunks, Type: { new (length: number): T }): T {
  if (!isArrayChunks(v)) return v;
  const out = new Type(v.length);
  let at = 0;
  for (const c of v.chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
