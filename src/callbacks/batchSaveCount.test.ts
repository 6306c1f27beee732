import { expect, test } from 'vitest';
import { countBatchForSave, type BatchSaveCount } from './batchSaveCount';

/** Which of `batches` (indices within their epochs, in order) a save follows. */
function savesAfter(batches: number[], saveFreq: 'epoch' | number, lastBatchSeen: number | null): number[] {
  const count: BatchSaveCount = { batchesSeenSinceLastSaving: 0, lastBatchSeen };
  return batches.flatMap((batch, position) => (countBatchForSave(count, batch, saveFreq) ? [position] : []));
}

test('every third batch, counted across epochs of 4 batches: the count goes on over the epoch boundary', () => {
  expect(savesAfter([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], 3, null)).toEqual([2, 5, 8, 11]);
});

test('with save_freq "epoch" no batch saves', () => {
  expect(savesAfter([0, 1, 2, 3], 'epoch', null)).toEqual([]);
});

test('a batch index not above the last one seen starts a new epoch, whether the count began from null or 0', () => {
  expect(savesAfter([0, 1, 0, 1], 2, 0)).toEqual([1, 3]);
  expect(savesAfter([0, 1, 0, 1], 2, null)).toEqual([1, 3]);
});
