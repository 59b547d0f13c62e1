import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixCommand } from '../../../server/src/cli/fixCommand';
import { UsageError } from '../../../server/src/cli/checkCommand';
import { hasSharedCorpus, sharedCorpus } from '../../support/sharedCorpus';

function capture() {
  let out = '';
  let err = '';
  return { io: { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } }, out: () => out, err: () => err };
}

const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('corpus-lens fix (fixCommand)', () => {
  let dir: string;
  const dirty = ' date 2026-02-25 Tiêu đề\n\nHai\u00A0bên gặp nhau. \nẢnh: TTXVN\nẢnh: TTXVN\n\nCó thể bạn quan tâm\n\nTin khác.\n';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-fix-'));
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), dirty);
    fs.writeFileSync(path.join(dir, '002_0123456789abcdee.txt'), ' date 2026-02-25 Sạch\n\nKhông có gì để sửa.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--dry-run prints a unified diff and a summary, and writes nothing', async () => {
    const before = snapshot(dir);
    const c = capture();
    assert.equal(await fixCommand(['--dry-run', dir], c.io), 0);
    assert.deepEqual(snapshot(dir), before);
    assert.match(c.out(), /^--- a\/.*001_0123456789abcdef\.txt$/m);
    assert.match(c.out(), /^-Hai\u00A0bên gặp nhau\. $/m);
    assert.match(c.out(), /^\+Hai bên gặp nhau\.$/m);
    assert.match(c.out(), /^-Có thể bạn quan tâm$/m);
    assert.match(c.out(), /2 articles checked, 1 would change: 4 fixes to apply/);
    assert.match(c.out(), /^ {2}scrape\/trailer: 1$/m);
  });

  it('writes the fixed files (no temp file left behind), and a second run changes nothing', async () => {
    const c = capture();
    assert.equal(await fixCommand([dir], c.io), 0);
    assert.equal(fs.readFileSync(path.join(dir, '001_0123456789abcdef.txt'), 'utf8'), ' date 2026-02-25 Tiêu đề\n\nHai bên gặp nhau.\nẢnh: TTXVN\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['001_0123456789abcdef.txt', '002_0123456789abcdee.txt']);
    assert.match(c.out(), /1 changed: 4 fixes applied/);
    const after = snapshot(dir);
    const again = capture();
    assert.equal(await fixCommand([dir], again.io), 0);
    assert.deepEqual(snapshot(dir), after);
    assert.match(again.out(), /0 changed: 0 fixes/);
  });

  it('--rule limits the fixes, and allows an unsafe one named exactly', async () => {
    const c = capture();
    await fixCommand(['--rule', 'scrape/caption', path.join(dir, '001_0123456789abcdef.txt')], c.io);
    assert.equal(fs.readFileSync(path.join(dir, '001_0123456789abcdef.txt'), 'utf8'), ' date 2026-02-25 Tiêu đề\n\nHai\u00A0bên gặp nhau. \n\nCó thể bạn quan tâm\n\nTin khác.\n');
    assert.match(c.out(), /scrape\/caption: 2/);
  });

  it('uses the folder’s corpus-lens.yaml (rules switched off, toneStyle)', async () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'toneStyle: new\nrules:\n  scrape/: off\n');
    fs.writeFileSync(path.join(dir, '003_0123456789abcded.txt'), ' date 2026-02-25 T\n\nHòa bình.\n\nCó thể bạn quan tâm\n\nTin.\n');
    await fixCommand([dir], capture().io);
    assert.equal(fs.readFileSync(path.join(dir, '003_0123456789abcded.txt'), 'utf8'), ' date 2026-02-25 T\n\nHoà bình.\n\nCó thể bạn quan tâm\n\nTin.\n');
  });

  it('rejects unknown options and rules', async () => {
    await assert.rejects(fixCommand(['--bogus', dir], capture().io), UsageError);
    await assert.rejects(fixCommand(['--rule', 'no/such', dir], capture().io), UsageError);
    await assert.rejects(fixCommand([], capture().io), UsageError);
  });

  it('on a copy of the real corpus: changes only 004, then nothing', async function () {
    if (!hasSharedCorpus) {
      console.log(`      (skipped: ${sharedCorpus} is not there)`);
      this.skip();
    }
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-real-'));
    try {
      // ../shared is laid out read-only; the copies are ours to fix.
      for (const f of fs.readdirSync(sharedCorpus)) {
        fs.copyFileSync(path.join(sharedCorpus, f), path.join(copy, f));
        fs.chmodSync(path.join(copy, f), 0o644);
      }
      const before = snapshot(copy);
      const c = capture();
      assert.equal(await fixCommand([copy], c.io), 0, c.err());
      const after = snapshot(copy);
      assert.deepEqual(
        Object.keys(before).filter((f) => before[f] !== after[f]),
        ['004_0bbbe4c8297b86fb.txt'],
      );
      assert.match(c.out(), /3 articles checked, 1 changed: 2 fixes applied/);
      await fixCommand([copy], capture().io);
      assert.deepEqual(snapshot(copy), after);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  describe('keeps what the file was', () => {
    const fixed = ' date 2026-02-25 Tiêu đề\n\nHai bên gặp nhau.\nẢnh: TTXVN\n';
    const a = () => path.join(dir, '001_0123456789abcdef.txt');

    it('keeps the mode, and leaves a read-only file alone with a message (exit 1)', async () => {
      fs.chmodSync(a(), 0o640);
      assert.equal(await fixCommand([dir], capture().io), 0);
      assert.equal(fs.statSync(a()).mode & 0o777, 0o640);
      assert.equal(fs.readFileSync(a(), 'utf8'), fixed);
      fs.writeFileSync(a(), dirty);
      fs.chmodSync(a(), 0o444);
      const c = capture();
      assert.equal(await fixCommand([dir], c.io), 1);
      assert.equal(fs.readFileSync(a(), 'utf8'), dirty);
      assert.match(c.err(), /001_0123456789abcdef\.txt: is read-only: not changed/);
    });

    it('writes through a symbolic link, and into a file with other hard links', async () => {
      // Inside the corpus folder, under names that are not articles themselves.
      const store = path.join(dir, 'store');
      fs.mkdirSync(store);
      try {
        const real = path.join(store, 'real.bak');
        fs.renameSync(a(), real);
        fs.symlinkSync(real, a());
        const twin = path.join(store, 'twin.bak');
        fs.writeFileSync(path.join(dir, '003_0123456789abcded.txt'), dirty);
        fs.linkSync(path.join(dir, '003_0123456789abcded.txt'), twin);
        assert.equal(await fixCommand([dir], capture().io), 0);
        assert.ok(fs.lstatSync(a()).isSymbolicLink(), 'still a link');
        assert.equal(fs.readFileSync(real, 'utf8'), fixed);
        assert.equal(fs.readFileSync(twin, 'utf8'), fixed, 'the other name of the file sees the fix');
        assert.equal(fs.statSync(twin).ino, fs.statSync(path.join(dir, '003_0123456789abcded.txt')).ino);
        assert.deepEqual(fs.readdirSync(store).sort(), ['real.bak', 'twin.bak'], 'no temporary file left');
      } finally {
        fs.rmSync(store, { recursive: true, force: true });
      }
    });

    it('neither reads nor writes through a link to a file outside the corpus folder', async () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-outside-'));
      try {
        const target = path.join(outside, 'secret.txt');
        fs.writeFileSync(target, dirty);
        fs.rmSync(a());
        fs.symlinkSync(target, a());
        const c = capture();
        assert.equal(await fixCommand([dir], c.io), 1);
        assert.equal(fs.readFileSync(target, 'utf8'), dirty);
        assert.match(c.err(), /001_0123456789abcdef\.txt: is a link to a file outside the corpus folder/);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});
