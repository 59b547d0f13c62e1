import { strict as assert } from 'node:assert';
import { articleIdOf, duplicateIdFindings, FileIdIndex, fileNameFindings, parseArticleFileName } from '../../../server/src/core/corpus/fileNames';
import { config } from './helpers';

describe('file/name', () => {
  it('accepts NNN_<16 lower-case hex>.txt, with either path separator', () => {
    assert.deepEqual(parseArticleFileName('/corpus/004_0bbbe4c8297b86fb.txt'), { index: 4, id: '0bbbe4c8297b86fb' });
    assert.deepEqual(fileNameFindings('C:\\corpus\\1234_0bbbe4c8297b86fb.txt'), []);
  });

  it("reads an article's id from its name, in lower case, or none", () => {
    const cases: Array<[string, string | undefined]> = [
      ['/c/004_0bbbe4c8297b86fb.txt', '0bbbe4c8297b86fb'],
      ['C:\\c\\004_0bbbe4c8297b86fb.txt', '0bbbe4c8297b86fb'],
      ['/c/004_0BBBE4C8297B86FB.txt', '0bbbe4c8297b86fb'],
      ['/c/0bbbe4c8297b86fb.txt', '0bbbe4c8297b86fb'],
      ['/c/x_0bbbe4c8297b86fb.txt', '0bbbe4c8297b86fb'],
      ['/c/004_0bbbe4c8297b86fg.txt', undefined],
      ['/c/004_0bbbe4c8297b86f.txt', undefined],
      ['/c/0040bbbe4c8297b86fb.txt', undefined],
      ['/c/004_0bbbe4c8297b86fb.TXT', '0bbbe4c8297b86fb'],
      ['/c_0bbbe4c8297b86fb/notes.txt', undefined],
      ['_0bbbe4c8297b86fb.txt', '0bbbe4c8297b86fb'],
    ];
    for (const [path, id] of cases) assert.equal(articleIdOf(path), id, path);
  });

  it('says what is wrong, at offset 0, as a warning', () => {
    const cases: Array<[string, RegExp]> = [
      ['004_0BBBE4C8297B86FB.txt', /lower case \(0bbbe4c8297b86fb\)/],
      ['4_0bbbe4c8297b86fb.txt', /at least three digits \(004\)/],
      ['004_0bbbe4c8297b86.txt', /14 hex digits, not 16/],
      ['004_0bbbe4c8297b86fb.TXT', /extension must be \.txt/],
      ['notes.txt', /running index/],
      ['004_hello-world-0000.txt', /16 hex digits/],
    ];
    for (const [name, why] of cases) {
      const [f] = fileNameFindings(`/c/${name}`);
      assert.ok(f, name);
      assert.equal(f.code, 'file/name');
      assert.equal(f.severity, 'warning');
      assert.equal(f.start, 0);
      assert.match(f.message, why, name);
    }
    assert.deepEqual(fileNameFindings('/c/notes.txt', config({ rules: { 'file/name': 'off' } })), []);
  });
});

describe('file/duplicate-id', () => {
  it('reports every file that shares its id, as an error pointing at the others', () => {
    const m = duplicateIdFindings(['/c/001_0123456789abcdef.txt', '/c/sub/007_0123456789abcdef.txt', '/c/002_fedcba9876543210.txt']);
    assert.deepEqual([...m.keys()].sort(), ['/c/001_0123456789abcdef.txt', '/c/sub/007_0123456789abcdef.txt']);
    const [f] = m.get('/c/001_0123456789abcdef.txt')!;
    assert.equal(f.code, 'file/duplicate-id');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.related!.map((r) => r.path), ['/c/sub/007_0123456789abcdef.txt']);
  });

  it('FileIdIndex follows files coming and going', () => {
    const idx = new FileIdIndex();
    idx.add('a/001_0123456789abcdef.txt');
    assert.deepEqual(idx.add('b/002_0123456789ABCDEF.txt').sort(), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt']);
    assert.equal(idx.findingsFor('a/001_0123456789abcdef.txt').length, 1);
    assert.deepEqual(idx.delete('b/002_0123456789ABCDEF.txt').sort(), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt']);
    assert.deepEqual(idx.findingsFor('a/001_0123456789abcdef.txt'), []);
    // Three files with one id, then two, then one again.
    idx.add('b/002_0123456789ABCDEF.txt');
    assert.deepEqual(idx.add('c/003_0123456789abcdef.txt').sort(), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt', 'c/003_0123456789abcdef.txt']);
    assert.deepEqual(idx.othersWithId('c/003_0123456789abcdef.txt'), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt']);
    assert.deepEqual(idx.delete('a/001_0123456789abcdef.txt').sort(), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt', 'c/003_0123456789abcdef.txt']);
    assert.deepEqual(idx.othersWithId('b/002_0123456789ABCDEF.txt'), ['c/003_0123456789abcdef.txt']);
    idx.delete('c/003_0123456789abcdef.txt');
    assert.deepEqual(idx.othersWithId('b/002_0123456789ABCDEF.txt'), []);
    assert.deepEqual(idx.findingsFor('b/002_0123456789ABCDEF.txt'), []);
  });

  it('FileIdIndex takes many new files at once as it takes them one by one', () => {
    const files = ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt', 'notes.txt', 'c/003_0123456789abcdef.txt', 'd/004_00000000000000aa.txt', 'e/005_00000000000000aa.txt', 'd/004_00000000000000aa.txt', 'f/006_00000000000000bb.txt'];
    const one = new FileIdIndex();
    for (const f of files) one.add(f);
    const many = new FileIdIndex();
    many.addNew(files);
    assert.deepEqual(many.paths(), one.paths());
    for (const f of files) {
      assert.deepEqual(many.othersWithId(f), one.othersWithId(f), f);
      assert.deepEqual(many.findingsFor(f), one.findingsFor(f), f);
    }
    assert.deepEqual(many.othersWithId('c/003_0123456789abcdef.txt'), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt']);
  });

  it('FileIdIndex reads many files a slice at a time, answering as one that read them at once', () => {
    // 3,000 files, more than two slices: ids shared across slices, a file listed twice, one without an id.
    const hex = (n: number) => n.toString(16).padStart(16, '0');
    const files = Array.from({ length: 3000 }, (_, i) => `d${i % 7}/${String(i).padStart(6, '0')}_${hex(i % 1500 === 7 ? 7 : i)}.txt`);
    files[1100] = files[5];
    files[2500] = 'notes.txt';
    const whole = new FileIdIndex();
    whole.addNew(files);
    const slices = new FileIdIndex();
    slices.addNew(files);
    let asked = 0;
    // One slice per call: the first stops after 1,024 files, the second after 2,048.
    assert.equal(slices.readSome(() => (asked++, false)), false);
    assert.equal(slices.readSome(() => false), false);
    assert.equal(asked, 1);
    // A question while the rest is unread reads it first.
    const sharing = files.filter((f) => f.endsWith(`_${hex(7)}.txt`));
    assert.equal(sharing.length, 2);
    assert.deepEqual(slices.othersWithId(sharing[0]), [sharing[1]]);
    assert.equal(slices.readSome(() => false), true);
    assert.deepEqual(slices.paths(), whole.paths());
    for (const f of [files[0], files[5], files[1100], files[1507], files[2999], 'notes.txt']) assert.deepEqual(slices.findingsFor(f), whole.findingsFor(f), f);
    // Read to the end by slices alone: the same.
    const bySlices = new FileIdIndex();
    bySlices.addNew(files);
    let calls = 0;
    while (!bySlices.readSome(() => false)) calls++;
    assert.equal(calls, 2);
    assert.deepEqual(bySlices.paths(), whole.paths());
    assert.deepEqual(bySlices.othersWithId(files[1507]), whole.othersWithId(files[1507]));
  });

  it('FileIdIndex given many files at once answers as well when the first thing after is a change', () => {
    const files = ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt', 'd/004_00000000000000aa.txt'];
    // A file deleted, then another added, before any question.
    const many = new FileIdIndex();
    many.addNew(files);
    assert.deepEqual(many.delete('a/001_0123456789abcdef.txt').sort(), ['a/001_0123456789abcdef.txt', 'b/002_0123456789ABCDEF.txt']);
    assert.deepEqual(many.add('e/005_00000000000000aa.txt').sort(), ['d/004_00000000000000aa.txt', 'e/005_00000000000000aa.txt']);
    assert.deepEqual(many.othersWithId('b/002_0123456789ABCDEF.txt'), []);
    assert.deepEqual(many.othersWithId('d/004_00000000000000aa.txt'), ['e/005_00000000000000aa.txt']);
    // Given twice: both lists count.
    const twice = new FileIdIndex();
    twice.addNew(files.slice(0, 1));
    twice.addNew(files.slice(1));
    assert.deepEqual(twice.othersWithId('a/001_0123456789abcdef.txt'), ['b/002_0123456789ABCDEF.txt']);
    assert.deepEqual(twice.paths(), files, 'in the order they came');
  });
});
