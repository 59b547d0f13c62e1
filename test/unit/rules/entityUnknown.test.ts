import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';

describe('entity/unknown', () => {
  const { registry } = loadRegistry(readBuiltinRegistrySources());
  const unknown = (text: string) => analyzeArticle(text, { registry, today: '2026-11-23' }).findings.filter((f) => f.code === 'entity/unknown');

  it('reports a titled person the registry does not know, once, with what the fix needs', () => {
    const text = ' date 2026-03-02 Tiếp xúc\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn. Thứ trưởng Phạm Quốc Bảo cảm ơn.\n';
    const found = unknown(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Phạm Quốc Bảo');
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].data, { name: 'Phạm Quốc Bảo', title: 'Thứ trưởng', date: '2026-03-02', type: 'person' });
  });

  it('does not report people the registry knows, or a bare given name after ông', () => {
    assert.deepEqual(unknown(' date 2026-03-02 T\n\nBộ trưởng Ngoại giao Nga Sergey Lavrov phát biểu.\n'), []);
    assert.deepEqual(unknown(' date 2026-03-02 T\n\nÔng Khải cho biết như vậy.\n'), []);
  });
});
