// The edit that adds a name to corpus-lens.yaml's `ignoreUnknown:` list, touching nothing else
// of the file: after the last item of a block list, inside a flow list, or a new key at the end.

import { isScalar, isSeq, parseDocument, isMap, type Node } from 'yaml';
import type { TextEdit } from '../diagnostic';

/** A YAML scalar for the name: plain when that reads back the same, quoted otherwise. */
function scalar(name: string): string {
  return /^[\p{L}][\p{L}\p{M} .'-]*$/u.test(name) && !/[.'-]$/.test(name) ? name : JSON.stringify(name);
}

export function ignoreUnknownEdit(text: string, name: string): TextEdit {
  const doc = parseDocument(text);
  const root = doc.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'ignoreUnknown') : undefined;
  const value = pair?.value as Node | null | undefined;
  if (pair && isSeq(value) && value.range) {
    const [start, , end] = value.range;
    if (value.flow) {
      // `[a, b]`: before the closing bracket.
      const close = text.lastIndexOf(']', end);
      const empty = value.items.length === 0;
      return { start: close, end: close, newText: `${empty ? '' : ', '}${scalar(name)}` };
    }
    // A block list: a new item under the last, indented like the first.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    const lastEnd = value.items.length ? ((value.items[value.items.length - 1] as Node).range?.[1] ?? end) : end;
    const eol = text.indexOf('\n', lastEnd - 1);
    const at = eol < 0 ? text.length : eol;
    return { start: at, end: at, newText: `\n${indent}- ${scalar(name)}` };
  }
  const sep = text.length === 0 || text.endsWith('\n') ? '' : '\n';
  if (pair) {
    // `ignoreUnknown:` with one name or nothing: written again as a list, only that line.
    const [start] = (pair.key as Node).range!;
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const old = isScalar(value) && typeof value.value === 'string' ? [value.value] : [];
    return { start, end, newText: `ignoreUnknown: [${[...old, name].map(scalar).join(', ')}]` };
  }
  return { start: text.length, end: text.length, newText: `${sep}# People Corpus Lens should not report as unknown (entity/unknown).\nignoreUnknown:\n  - ${scalar(name)}\n` };
}
