// Tables over the 65,536 UTF-16 code units, filled from one search of a regular expression in
// a string of every unit instead of a test of each (tens of milliseconds at the start of each
// process and thread).

/** Every code unit at its own index; the surrogates as U+0000 (alone, they are no character to
 *  a `u` pattern, and U+0000 is in none of the classes the tables are made of). */
export function everyCodeUnit(): string {
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  const parts: string[] = [];
  for (let from = 0; from < 0x10000; from += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(from, from + 4096) as unknown as number[]));
  return parts.join('');
}

/** Sets table[c] = 1 for each unit of `units` (everyCodeUnit) in a run that `runs` matches (a
 *  global regular expression of a class and `+`). */
export function markRuns(units: string, runs: RegExp, table: Uint8Array): void {
  for (const m of units.matchAll(runs)) table.fill(1, m.index!, m.index! + m[0].length);
}
