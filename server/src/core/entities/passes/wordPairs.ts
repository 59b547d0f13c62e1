// Two-word phrases looked up by their two words: `pairs.has(a, b)` answers what
// `set.has(`${a} ${b}`)` answers of the set of the phrases, for words without a space, without
// building the string (the capitalised-run passes ask it at most runs).

export class WordPairs {
  /** By first word, the second words. */
  private readonly byFirst = new Map<string, Set<string>>();

  /** `phrases`: two words joined by one space (a phrase of one word or of three no pair matches). */
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const space = p.indexOf(' ');
      if (space < 0) continue;
      const first = p.slice(0, space);
      let seconds = this.byFirst.get(first);
      if (!seconds) this.byFirst.set(first, (seconds = new Set()));
      seconds.add(p.slice(space + 1));
    }
  }

  /** Some phrase of two words or more starts with `first` (has(first, …) can be true). */
  hasFirst(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** The phrase `first second` is one of them. */
  has(first: string, second: string): boolean {
    const seconds = this.byFirst.get(first);
    return seconds !== undefined && seconds.has(second);
  }
}
