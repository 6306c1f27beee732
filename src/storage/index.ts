export type {
  CheckpointInput,
  CheckpointListEntry,
  CheckpointSummary,
  DamagedCheckpoint,
  LoadedCheckpoint,
  OptimizerState,
  RunCheckpoints,
} from './checkpointEntry';
export { checkpointId, type CheckpointId } from './checkpointKeys';
export type { ResumeInput, ResumeState, WeightSpec } from './checkpointRecords';
export {
  CHECKPOINT_DATABASE,
  CHECKPOINT_OBJECT_STORE,
  openCheckpointStore,
  type CheckpointStore,
  type CheckpointStoreOptions,
} from './checkpointStore';
export { withSavedEntry } from './listCheckpoints';
export { CheckpointDamagedError } from './loadCheckpoint';
export { storageEstimate, type StorageUsage } from './storageEstimate';
export { isQuotaExceededError, StorageQuotaError } from './storageQuotaError';
export {
  MODEL_JSON_FILE,
  toTfjsModelArtifacts,
  WEIGHTS_FILE,
  type CheckpointArtifactsSource,
  type JsonObject,
  type TfjsModelArtifacts,
  type TfjsModelFiles,
  type TfjsModelJson,
} from './tfjsArtifacts';
export type { NamedWeights } from './weightPacking';
export { chooseEvictions, type BudgetEntry, type Eviction } from './runBudget';
export { newRunId } from './runKeys';
export { RUN_ENDINGS, RUN_RECORD_VERSION, type RunBody, type RunEnding, type RunHead, type RunOrigin, type RunRecord, type StoredEpoch, type StoredEvent } from './runRecord';
export {
  DEFAULT_RUN_BUDGET_BYTES,
  openRunStore,
  RUN_DATABASE,
  type DamagedRun,
  type LoadedRun,
  type PutOutcome,
  type RemovedRun,
  type RunListing,
  type RunStore,
  type RunStoreOptions,
} from './runStore';
export { createRunWriter, RUN_WRITE_INTERVAL_MS, type RunWriter } from './runWriter';
export { BACKUP_LATEST, BACKUP_PREVIOUS, backupDirOf, backupIds, backupRunId } from './backupKeys';
export { openTextFileStore, TEXT_FILE_DATABASE, type TextFileStore } from './textFileStore';
