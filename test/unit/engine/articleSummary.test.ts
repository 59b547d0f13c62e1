import { strict as assert } from 'node:assert';
import { parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { dependsOnToday, summarizeArticle } from '../../../server/src/core/summary/articleSummary';
import { MENTION_INTS } from '../../../server/src/core/summary/packedMentions';
import { builtinOrFixtureRegistry } from '../entities/helpers';

const TODAY = '2026-11-23';
const TEXT = ' date 2026-02-25 Tổng thống Vladimir Putin tiếp khách\n\nChiều 24/2, tại Điện Kremlin, Tổng thống Vladimir Putin đã tiếp đoàn.   \nNgày 31/2 là ngày không có.\n';
const config = (yaml = '') => parseCorpusConfig(yaml).config;

describe('summarizeArticle', () => {
  const { registry } = builtinOrFixtureRegistry();
  const summary = summarizeArticle(TEXT, { path: '/c/001_0123456789abcdef.txt', config: config(), today: TODAY, registry });

  it('holds the header, the file id and line boundaries of the text', () => {
    assert.deepEqual(summary.header, { kind: 'valid', date: '2026-02-25', title: 'Tổng thống Vladimir Putin tiếp khách' });
    assert.equal(summary.fileId, '0123456789abcdef');
    const lines = TEXT.split('\n');
    assert.equal(summary.lineStarts.length, lines.length);
    assert.equal(summary.lineStarts[2], lines[0].length + 1 + lines[1].length + 1);
    assert.equal(summary.lineEnds[2], summary.lineStarts[2] + lines[2].length);
  });

  it('packs each mention with its text, place and a stable key', () => {
    const d = summary.mentions.data;
    const found: Array<{ text: string; start: number; key: string }> = [];
    for (let k = 0; k < d.length; k += MENTION_INTS) found.push({ text: summary.mentions.strings[d[k + 4]], start: d[k + 1], key: summary.mentions.strings[d[k]] });
    const second = TEXT.indexOf('Vladimir Putin', TEXT.indexOf('\n'));
    const putin = found.find((m) => m.start === second);
    assert.ok(putin, JSON.stringify(found));
    assert.equal(putin.text, 'Vladimir Putin');
    assert.ok(!/^\d+$/.test(putin.key), 'the key is an id or a name, not a number');
    for (const m of found) assert.equal(TEXT.slice(m.start, m.start + m.text.length), m.text);
  });

  it('survives a structured clone (the way to and from a worker thread) unchanged', () => {
    assert.deepEqual(structuredClone(summary), summary);
  });

  it('keeps default severities; corpus-lens.yaml applies when results are read, without analysing again', () => {
    const impossible = summary.findings.find((f) => f.code === 'date/impossible');
    assert.equal(impossible?.severity, 'error');
    assert.ok(summary.findings.some((f) => f.code === 'text/whitespace'));
    const strict = summarizeArticle(TEXT, { path: '/c/001_0123456789abcdef.txt', config: config('rules:\n  date/impossible: off\n  text/: hint\n'), today: TODAY, registry });
    assert.deepEqual(strict.findings, summary.findings, 'severities do not change the summary');
    const index = new CorpusIndex();
    index.apply(summary);
    const shown = index.findingsFor(summary.path, config('rules:\n  date/impossible: off\n  text/: hint\n'));
    assert.ok(!shown.some((f) => f.code === 'date/impossible'));
    assert.equal(shown.find((f) => f.code === 'text/whitespace')?.severity, 'hint');
  });

  it('is redone on another day only when the day can change it', () => {
    assert.equal(dependsOnToday(summary, '2026-11-24'), false, 'a valid header dated before the analysis');
    const headless = summarizeArticle('Ngày 24/2, hai bên gặp nhau.\n', { path: 'x.txt', config: config(), today: TODAY });
    assert.equal(dependsOnToday(headless, '2026-11-24'), true, 'the insert-header fix guesses dates up to today');
    assert.equal(dependsOnToday(headless, TODAY), false);
    const future = summarizeArticle(' date 2026-12-01 Tin\n\nNội dung.\n', { path: 'x.txt', config: config(), today: TODAY });
    assert.equal(dependsOnToday(future, '2026-12-02'), true, 'a header date in the future may stop being one');
  });
});
