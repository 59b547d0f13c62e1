// Corrected annotations back into the registry: the names an annotator marked that the
// registry does not know become new entries (spellings of one name grouped), and a name tied
// to a registry id by a different spelling becomes an alias of that entry.

import type { EntityRegistry } from '../entities/registry';
import { type NewEntityInput, idsIn, newEntityYaml, slugId } from '../entities/registryEntry';
import { normalizeSpacing, searchKey } from '../entities/normalize';
import type { EntityType } from '../entities/types';
import type { ExportLabels } from './exportDocument';

export interface AnnotatedName {
  text: string;
  label: string;
  /** The registry id the annotation carries (our exports write it), if any. */
  entity: string | null;
}

export interface PlannedEntry {
  kind: 'new' | 'alias';
  input: NewEntityInput & { id: string };
  /** Annotations behind it. */
  count: number;
}

export interface ImportPlan {
  entries: PlannedEntry[];
  /** Annotations of names the registry already has. */
  known: number;
  /** Labels no entity type is exported as, with their counts (MISC…). */
  unmapped: Array<{ label: string; count: number }>;
  /** Aliases for entries written in the target file itself: to add there by hand. */
  byHand: Array<{ id: string; aliases: string[] }>;
}

const MAX_NAME = 80;

export function planImport(names: Iterable<AnnotatedName>, registry: EntityRegistry, labels: ExportLabels, targetText = ''): ImportPlan {
  const typeOf = new Map<string, EntityType>();
  for (const [type, label] of Object.entries(labels)) if (label) typeOf.set(label, type as EntityType);
  const unmapped = new Map<string, number>();
  let known = 0;
  const fresh = new Map<string, { type: EntityType; spellings: Map<string, number>; count: number }>();
  const aliases = new Map<string, Map<string, number>>();
  for (const n of names) {
    const type = typeOf.get(n.label);
    if (!type) {
      unmapped.set(n.label, (unmapped.get(n.label) ?? 0) + 1);
      continue;
    }
    const text = normalizeSpacing(n.text.replace(/\s+/gu, ' ').trim());
    if (!text || text.length > MAX_NAME || !/\p{L}/u.test(text)) continue;
    // An id the annotation carries counts only for an entry of the label's type (a span relabelled
    // PER → LOC keeps its old note).
    const tied = n.entity ? registry.get(n.entity) : undefined;
    const owner = tied?.type === type ? tied : undefined;
    const resolved = registry.resolve(text);
    if (owner) {
      if (resolved?.id === owner.id) known++;
      else {
        const m = aliases.get(owner.id) ?? new Map<string, number>();
        m.set(text, (m.get(text) ?? 0) + 1);
        aliases.set(owner.id, m);
      }
      continue;
    }
    if (resolved) {
      known++;
      continue;
    }
    // One person written with and without diacritics is one entry.
    const key = `${type}\u0000${searchKey(text)}`;
    const f = fresh.get(key) ?? { type, spellings: new Map<string, number>(), count: 0 };
    f.spellings.set(text, (f.spellings.get(text) ?? 0) + 1);
    f.count++;
    fresh.set(key, f);
  }

  // A new spelling of a name the registry has (`Tran Van Binh` for `Trần Văn Bình`), or one
  // the annotator tied to an entry elsewhere, is that entry's alias, not a new entry.
  const bySpelling = new Map<string, string>();
  for (const e of registry.all()) for (const name of [e.name, ...e.aliases]) bySpelling.set(`${e.type}\u0000${searchKey(name)}`, e.id);
  for (const [id, spellings] of aliases) for (const text of spellings.keys()) bySpelling.set(`${registry.get(id)!.type}\u0000${searchKey(text)}`, id);
  for (const [key, f] of fresh) {
    const id = bySpelling.get(key);
    if (!id) continue;
    const m = aliases.get(id) ?? new Map<string, number>();
    for (const [text, count] of f.spellings) m.set(text, (m.get(text) ?? 0) + count);
    aliases.set(id, m);
    fresh.delete(key);
  }

  const inFile = idsIn(targetText);
  const taken = new Set(inFile);
  const entries: PlannedEntry[] = [];
  const byHand: ImportPlan['byHand'] = [];
  for (const [id, spellings] of aliases) {
    const list = [...spellings.keys()];
    if (inFile.has(id)) byHand.push({ id, aliases: list });
    else {
      const e = registry.get(id)!;
      entries.push({ kind: 'alias', input: { id, name: e.name, type: e.type, aliases: list }, count: [...spellings.values()].reduce((a, b) => a + b, 0) });
    }
  }
  for (const f of fresh.values()) {
    // The spelling written most, diacritics preferred, names the entry; the others are aliases.
    const ranked = [...f.spellings.entries()].sort((a, b) => b[1] - a[1] || diacritics(b[0]) - diacritics(a[0]) || (a[0] < b[0] ? -1 : 1));
    const name = ranked[0][0];
    let id = slugId(name);
    const base = id;
    for (let k = 2; taken.has(id) || registry.get(id); k++) id = `${base}-${k}`;
    taken.add(id);
    entries.push({ kind: 'new', input: { id, name, type: f.type, aliases: ranked.slice(1).map(([s]) => s) }, count: f.count });
  }
  entries.sort((a, b) => b.count - a.count || (a.input.id < b.input.id ? -1 : 1));
  return { entries, known, unmapped: [...unmapped].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count), byHand };
}

function diacritics(s: string): number {
  return s.normalize('NFD').replace(/[^\p{M}đĐ]/gu, '').length;
}

/**
 * The target file's text with the planned entries added to its list, in order (every other
 * character kept). An alias entry keeps
 * its entity's id (the registry merges aliases by id); no planned id is in the file already.
 */
export function applyImportPlan(targetText: string, plan: ImportPlan): string {
  let text = targetText;
  for (const e of plan.entries) {
    const edit = newEntityYaml(e.input, text);
    text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  }
  return text;
}
