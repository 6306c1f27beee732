import { describe, expect, it } from 'vitest';
import type { Outcome } from './methods';
import { compare, comparisonLine, taskTable } from './report';

const run = (testLoss: number | null): Outcome => ({ testLoss, logValArea: testLoss === null ? null : Math.log(testLoss), diverged: testLoss === null });
const results = new Map([
  ['easy', { a: [0.1, 0.1, 0.1, 0.1].map(run), b: [0.2, 0.2, 0.2, 0.2].map(run) }],
  ['hard', { a: [0.5, null, 0.5, 0.3].map(run), b: [0.4, 0.4, 0.5, 0.4].map(run) }],
]);

describe('the report', () => {
  it('wins a task only when its whole interval is above 0.5', () => {
    const comparison = compare(results, 'a', 'b');
    expect(comparison.perTask['easy']?.winRate).toBe(1);
    expect(comparison.perTask['hard']?.winRate).toBe(0.375);
    expect(comparison.tasksWon).toBe(1);
    expect(comparison.winRate).toBeCloseTo(0.6875);
    expect(comparisonLine('aVsB', comparison)).toMatch(/^ {2}aVsB: 0\.688 \[.*\], tasks won 1\/2; easy 1\.00 \[1\.00, 1\.00\]; hard 0\.38/);
  });

  it('tables the median test loss, the mean log val_loss and the diverged runs', () => {
    const [header, a] = taskTable(results.get('hard') ?? {}, ['a']);
    expect(header).toContain('test loss (median)');
    expect(a).toMatch(/^ {2}a +0\.5000 +-0\.863 +1\/4$/);
  });
});
