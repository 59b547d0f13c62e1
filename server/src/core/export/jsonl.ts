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
 * Reads one JSONL line: ours, or doccano's (`label` or `labels` instead of `entities`;
 * `[start, end, label]` triples or `{start_offset, end_offset, label}` objects). The triples
 * are what an annotator corrects: they decide the spans, and our `spans` only lend each triple
 * they still match its registry id and type. Throws with a readable message when the line is
 * not an article.
 */
export function readJsonlLine(line: string, where: string): ReadDocument {
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
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
  const span = (s: unknown, e: unknown, label: unknown): ReadSpan => {
    const start = at(s, 'start');
    const end = at(e, 'end');
    if (end < start) throw new Error(`${where}: a span ends before it starts (${String(s)}–${String(e)})`);
    return { start, end, label: String(label), text: text.slice(start, end), entity: null };
  };
  const ours = new Map<string, ReadSpan>();
  for (const s of Array.isArray(o.spans) ? (o.spans as Array<Record<string, unknown>>) : []) {
    const r = span(s.start, s.end, s.label);
    if (typeof s.entity === 'string') r.entity = s.entity;
    if (typeof s.type === 'string') r.type = s.type as EntityType;
    if (s.nested) r.nested = true;
    ours.set(`${r.start}:${r.end}:${r.label}`, r);
  }
  const triples = [o.entities, o.label, o.labels].find(Array.isArray) as unknown[] | undefined;
  if (!triples) return finish(o, text, [...ours.values()]);
  const spans: ReadSpan[] = [];
  for (const t of triples) {
    let r: ReadSpan;
    if (Array.isArray(t) && t.length >= 3) r = span(t[0], t[1], t[2]);
    else if (t && typeof t === 'object' && 'start_offset' in t) {
      const x = t as Record<string, unknown>;
      r = span(x.start_offset, x.end_offset, x.label);
    } else throw new Error(`${where}: an entity is neither [start, end, label] nor {start_offset, end_offset, label}`);
    spans.push(ours.get(`${r.start}:${r.end}:${r.label}`) ?? r);
  }
  return finish(o, text, spans);
}

function finish(o: Record<string, unknown>, text: string, spans: ReadSpan[]): ReadDocument {
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return { id: str('id') ?? String(o.id ?? ''), path: str('path') ?? '', date: str('date'), title: str('title'), text, spans };
}
