// A parsed YAML document as plain data, which the build writes for the built-in registry and
// lexicon files (scripts/build.mjs). In a fresh process (a first start, each thread of a command
// run without a cache) parsing those files took about 350 ms; rebuilding their documents from
// the trees takes about 30. The rebuilt document has the parsed one's maps, lists, scalars, values
// and ranges: the loaders (registry.ts, lexicon.ts) read it as they read a parsed one, and say
// where an entity is defined from its ranges.

import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type YAMLError } from 'yaml';
import type { RegistrySource } from './types';

/**
 * A document's nodes in document order as numbers, with the strings they hold apart (keys
 * repeat: `id`, `name`, `type`…): a node is its kind, its range (three offsets), then a
 * string's number, a number, or how many pairs or items follow it (a pair is its key, then its
 * value). Flat, so that reading it back makes little besides the nodes themselves: a thread
 * with a small young generation kept a larger heap for the rest of its run after reading a
 * tree of arrays.
 */
export interface YamlTree {
  strings: string[];
  ops: number[];
}

const NONE = 0;
const STRING = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const NULL = 5;
const MAP = 6;
const SEQ = 7;

/** The tree of a parsed document's contents; undefined when the document has errors or
 *  something a tree does not hold (an alias, a tag, a value JSON cannot write): it is then parsed. */
export function yamlTree(doc: Document.Parsed): YamlTree | undefined {
  if (doc.errors.length > 0) return undefined;
  const tree: YamlTree = { strings: [], ops: [] };
  const numbers = new Map<string, number>();
  const put = (node: Node | null | undefined): void => {
    const ops = tree.ops;
    if (node === null || node === undefined) {
      ops.push(NONE);
      return;
    }
    const range = node.range;
    if (!range || node.tag !== undefined || node.anchor !== undefined) throw new Error('not held');
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        let n = numbers.get(v);
        if (n === undefined) numbers.set(v, (n = tree.strings.push(v) - 1));
        ops.push(STRING, range[0], range[1], range[2], n);
      } else if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) ops.push(NUMBER, range[0], range[1], range[2], v);
      else if (v === true || v === false || v === null) ops.push(v === true ? TRUE : v === false ? FALSE : NULL, range[0], range[1], range[2]);
      else throw new Error('not held');
    } else if (isMap(node)) {
      ops.push(MAP, range[0], range[1], range[2], node.items.length);
      for (const p of node.items) {
        put(p.key as Node | null);
        put(p.value as Node | null);
      }
    } else if (isSeq(node)) {
      ops.push(SEQ, range[0], range[1], range[2], node.items.length);
      for (const item of node.items) put(item as Node | null);
    } else throw new Error('not held');
  };
  try {
    put(doc.contents as Node | null);
  } catch {
    return undefined;
  }
  return tree;
}

/** The document a tree holds; throws when it is not one. */
function documentOf(tree: YamlTree): Node | null {
  const { strings, ops } = tree;
  let at = 0;
  const next = (): Node | null => {
    const kind = ops[at++];
    if (kind === NONE) return null;
    const range: [number, number, number] = [ops[at], ops[at + 1], ops[at + 2]];
    at += 3;
    let node: Scalar | YAMLMap | YAMLSeq;
    if (kind === STRING) {
      const value = strings[ops[at++]];
      if (typeof value !== 'string') throw new Error('not a tree');
      node = new Scalar(value);
    } else if (kind === NUMBER) node = new Scalar(ops[at++]);
    else if (kind === TRUE || kind === FALSE || kind === NULL) node = new Scalar(kind === TRUE ? true : kind === FALSE ? false : null);
    else if (kind === MAP) {
      const map = new YAMLMap();
      for (let n = ops[at++]; n > 0; n--) {
        const key = next();
        map.items.push(new Pair(key, next()));
      }
      node = map;
    } else if (kind === SEQ) {
      const seq = new YAMLSeq();
      for (let n = ops[at++]; n > 0; n--) seq.items.push(next());
      node = seq;
    } else throw new Error('not a tree');
    if (!range.every(Number.isInteger)) throw new Error('not a tree');
    node.range = range;
    return node;
  };
  const root = next();
  if (at !== ops.length) throw new Error('not a tree');
  return root;
}

/** The contents and errors of a registry or lexicon file: rebuilt from its tree (`source.tree`,
 *  JSON, the build's) or parsed. */
export function readYamlSource(source: RegistrySource): { contents: Node | null; errors: YAMLError[] } {
  if (source.tree !== undefined) {
    try {
      return { contents: documentOf(JSON.parse(source.tree) as YamlTree), errors: [] };
    } catch {
      // (A damaged tree: the text is there.)
    }
  }
  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: false });
  return { contents: doc.contents as Node | null, errors: doc.errors };
}
