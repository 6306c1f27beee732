import { describe, expect, it } from 'vitest';
import type { Callback } from './callback';
import { CallbackHost } from './callbackHost';
import { CallbackList } from './callbackList';
import { createCallback, type CallbackSpec } from './createCallback';
import type { CallbackState, CheckpointRequest, TrainingPort } from './types';

class CountingPort implements TrainingPort {
  readonly saves: CheckpointRequest[] = [];
  constructor(private learningRate: number) {}
  getLearningRate(): number {
    return this.learningRate;
  }
  setLearningRate(value: number): void {
    this.learningRate = Math.fround(value);
  }
  snapshotWeights(): number {
    return 0;
  }
  restoreWeights(): void {}
  releaseWeights(): void {}
  saveCheckpoint(request: CheckpointRequest): void {
    this.saves.push(request);
  }
  readText(): null {
    return null;
  }
  writeText(): void {}
  swapEmaWeights(): void {}
  finalizeEmaValues(): void {}
  getWeights(): [] {
    return [];
  }
  setWeights(): void {}
  saveBackup(): void {}
  restoreBackup(): null {
    return null;
  }
  deleteBackup(): void {}
}

const STACK: CallbackSpec[] = [
  { type: 'ModelCheckpoint', params: { filepath: 'best.keras', saveBestOnly: true } },
  { type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 1, cooldown: 2 } },
  { type: 'EarlyStopping', params: { patience: 4 } },
];
const VAL_LOSS = [1, 0.8, 0.9, 0.95, 0.7, 0.75, 0.76, 0.77, 0.78, 0.79];

interface Trace {
  saves: number[];
  lr: number[];
  stoppedAt: number | null;
  states: (CallbackState | null)[];
}

/** Trains epochs `from` to `until - 1`, starting from `states` (taken after epoch `from - 1`) when given. */
function run(from: number, learningRate: number, states?: (CallbackState | null)[], until = VAL_LOSS.length): Trace {
  const port = new CountingPort(learningRate);
  const host = new CallbackHost(port, []);
  const callbacks: Callback[] = STACK.map((spec) => createCallback(spec));
  const list = new CallbackList(callbacks, host, { epochs: VAL_LOSS.length });
  list.onTrainBegin();
  states?.forEach((state, index) => state && callbacks[index]?.setState(state));
  const lr: number[] = [];
  let epoch = from;
  for (; epoch < until; epoch++) {
    list.onEpochBegin(epoch);
    list.onEpochEnd(epoch, { val_loss: VAL_LOSS[epoch] as number });
    lr.push(port.getLearningRate());
    if (host.stopTraining) break;
  }
  return {
    saves: port.saves.map((save) => save.epoch),
    lr,
    stoppedAt: host.stopRequest?.epoch ?? null,
    states: callbacks.map((callback) => callback.getState()),
  };
}

describe('callback state for resumed runs', () => {
  it('a run resumed from the state after each epoch goes on as the uninterrupted run', () => {
    const whole = run(0, 0.1);
    expect(whole.stoppedAt).not.toBeNull();
    for (let cut = 1; cut < whole.lr.length; cut++) {
      const first = run(0, 0.1, undefined, cut);
      const rest = run(cut, first.lr.at(-1) as number, first.states);
      expect([...first.saves, ...rest.saves]).toEqual(whole.saves);
      expect([...first.lr, ...rest.lr]).toEqual(whole.lr);
      expect(rest.stoppedAt).toBe(whole.stoppedAt);
    }
  });

  it('a fresh stack (no state) saves again at once, which is why the state is needed', () => {
    const fresh = run(5, 0.1);
    expect(fresh.saves[0]).toBe(5);
  });

  it('the state is plain JSON numbers and null', () => {
    const { states } = run(0, 0.1);
    expect(JSON.parse(JSON.stringify(states))).toEqual(states);
    expect(states[0]).toEqual({ best: 0.7, batchesSeenSinceLastSaving: 0, lastBatchSeen: null });
    expect(states[1]).toMatchObject({ best: 0.7 });
    expect(Object.keys(states[2] ?? {})).toEqual(['best', 'wait', 'stoppedEpoch', 'bestEpoch']);
  });
});
