import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { parseArticle } from '../../../server/src/core/corpus/article';
import { runRules } from '../../../server/src/core/rules';
import { textWhitespace } from '../../../server/src/core/rules/text/whitespace';

describe('a rule under a limit of findings (findingList)', () => {
  // Five body lines ending in a space: five text/whitespace warnings.
  const text = ' date 2026-02-25 Tin\n\n' + ['Một. ', 'Hai. ', 'Ba. ', 'Bốn. ', 'Năm. '].join('\n') + '\n';
  const run = (maxFindings?: number) => runRules({ text, article: parseArticle(text), config: defaultConfig(), today: '2026-11-23', mentions: [], maxFindings }, [textWhitespace]);

  it('keeps every finding with its fix when there is no limit, as `fix` runs', () => {
    const all = run();
    assert.deepEqual(all.map((f) => text.slice(0, f.start).split('\n').length), [3, 4, 5, 6, 7]);
    assert.ok(all.every((f) => f.fixes?.length && f.count === undefined));
  });

  it('keeps the first ones and counts the rest in one finding where the first of them is', () => {
    const capped = run(3);
    assert.equal(capped.length, 4);
    assert.ok(capped.slice(0, 3).every((f) => f.fixes?.length && f.count === undefined));
    const tail = capped[3];
    assert.deepEqual([tail.code, tail.severity, tail.count, tail.fixes], ['text/whitespace', 'warning', 2, undefined]);
    assert.equal(tail.start, text.indexOf('Bốn. ') + 'Bốn.'.length);
    assert.equal(tail.message, '2 more text/whitespace problems from here on are not listed one by one.');
  });
});
