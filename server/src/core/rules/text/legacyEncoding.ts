import type { Rule, RuleFinding } from '../rule';
import { cp1252Mojibake, legacyEncodingOf } from '../../text/mojibake';
import { translator } from '../../i18n';
import { ETH, LEGACY_SUSPECT, lineFacts, MOJIBAKE_PAIR } from '../lineFacts';
import { findingList } from '../findingList';

const encodingName = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

export const textLegacyEncoding: Rule = {
  code: 'text/legacy-encoding',
  defaultSeverity: 'error',
  description: 'Mojibake: UTF-8, TCVN3 or VNI text read as Windows-1252 (Bá»™ trÆ°á»Ÿng, Lª Hoµi, Vieät), or Ð/ð for Đ/đ.',
  safeFix: false,
  check({ text, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const t = translator(config.language);
    const facts = lineFacts(text, article).lines;
    for (const line of article.lines) {
      // Without a lead byte before a continuation byte, a TCVN3 or VNI suspect, or an eth,
      // nothing below finds anything: most lines stop here.
      if (!(facts[line.index] & (MOJIBAKE_PAIR | LEGACY_SUSPECT | ETH))) continue;
      if (line.text.length === 0 || /^[\x00-\x7F]*$/.test(line.text)) continue;
      const seqs = cp1252Mojibake(line.text);
      if (seqs.length) {
        // One finding per run of damaged words; the fix re-reads each sequence's bytes as UTF-8.
        const groups: Array<typeof seqs> = [];
        for (const s of seqs) {
          const group = groups[groups.length - 1];
          // A clean word between two damaged ones ends the run.
          if (group && !/\s\S+\s/u.test(line.text.slice(group[group.length - 1].end, s.start))) group.push(s);
          else groups.push([s]);
        }
        for (const g of groups) {
          const wordStart = line.text.slice(0, g[0].start).search(/\S*$/);
          const tail = /^\S*/.exec(line.text.slice(g[g.length - 1].end))![0].length;
          const start = line.start + wordStart;
          const end = line.start + g[g.length - 1].end + tail;
          let repaired = '';
          let at = wordStart;
          for (const s of g) {
            repaired += line.text.slice(at, s.start) + s.repaired;
            at = s.end;
          }
          repaired += line.text.slice(at, at + tail);
          out.push({
            message: t('text.mojibake', { text: line.text.slice(wordStart, end - line.start), repaired }),
            start,
            end,
            fixes: [{ title: t('text.fix.repair', { text: repaired }), edits: [{ start, end, newText: repaired }], isPreferred: true }],
          });
        }
        continue;
      }
      const legacy = legacyEncodingOf(line.text);
      if (legacy) {
        out.push({
          message: t('text.legacyEncoding', { encoding: encodingName[legacy.encoding] }),
          start: line.start + legacy.start,
          end: line.start + legacy.end,
        });
        continue;
      }
      for (const m of line.text.matchAll(/[Ðð]/gu)) {
        const start = line.start + m.index!;
        const right = m[0] === 'Ð' ? 'Đ' : 'đ';
        out.push({
          message: t('text.eth', { char: m[0], code: `U+00${m[0] === 'Ð' ? 'D0' : 'F0'}`, right }),
          start,
          end: start + 1,
          fixes: [{ title: t('text.fix.write', { text: right }), edits: [{ start, end: start + 1, newText: right }], isPreferred: true }],
        });
      }
    }
    return out;
  },
};
