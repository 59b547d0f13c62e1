// Offsets in UTF-16 code units (JavaScript, LSP) and in code points (Python, brat, doccano,
// spaCy) differ after every character outside the Basic Multilingual Plane (𝕏, emoji).

/** Converts offsets of one text from UTF-16 units to code points. */
export function codePointOffsets(text: string): (utf16: number) => number {
  const pairs: number[] = []; // UTF-16 offsets of the low halves of surrogate pairs
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i);
    }
  }
  if (!pairs.length) return (u) => u;
  return (u) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return u - lo;
  };
}

/** Converts offsets of one text from code points to UTF-16 units (undefined past the end). */
export function utf16Offsets(text: string): (codePoint: number) => number | undefined {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  starts.push(text.length);
  return (cp) => (Number.isInteger(cp) && cp >= 0 && cp < starts.length ? starts[cp] : undefined);
}
