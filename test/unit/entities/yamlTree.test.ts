import { strict as assert } from 'node:assert';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { readYamlSource, yamlTree } from '../../../server/src/core/entities/yamlTree';
import type { RegistrySource } from '../../../server/src/core/entities/types';

const source = (text: string, tree?: string): RegistrySource => ({ path: '/x/entities.yaml', text, builtin: true, tree });
const treeOf = (text: string) => yamlTree(parseDocument(text, { prettyErrors: false, uniqueKeys: false }));

/** Every node's kind, range and value, in document order. */
function nodes(node: Node | null, out: unknown[] = []): unknown[] {
  if (node === null) out.push(null);
  else if (isScalar(node)) out.push(['scalar', node.range, node.value]);
  else if (isMap(node)) {
    out.push(['map', node.range, node.items.length]);
    for (const p of node.items) {
      nodes(p.key as Node | null, out);
      nodes(p.value as Node | null, out);
    }
  } else if (isSeq(node)) {
    out.push(['seq', node.range, node.items.length]);
    for (const item of node.items) nodes(item as Node | null, out);
  } else out.push(['other']);
  return out;
}

describe('yamlTree: a parsed document as data, rebuilt instead of parsed', () => {
  const text = 'entities:\n  - id: a\n    type: person\n    name: "Nguyễn Văn A"\n    aliases: [A, 12]\n    empty:\n    flag: true\n  - id: b\n    nothing: null\n';

  it('rebuilds the maps, lists and scalars with their values and ranges', () => {
    const tree = treeOf(text);
    assert.ok(tree);
    const parsed = parseDocument(text).contents as Node;
    const rebuilt = readYamlSource(source(text, JSON.stringify(tree)));
    assert.deepEqual(rebuilt.errors, []);
    assert.deepEqual(nodes(rebuilt.contents), nodes(parsed));
    assert.deepEqual((rebuilt.contents as { toJSON(): unknown }).toJSON(), parseDocument(text).toJSON());
  });

  it('keeps no tree of a document with errors, an alias, a tag or a value JSON cannot write', () => {
    for (const t of ['a: [1, 2\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: .inf\n', 'a: -0\n']) assert.equal(treeOf(t), undefined, t);
    // Parsed then, as before: its errors are said.
    assert.ok(readYamlSource(source('a: [1, 2\n')).errors.length > 0);
  });

  it('parses the text when the tree is damaged', () => {
    for (const damaged of ['{"strings": [', '{"strings": ["a"], "ops": [6, 0, 4, 4, 1, 1, 0, 1, 1]}', '{"strings": [], "ops": [1, 0, 1, 1, 0]}']) {
      const r = readYamlSource(source('a: 1\n', damaged));
      assert.deepEqual((r.contents as { toJSON(): unknown }).toJSON(), { a: 1 }, damaged);
    }
  });
});
