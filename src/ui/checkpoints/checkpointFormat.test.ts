import { describe, expect, it } from 'vitest';
import { formatBytes, formatPosition, formatSavedAt, formatUsage, formatValue } from './checkpointFormat';

describe('checkpoint panel formats', () => {
  it('writes sizes in binary units', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1348 + 1000)).toBe('2.3 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });

  it('writes values as ModelCheckpoint prints them, and non-finite ones plainly', () => {
    expect(formatValue(0.123456789)).toBe('0.12346');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(null)).toBe('–');
  });

  it('writes a blown-up or vanishing value with an exponent, never as twenty digits', () => {
    expect(formatValue(9908170748475527168)).toBe('9.90817e+18');
    expect(formatValue(3.2e-9)).toBe('3.20000e-9');
    expect(formatValue(0)).toBe('0.00000');
  });

  it('shows epochs and batches 1-based', () => {
    expect(formatPosition(0, null)).toBe('epoch 1');
    expect(formatPosition(4, 9)).toBe('epoch 5, batch 10');
  });

  it('shows usage against the quota', () => {
    expect(formatUsage(1024 * 1024, 100 * 1024 * 1024)).toBe('1.0 MB of 100.0 MB used (1.0 %)');
    expect(formatUsage(10, 100 * 1024 * 1024)).toBe('10 B of 100.0 MB used (<0.1 %)');
  });

  it('keeps the seconds of the save time', () => {
    expect(formatSavedAt(Date.UTC(2026, 0, 2, 3, 4, 5), 'en-GB')).toMatch(/:05/);
  });
});
