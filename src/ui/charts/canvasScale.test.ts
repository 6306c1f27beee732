import { describe, expect, it } from 'vitest';
import { epochAxis, linearAxis, logAxis, niceStep, project, valueExtent } from './canvasScale';

describe('canvas chart axes', () => {
  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(0.7, 5)).toBe(0.2);
    expect(niceStep(120, 6)).toBe(20);
    expect(niceStep(0.003, 5)).toBe(0.001);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('widens a linear axis to round ticks around the values', () => {
    const axis = linearAxis(0.23, 0.91);
    expect(axis.domain).toEqual([0.2, 1]);
    expect(axis.ticks).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives a flat series room above and below', () => {
    const axis = linearAxis(0.5, 0.5);
    expect(axis.domain[0]).toBeLessThan(0.5);
    expect(axis.domain[1]).toBeGreaterThan(0.5);
  });

  it('puts a log axis on whole decades, with 2 and 5 between when it spans few', () => {
    expect(logAxis(0.002, 0.01)).toEqual({ scale: 'log', domain: [0.001, 0.01], ticks: [0.001, 0.002, 0.005, 0.01] });
    expect(logAxis(1e-6, 0.1).ticks).toEqual([1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1]);
  });

  it('labels every second decade of a rate cut down over fourteen of them, so the labels do not crowd', () => {
    const axis = logAxis(1e-14, 0.01);
    expect(axis.domain).toEqual([1e-14, 0.01]);
    expect(axis.ticks).toEqual([1e-14, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 0.01]);
  });

  it('centres a constant rate on a log axis', () => {
    const axis = logAxis(0.01, 0.01);
    expect(axis.domain).toEqual([0.001, 0.1]);
    expect(project(axis, 0.01, 0, 100)).toBeCloseTo(50);
  });

  it('runs epochs from the first to the last, ticks on whole epochs', () => {
    expect(epochAxis(1, 200)).toEqual({ scale: 'linear', domain: [1, 200], ticks: [50, 100, 150, 200] });
    expect(epochAxis(1, 3).ticks).toEqual([1, 2, 3]);
    expect(epochAxis(1, 1).domain).toEqual([0, 2]);
  });

  it('projects linearly and logarithmically onto pixels, downwards for values', () => {
    expect(project(linearAxis(0, 1), 0.25, 100, 0)).toBe(75);
    expect(project(logAxis(0.001, 0.1), 0.01, 0, 100)).toBeCloseTo(50);
  });

  it('finds the extent of finite values, positive ones only for a log axis', () => {
    const rows = [{ a: 1, b: null }, { a: Number.NaN, b: -2 }, { a: 3, b: 0 }];
    expect(valueExtent(rows, ['a', 'b'], false)).toEqual([-2, 3]);
    expect(valueExtent(rows, ['b'], true)).toBeNull();
  });
});
