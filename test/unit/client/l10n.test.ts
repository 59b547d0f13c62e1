// The extension's own texts: package.json's contributions (package.nls*.json) and the strings
// of client/src and of the webviews (l10n/bundle.l10n.vi.json), each with its Vietnamese.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';
import { CONCORDANCE_STRINGS, fmt, pageStrings, TIMELINE_STRINGS } from '../../../client/webview/strings';

const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, p), 'utf8')) as Record<string, unknown>;
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(',');

/** Every `l10n.t('…')` literal under a folder. */
function l10nCalls(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
          out.set(m[1].slice(1, -1).replace(/\\(.)/g, '$1'), path.relative(repoRoot, p));
        }
        // Only literals: a computed message would escape this check.
        const computed = [...text.matchAll(/l10n\.t\(\s*[^'"\s)]/g)];
        assert.deepEqual(computed.map((m) => m[0]), [], `${p}: l10n.t takes a literal message`);
      }
    }
  };
  walk(path.join(repoRoot, dir));
  return out;
}

describe('the extension in Vietnamese', () => {
  it('names every contributed title and description in package.nls.json, with a Vietnamese one', () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 20, `only ${keys.length} %keys% in package.json`);
    const en = readJson('package.nls.json');
    const vi = readJson('package.nls.vi.json');
    assert.deepEqual(keys.filter((k) => !(k in en)), [], 'keys missing from package.nls.json');
    assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort(), 'package.nls.vi.json has the keys of package.nls.json');
    const pkg = readJson('package.json') as { contributes: { commands: Array<{ title: string }> }; l10n?: string };
    assert.equal(pkg.l10n, './l10n');
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%.+%$/, `command title ${c.title} is not localised`);
  });

  it('has a Vietnamese text for every string of client/src and of the webviews, with the same placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.vi.json') as Record<string, string>;
    const wanted = new Map(l10nCalls('client/src'));
    for (const s of [...Object.values(CONCORDANCE_STRINGS), ...Object.values(TIMELINE_STRINGS)]) wanted.set(s, 'client/webview/strings.ts');
    const missing = [...wanted].filter(([s]) => typeof bundle[s] !== 'string').map(([s, where]) => `${where}: ${s}`);
    assert.deepEqual(missing, []);
    const mismatched = [...wanted.keys()].filter((s) => placeholders(s) !== placeholders(bundle[s]));
    assert.deepEqual(mismatched, []);
  });

  it("hands the webviews their texts, English where one is missing, and writes numbers in the page's locale", () => {
    const { s, locale } = pageStrings(CONCORDANCE_STRINGS, JSON.stringify({ locale: 'vi', strings: { noMatches: 'Không có kết quả.' } }));
    assert.equal(locale, 'vi');
    assert.equal(s.noMatches, 'Không có kết quả.');
    assert.equal(s.cancel, 'Cancel');
    assert.equal(pageStrings(TIMELINE_STRINGS, 'not json').s.title, 'Entity Timeline');
    assert.equal(fmt(CONCORDANCE_STRINGS.done, 'Vladimir Putin', '5 matches', '3 articles', ''), 'Vladimir Putin: 5 matches in 3 articles');
  });
});
