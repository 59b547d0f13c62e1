import { strict as assert } from 'node:assert';
import { ignoreUnknownEdit } from '../../../server/src/core/config/ignoreUnknownEdit';
import { applyEdits } from '../../../server/src/core/fixes/applyFixes';
import { parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';

const add = (text: string, name: string) => applyEdits(text, [ignoreUnknownEdit(text, name)]);

describe('ignoreUnknown edit of corpus-lens.yaml', () => {
  it('adds the key at the end when there is none, keeping the rest as it was', () => {
    const text = '# my corpus\nrules: {}\n';
    const out = add(text, 'Phạm Quốc Bảo');
    assert.ok(out.startsWith(text));
    assert.deepEqual(parseCorpusConfig(out).config.ignoreUnknown, ['Phạm Quốc Bảo']);
  });
  it('adds an item to a block list, after its last item', () => {
    const text = 'ignoreUnknown:\n  - Lê Văn A\n  - Trần B # note\nrules: {}\n';
    assert.equal(add(text, 'Phạm Quốc Bảo'), 'ignoreUnknown:\n  - Lê Văn A\n  - Trần B # note\n  - Phạm Quốc Bảo\nrules: {}\n');
  });
  it('adds to a flow list, empty or not, and quotes what must be quoted', () => {
    assert.equal(add('ignoreUnknown: [Lê Văn A]\n', 'V.Putin'), 'ignoreUnknown: [Lê Văn A, V.Putin]\n');
    assert.equal(add('ignoreUnknown: [Lê Văn A]\n', 'Smith, J.'), 'ignoreUnknown: [Lê Văn A, "Smith, J."]\n');
    assert.equal(add('ignoreUnknown: []\n', 'Lê Văn A'), 'ignoreUnknown: [Lê Văn A]\n');
    assert.deepEqual(parseCorpusConfig(add('ignoreUnknown: [Lê Văn A]\n', 'Smith, J.')).config.ignoreUnknown, ['Lê Văn A', 'Smith, J.']);
  });
  it('turns a single name into a list of two', () => {
    assert.deepEqual(parseCorpusConfig(add('ignoreUnknown: Lê Văn A\nrules: {}\n', 'Trần B')).config.ignoreUnknown, ['Lê Văn A', 'Trần B']);
  });
});
