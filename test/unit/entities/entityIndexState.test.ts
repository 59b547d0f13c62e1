import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EntityIndex } from '../../../server/src/core/index/entityIndex';
import type { EntityMention, EntityType } from '../../../server/src/core/entities/types';
import { mention } from './helpers';
import { packMentions } from '../../../server/src/core/summary/packedMentions';

// A restored index keeps its documents' lists in the saved array and the rest in arrays of
// their own: documents read back, then edited (moved mentions or new ones), removed, their
// numbers reused and saved again must answer as in an index that was never saved.
describe('entity index saved and read back between edits', () => {
  const entities: Array<[key: string, type: EntityType, surfaces: string[]]> = [
    ['nga', 'place', ['Nga', 'Liên bang Nga']],
    ['le-hoai-trung', 'person', ['Lê Hoài Trung', 'ông Trung']],
    ['unknown:person:gennady bezdetko', 'person', ['Gennady Bezdetko']],
    ['nang-luong', 'sector', ['năng lượng']],
    ['apec', 'event', ['APEC']],
  ];
  const titles = ['Bộ trưởng', 'Đại sứ'];
  const docKeys = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
  const dates = [undefined, '2026-01-15', '2026-02-25'];

  const mentionArb = fc.record({
    entity: fc.integer({ min: 0, max: entities.length - 1 }),
    surface: fc.integer({ min: 0, max: 1 }),
    title: fc.integer({ min: -1, max: titles.length - 1 }),
    gap: fc.integer({ min: 0, max: 300 }),
    nested: fc.boolean(),
  });
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), doc: fc.constantFrom(...docKeys), date: fc.constantFrom(...dates), mentions: fc.array(mentionArb, { maxLength: 6 }) }),
    // A keystroke: the same mentions moved (the index then rewrites only the mention list).
    fc.record({ kind: fc.constant('move' as const), doc: fc.constantFrom(...docKeys), by: fc.integer({ min: -3, max: 40 }) }),
    fc.record({ kind: fc.constant('delete' as const), doc: fc.constantFrom(...docKeys) }),
    fc.constant({ kind: 'restart' as const }),
  );

  function mentionsOf(list: Array<{ entity: number; surface: number; title: number; gap: number; nested: boolean }>): EntityMention[] {
    let at = 0;
    return list.map((x) => {
      const [key, type, surfaces] = entities[x.entity];
      const text = surfaces[x.surface % surfaces.length];
      at += x.gap;
      const title = x.title >= 0 && type === 'person' ? { title: { start: 0, end: 0, text: titles[x.title] } } : {};
      return mention(text, at, key, type, { nested: x.nested, ...title });
    });
  }

  function answers(index: EntityIndex) {
    const keys = entities.map(([key]) => key);
    return {
      docs: docKeys.map((d) => [index.hasDocument(d), index.documentMentions(d), index.countsByType(d), index.titledEntitiesOf(d)]),
      entities: keys.map((k) => [
        index.mentionsOf(k),
        index.documentsWithCounts(k),
        index.stats(k, 10),
        index.coDocuments(k),
        index.titlesAround(k, '2026-02-01', 40, 'a.txt'),
        index.titledDocumentsAround(k, '2026-02-01', 40),
        index.mentionsIn(k, 'b.txt'),
      ]),
      // In number order after a restart, in the order set before it (a map's): compared as a set.
      keys: index.documentKeys().sort(),
      mentions: [index.mentionCount, index.mentionsByType(), index.sizes],
    };
  }

  // An edit on the same date changes the counts by the difference (replaceMentions); taken out
  // and put in again, the same document must answer the same, asked between edits too (the
  // entities' cached answers: co-mentions, dates, title days).
  it('answers after an edit on the same date as after the document was taken out and put in again', () => {
    const edit = fc.oneof(
      { weight: 3, arbitrary: fc.record({ doc: fc.constantFrom(...docKeys), date: fc.constantFrom(...dates), mentions: fc.array(mentionArb, { maxLength: 6 }) }) },
      // The same date as the document has: the path under test.
      { weight: 5, arbitrary: fc.record({ doc: fc.constantFrom(...docKeys), sameDate: fc.constant(true), mentions: fc.array(mentionArb, { maxLength: 6 }) }) },
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), fc.boolean(), (ops, restart) => {
        let edited = new EntityIndex();
        let reference = new EntityIndex();
        const dateOf = new Map<string, string | undefined>();
        const given = new Map<string, EntityMention[]>();
        const why = JSON.stringify(ops);
        ops.forEach((o, i) => {
          const date = 'sameDate' in o ? dateOf.get(o.doc) : o.date;
          const sameDate = given.has(o.doc) && dateOf.get(o.doc) === date;
          dateOf.set(o.doc, date);
          const mentions = mentionsOf(o.mentions);
          const titlesVersion = edited.titlesVersion;
          const retitled = edited.setPacked(o.doc, packMentions(mentions), { date });
          // On the same date, the people whose titles in the document changed are named, and
          // the titles' version moves (title conflicts keep what they found while it stays).
          if (sameDate) {
            const changed = changedTitles(given.get(o.doc)!, mentions);
            assert.deepEqual(retitled.sort(), changed, why);
            if (changed.length) assert.notEqual(edited.titlesVersion, titlesVersion, why);
          }
          given.set(o.doc, mentions);
          reference.deleteDocument(o.doc);
          reference.setDocument(o.doc, mentions, { date });
          assert.deepEqual(comparable(answers(edited)), comparable(answers(reference)), why);
          if (restart && i === 4) {
            edited = EntityIndex.fromState(structuredClone(edited.toState()));
            reference = EntityIndex.fromState(structuredClone(reference.toState()));
          }
        });
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  it('answers and saves as the index that never was', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const kept = new EntityIndex();
        let restarted = new EntityIndex();
        const now = new Map<string, { mentions: EntityMention[]; date?: string }>();
        const why = JSON.stringify(ops);
        for (const o of ops) {
          if (o.kind === 'restart') {
            // Read back from a copy, as from a file: a restored index takes the state's arrays as its own.
            restarted = EntityIndex.fromState(structuredClone(restarted.toState()));
            continue;
          }
          if (o.kind === 'delete') {
            assert.equal(restarted.deleteDocument(o.doc), kept.deleteDocument(o.doc), why);
            now.delete(o.doc);
            continue;
          }
          let doc: { mentions: EntityMention[]; date?: string };
          if (o.kind === 'move') {
            const was = now.get(o.doc);
            if (!was) continue;
            doc = { ...was, mentions: was.mentions.map((m) => ({ ...m, start: Math.max(0, m.start + o.by), end: Math.max(0, m.start + o.by) + (m.end - m.start) })) };
          } else doc = { mentions: mentionsOf(o.mentions), date: o.date };
          now.set(o.doc, doc);
          restarted.setDocument(o.doc, doc.mentions, { date: doc.date });
          kept.setDocument(o.doc, doc.mentions, { date: doc.date });
        }
        assert.deepEqual(answers(restarted), answers(kept), why);
        assert.deepEqual(restarted.toState(), kept.toState(), why);
        // Saved again and read back: the same once more.
        const again = EntityIndex.fromState(structuredClone(restarted.toState()));
        assert.deepEqual(answers(again), answers(kept), why);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

/** Answers with every list in one order: several follow the numbers of entities or strings
 *  (coDocuments, titled entities, titles), which may differ when a document is edited instead
 *  of put in anew, or the order of an entity's documents, where an edited one keeps its place
 *  instead of going last. What each list holds must be the same. */
function comparable(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, comparable(v)]));
  return x;
}

/** The keys of the entities given another set of titles by `after` than by `before`. */
function changedTitles(before: EntityMention[], after: EntityMention[]): string[] {
  const titles = (ms: EntityMention[]) => {
    const out = new Map<string, Set<string>>();
    for (const m of ms) if (m.title) out.set(m.key, (out.get(m.key) ?? new Set()).add(m.title.text));
    return out;
  };
  const a = titles(before);
  const b = titles(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => [...(a.get(k) ?? [])].sort().join('\u0000') !== [...(b.get(k) ?? [])].sort().join('\u0000')).sort();
}
