import { strict as assert } from 'node:assert';
import { groupUnknownPeople, personKey, type UnknownPerson } from '../../../server/src/core/entities/unknownPeople';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { searchKey } from '../../../server/src/core/entities/normalize';

const person = (name: string, mentions: number, more: Partial<UnknownPerson> = {}): UnknownPerson => ({
  key: `unknown:person:${searchKey(name)}`,
  name,
  mentions,
  articles: mentions,
  searchKeys: [searchKey(name)],
  ...more,
});

describe('unknown people, grouped', () => {
  it('reads initials and dots as spacing does', () => {
    assert.equal(personKey('V.Putin'), personKey('V. Putin'));
    assert.equal(personKey('Phạm Quốc Bảo'), 'pham quoc bao');
  });

  it('groups one person written with and without diacritics, and with initials', () => {
    const groups = groupUnknownPeople([
      person('Phạm Quốc Bảo', 5, { titles: [{ title: 'Thứ trưởng', first: '2026-01', last: '2026-03', count: 5 }] }),
      person('Pham Quoc Bao', 2, { titles: [{ title: 'Thứ trưởng', first: '2025-12', last: '2026-01', count: 2 }] }),
      person('P. Q. Bảo', 1),
      person('Trần Thị Mai', 3, { surfaces: ['Mai', 'Trần Thị Mai'], titles: [{ title: 'bà', count: 2 }] }),
      person('Trần Văn Mai', 1),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.name, g.mentions, g.members.length]),
      [
        ['Phạm Quốc Bảo', 8, 3],
        ['Trần Thị Mai', 3, 1],
        ['Trần Văn Mai', 1, 1],
      ],
    );
    assert.deepEqual(groups[0].aliases.sort(), ['P. Q. Bảo', 'Pham Quoc Bao']);
    assert.deepEqual(groups[0].titles, [{ title: 'Thứ trưởng', first: '2025-12', last: '2026-03', count: 7 }]);
    assert.deepEqual(groups[0].suggestion, { kind: 'new', id: 'pham-quoc-bao' });
    // A given name alone is no alias to file, and a form of address no title.
    assert.deepEqual([groups[1].aliases, groups[1].titles], [[], []]);
  });

  it('proposes an alias when the registry already has the person under that name', () => {
    const { registry } = loadRegistry([{ path: '/e.yaml', text: 'entities:\n  - id: pham-quoc-bao\n    type: person\n    name: Phạm Quốc Bảo\n', builtin: false }]);
    const [g] = groupUnknownPeople([person('Pham Quoc Bao', 2)], registry);
    assert.deepEqual(g.suggestion, { kind: 'alias', entityId: 'pham-quoc-bao', entityName: 'Phạm Quốc Bảo' });
    assert.deepEqual(g.aliases, ['Pham Quoc Bao']);
  });
});
