// Corrected annotations → registry entries: new names grouped by spelling, aliases for names
// tied to a registry id, known names left alone.

import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { DEFAULT_LABELS } from '../../../server/src/core/export/exportDocument';
import { applyImportPlan, planImport } from '../../../server/src/core/export/importAnnotations';

const FILE = 'entities:\n  - id: le-van-c\n    type: person\n    name: Lê Văn Cường\n';
const { registry } = loadRegistry([
  { path: '/c/entities.yaml', builtin: false, text: FILE },
  { path: '/builtin/people.yaml', builtin: true, text: 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n' },
]);
const n = (text: string, label = 'PER', entity: string | null = null) => ({ text, label, entity });

describe('import: annotations into the registry', () => {
  it('files a new name once, its spelling without diacritics as an alias, most annotated first', () => {
    const plan = planImport([n('Phạm Quốc Bảo'), n('Pham Quoc Bao'), n('Phạm Quốc Bảo'), n('Hội Nông dân Xã', 'ORG')], registry, DEFAULT_LABELS, FILE);
    assert.deepEqual(plan.entries.map((e) => [e.kind, e.input.id, e.input.name, e.input.type, e.input.aliases, e.count]), [
      ['new', 'pham-quoc-bao', 'Phạm Quốc Bảo', 'person', ['Pham Quoc Bao'], 3],
      ['new', 'hoi-nong-dan-xa', 'Hội Nông dân Xã', 'organization', [], 1],
    ]);
  });

  it('leaves known names alone, and makes a new spelling tied to an id an alias of that entry', () => {
    const plan = planImport([n('Trần Văn Bình'), n('Tran Van Binh', 'PER', 'tran-van-b'), n('Trần Văn Bình', 'PER', 'tran-van-b'), n('Nga', 'MISC')], registry, DEFAULT_LABELS, FILE);
    assert.equal(plan.known, 2);
    assert.deepEqual(plan.entries.map((e) => [e.kind, e.input.id, e.input.aliases]), [['alias', 'tran-van-b', ['Tran Van Binh']]]);
    assert.deepEqual(plan.unmapped, [{ label: 'MISC', count: 1 }]);
    // Without an id, a spelling of a registry name without its diacritics is still its alias.
    assert.deepEqual(planImport([n('Tran Van Binh')], registry, DEFAULT_LABELS, FILE).entries.map((e) => [e.kind, e.input.id]), [['alias', 'tran-van-b']]);
  });

  it('asks for an alias of an entry of the file itself to be added by hand, not written twice', () => {
    const plan = planImport([n('Le Van Cuong', 'PER', 'le-van-c')], registry, DEFAULT_LABELS, FILE);
    assert.deepEqual(plan.entries, []);
    assert.deepEqual(plan.byHand, [{ id: 'le-van-c', aliases: ['Le Van Cuong'] }]);
  });

  it('appends entries that load as the registry entries planned, the file before them untouched', () => {
    const plan = planImport([n('Phạm Quốc Bảo'), n('Pham Quoc Bao'), n('Tran Van Binh', 'PER', 'tran-van-b')], registry, DEFAULT_LABELS, FILE);
    const text = applyImportPlan(FILE, plan);
    assert.ok(text.startsWith(FILE));
    const entries = parse(text).entities as Array<{ id: string; name: string; aliases?: string[] }>;
    assert.deepEqual(entries.map((e) => [e.id, e.name, e.aliases ?? []]), [
      ['le-van-c', 'Lê Văn Cường', []],
      ['pham-quoc-bao', 'Phạm Quốc Bảo', ['Pham Quoc Bao']],
      ['tran-van-b', 'Trần Văn Bình', ['Tran Van Binh']],
    ]);
    const again = loadRegistry([{ path: '/builtin/people.yaml', builtin: true, text: 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n' }, { path: '/c/entities.yaml', builtin: false, text }]);
    assert.equal(again.registry.resolve('Tran Van Binh')?.id, 'tran-van-b');
    assert.equal(again.registry.resolve('Pham Quoc Bao')?.id, 'pham-quoc-bao');
  });
});
