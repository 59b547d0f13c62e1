// Entry point of the smoke run against the packaged extension (runCodeServer.mjs installs
// corpus-lens.vsix into a fresh extensions folder, then loads this file as `extensionTestsPath`).
// Only smoke.test.js runs here; the full suite is test/e2e/suite.
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  mocha.addFile(path.join(__dirname, 'smoke.test.js'));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} smoke test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
