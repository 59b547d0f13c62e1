// JSONL, one article per line, as doccano and spaCy read it: `entities` holds
// [start, end, label] triples, `spans` the same spans with their text, registry id and
// nesting. Offsets count code points (Python's str indices), not UTF-16 units.

import { codePointOffsets, utf16Offsets } from './codePoints';
import type { ExportDocument, ExportSpan } from './exportDocument';
import type { EntityType } from '../entities/types';

export function toJsonl(doc: ExportDocument): string {
  const cp = codePointOffsets(doc.text);
  const spans = doc.spans.map((s) => ({ start: cp(s.start), end: cp(s.end), label: s.label, text: s.text, entity: s.entity, type: s.type, ...(s.nested ? { nested: true } : {}) }));
  const line = {
    id: doc.id,
    path: doc.path,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    text: doc.text,
    entities: spans.map((s) => [s.start, s.end, s.label]),
    spans,
  };
  return JSON.stringify(line) + '\n';
}

/** A span read back: UTF-16 offsets into `text`; `type` when the line says it. */
export type ReadSpan = Omit<ExportSpan, 'type' | 'nested'> & { type?: EntityType; nested?: boolean };
export type ReadDocument = Omit<ExportDocument, 'spans'> & { spans: ReadSpan[] };

/**
 * Reads one JSONL line: ours, or doccano's (`label` instead of `entities`, `[start, end,
 * label]` triples). Throws with a readable message when the line is not an article.
 */
export function readJsonlLine(line: string, where: string): ReadDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const o = value as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.text !== 'string') throw new Error(`${where}: no "text" string`);
  const text = o.text;
  const toUtf16 = utf16Offsets(text);
  const at = (n: unknown, what: string): number => {
    const u = typeof n === 'number' ? toUtf16(n) : undefined;
    if (u === undefined) throw new Error(`${where}: ${what} ${JSON.stringify(n)} is not a place in the text`);
    return u;
  };
  const spans: ReadSpan[] = [];
  if (Array.isArray(o.spans)) {
    for (const s of o.spans as Array<Record<string, unknown>>) {
      const start = at(s.start, 'start');
      const end = at(s.end, 'end');
      if (end < start) throw new Error(`${where}: a span ends before it starts (${String(s.start)}–${String(s.end)})`);
      spans.push({ start, end, label: String(s.label), text: text.slice(start, end), entity: typeof s.entity === 'string' ? s.entity : null, ...(typeof s.type === 'string' ? { type: s.type as EntityType } : {}), ...(s.nested ? { nested: true } : {}) });
    }
  } else {
    const triples = Array.isArray(o.entities) ? o.entities : Array.isArray(o.label) ? o.label : [];
    for (const t of triples as unknown[]) {
      if (!Array.isArray(t) || t.length < 3) throw new Error(`${where}: an entity is not [start, end, label]`);
      const start = at(t[0], 'start');
      const end = at(t[1], 'end');
      if (end < start) throw new Error(`${where}: a span ends before it starts (${String(t[0])}–${String(t[1])})`);
      spans.push({ start, end, label: String(t[2]), text: text.slice(start, end), entity: null });
    }
  }
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return { id: str('id') ?? String(o.id ?? ''), path: str('path') ?? '', date: str('date'), title: str('title'), text, spans };
}
