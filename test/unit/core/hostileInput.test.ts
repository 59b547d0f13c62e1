import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyzeArticle';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';

// Inputs a scraper or a fuzzer produces. Each must be analysed without throwing and without
// backtracking blow-ups (a quadratic pass over one 1 MB "word" takes minutes: the suite's
// timeout catches it).
describe('hostile input', function () {
  this.timeout(20_000);
  const { registry } = loadRegistry(readBuiltinRegistrySources());
  const run = (text: string) => analyzeArticle(text, { registry, today: '2026-11-23' });

  it('survives empty, blank and marker-only files', () => {
    for (const t of ['', ' ', '\uFEFF', '\n\n\n', '\r\r', 'date', 'date ', ' date 2026-02-25']) {
      const codes = run(t).findings.map((f) => f.code);
      assert.ok(codes.some((c) => c.startsWith('header/')), `${JSON.stringify(t)}: ${codes}`);
    }
  });

  it('analyses one huge word, a huge line of digits and slashes, and a long run of spaces', () => {
    for (const t of ['x'.repeat(1_000_000), '1/2/'.repeat(100_000), ' date 2026-02-25 T\n\n' + ' '.repeat(200_000) + 'a', 'Tổng Bí thư '.repeat(30_000)]) {
      const a = run(t);
      assert.ok(Array.isArray(a.findings));
    }
  });

  // Each took 10 s or more before (backtracking or a pass per run); now well under a second.
  const timed = (label: string, text: string, budgetMs: number) => {
    const t0 = performance.now();
    const a = run(text);
    const ms = performance.now() - t0;
    assert.ok(ms < budgetMs, `${label}: ${Math.round(ms)} ms`);
    return a;
  };

  it("recognizes an article holding 80 KB of '1.1.1.…' in one run (the zone search took 12 s)", () => {
    const a = timed('1.1.1.', ` date 2026-02-25 Tổng Bí thư Tô Lâm\n\n${'1.'.repeat(40_000)}1 Tổng Bí thư Tô Lâm.\n`, 1000);
    assert.ok(a.mentions.some((m) => m.text === 'Tô Lâm' && m.start > 80_000));
  });

  it('reads a header title with 80,000 spaces inside (the title trim took 14 s)', () => {
    const a = timed('title', ` date 2026-02-25 Hà${' '.repeat(80_000)}Nội   \n\nThân bài.\n`, 1000);
    assert.ok(a.findings.some((f) => f.code === 'text/whitespace'), 'the run of spaces is still reported');
  });

  it('checks a 1 MB line of mojibake and double spaces (the space runs took 39 s)', () => {
    const a = timed('mojibake', ` date 2026-02-25 T\n\n${'Bá»™ trÆ°á»Ÿng  '.repeat(62_500)}\n`, 3000);
    const spaces = a.findings.filter((f) => f.code === 'text/whitespace');
    // Each run counted: the first 10,000 one by one, the rest in one finding (findingList).
    assert.equal(spaces.reduce((n, f) => n + (f.count ?? 1), 0), 62_500);
    assert.equal(spaces.length, 10_001);
  });

  it('keeps offsets inside the text for random code points, lone surrogates included', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 20; k++) {
      const t = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join('');
      const a = run(t);
      for (const f of a.findings) assert.ok(f.start >= 0 && f.end <= t.length && f.start <= f.end, `${f.code} ${f.start}-${f.end}`);
      for (const m of a.mentions) assert.equal(t.slice(m.start, m.end), m.text);
    }
  });
});
