import { strict as assert } from 'node:assert';
import { runRules, allRules } from '../../../server/src/core/rules';
import type { Rule } from '../../../server/src/core/rules/rule';
import { parseArticle } from '../../../server/src/core/corpus/article';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';

describe('runRules', () => {
  it('turns a rule that throws into one internal/rule-failed finding and runs the others', () => {
    const broken: Rule = { code: 'test/broken', defaultSeverity: 'error', description: '', check: () => { throw new Error('boom'); } };
    const text = 'Không có tiêu đề';
    const found = runRules({ text, article: parseArticle(text), config: defaultConfig(), today: '2026-11-23', mentions: [] }, [broken, ...allRules]);
    const failed = found.filter((f) => f.code === 'internal/rule-failed');
    assert.equal(failed.length, 1);
    assert.match(failed[0].message, /test\/broken failed: Error: boom/);
    assert.ok(found.some((f) => f.code === 'header/missing'));
  });
});
