import type { Fix } from '../../diagnostic';
import type { Rule, RuleFinding } from '../rule';
import { cp1252Mojibake, looksLikeTcvn3 } from '../../text/mojibake';
import { translator, type MessageKey, type Translate } from '../../i18n';
import { DOUBLE_SPACE, LEGACY_SUSPECT, lineFacts, MOJIBAKE_PAIR, SOFT_HYPHEN, SPECIAL_SPACE, SPECIAL_SPACES, TRAILING_SPACE } from '../lineFacts';
import { findingList } from '../findingList';

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

const names = {
  '\u00A0': 'text.space.nbsp',
  '\u2009': 'text.space.thin',
  '\u202F': 'text.space.narrowNbsp',
  '\u3000': 'text.space.ideographic',
  '\u200B': 'text.space.zwsp',
  '\u200C': 'text.space.zwnj',
  '\u200D': 'text.space.zwj',
  '\u2060': 'text.space.wordJoiner',
  '\uFEFF': 'text.space.bom',
  '\u00AD': 'text.space.softHyphen',
  '\t': 'text.space.tab',
} as const satisfies Record<string, MessageKey>;

function describe(run: string, t: Translate): string {
  const kinds = [...new Set([...run].filter((c) => c !== ' '))].map((c) => {
    const key = names[c as keyof typeof names];
    return t('text.space.one', { name: key ? t(key) : `U+${c.codePointAt(0)!.toString(16).toUpperCase()}` });
  });
  if (kinds.length === 0) return run.length === 1 ? t('text.space.single') : t('text.space.many', { n: run.length });
  return kinds.join(t('list.and'));
}

/** The rule's patterns with the soft hyphen invisible or not, made once each (making them took
 *  longer than looking at the few lines of an article that need it). */
const patternSets = new Map<boolean, { invisible: string; disguisedOrInvisible: RegExp; hasDisguised: RegExp }>();

function patterns(softHyphenInvisible: boolean) {
  let set = patternSets.get(softHyphenInvisible);
  if (!set) {
    const invisible = softHyphenInvisible ? INVISIBLE + '\\u00AD' : INVISIBLE;
    set = {
      invisible,
      disguisedOrInvisible: new RegExp(`[${DISGUISED}${invisible}]`, 'u'),
      hasDisguised: new RegExp(`[ ${DISGUISED}]`, 'u'),
    };
    patternSets.set(softHyphenInvisible, set);
  }
  return set;
}

const fix = (title: string, start: number, end: number, newText: string): Fix[] => [
  { title, edits: [{ start, end, newText }], isPreferred: true },
];

export const textWhitespace: Rule = {
  code: 'text/whitespace',
  defaultSeverity: 'warning',
  description: 'Disguised and invisible spaces, trailing spaces, runs of spaces, CRLF line ends, a byte-order mark.',
  safeFix: true,
  check({ text, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const tr = translator(config.language);
    if (text.charCodeAt(0) === 0xfeff) {
      out.push({ message: tr('text.bom'), start: 0, end: 1, fixes: fix(tr('text.fix.bom'), 0, 1, '') });
    }
    const facts = lineFacts(text, article);
    // In TCVN3 read as Windows-1252 the soft hyphen is the letter ư: not invisible there.
    const softHyphenInvisible = !(facts.any & LEGACY_SUSPECT && looksLikeTcvn3(text));
    const { invisible, disguisedOrInvisible, hasDisguised } = patterns(softHyphenInvisible);
    const header = article.header;

    for (const line of article.lines) {
      // Where this line's prose starts: after a BOM, and after the header's own parts
      // (keyword, date and separators are header/malformed's business).
      let from = line.index === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
      if (line.index === 0 && header.kind !== 'missing') {
        from = header.header.title ? header.header.title.start : line.end;
      }
      const t = line.text;
      const bits = facts.lines[line.index];
      // Most lines hold only single plain spaces between words: nothing to say about them.
      if (from === 0 ? !needsWork(bits, softHyphenInvisible) : !mayNeedWork(t, from, softHyphenInvisible)) continue;
      // In UTF-8 read as Windows-1252, U+00A0 and U+00AD are bytes of letters (`Ã\u00A0` is à):
      // they are text/legacy-encoding's, and changing them would make the repair impossible.
      // (cp1252Mojibake finds nothing on a line without a MOJIBAKE_PAIR.)
      const mojibake = bits & MOJIBAKE_PAIR ? cp1252Mojibake(t) : [];
      // With single U+0020 its only spaces, a line has nothing to report but a space at its end.
      const onlySingleSpaces = !(bits & (SPECIAL_SPACE | DOUBLE_SPACE) || (softHyphenInvisible && bits & SOFT_HYPHEN));
      // Runs and sequences both come left to right: one pointer walks the sequences (testing
      // every sequence for every run was quadratic: a 1 MB line took 39 s).
      let q = 0;
      // The runs of spaces (plain, tabs, disguised, invisible), found by hand: a match object for
      // every single space between two words cost more than the rest of the rule.
      for (let e = onlySingleSpaces ? Math.max(from, t.length - 1) : from; e < t.length; ) {
        if (!isSpaceUnit(t.charCodeAt(e), softHyphenInvisible)) {
          e++;
          continue;
        }
        const s = e++;
        while (e < t.length && isSpaceUnit(t.charCodeAt(e), softHyphenInvisible)) e++;
        // One plain space between two words: nothing to say (as `run === ' '` below).
        if (e - s === 1 && s !== 0 && e !== t.length && t.charCodeAt(s) === 0x20) continue;
        const run = t.slice(s, e);
        while (q < mojibake.length && mojibake[q].end <= s) q++;
        if (q < mojibake.length && mojibake[q].start < e) continue;
        const start = line.start + s;
        const end = line.start + e;
        if (e === t.length) {
          // Trailing: everything goes, including a line of nothing but spaces.
          out.push({
            message: s === 0 ? tr('text.blankLine', { what: describe(run, tr) }) : tr('text.trailing', { what: describe(run, tr) }),
            start,
            end,
            fixes: fix(tr('text.fix.trailing'), start, end, ''),
            unnecessary: true,
          });
          continue;
        }
        if (s === 0) {
          // Indentation: plain spaces and tabs are left alone (the header's optional space
          // among them); disguised or invisible characters go.
          if (!disguisedOrInvisible.test(run)) continue;
          const kept = run.replace(new RegExp(`[${DISGUISED}${invisible}]`, 'gu'), '');
          out.push({ message: tr('text.leading', { what: describe(run, tr) }), start, end, fixes: fix(tr('text.fix.leading'), start, end, kept) });
          continue;
        }
        if (run === ' ' || /^\t+$/.test(run)) continue;
        if (run === '\u200D' && joinsEmoji(t, s, e)) continue;
        // Between words: disguised spaces become one plain space, invisible ones vanish.
        const want = hasDisguised.test(run) ? ' ' : run.includes('\t') ? run.replace(new RegExp(`[${invisible}]`, 'gu'), '') : '';
        if (want === run) continue;
        out.push({
          message: cap(want === ' ' ? tr('text.betweenWords', { what: describe(run, tr) }) : tr('text.invisible', { what: describe(run, tr) })),
          start,
          end,
          fixes: fix(want === ' ' ? tr('text.fix.oneSpace') : tr('text.fix.invisible'), start, end, want),
        });
      }
    }

    // Line ends: the corpus uses LF. A file written with CRLF (or CR) throughout is one
    // finding with one fix; a file that mixes them gets one finding per odd line end.
    // (Most files have no CR at all: no match object per line break for them.)
    const breaks = text.includes('\r') ? [...text.matchAll(/\r\n|\r|\n/g)] : [];
    const cr = breaks.filter((b) => b[0] !== '\n');
    if (cr.length > 0) {
      const edits = cr.map((b) => ({ start: b.index!, end: b.index! + b[0].length, newText: '\n' }));
      const kind = (b: RegExpMatchArray) => (b[0] === '\r\n' ? 'CRLF' : 'CR');
      if (cr.length === breaks.length) {
        const first = cr[0];
        out.push({
          message: tr('text.lineEnds', { kind: kind(first), count: cr.length }),
          start: first.index!,
          end: first.index! + first[0].length,
          fixes: [{ title: tr('text.fix.lineEnds'), edits, isPreferred: true }],
        });
      } else {
        for (const b of cr) {
          out.push({
            message: tr('text.oddLineEnd', { kind: kind(b) }),
            start: b.index!,
            end: b.index! + b[0].length,
            fixes: fix(tr('text.fix.lf'), b.index!, b.index! + b[0].length, '\n'),
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

/** Whether a line (from `from`) has a run the rule could report: a tab, two spaces, a space at
 *  its end, or a disguised or invisible character (the soft hyphen too, unless TCVN3). */
function mayNeedWork(t: string, from: number, softHyphen: boolean): boolean {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      if (i + 1 === t.length || t.charCodeAt(i + 1) === 0x20) return true;
    } else if (c === 0x09 || (c >= 0xa0 && (SPECIAL_SPACES.has(c) || (softHyphen && c === 0x00ad)))) return true;
  }
  return false;
}

/** A unit of a run of spaces: U+0020, a tab, a disguised or invisible space (DISGUISED and
 *  INVISIBLE are SPECIAL_SPACES), the soft hyphen unless the text is TCVN3. */
function isSpaceUnit(c: number, softHyphen: boolean): boolean {
  return c === 0x20 || c === 0x09 || (c >= 0xa0 && (SPECIAL_SPACES.has(c) || (softHyphen && c === 0x00ad)));
}

/** mayNeedWork from the line's start, read from its facts (rules/lineFacts). */
function needsWork(facts: number, softHyphen: boolean): boolean {
  return (facts & (SPECIAL_SPACE | DOUBLE_SPACE | TRAILING_SPACE)) !== 0 || (softHyphen && (facts & SOFT_HYPHEN) !== 0);
}
