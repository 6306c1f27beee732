import { describe, expect, it } from 'vitest';
import { CallbackHost } from './callbackHost';
import { CallbackList } from './callbackList';
import { CSVLogger } from './csvLogger';
import { simulate } from './simulate';
import { fakeTrainingPort } from './fakeTrainingPort';
import type { TextWriteRequest } from './types';

describe('CSVLogger', () => {
  it('writes what Keras writes: sorted keys, CRLF, Python float text', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'CSVLogger', params: { filename: 'training.log' } }],
      epochs: [
        { loss: 0.5, val_loss: 0.25, accuracy: 1 },
        { loss: 1e-5, val_loss: Number.NaN, accuracy: 0.75 },
      ],
    });
    expect(run.files['training.log']).toBe('epoch,accuracy,loss,val_loss\r\n0,1.0,0.5,0.25\r\n1,0.75,1e-05,nan\r\n');
  });

  it('adds val_ twins when the first epoch has no validation keys, and NA for missing values', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'CSVLogger', params: { filename: 'log.csv', separator: ';' } }],
      epochs: [{ loss: 1 }],
    });
    expect(run.files['log.csv']).toBe('epoch;loss;val_loss\r\n0;1.0;NA\r\n');
  });

  it('sees the learning rate that an earlier callback wrote into the logs', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [
        { type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr' } },
        { type: 'CSVLogger', params: { filename: 'log.csv' } },
      ],
      epochs: [{ loss: 1, val_loss: 2 }],
    });
    expect(run.files['log.csv']).toBe('epoch,learning_rate,loss,val_loss\r\n0,0.5,1.0,2.0\r\n');
  });

  it('quotes a field holding the separator', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [{ type: 'CSVLogger', params: { filename: 'log.csv', separator: '.' } }],
      epochs: [{ loss: 1.5 }],
    });
    expect(run.files['log.csv']).toBe('epoch.loss.val_loss\r\n0."1.5".NA\r\n');
  });

  it('appends without a second header when the file already has one', () => {
    const files = new Map<string, string>([['log.csv', 'epoch,loss\r\n0,1.0\r\n']]);
    const port = fakeTrainingPort({
      readText: (name) => files.get(name) ?? null,
      writeText: ({ filename, text, append }: TextWriteRequest) => {
        files.set(filename, (append ? (files.get(filename) ?? '') : '') + text);
      },
    });
    const list = new CallbackList([new CSVLogger({ filename: 'log.csv', append: true })], new CallbackHost(port, []));
    list.onTrainBegin();
    list.onEpochEnd(0, { loss: 0.5, val_loss: 0.7 });
    expect(files.get('log.csv')).toBe('epoch,loss\r\n0,1.0\r\n0,0.5,0.7\r\n');
  });
});
