// The article files of a generated corpus (its subfolders of 1,000), sorted.

import * as fs from 'node:fs';
import * as path from 'node:path';

export function allArticles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...allArticles(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}
