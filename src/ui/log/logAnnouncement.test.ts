import { describe, expect, it } from 'vitest';
import { logAnnouncement } from './logAnnouncement';
import type { LogLine } from './logLines';

const line = (text: string): LogLine => ({ epoch: 0, callback: 'ReduceLROnPlateau', kind: 'lr_reduced', text });

describe('the run log announcement', () => {
  it('reads the one new line', () => {
    expect(logAnnouncement([line('a'), line('b')], 1)).toBe('Run log: ReduceLROnPlateau: b');
  });
  it('counts several new lines and reads only the newest', () => {
    expect(logAnnouncement([line('a'), line('b'), line('c')], 0)).toBe('Run log, 3 new lines; the newest: ReduceLROnPlateau: c');
  });
  it('says nothing when no line came', () => {
    expect(logAnnouncement([line('a')], 1)).toBe('');
    expect(logAnnouncement([], 0)).toBe('');
  });
});
