import { describe, expect, it } from 'vitest';
import { chooseEvictions, oldestUnnamed, type BudgetEntry } from './runBudget';

const entry = (id: string, createdAt: number, bytes: number, named = false): BudgetEntry => ({ id, createdAt, bytes, named });

describe('the runs storage budget', () => {
  it('removes nothing within the budget', () => {
    expect(chooseEvictions([entry('a', 1, 40), entry('b', 2, 50)], 100, 'b')).toEqual({ evict: [], overBy: 0 });
  });

  it('removes the oldest unnamed runs first, only as many as it takes', () => {
    const entries = [entry('new', 5, 40), entry('c', 3, 30), entry('a', 1, 30), entry('b', 2, 30)];
    expect(chooseEvictions(entries, 100, 'new')).toEqual({ evict: ['a'], overBy: 0 });
    expect(chooseEvictions(entries, 70, 'new')).toEqual({ evict: ['a', 'b'], overBy: 0 });
  });

  it('never removes a named run nor the run being written, and says by how much the budget is exceeded then', () => {
    const entries = [entry('named-old', 1, 50, true), entry('unnamed', 2, 20), entry('current', 3, 60)];
    expect(chooseEvictions(entries, 100, 'current')).toEqual({ evict: ['unnamed'], overBy: 10 });
  });

  it('finds the oldest unnamed run other than the one kept, for a full disk', () => {
    expect(oldestUnnamed([entry('x', 1, 1, true), entry('y', 2, 1), entry('z', 3, 1)], 'y')).toBe('z');
    expect(oldestUnnamed([entry('x', 1, 1, true)], null)).toBeNull();
  });
});
