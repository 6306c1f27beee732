/**
 * Where BackupAndRestore's backups live in the checkpoint store: as the
 * entries of a run of their own, named after `backup_dir` (so that any run
 * with the same `backup_dir` finds them, as Keras's do in the directory),
 * under Keras's file names: `latest.weights.h5` and, with
 * `double_checkpoint`, the copy it replaced, `latest.weights.h5.bkp`.
 */
import { checkpointId, isValidRunId, type CheckpointId } from './checkpointKeys';

const PREFIX = 'backup~';
export const BACKUP_LATEST = 'latest.weights.h5';
export const BACKUP_PREVIOUS = 'latest.weights.h5.bkp';

/** The storage run id of a `backup_dir`; throws when the name is too long to be a key. */
export function backupRunId(backupDir: string): string {
  const runId = `${PREFIX}${encodeURIComponent(backupDir)}`;
  if (!isValidRunId(runId)) throw new Error(`backup_dir is too long to name a backup in the browser's storage (${backupDir.length} characters)`);
  return runId;
}

/** The `backup_dir` a run id stands for, or null when it is not a backup's. */
export function backupDirOf(runId: string): string | null {
  if (!runId.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(runId.slice(PREFIX.length));
  } catch {
    return null;
  }
}

export function backupIds(backupDir: string): { latest: CheckpointId; previous: CheckpointId } {
  const runId = backupRunId(backupDir);
  return { latest: checkpointId(runId, BACKUP_LATEST), previous: checkpointId(runId, BACKUP_PREVIOUS) };
}
