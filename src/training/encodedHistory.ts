/**
 * The run's epoch history as storage keeps it, one JSON text per epoch
 * (resumePoint.ts). Each epoch is encoded once, by the first save that needs
 * it: a run that saves nothing encodes nothing, and a save encodes only the
 * epochs since the one before.
 */
import { encodeEpochRecord } from './resumePoint';
import type { EpochRecord } from './trainer';

export class EncodedHistory {
  private readonly records: EpochRecord[];
  private readonly texts: string[] = [];

  constructor(records: readonly EpochRecord[] = []) {
    this.records = [...records];
  }

  push(record: EpochRecord): void {
    this.records.push(record);
  }

  /** Every epoch so far, encoded; the list goes on growing with the run. */
  encoded(): readonly string[] {
    for (let epoch = this.texts.length; epoch < this.records.length; epoch++) this.texts.push(encodeEpochRecord(this.records[epoch] as EpochRecord));
    return this.texts;
  }
}
