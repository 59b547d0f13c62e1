// CoNLL, the VLSP way: one syllable per line with its tag (`Hà<TAB>B-LOC`), a blank line
// between sentences, `-DOCSTART-<TAB>O` before each article. Tags in IOB2 (B-, I-, O) or
// BIOES (S- for a one-token name, E- for the last token). One tag per token, so the spans
// written must not overlap (see chooseSpans).

import { sentences, splitAt, tokenize } from '../text/tokenize';
import type { ExportDocument } from './exportDocument';

export type TagScheme = 'iob2' | 'bioes';
export const DOCSTART = '-DOCSTART-';

export function toConll(doc: ExportDocument, scheme: TagScheme): string {
  const { text, spans } = doc;
  const tokens = splitAt(tokenize(text), spans.flatMap((s) => [s.start, s.end]));
  // Which span each token is in (spans do not overlap and are in text order).
  const inSpan = (offset: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= offset) lo = mid + 1;
      else if (spans[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const out: string[] = [`${DOCSTART}\tO`, ''];
  for (const sentence of sentences(text, tokens, (offset) => inSpan(offset) >= 0 && spans[inSpan(offset)].start !== offset)) {
    sentence.forEach((t, i) => {
      const s = inSpan(t.start);
      let tag = 'O';
      if (s >= 0) {
        const span = spans[s];
        const first = t.start === span.start;
        const last = t.end === span.end || !(i + 1 < sentence.length && sentence[i + 1].start < span.end);
        if (scheme === 'iob2') tag = `${first ? 'B' : 'I'}-${span.label}`;
        else tag = `${first && last ? 'S' : first ? 'B' : last ? 'E' : 'I'}-${span.label}`;
      }
      out.push(`${text.slice(t.start, t.end)}\t${tag}`);
    });
    out.push('');
  }
  return out.join('\n') + '\n';
}

export interface ConllDocument {
  tokens: string[];
  tags: string[];
}

/** Reads CoNLL back: the last column is the tag; documents start at `-DOCSTART-`. */
export function readConll(conll: string, where: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  conll.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split(/\t| /).filter((c) => c !== '');
    if (cols[0] === DOCSTART) {
      doc = { tokens: [], tags: [] };
      docs.push(doc);
      return;
    }
    if (cols.length < 2) throw new Error(`${where}:${i + 1}: a token without a tag`);
    if (!doc) docs.push((doc = { tokens: [], tags: [] }));
    doc.tokens.push(cols[0]);
    doc.tags.push(cols[cols.length - 1]);
  });
  return docs;
}

/** The spans of a tag sequence, as [first token, last token + 1, label]. */
export function spansOfTags(tags: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let open: [number, number, string] | undefined;
  tags.forEach((tag, i) => {
    const [prefix, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const continues = open && (prefix === 'I' || prefix === 'E') && open[2] === label;
    if (continues) open![1] = i + 1;
    else {
      if (open) out.push(open);
      open = prefix === 'O' ? undefined : [i, i + 1, label];
    }
    if (open && (prefix === 'E' || prefix === 'S')) {
      out.push(open);
      open = undefined;
    }
  });
  if (open) out.push(open);
  return out;
}

/** Finds each token in the text, in order, skipping white space: the tokens' offsets. */
export function alignTokens(text: string, tokens: readonly string[]): Array<{ start: number; end: number }> | undefined {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  for (const t of tokens) {
    while (i < text.length && /\s/u.test(text[i])) i++;
    if (!text.startsWith(t, i)) return undefined;
    out.push({ start: i, end: i + t.length });
    i += t.length;
  }
  return out;
}
