import { strict as assert } from 'node:assert';
import { isInsideFolder, parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';

describe('corpus-lens.yaml', () => {
  it('reads registry files only inside the corpus folder, and says which it refused where', () => {
    const text = 'registry:\n  - /etc/passwd\n  - ../../secrets.yaml\n  - data/../../x.yaml\n  - data/people.yaml\n  - C:\\\\Windows\\\\win.ini\n';
    const { config, problems } = parseCorpusConfig(text);
    assert.deepEqual(config.registry, ['data/people.yaml']);
    assert.equal(problems.length, 4);
    assert.equal(text.slice(problems[0].start, problems[0].end), '/etc/passwd');
    assert.match(problems[1].message, /'\.\.\/\.\.\/secrets\.yaml' lies outside the corpus folder/);
  });

  it('tells a path inside a folder from one that leaves it', () => {
    for (const p of ['entities.yaml', 'a/b.yaml', './a.yaml', 'a/../b.yaml']) assert.equal(isInsideFolder(p), true, p);
    for (const p of ['', '.', '..', '../a.yaml', 'a/../../b.yaml', '/abs.yaml', '\\\\server\\share.yaml', 'D:/x.yaml']) assert.equal(isInsideFolder(p), false, p);
  });
});
