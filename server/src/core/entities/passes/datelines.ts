// Datelines: a paragraph that opens with a place in capitals, then a dash or a bracket
// (`HÀ NỘI -`, `MOSKVA (TTXVN) -`). A registry place there gets the role `dateline`; an
// unknown one becomes a place of its own, named in title case. Runs after registry names (it
// marks their mentions) and before the head and shape rules (an all-caps dateline is no
// acronym, no organisation).

import type { ClaimState } from './claims';

/** A `\n` in text[a, b). */
function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (text.charCodeAt(q) === 0x0a) return true;
  return false;
}

export function datelines(st: ClaimState): void {
  const { text, toks, n, drafts, discover } = st;
  // (Every token in capitals is a capitalised one.)
  for (let c = 0; c < toks.capCount; c++) {
    const i = toks.caps[c];
    if (!toks.allCaps(i) || !(i === 0 || hasLineBreak(text, toks.e[i - 1], toks.s[i]))) continue;
    let j = i;
    while (j + 1 < n && toks.adj(j + 1) && toks.allCaps(j + 1)) j++;
    const after = text.slice(toks.e[j], toks.e[j] + 4);
    if (!/^\s*[-–—(]/.test(after) || j - i > 3) continue;
    const owner = toks.owner[i];
    if (owner !== -1 && drafts[owner].type === 'place' && drafts[owner].t1 === j + 1) {
      drafts[owner].role = 'dateline';
    } else if (st.free(i, j + 1) && discover) {
      const raw = text.slice(toks.s[i], toks.e[j]);
      const name = raw.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
      st.claim({ t0: i, t1: j + 1, start: toks.s[i], end: toks.e[j], type: 'place', entityId: null, source: 'dateline', role: 'dateline', name });
    }
  }
}
