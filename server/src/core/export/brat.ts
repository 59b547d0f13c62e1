// brat standoff: the text in `.txt`, the annotations in `.ann` (`T1<TAB>PER 0 12<TAB>Hồ Chí
// Minh`), offsets in code points. A span over a line break is written as fragments, as brat
// wants; the registry id goes into an AnnotatorNotes line (`#1<TAB>AnnotatorNotes T1<TAB>…`).

import { codePointOffsets, utf16Offsets } from './codePoints';
import type { ExportDocument, ExportLabels } from './exportDocument';
import type { ReadDocument, ReadSpan } from './jsonl';

const NOTE_PREFIX = 'corpus-lens:';

export function toBrat(doc: ExportDocument): { txt: string; ann: string } {
  const cp = codePointOffsets(doc.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  for (const s of doc.spans) {
    const fragments: string[] = [];
    let from = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i === s.end || doc.text[i] === '\n') {
        if (i > from) fragments.push(`${cp(from)} ${cp(i)}`);
        from = i + 1;
      }
    }
    if (!fragments.length) continue;
    const id = `T${++t}`;
    lines.push(`${id}\t${s.label} ${fragments.join(';')}\t${s.text.replace(/\n/g, ' ')}`);
    if (s.entity) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${NOTE_PREFIX}${s.entity}`);
  }
  return { txt: doc.text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}

/** brat's annotation.conf declaring the labels, so that the export opens in brat as it is. */
export function bratConfig(labels: ExportLabels): string {
  const names = [...new Set(Object.values(labels).filter((l): l is string => !!l))];
  return `[entities]\n${names.join('\n')}\n\n[relations]\n\n[events]\n\n[attributes]\n`;
}

/** Reads a `.ann` against its `.txt`; a line that is no text-bound annotation is skipped. */
export function readBrat(txt: string, ann: string, where: string): ReadDocument {
  const toUtf16 = utf16Offsets(txt);
  const byId = new Map<string, ReadSpan>();
  const spans: ReadSpan[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    const here = `${where}:${i + 1}`;
    if (line.startsWith('T')) {
      const m = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
      if (!m) throw new Error(`${here}: not a brat text annotation: ${line.slice(0, 80)}`);
      const bounds = m[3].split(';').map((f) => f.trim().split(' ').map((x) => toUtf16(Number(x))));
      if (bounds.some((b) => b.length !== 2 || b[0] === undefined || b[1] === undefined || b[1] < b[0])) throw new Error(`${here}: offsets ${m[3]} are not in the text`);
      const start = bounds[0][0]!;
      const end = bounds[bounds.length - 1][1]!;
      const span: ReadSpan = { start, end, label: m[2], text: txt.slice(start, end), entity: null };
      byId.set(m[1], span);
      spans.push(span);
    } else if (line.startsWith('#')) {
      const m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line);
      const span = m && byId.get(m[1]);
      if (span && m[2].startsWith(NOTE_PREFIX)) span.entity = m[2].slice(NOTE_PREFIX.length).trim();
    }
  });
  return { id: '', path: where, text: txt, spans };
}
