/**
 * Where checkpoint requests end up. The storage issue writes them to
 * IndexedDB; until then, and in tests, they are kept in memory.
 */
import type { CheckpointRequest } from '../callbacks';

export interface WeightValues {
  /** The weight's name in the model, stable across runs (`dense_1/kernel`). */
  name: string;
  shape: number[];
  data: Float32Array;
}

export interface CheckpointSink {
  /** `topology` is the model's JSON when the request is for the whole model, not weights only. */
  save(request: CheckpointRequest, weights: readonly WeightValues[], topology?: string): Promise<void> | void;
}

export interface SavedCheckpoint {
  request: CheckpointRequest;
  weights: readonly WeightValues[];
  topology: string | undefined;
}

export class MemoryCheckpointSink implements CheckpointSink {
  readonly saved: SavedCheckpoint[] = [];

  save(request: CheckpointRequest, weights: readonly WeightValues[], topology?: string): void {
    this.saved.push({ request, weights, topology });
  }
}
