import { expect, test } from 'vitest';
import { applyStats, columnStats } from './standardise';

test('statistics come from the rows given; other rows are scaled with them', () => {
  const train = new Float32Array([1, 10, 3, 10, 5, 10]);
  const stats = columnStats(train, 3, 2);
  expect(Array.from(stats.mean)).toEqual([3, 10]);
  expect(stats.std[0]).toBeCloseTo(Math.sqrt(8 / 3), 10);
  // A constant column keeps a deviation of 1 instead of dividing by zero.
  expect(stats.std[1]).toBe(1);
  const held = new Float32Array([3, 12, 7, 10]);
  applyStats(held, 2, stats);
  expect(held[0]).toBe(0);
  expect(held[1]).toBe(2);
  expect(held[2]).toBeCloseTo(4 / Math.sqrt(8 / 3), 5);
  applyStats(train, 2, stats);
  expect(train[0]! + train[2]! + train[4]!).toBeCloseTo(0, 6);
});
