// registry/overlapping-office and registry/undated-title: a registry file → its problems at
// their places; and the built-in registry has no overlapping office and no undated title.

import { strict as assert } from 'node:assert';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { checkRegistryTitles } from '../../../server/src/core/entities/registryChecks';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';

const FILE = '/corpus/entities.yaml';
const problems = (text: string, code: string) =>
  loadRegistry([{ path: FILE, text, builtin: false }])
    .problems.filter((p) => p.code === code)
    .map((p) => ({ at: text.slice(p.start, p.end).split('\n')[0].trim(), message: p.message, severity: p.severity }));

const person = (id: string, name: string, titles: string) => `  - id: ${id}\n    type: person\n    name: ${name}\n    titles:\n${titles}`;

describe('registry checks', () => {
  it('reports two people in a one-holder office at once, at both entries', () => {
    const text = `entities:\n${person('a', 'Nguyễn Văn A', '      - title: Bộ trưởng\n        organization: Bộ Tài chính\n        from: 2020-01\n        to: 2023-06\n')}${person('b', 'Trần Văn B', '      - title: Bộ trưởng\n        organization: Bộ Tài chính\n        from: 2022-03\n')}`;
    const found = problems(text, 'registry/overlapping-office');
    assert.deepEqual(found.map((f) => f.at), ['title: Bộ trưởng', 'title: Bộ trưởng']);
    assert.match(found[0].message, /Nguyễn Văn A and Trần Văn B both hold 'Bộ trưởng, Bộ Tài chính' at once \(2020-01 – 2023-06 and 2022-03 – now\)/);
    assert.equal(found[0].severity, 'warning');
  });

  it('takes a hand-over on the same day or month, another ministry or a deputy post for no overlap', () => {
    const handOver = `entities:\n${person('a', 'Nguyễn Văn A', '      - title: Bộ trưởng\n        organization: Bộ Tài chính\n        from: 2020-01\n        to: 2023-06\n')}${person('b', 'Trần Văn B', '      - title: Bộ trưởng\n        organization: Bộ Tài chính\n        from: 2023-06-15\n')}`;
    assert.deepEqual(problems(handOver, 'registry/overlapping-office'), []);
    const other = handOver.replace('organization: Bộ Tài chính\n        from: 2023-06-15', 'organization: Bộ Y tế\n        from: 2021-01');
    assert.deepEqual(problems(other, 'registry/overlapping-office'), []);
    const deputies = `entities:\n${person('a', 'Nguyễn Văn A', '      - title: Thứ trưởng\n        organization: Bộ Tài chính\n        from: 2020-01\n')}${person('b', 'Trần Văn B', '      - title: Thứ trưởng\n        organization: Bộ Tài chính\n        from: 2021-01\n')}`;
    assert.deepEqual(problems(deputies, 'registry/overlapping-office'), []);
  });

  it('hints at a title without a start', () => {
    const text = `entities:\n${person('a', 'Nguyễn Văn A', '      - title: Thứ trưởng\n        organization: Bộ Tài chính\n      - title: Bộ trưởng\n        organization: Bộ Tài chính\n        from: 2024-01\n')}`;
    const found = problems(text, 'registry/undated-title');
    assert.deepEqual(found.map((f) => [f.at, f.severity]), [['title: Thứ trưởng', 'hint']]);
    assert.match(found[0].message, /'Thứ trưởng, Bộ Tài chính' has no 'from'/);
  });

  it('finds no overlapping office in the built-in registry', () => {
    const { registry } = loadRegistry(readBuiltinRegistrySources());
    assert.deepEqual(checkRegistryTitles(registry, () => true).filter((p) => p.code === 'registry/overlapping-office').map((p) => p.message), []);
  });

  it('dates every title of the built-in registry', () => {
    const { registry } = loadRegistry(readBuiltinRegistrySources());
    assert.deepEqual(checkRegistryTitles(registry, () => true).filter((p) => p.code === 'registry/undated-title').map((p) => p.message), []);
  });
});
