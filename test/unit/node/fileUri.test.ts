import { strict as assert } from 'node:assert';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filePathOf, fileUriOf } from '../../../server/src/node/fileUri';

describe('fileUriOf', () => {
  it('writes plain paths without the URL parser, the same as pathToFileURL', () => {
    for (const p of ['/tmp/cl/000/000001_ab.txt', '/home/u/corpus/a-b_c.d.e.txt', '/home/u/.cache/x', '/', '/a//b/./c', '/a/b/', '/a/../b', '/a/~b'])
      assert.equal(fileUriOf(p), pathToFileURL(p).toString(), p);
  });

  it('encodes what needs encoding exactly as pathToFileURL does', () => {
    for (const p of ['/tmp/báo chí/bài 1.txt', '/a b/c#d?e%f', '/x/ngày:1/[2]', '/tab\there', '/quote"\'`{}', '/tmp/../x', 'relative/path.txt'])
      assert.equal(fileUriOf(p), pathToFileURL(p).toString(), p);
  });

  it('agrees with pathToFileURL on random paths', () => {
    for (const p of randomPaths('aZ09/././/.._~- #?%:@!$&()*+,;=[]đữ\u00a0\\', 7)) assert.equal(fileUriOf(p), pathToFileURL(p).toString(), JSON.stringify(p));
  });
});

describe('filePathOf', () => {
  it('reads the path of a file: URI as fileURLToPath does, plain or encoded', () => {
    const uris = ['file:///tmp/cl/000/000001_ab.txt', 'file:///', 'file:///a/b/', 'file:///a//b', 'file:///a/./b', 'file:///a/../b', 'file:///tmp/b%C3%A1o%20ch%C3%AD/b%C3%A0i%201.txt', 'file:///a%2Fb', 'file://localhost/etc/x', 'file:///x/y?q#f'];
    for (const u of uris) {
      let expected: string | Error;
      try {
        expected = fileURLToPath(u);
      } catch (e) {
        expected = e as Error;
      }
      if (expected instanceof Error) assert.throws(() => filePathOf(u), u);
      else assert.equal(filePathOf(u), expected, u);
    }
  });

  it('is the way back from fileUriOf on random paths', () => {
    for (const p of randomPaths('aZ09/././/.._~- #?%:@!$&()*+,;=[]đữ\u00a0', 11)) {
      const uri = fileUriOf(p);
      assert.equal(filePathOf(uri), fileURLToPath(uri), JSON.stringify(p));
    }
  });
});

/** 2,000 absolute paths of up to 20 characters of `alphabet`, the same for a seed. */
function randomPaths(alphabet: string, seed: number): string[] {
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const out: string[] = [];
  for (let i = 0; i < 2000; i++) {
    let p = '/';
    for (let k = rand(20); k > 0; k--) p += alphabet[rand(alphabet.length)];
    out.push(p);
  }
  return out;
}
