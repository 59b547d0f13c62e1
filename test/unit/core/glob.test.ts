import { strict as assert } from 'node:assert';
import { globMatcher, globProblem, MAX_GLOB_ALTERNATIVES } from '../../../server/src/core/config/glob';
import { parseCorpusConfig } from '../../../server/src/core/config/corpusConfig';

const m = (pattern: string, path: string, dot = false) => globMatcher([pattern], { dot })(path);

describe('include/exclude globs (core/config/glob)', () => {
  it('matches ordinary globs as picomatch did', () => {
    // [pattern, path, expected] — each checked against picomatch 4 before it was replaced.
    const cases: Array<[string, string, boolean]> = [
      ['**/*.txt', 'a.txt', true],
      ['**/*.txt', 'x/y/a.txt', true],
      ['**/*.txt', 'a.TXT', false],
      ['*.txt', 'a/b.txt', false],
      ['notes/**', 'notes', true],
      ['notes/**', 'notes/a/b.txt', true],
      ['*/**', 'a', false],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true],
      ['**/a', 'a', true],
      ['a/', 'a', false],
      ['./a.txt', 'a.txt', true],
      ['{a,b}/*.txt', 'b/x.txt', true],
      ['a{,b}.txt', 'a.txt', true],
      ['{a,{b,c}}.txt', 'c.txt', true],
      ['[0-9][0-9][0-9]_*.txt', '001_0123456789abcdef.txt', true],
      ['[^a]x', 'ax', false],
      ['a\\*b', 'a*b', true],
      ['a\\*b', 'axb', false],
      ['?a', 'ba', true],
      ['a*/b', 'a/b', true],
      ['a/**b', 'a/xb', true],
      ['a/**b', 'a/c/xb', false],
      ['!a.txt', 'b.txt', true],
      ['!a.txt', 'a.txt', false],
    ];
    for (const [pattern, path, expected] of cases) assert.equal(m(pattern, path), expected, `${pattern} ~ ${path}`);
  });

  it('leaves hidden files and folders out unless dot is set, or the pattern spells the dot', () => {
    assert.equal(m('**/*.txt', '.x/a.txt'), false);
    assert.equal(m('**/*.txt', '.x/a.txt', true), true);
    assert.equal(m('**/*.txt', 'a/.b.txt'), false);
    assert.equal(m('?a', '.a'), false);
    assert.equal(m('.*', '.a'), true);
    assert.equal(m('[.]a', '.a'), true);
    assert.equal(m('**/.x/*.txt', '.x/a.txt'), true);
    assert.equal(m('**', '.a/b'), false);
    assert.equal(m('*', '.a', true), true);
  });

  it("answers at once on globs that made picomatch's expression backtrack exponentially", () => {
    // Before: picomatch took 0.2 s with a 26-letter name, doubling with each letter (a
    // 40-letter name hung the CLI and the server).
    const pattern = '**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.txt';
    const t0 = performance.now();
    assert.equal(m(pattern, `sub/${'a'.repeat(40)}.txt`), false);
    assert.equal(m(pattern, `sub/${'a'.repeat(10_000)}.txt`), false);
    assert.equal(m(pattern, `sub/${'a'.repeat(40)}b.txt`), true);
    assert.equal(m(`${'**/'.repeat(50)}x`, `${'a/'.repeat(2000)}y`), false);
    assert.ok(performance.now() - t0 < 1000, `${Math.round(performance.now() - t0)} ms`);
  });

  it('answers the shape of the default include (any folders, a name ending so) as the general matcher does', () => {
    const patterns = ['**/*.txt', '**/*', '**/*a.txt', '**/*\\*.md', '**/*.{txt,md}', '!**/*.txt', './**/*.txt'];
    const parts = ['a', '.h', 'b.txt', '.txt', '', '.', '..', 'x.md', 'a*.md', 'ba.txt', 'TXT', 'c.txt.bak'];
    let seed = 3;
    const pick = () => parts[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % parts.length];
    for (let n = 0; n < 3000; n++) {
      const depth = 1 + (n % 4);
      const path = (n % 7 === 0 ? './' : '') + Array.from({ length: depth }, pick).join('/');
      for (const pattern of patterns) {
        for (const dot of [false, true]) {
          assert.equal(globMatcher([pattern], { dot })(path), globMatcher([pattern], { dot, general: true })(path), `${pattern} ${path} dot=${dot}`);
        }
      }
    }
  });

  it('refuses braces that expand past the limit, and corpus-lens.yaml says so', () => {
    const pattern = '{a,b}'.repeat(11) + '.txt';
    assert.match(globProblem(pattern)!, new RegExp(`more than ${MAX_GLOB_ALTERNATIVES}`));
    assert.equal(m(pattern, 'a'.repeat(11) + '.txt'), false);
    assert.equal(globProblem('{a,b}'.repeat(10) + '.txt'), undefined);
    const yaml = `include:\n  - "**/*.txt"\n  - "${pattern}"\n`;
    const { problems } = parseCorpusConfig(yaml);
    assert.equal(problems.length, 1);
    assert.equal(yaml.slice(problems[0].start, problems[0].end), `"${pattern}"`);
  });
});
