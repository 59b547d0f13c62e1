// The lexicon (server/data/lexicon/*.yaml): loaded with the built-in registry, checked.
import { strict as assert } from 'node:assert';
import { defaultLexicon, parseLexicon } from '../../../server/src/core/entities/lexicon';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { builtinLexicon, readBuiltinLexiconSources, readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';
import './defaultLexicon';

describe('lexicon', () => {
  it('loads with the built-in registry, every list given once and without problems', () => {
    const sources = readBuiltinLexiconSources();
    assert.ok(sources.length >= 5);
    const { lexicon, problems } = parseLexicon(sources);
    assert.deepEqual(problems, []);
    for (const [name, list] of Object.entries(lexicon)) assert.ok(list.length > 0, `${name} is empty`);
    const { registry, problems: registryProblems } = loadRegistry(readBuiltinRegistrySources());
    assert.deepEqual(registryProblems, []);
    assert.ok(registry.lexicon.titles.includes('thứ trưởng'));
    assert.equal(registry.all().length > 0, true);
  });

  it('gives the same object for the same files', () => {
    assert.equal(parseLexicon(readBuiltinLexiconSources()).lexicon, builtinLexicon());
  });

  it('reports a broken lexicon file at the place', () => {
    const text = 'lexicon:\n  titles: [bộ trưởng, bộ trưởng, 12]\n  titels: [x]\n';
    const { lexicon, problems } = parseLexicon([{ path: '/l/titles.yaml', text, builtin: true }]);
    assert.deepEqual(lexicon.titles, ['bộ trưởng']);
    const at = (p: { start: number; end: number }) => text.slice(p.start, p.end);
    const here = problems.filter((p) => p.path === '/l/titles.yaml' && p.start > 0);
    assert.deepEqual(here.map((p) => [p.code, at(p)]), [
      ['registry/invalid-entry', 'bộ trưởng'],
      ['registry/invalid-entry', '12'],
      ['registry/unknown-field', 'titels'],
    ]);
    // The lists no file gives are errors too.
    assert.ok(problems.some((p) => p.message === "the lexicon has no list 'honorifics'"));
  });

  it('is the default of a registry loaded without lexicon files', () => {
    const { registry } = loadRegistry([{ path: '/c/entities.yaml', text: 'entities: []\n', builtin: false }]);
    assert.equal(registry.lexicon, defaultLexicon());
  });

  it('is read by the registry only from built-in files', () => {
    const { problems } = loadRegistry([{ path: '/c/entities.yaml', text: 'lexicon:\n  titles: [x]\n', builtin: false }]);
    assert.ok(problems.some((p) => p.code === 'registry/unknown-field'));
  });
});
