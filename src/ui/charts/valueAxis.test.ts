import { describe, expect, it } from 'vitest';
import { tickLabels, valueAxis } from './valueAxis';

const rows = (values: number[], key = 'accuracy') => values.map((value, index) => ({ epoch: index + 1, [key]: value }));

describe('valueAxis', () => {
  it('ends an accuracy axis at 1, not at the round tick past it (the 1.05 of mid-run.png)', () => {
    const axis = valueAxis('linear', rows([0.53, 0.61, 0.72, 0.83]), ['accuracy'], 1);
    expect(axis.domain[1]).toBe(1);
    expect(Math.max(...axis.ticks)).toBe(1);
    expect(axis.ticks.every((tick) => tick <= 1)).toBe(true);
    expect(axis.domain[0]).toBeLessThanOrEqual(0.53);
  });

  it('ends it at 1 when the values already touch 1, and when they are all near it', () => {
    expect(valueAxis('linear', rows([0.9, 1, 1]), ['accuracy'], 1).domain[1]).toBe(1);
    const near = valueAxis('linear', rows([0.991, 0.995]), ['accuracy'], 1);
    expect(near.domain[1]).toBe(1);
    expect(near.domain[0]).toBeLessThanOrEqual(0.991);
  });

  it('gives an accuracy chart with no values yet the whole fraction', () => {
    expect(valueAxis('linear', [], ['accuracy'], 1)).toMatchObject({ domain: [0, 1] });
  });

  it('leaves other linear axes on round ticks around their values', () => {
    const axis = valueAxis('linear', rows([0.42, 0.9], 'loss'), ['loss']);
    expect(axis.domain[0]).toBeLessThanOrEqual(0.42);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(0.9);
  });

  it('puts a log axis on whole decades around the positive values, the blow-up and the healthy epochs both', () => {
    const axis = valueAxis('log', rows([0.7, 0.5, 3e6, 9.9e18], 'loss'), ['loss']);
    expect(axis.domain).toEqual([0.1, 1e19]);
    expect(new Set(axis.ticks).size).toBe(axis.ticks.length);
  });
});

describe('tickLabels', () => {
  it('writes ticks as formatTick does when they read apart', () => {
    expect([...tickLabels([0, 0.25, 0.5, 0.75, 1]).values()]).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    expect([...tickLabels([1e10, 1e14, 1e18]).values()]).toEqual(['1e+10', '1e+14', '1e+18']);
  });

  it('adds digits until no two ticks read the same', () => {
    const labels = [...tickLabels([1.02e35, 1.04e35, 1.06e35]).values()];
    expect(labels).toEqual(['1.02e+35', '1.04e+35', '1.06e+35']);
    const close = [...tickLabels([10000.5, 10001, 10001.5]).values()];
    expect(new Set(close).size).toBe(3);
  });
});
