import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { fileUriOf } from '../../../server/src/node/fileUri';

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
    const alphabet = 'aZ09/././/.._~- #?%:@!$&()*+,;=[]đữ\u00a0\\';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let i = 0; i < 2000; i++) {
      let p = '/';
      for (let k = rand(20); k > 0; k--) p += alphabet[rand(alphabet.length)];
      assert.equal(fileUriOf(p), pathToFileURL(p).toString(), JSON.stringify(p));
    }
  });
});
