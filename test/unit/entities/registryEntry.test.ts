// The entry an "add to registry" fix or `import` writes: always inside the `entities` list,
// every other character of the file kept, and a file that still loads.

import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { newEntityYaml } from '../../../server/src/core/entities/registryEntry';

const add = (file: string) => {
  const e = newEntityYaml({ name: 'Đỗ Thị Hoa', type: 'person' }, file);
  return file.slice(0, e.offset) + e.text + file.slice(e.offset + e.length);
};
const ids = (file: string) => (parse(file).entities as Array<{ id: string }>).map((x) => x.id);

describe('newEntityYaml', () => {
  it('appends to a list at the end of the file, or starts one', () => {
    assert.equal(add('entities:\n  - id: a\n    type: person\n    name: A\n'), 'entities:\n  - id: a\n    type: person\n    name: A\n  - id: do-thi-hoa\n    type: person\n    name: Đỗ Thị Hoa\n');
    assert.equal(add(''), 'entities:\n  - id: do-thi-hoa\n    type: person\n    name: Đỗ Thị Hoa\n');
    assert.equal(add('# Ours\n'), '# Ours\nentities:\n  - id: do-thi-hoa\n    type: person\n    name: Đỗ Thị Hoa\n');
  });

  it('writes into an empty flow list instead of after it', () => {
    assert.equal(add('entities: []\n'), 'entities:\n  - id: do-thi-hoa\n    type: person\n    name: Đỗ Thị Hoa\n');
  });

  it('writes into the list when other keys follow it, keeping them', () => {
    const file = 'entities:\n  - id: a\n    type: person\n    name: A\n# below: notes\nmeta:\n  x: 1\n';
    const out = add(file);
    assert.deepEqual(ids(out), ['a', 'do-thi-hoa']);
    assert.ok(out.endsWith('# below: notes\nmeta:\n  x: 1\n'), out);
    assert.deepEqual(ids(add('entities:\nmeta: 1\n')), ['do-thi-hoa']);
    assert.deepEqual(ids(add('entities: []\nmeta: 1\n')), ['do-thi-hoa']);
  });
});
