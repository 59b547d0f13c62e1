// Text that went through a legacy encoding the wrong way. Only UTF-8 bytes read as
// Windows-1252 can be undone for certain (every character maps back to one byte); TCVN3
// and VNI text read as Windows-1252 is recognised but needs the original file to repair.

/** Windows-1252 bytes 0x80–0x9F; the five undefined ones pass through as C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b, b);
for (let b = 0x80; b < 0xa0; b++) if (!BYTE_OF.has(b)) BYTE_OF.set(b, b);

const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.filter((c) => c > 0xff)
  .map((c) => `\\u${c.toString(16).padStart(4, '0')}`)
  .join('')}]`;
/** One UTF-8 encoded character as Windows-1252 shows it: a lead byte and its continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}`, 'gu');

/** The continuation bytes Windows-1252 shows above U+00FF. */
const CONT_HIGH = new Set(CP1252_HIGH.filter((c) => c > 0xff));

/** A unit SEQUENCE starts with (a lead byte). */
export function isSequenceLead(c: number): boolean {
  return c >= 0xc2 && c <= 0xef;
}

/** A unit SEQUENCE continues with (a continuation byte). */
export function isSequenceContinuation(c: number): boolean {
  return c >= 0x80 && (c <= 0xbf || CONT_HIGH.has(c));
}

/** Whether a SEQUENCE can start anywhere in the line: a lead byte followed by a continuation
 *  byte. Ordinary Vietnamese lines have none, and this loop is much cheaper than the regex. */
function hasSequenceStart(line: string): boolean {
  for (let i = 0; i < line.length - 1; i++) {
    if (isSequenceLead(line.charCodeAt(i)) && isSequenceContinuation(line.charCodeAt(i + 1))) return true;
  }
  return false;
}

const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ\u0300\u0301\u0303\u0309\u0323]/u;
const PUNCT = /[\u2013\u2014\u2018-\u201D\u2026]/u;

export interface Cp1252Sequence {
  start: number;
  end: number;
  /** The character the bytes encode. */
  repaired: string;
}

function decodeSequence(s: string): string | undefined {
  const bytes = Uint8Array.from([...s].map((c) => BYTE_OF.get(c.codePointAt(0)!) ?? -1));
  if (bytes.some((b) => b < 0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The UTF-8-read-as-Windows-1252 sequences on one line (`Bá»™ trÆ°á»Ÿng` → `Bộ trưởng`),
 * when the line shows the signature for certain: one three-byte sequence that decodes to a
 * Vietnamese letter, a two-byte one led by Ä or Æ (đ, ư, ơ), or at least two of any kind.
 */
export function cp1252Mojibake(line: string): Cp1252Sequence[] {
  if (!hasSequenceStart(line)) return [];
  const found: Array<Cp1252Sequence & { strong: boolean }> = [];
  for (const m of line.matchAll(SEQUENCE)) {
    const repaired = decodeSequence(m[0]);
    if (!repaired || !(VIETNAMESE_LETTER.test(repaired) || PUNCT.test(repaired))) continue;
    const strong = (m[0].length === 3 && VIETNAMESE_LETTER.test(repaired)) || /^[ÄÆ]/.test(m[0]);
    found.push({ start: m.index!, end: m.index! + m[0].length, repaired, strong });
  }
  if (found.length === 0 || (found.length < 2 && !found[0].strong)) return [];
  return found.map(({ start, end, repaired }) => ({ start, end, repaired }));
}

// TCVN3 (ABC) puts Vietnamese letters on Latin-1 symbol bytes: `Bé tr­ëng Ngo¹i giao Lª Hoµi`.
const TCVN3_SYMBOL = /\p{L}[\u00A2-\u00AA\u00AC-\u00AE\u00B1-\u00BA\u00BC-\u00BF]|[\u00A2-\u00AA\u00AC-\u00AE\u00B1-\u00BA\u00BC-\u00BF]\p{L}/gu;
// VNI writes the tone or vowel mark as a separate Latin-1 letter after the vowel: `Vieät`, `chaøo`, `ñeán`.
const VNI_LETTER = /[\p{L}][øäåæçëïîñöûÿØÄÅÆÇËÏÎÑÖÛ]|[ñÑ][\p{L}]/gu;

export type LegacyEncoding = 'tcvn3' | 'vni';

// Every match of the two patterns holds one of these Latin-1 characters, which Vietnamese text
// written in Unicode hardly uses: a line without them is not looked at further.
const SUSPECT = new Uint8Array(256);
for (const [from, to] of [[0xa2, 0xaa], [0xac, 0xae], [0xb1, 0xba], [0xbc, 0xbf]]) for (let c = from; c <= to; c++) SUSPECT[c] = 1;
for (const ch of 'øäåæçëïîñöûÿØÄÅÆÇËÏÎÑÖÛ') SUSPECT[ch.charCodeAt(0)] = 1;

/** A unit of TCVN3_SYMBOL's symbols or VNI_LETTER's marks: legacyEncodingOf and looksLikeTcvn3 find nothing without one. */
export function isLegacySuspect(c: number): boolean {
  return c < 256 && SUSPECT[c] === 1;
}

function hasSuspect(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 256 && SUSPECT[c] === 1) return true;
  }
  return false;
}

/** Which legacy encoding a line was written in and then read as Windows-1252, when it shows one. */
export function legacyEncodingOf(line: string): { encoding: LegacyEncoding; start: number; end: number } | undefined {
  if (!hasSuspect(line)) return undefined;
  const tcvn = [...line.matchAll(TCVN3_SYMBOL)];
  if (tcvn.length >= 2) return { encoding: 'tcvn3', start: tcvn[0].index!, end: tcvn[tcvn.length - 1].index! + tcvn[tcvn.length - 1][0].length };
  const vni = [...line.matchAll(VNI_LETTER)];
  if (vni.length >= 2) return { encoding: 'vni', start: vni[0].index!, end: vni[vni.length - 1].index! + vni[vni.length - 1][0].length };
  return undefined;
}

/** True when the text looks like TCVN3 read as Windows-1252, where U+00AD (soft hyphen) stands for ư. */
export function looksLikeTcvn3(text: string): boolean {
  if (!hasSuspect(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(TCVN3_SYMBOL)) if (++n >= 3) return true;
  return false;
}
