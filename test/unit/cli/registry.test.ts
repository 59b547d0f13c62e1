// corpus-lens registry check|suggest on a corpus written here.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });

const REGISTRY = `entities:
  - id: nguyen-van-a
    type: person
    name: Nguyễn Văn An
    titles:
      - title: Bộ trưởng
        organization: Bộ Thử nghiệm
        from: 2020-01
  - id: tran-van-b
    type: person
    name: Trần Văn Bình
    titles:
      - title: Bộ trưởng
        organization: Bộ Thử nghiệm
        from: 2022-05
      - title: Thứ trưởng
        organization: Bộ Thử nghiệm
`;

describe('corpus-lens registry (dist/cli.js)', () => {
  let dir: string;
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-registry-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'entities.yaml'), REGISTRY);
    fs.writeFileSync(path.join(dir, '001_00000000000000c1.txt'), ' date 2026-03-02 Tin\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn. Thứ trưởng Pham Quoc Bao cảm ơn.\n');
    fs.writeFileSync(path.join(dir, '002_00000000000000c2.txt'), ' date 2026-03-09 Tin\n\nThứ trưởng Phạm Quốc Bảo phát biểu.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: two ministers at once and an undated title, at their lines in entities.yaml', () => {
    const r = run(['registry', 'check', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = REGISTRY.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    assert.match(r.stdout, new RegExp(`^entities\\.yaml:${lineOf('title: Bộ trưởng')}:\\d+ warning registry/overlapping-office Nguyễn Văn An and Trần Văn Bình`, 'm'));
    assert.match(r.stdout, new RegExp(`^entities\\.yaml:${lineOf('title: Thứ trưởng')}:\\d+ hint registry/undated-title 'Thứ trưởng, Bộ Thử nghiệm'`, 'm'));
    assert.match(r.stdout, /1 registry file checked: 3 problems/);
  });

  it('suggest: the unknown person written two ways, as one entry to file', () => {
    const r = run(['registry', 'suggest', '--jobs', '0', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    const { corpora } = JSON.parse(r.stdout) as { corpora: Array<{ groups: Array<{ name: string; mentions: number; aliases: string[]; titles: Array<{ title: string; first?: string; last?: string }>; suggestion: { kind: string; id?: string } }> }> };
    const [g] = corpora[0].groups;
    assert.deepEqual([g.name, g.mentions, g.aliases, g.suggestion], ['Phạm Quốc Bảo', 3, ['Pham Quoc Bao'], { kind: 'new', id: 'pham-quoc-bao' }]);
    assert.deepEqual(g.titles.map((t) => [t.title, t.first, t.last]), [['Thứ trưởng', '2026-03', '2026-03']]);
  });
});
