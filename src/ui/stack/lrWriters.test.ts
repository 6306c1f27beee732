import { describe, expect, it } from 'vitest';
import { lrWriterNote } from './lrWriters';

describe('learning-rate writers', () => {
  it('says nothing for a single writer', () => {
    expect(lrWriterNote([{ type: 'ReduceLROnPlateau', enabled: true }, { type: 'EarlyStopping', enabled: true }])).toBeNull();
  });

  it('warns when ReduceLROnPlateau and LearningRateScheduler both run', () => {
    expect(lrWriterNote([{ type: 'ReduceLROnPlateau', enabled: true }, { type: 'LearningRateScheduler', enabled: true }])).toContain('overrides');
  });

  it('ignores a disabled writer', () => {
    expect(lrWriterNote([{ type: 'ReduceLROnPlateau', enabled: false }, { type: 'LearningRateScheduler', enabled: true }])).toBeNull();
  });
});
