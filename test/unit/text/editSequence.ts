// Texts as a user edits them, one keystroke or paste after another, seeded: characters typed
// anywhere (letters, spaces, line breaks, the punctuation the line-by-line passes care about),
// ranges deleted, lines joined or split, a line pasted from elsewhere in the text.

const TYPED = ['a', 'x', 'Đ', 'ế', ' ', ' ', '\n', '\n\n', '.', ',', '&', '@', '-', ':', '/', 'Hà Nội', ' Ông ', 'V.', '“', '"', '\u00a0', '\t', '2024', 'www.', 'ngày 3/4'];

/** `count` texts after `text`, each one edit of the one before. */
export function* editSequence(text: string, count: number, seed: number): Generator<string> {
  let x = seed * 2654435761 + 1;
  const next = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % Math.max(1, n);
  };
  for (let i = 0; i < count; i++) {
    const at = next(text.length + 1);
    const kind = next(10);
    if (kind < 5) text = text.slice(0, at) + TYPED[next(TYPED.length)] + text.slice(at);
    else if (kind < 8) text = text.slice(0, at) + text.slice(at + 1 + next(kind === 7 ? 40 : 3));
    else if (kind === 8) {
      // A line of the text pasted at the start of another.
      const lines = text.split('\n');
      const line = lines[next(lines.length)];
      const to = next(lines.length);
      lines.splice(to, 0, line);
      text = lines.join('\n');
    } else text = text.slice(0, at) + text.slice(at).replace('\n', ''); // two lines joined
    yield text;
  }
}
