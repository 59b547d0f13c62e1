// A corpus dated across a change of office (hand-written articles and registry): only the
// article that gives the old title after the change is reported, and the fix the CLI applies
// is the one the rule prefers ('nguyên').

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });

const REGISTRY = `entities:
  - id: hoang-van-d
    type: person
    name: Hoàng Văn Đức
    titles:
      - title: Bộ trưởng
        organization: Bộ Công Thương
        from: 2020-01-15
        to: 2025-03-01
      - title: Phó Thủ tướng
        from: 2025-03-02
`;
const ARTICLES: Record<string, string> = {
  '001_00000000000000a1.txt': ' date 2024-11-05 Trước khi đổi chức\n\nBộ trưởng Công Thương Hoàng Văn Đức làm việc với doanh nghiệp.\n',
  '002_00000000000000a2.txt': ' date 2025-06-10 Sau khi đổi chức\n\nBộ trưởng Công Thương Hoàng Văn Đức làm việc với doanh nghiệp.\n',
  '003_00000000000000a3.txt': ' date 2025-06-11 Sau khi đổi chức, đúng\n\nPhó Thủ tướng Hoàng Văn Đức làm việc với doanh nghiệp.\n',
  '004_00000000000000a4.txt': ' date 2025-06-12 Nhắc lại chuyện cũ\n\nNăm 2023, Bộ trưởng Công Thương Hoàng Văn Đức đã ký quyết định.\n',
  '005_00000000000000a5.txt': ' date 2025-06-13 Chức cũ đã ghi\n\nNguyên Bộ trưởng Công Thương Hoàng Văn Đức nay là Phó Thủ tướng.\n',
};

describe('entity/stale-title across a change of office (dist/cli.js)', () => {
  let dir: string;
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-titles-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'registry: [entities.yaml]\n');
    fs.writeFileSync(path.join(dir, 'entities.yaml'), REGISTRY);
    for (const [n, t] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, n), t);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports the old title only where the article is dated after the change', () => {
    const r = run(['check', '--format', 'json', dir]);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; message: string }> }> };
    const stale = report.files.flatMap((f) => f.diagnostics.filter((p) => p.code === 'entity/stale-title').map((p) => ({ file: path.basename(f.path), message: p.message })));
    assert.deepEqual(stale.map((s) => s.file), ['002_00000000000000a2.txt'], JSON.stringify(stale));
    assert.match(stale[0].message, /On 2025-06-10 .*Hoàng Văn Đức was no longer Bộ trưởng Công Thương/);
    assert.match(stale[0].message, /On that date, per the registry: Phó Thủ tướng \(2025-03-02 – now\)/);
  });

  it('is a choice: fix leaves it alone unless the rule is named, then marks the title as past', () => {
    const file = path.join(dir, '002_00000000000000a2.txt');
    run(['fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), ARTICLES['002_00000000000000a2.txt']);
    run(['fix', '--rule', 'entity/stale-title', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), ' date 2025-06-10 Sau khi đổi chức\n\nNguyên Bộ trưởng Công Thương Hoàng Văn Đức làm việc với doanh nghiệp.\n');
    const again = JSON.parse(run(['check', '--format', 'json', dir]).stdout) as { files: Array<{ diagnostics: Array<{ code: string }> }> };
    assert.equal(again.files.flatMap((f) => f.diagnostics).filter((p) => p.code === 'entity/stale-title').length, 0);
  });
});
