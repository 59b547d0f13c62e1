// `corpus-lens check` in Vietnamese: the corpus's `language:`, else LC_ALL / LC_MESSAGES / LANG,
// else English. Codes, severities and JSON keys stay as scripts read them.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string | undefined>) {
  const clean: NodeJS.ProcessEnv = { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete clean[k];
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...clean, ...env } });
}

describe('corpus-lens check in Vietnamese', () => {
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  });

  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-vi-'));
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tiêu đề\n\nChiều 24/2, hai bên gặp nhau.\n');
    fs.writeFileSync(path.join(dir, '002_0123456789abcdee.txt'), 'date: 2026-02-25 Tiêu đề\n\nNgày 31/2 là ngày không có.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes findings and the summary in Vietnamese for a corpus with language: vi, whatever the environment's language", () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'language: vi\n');
    const r = run(['check', dir], { LANG: 'en_US.UTF-8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /002_0123456789abcdee\.txt:1:1 error header\/malformed Từ khóa của dòng đầu là `date` rồi đến một dấu cách, không có dấu hai chấm\./);
    assert.match(r.stdout, /002_0123456789abcdee\.txt:3:6 error date\/impossible '31\/2' không phải ngày có thật: tháng 2 chỉ có 29 ngày\./);
    assert.match(r.stdout, /Đã kiểm tra 2 bài báo \(1 bài không có vấn đề\): 2 lỗi, 0 cảnh báo, 0 thông tin, 0 gợi ý/);
  });

  it('keeps JSON keys, codes and severities as scripts read them', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'language: vi\n');
    const json = JSON.parse(run(['check', '--format', 'json', dir], {}).stdout);
    assert.deepEqual(Object.keys(json), ['files', 'summary']);
    const d = json.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics).find((x: { code: string }) => x.code === 'date/impossible');
    assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range']);
    assert.equal(d.severity, 'error');
    assert.match(d.message, /không phải ngày có thật/);
  });

  it('follows LANG, LC_MESSAGES and LC_ALL when the corpus names no language; English otherwise', () => {
    const vi = run(['check', dir], { LANG: 'vi_VN.UTF-8' });
    assert.match(vi.stdout, /date\/impossible '31\/2' không phải ngày có thật/);
    assert.match(vi.stdout, /Đã kiểm tra 2 bài báo/);
    assert.match(run(['check', dir], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' }).stdout, /Đã kiểm tra 2 bài báo/);
    const c = run(['check', dir], { LANG: 'vi_VN.UTF-8', LC_ALL: 'C' });
    assert.match(c.stdout, /date\/impossible '31\/2' is not a date: month 2 has 29 days\./);
    assert.match(c.stdout, /2 articles checked \(1 clean\): 2 errors, 0 warnings/);
    assert.match(run(['check', dir], {}).stdout, /2 articles checked/);
  });

  it("writes corpus-lens.yaml's own problems and the usage in the chosen language", () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'language: vi\nfoo: 1\n');
    assert.match(run(['check', dir], {}).stdout, /corpus-lens\.yaml:2:1 warning config\/invalid thiết lập không xác định 'foo'/);
    const usage = run(['check', '--nope', dir], { LANG: 'vi_VN.UTF-8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /corpus-lens: tùy chọn không xác định --nope/);
    assert.match(usage.stderr, /Cách dùng: corpus-lens <lệnh>/);
  });

  it('a corpus that says language: en stays English in a Vietnamese environment', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'language: en\n');
    const r = run(['check', dir], { LANG: 'vi_VN.UTF-8' });
    assert.match(r.stdout, /date\/impossible '31\/2' is not a date/);
    assert.match(r.stdout, /2 articles checked/);
  });
});
