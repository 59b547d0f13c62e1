// The export formats, each written from an article's summary and read back: the same spans
// over the same text, offsets converted where the format counts code points.

import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { bratConfig, readBrat, toBrat } from '../../../server/src/core/export/brat';
import { alignTokens, readConll, spansOfTags, toConll } from '../../../server/src/core/export/conll';
import { DEFAULT_LABELS, exportDocument } from '../../../server/src/core/export/exportDocument';
import { readJsonlLine, toJsonl } from '../../../server/src/core/export/jsonl';
import { summarizeArticle } from '../../../server/src/core/summary/articleSummary';

const { registry } = loadRegistry([
  {
    path: '/c/entities.yaml',
    builtin: false,
    text: 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n  - id: ha-noi\n    type: place\n    name: Hà Nội\n  - id: ubnd-ha-noi\n    type: organization\n    name: UBND Hà Nội\n',
  },
]);
// 𝕏 and 🙂 are outside the BMP: two UTF-16 units, one code point each.
const ARTICLE = ' date 2026-03-01 Ông Trần Văn Bình tới Hà Nội\n\nSáng 1/3 (𝕏 🙂), ông Trần Văn Bình làm việc với UBND Hà Nội. Hà Nội đón ông.\n';
const summary = summarizeArticle(ARTICLE, { path: '/c/001_00000000000000a1.txt', config: defaultConfig(), today: '2026-11-28', registry });
const doc = (nested: 'outer' | 'inner' | 'all') => exportDocument(ARTICLE, summary, '001_00000000000000a1.txt', { labels: DEFAULT_LABELS, nested });
const view = (spans: Array<{ text: string; label: string }>) => spans.map((s) => `${s.label}:${s.text}`);

describe('export: the document', () => {
  it('starts the text at the title and carries id, date and title', () => {
    const d = doc('all');
    assert.equal(d.text, ARTICLE.slice(' date 2026-03-01 '.length));
    assert.deepEqual([d.id, d.date, d.title], ['00000000000000a1', '2026-03-01', 'Ông Trần Văn Bình tới Hà Nội']);
  });

  it('writes the outer name of two, the inner one, or both', () => {
    assert.deepEqual(view(doc('outer').spans), ['PER:Trần Văn Bình', 'LOC:Hà Nội', 'PER:Trần Văn Bình', 'ORG:UBND Hà Nội', 'LOC:Hà Nội']);
    assert.deepEqual(view(doc('inner').spans), ['PER:Trần Văn Bình', 'LOC:Hà Nội', 'PER:Trần Văn Bình', 'LOC:Hà Nội', 'LOC:Hà Nội']);
    const all = doc('all').spans;
    assert.deepEqual(view(all), ['PER:Trần Văn Bình', 'LOC:Hà Nội', 'PER:Trần Văn Bình', 'ORG:UBND Hà Nội', 'LOC:Hà Nội', 'LOC:Hà Nội']);
    assert.deepEqual(all.map((s) => s.nested), [false, false, false, false, true, false]);
    assert.equal(all[0].entity, 'tran-van-b');
  });

  it('leaves out a type without a label, and labels one given', () => {
    // Without organisations, the place inside one is no longer nested in anything written.
    const d = exportDocument(ARTICLE, summary, 'a.txt', { labels: { place: 'GPE' }, nested: 'outer' });
    assert.deepEqual(view(d.spans), ['GPE:Hà Nội', 'GPE:Hà Nội', 'GPE:Hà Nội']);
  });
});

describe('export: JSONL', () => {
  it('counts offsets in code points and reads back to the same spans', () => {
    const d = doc('all');
    const line = toJsonl(d);
    assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'));
    const o = JSON.parse(line);
    const [start, end, label] = o.entities[3];
    // Python's view: the string as code points.
    assert.equal([...o.text].slice(start, end).join(''), 'UBND Hà Nội');
    assert.equal(label, 'ORG');
    assert.deepEqual(o.spans[3], { start, end, label: 'ORG', text: 'UBND Hà Nội', entity: 'ubnd-ha-noi', type: 'organization' });
    const back = readJsonlLine(line, 'x.jsonl:1');
    assert.deepEqual(back.spans.map((s) => [s.start, s.end, s.label, s.entity]), d.spans.map((s) => [s.start, s.end, s.label, s.entity]));
    assert.equal(back.text, d.text);
  });

  it('reads doccano lines and says what is wrong with a bad one', () => {
    const back = readJsonlLine(JSON.stringify({ text: '𝕏 Hà Nội', label: [[2, 8, 'LOC']] }), 'a.jsonl:1');
    assert.deepEqual(back.spans.map((s) => s.text), ['Hà Nội']);
    assert.throws(() => readJsonlLine('{"text": "ab", "entities": [[0, 9, "PER"]]}', 'a.jsonl:2'), /a\.jsonl:2: end 9 is not a place in the text/);
    assert.throws(() => readJsonlLine('{nope', 'a.jsonl:3'), /a\.jsonl:3: not JSON/);
  });

  it("takes the corrected triples over our spans, keeping the ids of those that still match; reads doccano's other shapes", () => {
    const text = 'Ông Trần Văn Bình tới Hà Nội.';
    const line = JSON.stringify({
      text,
      // The annotator fixed the place (was 'Hà') and added nothing else; 'spans' is our stale copy.
      entities: [[4, 17, 'PER'], [22, 28, 'LOC']],
      spans: [{ start: 4, end: 17, label: 'PER', text: 'Trần Văn Bình', entity: 'tran-van-b' }, { start: 22, end: 24, label: 'LOC', text: 'Hà', entity: 'ha' }],
    });
    assert.deepEqual(readJsonlLine(line, 'a:1').spans.map((s) => [s.text, s.entity]), [['Trần Văn Bình', 'tran-van-b'], ['Hà Nội', null]]);
    const objects = JSON.stringify({ text, labels: [{ start_offset: 22, end_offset: 28, label: 'LOC' }] });
    assert.deepEqual(readJsonlLine('\ufeff' + objects, 'a:2').spans.map((s) => s.text), ['Hà Nội']);
  });
});

describe('export: brat', () => {
  it('writes standoff in code points with the registry id as a note, and reads it back', () => {
    const d = doc('all');
    const { txt, ann } = toBrat(d);
    assert.equal(txt, d.text);
    const lines = ann.trim().split('\n');
    const org = lines.find((l) => l.includes('\tORG '))!;
    const [, bounds, text] = org.split('\t');
    const [s, e] = bounds.split(' ').slice(1).map(Number);
    assert.equal([...txt].slice(s, e).join(''), 'UBND Hà Nội');
    assert.equal(text, 'UBND Hà Nội');
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tcorpus-lens:ubnd-ha-noi$/.test(l)));
    const back = readBrat(txt, ann, 'a.ann');
    assert.deepEqual(back.spans.map((x) => [x.start, x.end, x.label, x.entity]), d.spans.map((x) => [x.start, x.end, x.label, x.entity]));
    assert.match(bratConfig(DEFAULT_LABELS), /^\[entities\]\nPER\nORG\nLOC\n/);
  });

  it('writes a span over a line break as two fragments', () => {
    const text = 'Hà\nNội';
    const { ann } = toBrat({ id: 'a', path: 'a', text, spans: [{ start: 0, end: 6, label: 'LOC', type: 'place', text, entity: null, nested: false }] });
    assert.equal(ann, 'T1\tLOC 0 2;3 6\tHà Nội\n');
  });
});

describe('export: CoNLL', () => {
  it('writes one syllable per line, sentences apart, IOB2 or BIOES', () => {
    const d = doc('outer');
    const conll = toConll(d, 'iob2');
    assert.ok(conll.startsWith('-DOCSTART-\tO\n\n'));
    assert.match(conll, /\nông\tO\nTrần\tB-PER\nVăn\tI-PER\nBình\tI-PER\nlàm\tO\n/);
    assert.match(conll, /\nUBND\tB-ORG\nHà\tI-ORG\nNội\tI-ORG\n\.\tO\n\nHà\tB-LOC\nNội\tI-LOC\nđón\tO\n/);
    const bioes = toConll(d, 'bioes');
    assert.match(bioes, /\nTrần\tB-PER\nVăn\tI-PER\nBình\tE-PER\n/);
    assert.match(toConll(doc('inner'), 'iob2'), /\nUBND\tO\nHà\tB-LOC\nNội\tI-LOC\n/);
  });

  it('reads back to the same spans over the same text', () => {
    for (const scheme of ['iob2', 'bioes'] as const) {
      const d = doc('outer');
      const [read] = readConll(toConll(d, scheme), 'a.conll');
      const offsets = alignTokens(d.text, read.tokens)!;
      assert.ok(offsets, 'every token found in the text');
      const spans = spansOfTags(read.tags).map(([a, b, label]) => [offsets[a].start, offsets[b - 1].end, label]);
      assert.deepEqual(spans, d.spans.map((s) => [s.start, s.end, s.label]), scheme);
    }
  });
});
