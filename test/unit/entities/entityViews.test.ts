// The listings and timelines behind the Entities view and the timeline, from a small index
// whose expected values are counted by hand from the mentions below.

import { strict as assert } from 'node:assert';
import { EntityIndex } from '../../../server/src/core/index/entityIndex';
import { groupCounts, listEntities } from '../../../server/src/core/index/entityListing';
import { logDice, monthlyMentions, monthRange, strongestAssociations } from '../../../server/src/core/index/entityTimeline';
import { mention } from './helpers';

const m = mention;

function build(): EntityIndex {
  const index = new EntityIndex();
  index.setDocument('a.txt', [m('Hà Nội', 0, 'ha-noi', 'place'), m('Hà Nội', 30, 'ha-noi', 'place'), m('Đà Nẵng', 50, 'da-nang', 'place'), m('Putin', 70, 'vladimir-putin', 'person')], { date: '2026-01-10' });
  index.setDocument('b.txt', [m('Hà Nội', 5, 'ha-noi', 'place'), m('Gennady Bezdetko', 20, 'unknown:person:gennady bezdetko', 'person')], { date: '2026-03-02' });
  index.setDocument('c.txt', [m('Thủ đô Hà Nội', 5, 'ha-noi', 'place'), m('Putin', 40, 'vladimir-putin', 'person')], {});
  return index;
}

describe('entity listing', () => {
  it('groups by type with unknown people apart, sorted by mentions or by name', () => {
    const index = build();
    assert.deepEqual(groupCounts(index.entityRows()), [
      { group: 'person', entities: 1, mentions: 2 },
      { group: 'unknown-person', entities: 1, mentions: 1 },
      { group: 'place', entities: 2, mentions: 5 },
    ]);
    const places = listEntities(index.entityRows(), { group: 'place' });
    assert.deepEqual(places.items.map((e) => [e.name, e.mentions, e.articles]), [['Hà Nội', 4, 3], ['Đà Nẵng', 1, 1]]);
    assert.deepEqual(listEntities(index.entityRows(), { group: 'place', sort: 'name' }).items.map((e) => e.name), ['Đà Nẵng', 'Hà Nội']);
  });

  it('filters ignoring case and diacritics, over every surface seen, and pages', () => {
    const index = build();
    assert.deepEqual(listEntities(index.entityRows(), { group: 'place', filter: 'THU DO' }).items.map((e) => e.key), ['ha-noi']);
    assert.deepEqual(groupCounts(index.entityRows(), 'bezdetko'), [{ group: 'unknown-person', entities: 1, mentions: 1 }]);
    const page = listEntities(index.entityRows(), { group: 'place', offset: 1, limit: 1 });
    assert.deepEqual([page.total, page.items.map((e) => e.key)], [2, ['da-nang']]);
  });

  it('follows the index as articles change', () => {
    const index = build();
    index.deleteDocument('a.txt');
    assert.deepEqual(listEntities(index.entityRows(), { group: 'place' }).items.map((e) => [e.key, e.mentions]), [['ha-noi', 2]]);
  });
});

describe('entity timeline', () => {
  it('counts mentions per month along header dates, undated apart, every month in between', () => {
    const index = build();
    const { byMonth, undated } = monthlyMentions(index.documentsWithCounts('ha-noi'), '2026-11-28');
    assert.deepEqual([...byMonth].sort(), [['2026-01', 2], ['2026-03', 1]]);
    assert.equal(undated, 1);
    assert.deepEqual(monthRange(byMonth.keys()), ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(monthRange(['2025-11', '2026-01']), ['2025-11', '2025-12', '2026-01']);
  });

  it('counts an article dated after today as undated (a 2099 typo must not stretch the timeline)', () => {
    const m = monthlyMentions([{ date: '2026-01-10', mentions: 2 }, { date: '2099-03-01', mentions: 5 }], '2026-11-28');
    assert.deepEqual([[...m.byMonth], m.undated], [[['2026-01', 2]], 5]);
  });

  it('ranks associated entities by logDice over shared articles', () => {
    const index = build();
    // Hà Nội is in 3 articles; Putin in 2, both with it; Đà Nẵng in 1, with it; Bezdetko in 1, with it.
    const ranked = strongestAssociations(3, index.coDocuments('ha-noi'), 10);
    assert.deepEqual(ranked.map((a) => [a.key, a.articles]), [['vladimir-putin', 2], ['da-nang', 1], ['unknown:person:gennady bezdetko', 1]]);
    assert.equal(ranked[0].logDice, 14 + Math.log2((2 * 2) / (3 + 2)));
    assert.equal(logDice(1, 1, 1), 14);
  });
});
