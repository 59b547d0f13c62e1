// What an export writes of one article, whatever the format: its id, date, title, the text from
// the title on (the ` date YYYY-MM-DD ` prefix is a field, not text), and the mentions the
// index holds, labelled. Offsets are UTF-16 code units of `text`; formats that count code
// points convert when they write.

import { parseHeader } from '../corpus/header';
import type { EntityType } from '../entities/types';
import { FLAG_KNOWN, FLAG_NESTED, MENTION_INTS, typeOfFlags, type PackedMentions } from '../summary/packedMentions';

/** The label written for each entity type; a type without one is left out. */
export type ExportLabels = Partial<Record<EntityType, string>>;
export const DEFAULT_LABELS: ExportLabels = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Which of two mentions one inside the other are written: the longer, the shorter, or both. */
export type NestedChoice = 'outer' | 'inner' | 'all';

export interface ExportSpan {
  start: number;
  end: number;
  label: string;
  type: EntityType;
  text: string;
  /** The registry id, or null for a name the registry does not know. */
  entity: string | null;
  /** Inside a longer mention (a place in an organisation's name). */
  nested: boolean;
}

export interface ExportDocument {
  id: string;
  /** The article's path relative to the export's root, with `/`. */
  path: string;
  date?: string;
  title?: string;
  text: string;
  spans: ExportSpan[];
}

export interface ExportOptions {
  labels: ExportLabels;
  nested: NestedChoice;
}

/** Where the exported text starts in the article: its title, when the header is well formed. */
export function exportTextStart(article: string): number {
  const h = parseHeader(article);
  return h.kind === 'valid' && h.header.title ? h.header.title.start : 0;
}

export function exportDocument(
  article: string,
  summary: { header: { date?: string; title?: string }; fileId?: string; mentions: PackedMentions },
  relativePath: string,
  options: ExportOptions,
): ExportDocument {
  const offset = exportTextStart(article);
  const text = article.slice(offset);
  const all: ExportSpan[] = [];
  const d = summary.mentions.data;
  for (let k = 0; k < d.length; k += MENTION_INTS) {
    const type = typeOfFlags(d[k + 3]);
    const label = options.labels[type];
    const start = d[k + 1] - offset;
    const end = start + d[k + 2];
    if (!label || start < 0) continue;
    all.push({ start, end, label, type, text: text.slice(start, end), entity: d[k + 3] & FLAG_KNOWN ? summary.mentions.strings[d[k]] : null, nested: (d[k + 3] & FLAG_NESTED) !== 0 });
  }
  return { id: summary.fileId ?? relativePath, path: relativePath, date: summary.header.date, title: summary.header.title, text, spans: chooseSpans(all, options.nested) };
}

/**
 * The spans to write, in text order (longer first at one start). `outer` and `inner` give spans
 * that never overlap, for formats with one tag per token; of two overlapping spans neither
 * inside the other, the earlier is kept.
 */
export function chooseSpans(spans: readonly ExportSpan[], nested: NestedChoice): ExportSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  if (nested === 'all') return sorted;
  const preferred =
    nested === 'outer'
      ? sorted
      : // Innermost first: a span that holds another gives way to it.
        [...sorted].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: ExportSpan[] = [];
  for (const s of preferred) {
    if (kept.some((k) => k.start < s.end && s.start < k.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
