import { strict as assert } from 'node:assert';
import type { Finding, TextEdit } from '../../../server/src/core/diagnostic';
import { EditOccupancy, selfConflicting } from '../../../server/src/core/fixes/editOccupancy';
import { selectFixes } from '../../../server/src/core/fixes/applyFixes';

/** The rule, pair by pair: overlap, two insertions at one place, an insertion strictly inside. */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.start === a.end) return (b.start < a.start && a.start < b.end) || (b.start === b.end && a.start === b.start);
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return false;
}

describe('edit conflicts (core/fixes/editOccupancy)', () => {
  let seed = 5;
  const rnd = (k: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k;
  const edit = (): TextEdit => {
    const start = rnd(30);
    return { start, end: start + (rnd(3) === 0 ? 0 : 1 + rnd(5)), newText: '' };
  };

  it('agrees with the pairwise rule for edits taken one by one', () => {
    for (let k = 0; k < 2000; k++) {
      const occupancy = new EditOccupancy(40);
      const taken: TextEdit[] = [];
      for (let i = 0; i < 8; i++) {
        const e = edit();
        const expected = taken.some((t) => conflicts(e, t));
        assert.equal(occupancy.conflicts(e), expected, JSON.stringify({ e, taken }));
        if (!expected) {
          occupancy.take(e);
          taken.push(e);
        }
      }
    }
  });

  it('finds conflicts inside one fix as the pairwise rule does', () => {
    for (let k = 0; k < 5000; k++) {
      const edits = Array.from({ length: 1 + rnd(5) }, edit);
      const expected = edits.some((e, i) => edits.some((o, j) => i < j && conflicts(e, o)));
      assert.equal(selfConflicting(edits), expected, JSON.stringify(edits));
    }
  });

  it("selects the fixes of ' \\n' × 500,000 (and one fix with 500,000 edits) in well under a second", () => {
    // Before: Math.max(...edits) overflowed the stack, and each fix was checked against every
    // edit taken before it.
    const n = 500_000;
    const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
      code: 'text/whitespace',
      severity: 'warning',
      message: '',
      start: 2 * i,
      end: 2 * i + 1,
      fixes: [{ title: '', edits: [{ start: 2 * i, end: 2 * i + 1, newText: '' }] }],
    }));
    findings.push({ code: 'text/whitespace', severity: 'warning', message: '', start: 1, end: 2, fixes: [{ title: '', edits: Array.from({ length: n }, (_, i) => ({ start: 2 * i + 1, end: 2 * i + 2, newText: '\n' })) }] });
    const t0 = performance.now();
    const chosen = selectFixes(findings);
    const ms = performance.now() - t0;
    assert.equal(chosen.length, n + 1);
    assert.ok(ms < 2000, `took ${Math.round(ms)} ms`);
  });
});
