// Turns a file's bytes into article text, or says plainly why it is not one.

import { translator, type Language } from '../i18n';

export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

/** `language`: of the reason given for a file that is not an article. */
export function decodeArticle(bytes: Uint8Array, language?: Language): DecodedArticle {
  const t = translator(language);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: t('read.tooLarge', { size: (bytes.length / 1048576).toFixed(1), max: MAX_ARTICLE_BYTES / 1048576 }) };
  }
  // The whole file, not a first block: a NUL further on is as much a sign of a binary file.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: t('read.binary', { offset: nul }) };
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the whitespace rule can report it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: t('read.notUtf8') };
  }
}
