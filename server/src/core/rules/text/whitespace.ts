import type { Fix } from '../../diagnostic';
import type { Rule, RuleFinding } from '../rule';
import { cp1252Mojibake, looksLikeTcvn3 } from '../../text/mojibake';

/** Spaces in disguise: they look like a space and are not U+0020. */
const DISGUISED = '\\u00A0\\u2009\\u202F\\u3000';
/** Invisible characters with no place in prose (U+00AD is ư in TCVN3 text, so it is left to text/legacy-encoding there). */
const INVISIBLE = '\\u200B\\u200C\\u200D\\u2060\\uFEFF';

/** An emoji ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈): the joiner is part of the picture. Before it an emoji,
 *  maybe with a variation selector or a skin tone; after it an emoji. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

function joinsEmoji(line: string, start: number, end: number): boolean {
  return EMOJI_BEFORE.test(line.slice(Math.max(0, start - 4), start)) && EMOJI_AFTER.test(line.slice(end, end + 2));
}

const names: Record<string, string> = {
  '\u00A0': 'non-breaking space',
  '\u2009': 'thin space',
  '\u202F': 'narrow non-breaking space',
  '\u3000': 'ideographic space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space (BOM)',
  '\u00AD': 'soft hyphen',
  '\t': 'tab',
};

function describe(run: string): string {
  const kinds = [...new Set([...run].filter((c) => c !== ' '))].map((c) => `a ${names[c] ?? `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`}`);
  if (kinds.length === 0) return run.length === 1 ? `a space` : `${run.length} spaces`;
  return kinds.join(' and ');
}

const fix = (title: string, start: number, end: number, newText: string): Fix[] => [
  { title, edits: [{ start, end, newText }], isPreferred: true },
];

export const textWhitespace: Rule = {
  code: 'text/whitespace',
  defaultSeverity: 'warning',
  description: 'Disguised and invisible spaces, trailing spaces, runs of spaces, CRLF line ends, a byte-order mark.',
  safeFix: true,
  check({ text, article }) {
    const out: RuleFinding[] = [];
    if (text.charCodeAt(0) === 0xfeff) {
      out.push({ message: 'The file starts with a byte-order mark (U+FEFF); the corpus is UTF-8 without one.', start: 0, end: 1, fixes: fix('Remove the byte-order mark', 0, 1, '') });
    }
    const invisible = looksLikeTcvn3(text) ? INVISIBLE : INVISIBLE + '\\u00AD';
    const space = new RegExp(`[ \\t${DISGUISED}${invisible}]+`, 'gu');
    const disguisedOrInvisible = new RegExp(`[${DISGUISED}${invisible}]`, 'u');
    const hasDisguised = new RegExp(`[ ${DISGUISED}]`, 'u');
    const header = article.header;

    for (const line of article.lines) {
      // Where this line's prose starts: after a BOM, and after the header's own parts
      // (keyword, date and separators are header/malformed's business).
      let from = line.index === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
      if (line.index === 0 && header.kind !== 'missing') {
        from = header.header.title ? header.header.title.start : line.end;
      }
      const t = line.text;
      // In UTF-8 read as Windows-1252, U+00A0 and U+00AD are bytes of letters (`Ã\u00A0` is à):
      // they are text/legacy-encoding's, and changing them would make the repair impossible.
      const mojibake = /[^\x00-\x7F]/.test(t) ? cp1252Mojibake(t) : [];
      // Runs and sequences both come left to right: one pointer walks the sequences (testing
      // every sequence for every run was quadratic: a 1 MB line took 39 s).
      let q = 0;
      for (const m of t.slice(from).matchAll(space)) {
        const run = m[0];
        const s = from + m.index!;
        const e = s + run.length;
        while (q < mojibake.length && mojibake[q].end <= s) q++;
        if (q < mojibake.length && mojibake[q].start < e) continue;
        const start = line.start + s;
        const end = line.start + e;
        if (e === t.length) {
          // Trailing: everything goes, including a line of nothing but spaces.
          out.push({
            message: s === 0 ? `A blank line holding ${describe(run)}.` : `Trailing whitespace (${describe(run)}) at the end of the line.`,
            start,
            end,
            fixes: fix('Remove trailing whitespace', start, end, ''),
            unnecessary: true,
          });
          continue;
        }
        if (s === 0) {
          // Indentation: plain spaces and tabs are left alone (the header's optional space
          // among them); disguised or invisible characters go.
          if (!disguisedOrInvisible.test(run)) continue;
          const kept = run.replace(new RegExp(`[${DISGUISED}${invisible}]`, 'gu'), '');
          out.push({ message: `The line starts with ${describe(run)}.`, start, end, fixes: fix('Remove the disguised space', start, end, kept) });
          continue;
        }
        if (run === ' ' || /^\t+$/.test(run)) continue;
        if (run === '\u200D' && joinsEmoji(t, s, e)) continue;
        // Between words: disguised spaces become one plain space, invisible ones vanish.
        const want = hasDisguised.test(run) ? ' ' : run.includes('\t') ? run.replace(new RegExp(`[${invisible}]`, 'gu'), '') : '';
        if (want === run) continue;
        out.push({
          message: want === ' ' ? `${cap(describe(run))} between words: write one plain space.` : `${cap(describe(run))} inside the text: invisible characters have no place in prose.`,
          start,
          end,
          fixes: fix(want === ' ' ? 'Use one plain space' : 'Remove the invisible character', start, end, want),
        });
      }
    }

    // Line ends: the corpus uses LF. A file written with CRLF (or CR) throughout is one
    // finding with one fix; a file that mixes them gets one finding per odd line end.
    const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
    const cr = breaks.filter((b) => b[0] !== '\n');
    if (cr.length > 0) {
      const edits = cr.map((b) => ({ start: b.index!, end: b.index! + b[0].length, newText: '\n' }));
      const kind = (b: RegExpMatchArray) => (b[0] === '\r\n' ? 'CRLF' : 'CR');
      if (cr.length === breaks.length) {
        const first = cr[0];
        out.push({
          message: `This file ends its lines with ${kind(first)} (${cr.length} line${cr.length === 1 ? '' : 's'}); the corpus uses LF.`,
          start: first.index!,
          end: first.index! + first[0].length,
          fixes: [{ title: 'Convert every line end to LF', edits, isPreferred: true }],
        });
      } else {
        for (const b of cr) {
          out.push({
            message: `A ${kind(b)} line end in a file whose other lines end with LF.`,
            start: b.index!,
            end: b.index! + b[0].length,
            fixes: fix('Use LF', b.index!, b.index! + b[0].length, '\n'),
          });
        }
      }
    }
    return out;
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
