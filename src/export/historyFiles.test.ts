import { describe, expect, it } from 'vitest';
import { historyCsv, historyJson, type HistoryEpoch } from './historyFiles';

const epochs: HistoryEpoch[] = [
  { epoch: 0, logs: { loss: 0.5, accuracy: 0.75, val_loss: 0.625, val_accuracy: 0.5 }, lrDuring: 0.01 },
  { epoch: 1, logs: { loss: 0.25, accuracy: 1, val_loss: NaN, val_accuracy: 0.5, learning_rate: 0.002 }, lrDuring: 0.01 },
];

describe('history files', () => {
  it('CSV: Keras CSVLogger’s header (epoch, then the first epoch’s keys sorted), Python reprs, NA for a key the first epoch lacked, \\r\\n', () => {
    expect(historyCsv(epochs)).toBe(
      'epoch,accuracy,loss,val_accuracy,val_loss\r\n' + '0,0.75,0.5,0.5,0.625\r\n' + '1,1.0,0.25,0.5,nan\r\n',
    );
  });

  it('CSV of no epochs is empty', () => {
    expect(historyCsv([])).toBe('');
  });

  it('JSON: Keras History’s epoch and history, null where an epoch lacks a key, NaN as a string', () => {
    expect(JSON.parse(historyJson(epochs))).toEqual({
      epoch: [0, 1],
      history: { loss: [0.5, 0.25], accuracy: [0.75, 1], val_loss: [0.625, 'NaN'], val_accuracy: [0.5, 0.5], learning_rate: [null, 0.002] },
      lr_during_epoch: [0.01, 0.01],
    });
  });
});
