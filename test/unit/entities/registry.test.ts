import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { fixtures, fixtureRegistry } from './helpers';

const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `'${needle}' not in fixture`);
  return i;
};

describe('registry', () => {
  it('loads the fixture without problems', () => {
    const { registry, problems } = fixtureRegistry();
    assert.deepEqual(problems, []);
    const putin = registry.get('vladimir-putin')!;
    assert.equal(putin.type, 'person');
    assert.deepEqual(putin.aliases, ['V.Putin', 'V. Putin', 'Putin']);
    assert.equal(registry.resolve('V.Putin')?.id, 'vladimir-putin');
    const text = fs.readFileSync(path.join(fixtures, 'builtin.yaml'), 'utf8');
    assert.equal(putin.nameRange.start, at(text, 'Vladimir Putin'));
    assert.equal(text.slice(putin.definition.start, putin.definition.start + 15), 'id: vladimir-pu');
  });

  it('lists the children of an entity, as the sources leave them', () => {
    const builtin = fs.readFileSync(path.join(fixtures, 'builtin.yaml'), 'utf8');
    const { registry } = loadRegistry([{ path: 'builtin.yaml', text: builtin, builtin: true }]);
    assert.deepEqual(registry.children('nang-luong').map((e) => e.id), ['nang-luong-hat-nhan', 'dau-khi']);
    assert.deepEqual(registry.children('quoc-phong'), []);
    // The corpus moves oil and gas under defence: asked again, both lists say so.
    const corpus = ['entities:', '  - id: dau-khi', '    type: sector', '    name: dầu khí', '    parent: quoc-phong', ''].join('\n');
    const moved = loadRegistry([
      { path: 'builtin.yaml', text: builtin, builtin: true },
      { path: 'entities.yaml', text: corpus, builtin: false },
    ]).registry;
    assert.deepEqual(moved.children('nang-luong').map((e) => e.id), ['nang-luong-hat-nhan']);
    assert.deepEqual(moved.children('quoc-phong').map((e) => e.id), ['dau-khi']);
  });

  describe('a broken file', () => {
    const p = path.join(fixtures, 'broken.yaml');
    const text = fs.readFileSync(p, 'utf8');
    const { registry, problems } = loadRegistry([{ path: p, text, builtin: false }]);
    const problem = (code: string) => problems.filter((x) => x.code === code);

    it('keeps the good entries', () => {
      assert.deepEqual(registry.all().map((e) => e.id).sort(), ['alias-thief', 'bad-date', 'good-one', 'still-good']);
      assert.equal(registry.get('good-one')!.name, 'Good One');
    });
    it('reports an unknown field at its key', () => {
      const [u] = problem('registry/unknown-field');
      assert.equal(u.start, at(text, 'colour'));
      assert.equal(u.end, at(text, 'colour') + 'colour'.length);
      assert.equal(u.severity, 'warning');
    });
    it('reports a duplicate id at the second id', () => {
      const [d] = problem('registry/duplicate-id');
      assert.equal(d.start, at(text, 'good-one', 1));
      assert.equal(d.end, d.start + 'good-one'.length);
    });
    it('reports a duplicate alias at the alias', () => {
      const [d] = problem('registry/duplicate-alias');
      assert.equal(d.start, at(text, 'Good One', 1));
      assert.equal(registry.resolve('Good One')!.id, 'good-one');
    });
    it('reports a bad date at the value and keeps the entry', () => {
      const [d] = problem('registry/invalid-date');
      assert.equal(d.start, at(text, '2024-13-01'));
      assert.equal(registry.get('bad-date')!.date, undefined);
    });
    it('reports invalid entries (missing id, bad type, not a mapping)', () => {
      const inv = problem('registry/invalid-entry').map((x) => text.slice(x.start, x.end).split('\n')[0]);
      assert.deepEqual(inv, ['type: place', 'planet', 'just a string']);
    });
    it('reports YAML syntax errors and still reads what parsed', () => {
      const bad = 'entities:\n  - id: a\n    type: place\n    name: A\n  - id: b\n    name: [unclosed\n';
      const r = loadRegistry([{ path: 'x.yaml', text: bad, builtin: false }]);
      assert.ok(r.problems.some((x) => x.code === 'registry/syntax'));
      assert.ok(r.registry.get('a'));
    });
  });

  describe('a corpus file over the built-in registry', () => {
    const builtin = fs.readFileSync(path.join(fixtures, 'builtin.yaml'), 'utf8');
    const corpus = [
      'entities:',
      '  - id: le-hoai-trung',
      '    type: person',
      '    name: Lê Hoài Trung',
      '    aliases: [ông Trung]',
      '    titles:',
      '      - { title: Bộ trưởng Ngoại giao, from: 2025-10 }',
      '  - id: putin-impostor',
      '    type: person',
      '    name: Putin Impostor',
      '    aliases: [Putin]',
      '',
    ].join('\n');
    const { registry, problems } = loadRegistry([
      { path: 'builtin.yaml', text: builtin, builtin: true },
      { path: 'entities.yaml', text: corpus, builtin: false },
    ]);
    it('overrides by id: scalars replaced, aliases and titles merged, definition moved', () => {
      const e = registry.get('le-hoai-trung')!;
      assert.deepEqual(e.aliases, ['ông Trung']);
      assert.equal(e.titles[0].title, 'Bộ trưởng Ngoại giao');
      assert.equal(e.nationality, 'VN');
      assert.equal(e.definition.path, 'entities.yaml');
      assert.equal(e.overrides[0].path, 'builtin.yaml');
      assert.equal(e.builtin, false);
    });
    it('lets the corpus take a built-in alias silently', () => {
      assert.deepEqual(problems, []);
      assert.equal(registry.resolve('Putin')!.id, 'putin-impostor');
      const m = registry.gazetteer().scan('ông Putin nói');
      assert.equal(m[0].entityId, 'putin-impostor');
    });
    it('finds the entry at an offset', () => {
      assert.equal(registry.entityAt('entities.yaml', corpus.indexOf('ông Trung'))!.id, 'le-hoai-trung');
    });
  });
});
