/**
 * Keras's `_should_save_on_batch`, which ModelCheckpoint and BackupAndRestore
 * each carry a copy of: batches are counted across epochs, a batch index not
 * above the last one seen starting a new epoch, and a save is due once
 * `saveFreq` of them have passed since the last.
 */
export interface BatchSaveCount {
  batchesSeenSinceLastSaving: number;
  /** ModelCheckpoint starts from null (nothing seen), BackupAndRestore from 0, as in Keras. */
  lastBatchSeen: number | null;
}

/** Counts `batch` into `count`; true when a save is due (the count starts again). */
export function countBatchForSave(count: BatchSaveCount, batch: number, saveFreq: 'epoch' | number): boolean {
  if (saveFreq === 'epoch') return false;
  const last = count.lastBatchSeen;
  count.batchesSeenSinceLastSaving += last === null || batch <= last ? batch + 1 : batch - last;
  count.lastBatchSeen = batch;
  if (count.batchesSeenSinceLastSaving < saveFreq) return false;
  count.batchesSeenSinceLastSaving = 0;
  return true;
}
