import { describe, expect, it } from 'vitest';
import { EncodedHistory } from './encodedHistory';
import { encodeEpochRecord } from './resumePoint';
import type { EpochRecord } from './trainer';

const record = (epoch: number): EpochRecord => ({ epoch, logs: { loss: epoch === 1 ? Number.NaN : 0.5 }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.02, tensors: 30 });

describe('the encoded epoch history', () => {
  it('encodes the epochs it started from and those pushed since, in order', () => {
    const history = new EncodedHistory([record(0)]);
    history.push(record(1));
    expect(history.encoded()).toEqual([encodeEpochRecord(record(0)), encodeEpochRecord(record(1))]);
    history.push(record(2));
    expect(history.encoded()).toEqual([0, 1, 2].map((epoch) => encodeEpochRecord(record(epoch))));
  });

  it('encodes each epoch once', () => {
    const history = new EncodedHistory();
    const first = record(0);
    history.push(first);
    const [text] = history.encoded();
    first.logs['loss'] = 0.25;
    expect(history.encoded()[0]).toBe(text);
  });
});
