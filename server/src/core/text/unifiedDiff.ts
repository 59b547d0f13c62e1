// A unified diff of two texts (the format of `diff -u` and `git diff`), for previews.

/** Lines with their line break kept, so a missing final newline is a difference. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function diffLines(a: string[], b: string[]): Op[] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const am = a.slice(p, a.length - s);
  const bm = b.slice(p, b.length - s);
  const mid: Op[] = [];
  const n = am.length;
  const m = bm.length;
  if (n * m > 4_000_000) {
    am.forEach((line) => mid.push({ kind: '-', line }));
    bm.forEach((line) => mid.push({ kind: '+', line }));
  } else {
    // Longest common subsequence, suffix table.
    const w = m + 1;
    const t = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) t[i * w + j] = am[i] === bm[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        mid.push({ kind: ' ', line: am[i++] });
        j++;
      } else if (i < n && (j === m || t[(i + 1) * w + j] >= t[i * w + j + 1])) mid.push({ kind: '-', line: am[i++] });
      else mid.push({ kind: '+', line: bm[j++] });
    }
  }
  return [...a.slice(0, p).map((line): Op => ({ kind: ' ', line })), ...mid, ...a.slice(a.length - s).map((line): Op => ({ kind: ' ', line }))];
}

/** `--- oldName` / `+++ newName` and hunks with `context` lines around each change; '' when equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(linesOf(oldText), linesOf(newText));
  const changed = ops.map((o, i) => (o.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  let k = 0;
  while (k < changed.length) {
    let from = Math.max(0, changed[k] - context);
    let to = Math.min(ops.length, changed[k] + context + 1);
    while (k + 1 < changed.length && changed[k + 1] - context <= to) to = Math.min(ops.length, changed[++k] + context + 1);
    k++;
    // Line numbers at the hunk start.
    let aLine = 1;
    let bLine = 1;
    for (let i = 0; i < from; i++) {
      if (ops[i].kind !== '+') aLine++;
      if (ops[i].kind !== '-') bLine++;
    }
    const hunk = ops.slice(from, to);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const range = (line: number, count: number) => (count === 1 ? `${line}` : `${count === 0 ? line - 1 : line},${count}`);
    out += `@@ -${range(aLine, aCount)} +${range(bLine, bCount)} @@\n`;
    for (const o of hunk) {
      out += o.kind + o.line.replace(/\n$/, '') + '\n';
      if (!o.line.endsWith('\n')) out += '\\ No newline at end of file\n';
    }
    from = to;
  }
  return out;
}
