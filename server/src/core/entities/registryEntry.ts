// The text an "add to registry" fix appends to a corpus's entities.yaml.

import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { searchKey } from './normalize';
import type { EntityType } from './types';

export interface NewEntityInput {
  name: string;
  type: EntityType;
  /** Defaults to a slug of the name, made unique against `existingText`. */
  id?: string;
  /** A title observed in the article (`Thứ trưởng`), with the article date as `from`. */
  title?: string;
  organization?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD (the article's date). */
  date?: string;
  aliases?: string[];
  nationality?: string;
}

export interface NewEntityEdit {
  /** The id given to the new entry. */
  id: string;
  /** Offset in `existingText` where `text` goes: its end, or the end of the `entities` list
   *  when other keys follow it. */
  offset: number;
  /** Characters at `offset` that `text` replaces: an empty flow list (`entities: []`), else 0. */
  length: number;
  /** What to insert: an `entities:` header when the file has none, then the entry. */
  text: string;
}

/** A lower-case ASCII id from a name: `Lê Thị Thu Hằng` → `le-thi-thu-hang`. */
export function slugId(name: string): string {
  const slug = searchKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** Ids written in a registry file (to keep a new id unique); tolerant of broken YAML. */
export function idsIn(text: string): Set<string> {
  const ids = new Set<string>();
  const re = /^\s*-?\s*id:\s*["']?([^"'\s#]+)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) ids.add(m[1]);
  return ids;
}

/**
 * The edit that appends a new entity to a registry file:
 * `- id, type, name, [aliases], [nationality], titles: [{title, from}]`, indented like the
 * file's existing entries (two spaces by default), after an `entities:` header when missing.
 */
export function newEntityYaml(input: NewEntityInput, existingText = ''): NewEntityEdit {
  const taken = idsIn(existingText);
  const base = input.id ?? slugId(input.name);
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;

  const entry: Record<string, unknown> = { id, type: input.type, name: input.name };
  if (input.aliases?.length) entry.aliases = input.aliases;
  if (input.nationality) entry.nationality = input.nationality;
  if (input.title && input.type === 'person') {
    const t: Record<string, string> = { title: input.title };
    if (input.organization) t.organization = input.organization;
    if (input.date) t.from = input.date;
    entry.titles = [t];
  }
  const doc = new Document([entry]);
  // Flow style for the short lists keeps entries one screen tall.
  const seq = doc.contents;
  if (isSeq(seq)) {
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        const v = pair.value;
        if (isSeq(v)) {
          if (isScalar(pair.key) && pair.key.value === 'aliases') v.flow = true;
          for (const t of v.items) if (isMap(t)) t.flow = true;
        }
      }
    }
  }
  const itemText = doc.toString({ lineWidth: 0 });

  const hasHeader = /^entities\s*:/m.test(existingText);
  const indent = /^( *)- /m.exec(existingText.slice(existingText.search(/^entities\s*:/m) + 1))?.[1] ?? '  ';
  const indented = itemText
    .trimEnd()
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
  // `entities: []`, or a list that other keys follow: the entry goes into the list itself.
  const inside = listEnd(existingText);
  if (inside) return { id, offset: inside.offset, length: inside.length, text: '\n' + indented };
  let text = '';
  if (existingText.length > 0 && !existingText.endsWith('\n')) text += '\n';
  if (!hasHeader) {
    const empty = parseDocument(existingText).contents == null;
    text += empty ? 'entities:\n' : '\nentities:\n';
  }
  text += indented + '\n';
  return { id, offset: existingText.length, length: 0, text };
}

/** Where an entry goes when appending at the end would not put it in the `entities` list. */
function listEnd(text: string): { offset: number; length: number } | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'entities');
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const v = pair.value;
  if (isSeq(v) && v.flow && v.items.length === 0 && v.range) {
    // `entities: []` → `entities:` and the entry below it (the space before `[]` goes too).
    const start = text[v.range[0] - 1] === ' ' ? v.range[0] - 1 : v.range[0];
    return { offset: start, length: v.range[1] - start };
  }
  const end = isSeq(v) && !v.flow && v.range ? v.range[1] : v == null || (isScalar(v) && v.value === null) ? text.indexOf('\n', pair.key.range[1]) : -1;
  if (end < 0) return undefined;
  // The list is the file's end: appending is the same, and keeps a final line break.
  if (!text.slice(end).trim()) return undefined;
  const lineEnd = text.lastIndexOf('\n', end - 1) === end - 1 ? end - 1 : end;
  return { offset: lineEnd, length: 0 };
}
