import type { TrainingPort } from './types';

/** A training port with no model behind it, for tests; pass the methods a test cares about. */
export function fakeTrainingPort(overrides: Partial<TrainingPort> = {}): TrainingPort {
  return {
    getLearningRate: () => 0.1,
    setLearningRate: () => undefined,
    snapshotWeights: () => 'initial',
    restoreWeights: () => undefined,
    releaseWeights: () => undefined,
    saveCheckpoint: () => undefined,
    readText: () => null,
    writeText: () => undefined,
    swapEmaWeights: () => undefined,
    finalizeEmaValues: () => undefined,
    getWeights: () => [],
    setWeights: () => undefined,
    saveBackup: () => undefined,
    restoreBackup: () => null,
    deleteBackup: () => undefined,
    ...overrides,
  };
}
