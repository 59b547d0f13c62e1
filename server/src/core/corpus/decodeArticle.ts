// Turns a file's bytes into article text, or says plainly why it is not one.

export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `file is ${(bytes.length / 1048576).toFixed(1)} MB, larger than the ${MAX_ARTICLE_BYTES / 1048576} MB an article may have` };
  }
  // The whole file, not a first block: a NUL further on is as much a sign of a binary file.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (a NUL byte at byte ${nul}), not an article` };
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the whitespace rule can report it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (legacy encodings such as TCVN3 or VNI must be converted first)' };
  }
}
