// Entry point for both e2e runners (@vscode/test-electron and code-server): VS Code loads this
// compiled file as `extensionTestsPath` inside the extension host and awaits `run()`.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.CORPUS_LENS_E2E_TIMEOUT_MS ?? 60_000),
    slow: 5_000,
  });
  const grep = process.env.CORPUS_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  // In a VS Code whose display language is Vietnamese (the code-server runner's second window)
  // the *.vi.test files run; in any other, every other test file.
  const vi = vscode.env.language === 'vi';
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && f.endsWith('.vi.test.js') === vi)
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (files.length === 0) reject(new Error(`no compiled tests in ${__dirname}`));
        else if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
