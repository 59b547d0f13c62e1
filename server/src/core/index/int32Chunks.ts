// A long Int32Array given as the pieces it is made of, so that saving an index does not first
// copy 160 MB of documents' lists into one array: the state file writes the pieces one after
// another and reads them back as one array (ingest/stateFile.ts).

export interface Int32Chunks {
  int32Chunks: Int32Array[];
  length: number;
}

export function isInt32Chunks(v: unknown): v is Int32Chunks {
  return typeof v === 'object' && v !== null && Array.isArray((v as Int32Chunks).int32Chunks) && typeof (v as Int32Chunks).length === 'number';
}

export function int32Chunks(chunks: Int32Array[]): Int32Chunks {
  let length = 0;
  for (const c of chunks) length += c.length;
  return { int32Chunks: chunks, length };
}

/** The pieces as one array (the array itself when it is one already). */
export function joined(v: Int32Array | Int32Chunks): Int32Array {
  if (v instanceof Int32Array) return v;
  const out = new Int32Array(v.length);
  let at = 0;
  for (const c of v.int32Chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
