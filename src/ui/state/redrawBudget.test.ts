import { expect, test } from 'vitest';
import { redrawInterval } from './redrawBudget';

test('a redraw waits long enough to keep its share of the main thread, within the bounds', () => {
  const budget = { share: 0.1, minMs: 300, maxMs: 2_000 };
  expect(redrawInterval(5, budget)).toBe(300);
  expect(redrawInterval(50, budget)).toBe(500);
  expect(redrawInterval(500, budget)).toBe(2_000);
});
