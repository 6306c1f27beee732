/**
 * Messages between the benchmark page (bench.html) and its bare-fit worker.
 * Every request carries an id that its reply echoes.
 */
import type { BackendInfo, BackendRequest } from '../training/protocol';

export type BareRequest =
  | { type: 'init'; backend: BackendRequest }
  /** Builds the run's data and model, outside any timing. */
  | { type: 'prepare'; config: unknown }
  /** Trains what `prepare` built with plain `model.fit`, then frees it. */
  | { type: 'fit' }
  /** Times `saves` ModelCheckpoint saves of the run's model through the trainer's own path. */
  | { type: 'checkpointSaves'; config: unknown; saves: number };

export type BareReply =
  | { type: 'ready'; backend: BackendInfo }
  | { type: 'prepared'; steps: number; trainRows: number }
  | { type: 'fitted'; seconds: number; epochs: number; steps: number }
  | { type: 'saved'; millis: number[]; sink: string }
  | { type: 'error'; message: string };

export interface BareEnvelope<T> {
  id: number;
  body: T;
}
