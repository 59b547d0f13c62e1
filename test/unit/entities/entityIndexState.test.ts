import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EntityIndex } from '../../../server/src/core/index/entityIndex';
import type { EntityMention, EntityType } from '../../../server/src/core/entities/types';
import { mention } from './helpers';

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
