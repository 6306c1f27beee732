import { describe, expect, it } from 'vitest';
import { Callback } from './callback';
import { CallbackHost } from './callbackHost';
import { BackupAndRestore } from './backupAndRestore';
import { CallbackFailure, CallbackList } from './callbackList';
import { ModelCheckpoint } from './modelCheckpoint';
import { fakeTrainingPort } from './fakeTrainingPort';
import type { Logs } from './types';

const port = fakeTrainingPort();

class Recorder extends Callback {
  constructor(
    private readonly tag: string,
    private readonly calls: string[],
  ) {
    super(tag);
  }
  override onEpochBegin(epoch: number): void {
    this.calls.push(`${this.tag}:epochBegin ${epoch}`);
  }
  override onEpochEnd(epoch: number, logs: Logs): void {
    this.calls.push(`${this.tag}:epochEnd ${epoch} ${Object.keys(logs).join(',')}`);
    logs[`seen_by_${this.tag}`] = 1;
  }
  override onBatchEnd(batch: number): void {
    this.calls.push(`${this.tag}:batchEnd ${batch}`);
  }
}

describe('CallbackList', () => {
  it('calls callbacks in stack order, sharing one sorted copy of the logs per call', () => {
    const calls: string[] = [];
    const list = new CallbackList([new Recorder('a', calls), new Recorder('b', calls)], new CallbackHost(port, []));
    const logs = { val_loss: 1, loss: 2 };
    list.onEpochBegin(0);
    list.onTrainBatchEnd(0, { loss: 2 });
    list.onEpochEnd(0, logs);
    expect(calls).toEqual([
      'a:epochBegin 0',
      'b:epochBegin 0',
      'a:batchEnd 0',
      'b:batchEnd 0',
      'a:epochEnd 0 loss,val_loss',
      'b:epochEnd 0 loss,val_loss,seen_by_a',
    ]);
    expect(logs).toEqual({ val_loss: 1, loss: 2 });
    expect(list.history.history).toEqual({ loss: [2], val_loss: [1], seen_by_a: [1], seen_by_b: [1] });
  });

  it('tells which hooks the stack overrides, aliases included', () => {
    const list = new CallbackList([new Recorder('a', [])], new CallbackHost(port, []));
    expect(list.overrides('onTrainBatchEnd')).toBe(true);
    expect(list.overrides('onTrainBatchBegin')).toBe(false);
    expect(list.overrides('onPredictEnd')).toBe(false);
  });

  it('reads no batch logs for a checkpoint or backup saved every epoch, as tf.keras\'s _implements_train_batch_hooks', () => {
    const host = new CallbackHost(port, []);
    const stack = (saveFreq: 'epoch' | number) =>
      new CallbackList([new ModelCheckpoint({ filepath: 'm.keras', saveFreq }), new BackupAndRestore({ backupDir: 'b', saveFreq })], host);
    expect(stack('epoch').overrides('onTrainBatchEnd')).toBe(false);
    expect(stack(5).overrides('onTrainBatchEnd')).toBe(true);
  });

  it('wraps what a callback throws with the callback, hook and position', () => {
    class Failing extends Callback {
      override onEpochEnd(): void {
        throw new TypeError('bad');
      }
    }
    const list = new CallbackList([new Failing('Failing')], new CallbackHost(port, []));
    list.onEpochBegin(3);
    const attempt = () => list.onEpochEnd(3, {});
    expect(attempt).toThrow(CallbackFailure);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ callback: 'Failing', hook: 'onEpochEnd', epoch: 3, batch: null, message: 'TypeError: bad' });
    }
  });
});
