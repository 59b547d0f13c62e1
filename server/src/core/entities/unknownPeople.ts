// Unknown people across the corpus, grouped when they are one person written differently:
// without diacritics (`Pham Quoc Bao`), with initials (`V.Putin`, `V. Putin` and `Vladimir
// Putin`), spaced otherwise. Each group comes with what to do: file it in the registry as a new
// person (name, aliases, the titles and months observed), or add its spellings as aliases of a
// registry entry that already has the name.

import { searchKey } from './normalize';
import type { EntityRegistry } from './registry';
import { slugId } from './registryEntry';

/** `ông Khải` is a form of address, not a title to file. */
const HONORIFICS = /^(?:ông|bà|anh|chị|cô|chú|bác|em|ngài|quý ông|quý bà)$/iu;

export interface UnknownPerson {
  key: string;
  /** The spelling written most often. */
  name: string;
  mentions: number;
  articles: number;
  /** Every spelling seen, folded (EntityRow.searchKeys). */
  searchKeys: readonly string[];
  /** Spellings as written, most frequent first (for aliases). */
  surfaces?: readonly string[];
  /** Titles observed, with the first and last month. */
  titles?: ReadonlyArray<{ title: string; first?: string; last?: string; count: number }>;
}

export interface UnknownPersonGroup {
  /** The spelling to file: the most mentioned, preferring one with diacritics. */
  name: string;
  members: UnknownPerson[];
  mentions: number;
  articles: number;
  aliases: string[];
  titles: Array<{ title: string; first?: string; last?: string; count: number }>;
  suggestion: { kind: 'new'; id: string } | { kind: 'alias'; entityId: string; entityName: string };
}

/** `V.Putin` → `v putin`; spacing and dots aside, as folded as the search. */
export function personKey(s: string): string {
  return searchKey(s.replace(/\./g, ' ')).replace(/\s+/g, ' ').trim();
}

/** `v putin` names `vladimir putin`: the same number of words, initials matching, last word equal. */
function initialsMatch(short: string, full: string): boolean {
  const a = short.split(' ');
  const b = full.split(' ');
  if (a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  let initials = 0;
  for (let i = 0; i < a.length - 1; i++) {
    if (a[i].length === 1) {
      if (b[i][0] !== a[i]) return false;
      initials++;
    } else if (a[i] !== b[i]) return false;
  }
  return initials > 0;
}

export function groupUnknownPeople(people: readonly UnknownPerson[], registry?: EntityRegistry): UnknownPersonGroup[] {
  // Union-find over the people, by the keys their spellings share.
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const keysOf = people.map((p) => [...new Set([personKey(p.name), ...p.searchKeys.map(personKey)])].filter((k) => k.includes(' ')));
  const byKey = new Map<string, number>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, i);
      else union(i, other);
    }
  });
  // Initials: compared with the full spellings of the same last word only.
  const byLast = new Map<string, Array<{ key: string; i: number }>>();
  for (const [k, i] of byKey) {
    const last = k.slice(k.lastIndexOf(' ') + 1);
    const list = byLast.get(last) ?? [];
    list.push({ key: k, i });
    byLast.set(last, list);
  }
  for (const list of byLast.values()) {
    for (const a of list) for (const b of list) if (a.i !== b.i && initialsMatch(a.key, b.key)) union(a.i, b.i);
  }

  const known = new Map<string, { id: string; name: string }>();
  for (const e of registry?.byType('person') ?? []) for (const n of [e.name, ...e.aliases]) known.set(personKey(n), { id: e.id, name: e.name });

  const groups = new Map<number, UnknownPerson[]>();
  people.forEach((p, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(p);
    groups.set(root, list);
  });
  const out: UnknownPersonGroup[] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
    const spellings = [...new Set(members.flatMap((m) => [m.name, ...(m.surfaces ?? [])]))];
    // The full name, with its diacritics: the most words, then marks, then the most written.
    const words = (s: string) => s.trim().split(/\s+/).length;
    const marked = (s: string) => (/[^\x00-\x7f]/.test(s) ? 1 : 0);
    const name = [...spellings].sort((a, b) => words(b) - words(a) || marked(b) - marked(a) || spellings.indexOf(a) - spellings.indexOf(b))[0];
    const titles = mergeTitles(members.flatMap((m) => m.titles ?? []).filter((t) => !HONORIFICS.test(t.title.trim())));
    const match = spellings.map((s) => known.get(personKey(s))).find((k) => k !== undefined);
    out.push({
      name,
      members,
      mentions: members.reduce((n, m) => n + m.mentions, 0),
      articles: members.reduce((n, m) => n + m.articles, 0),
      // A given name alone (`Khải`) is ambiguous; the recognizer links it to the full name anyway.
      aliases: spellings.filter((s) => s !== (match?.name ?? name) && words(s) > 1),
      titles,
      suggestion: match ? { kind: 'alias', entityId: match.id, entityName: match.name } : { kind: 'new', id: slugId(name) },
    });
  }
  return out.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

function mergeTitles(titles: ReadonlyArray<{ title: string; first?: string; last?: string; count: number }>): UnknownPersonGroup['titles'] {
  const by = new Map<string, { title: string; first?: string; last?: string; count: number }>();
  for (const t of titles) {
    const had = by.get(t.title);
    if (!had) by.set(t.title, { ...t });
    else {
      had.count += t.count;
      if (t.first && (!had.first || t.first < had.first)) had.first = t.first;
      if (t.last && (!had.last || t.last > had.last)) had.last = t.last;
    }
  }
  return [...by.values()].sort((a, b) => b.count - a.count);
}
