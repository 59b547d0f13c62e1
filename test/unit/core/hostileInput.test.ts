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
