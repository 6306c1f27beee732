import { describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import type { checkpointRecordSchema } from './checkpointRecords';
import { checkpointRecordFormat } from './checkpointRecords';
import { decodeRecord, migrate, type RecordFormat } from './recordMigration';

/**
 * A hypothetical version 0, before records carried `v`: it named the file
 * `filename`, kept the monitored value as `best`, wrote the time as ISO text
 * and had no resume state. Nothing was ever stored in it; it stands for the
 * next real change of shape.
 */
const version0 = {
  runId: 'run-a',
  filename: 'best.keras',
  epoch: 4,
  batch: null,
  monitor: 'val_loss',
  best: 0.25,
  weightsOnly: false,
  savedAt: '2025-01-02T03:04:05.000Z',
  sizeBytes: 1348,
  config: defaultRunConfig(),
  payloadKey: ['payload', 0, 'abc'],
};

const withVersion0: RecordFormat<typeof checkpointRecordSchema> = {
  ...checkpointRecordFormat,
  steps: {
    ...checkpointRecordFormat.steps,
    0: ({ filename, best, savedAt, ...rest }) => ({
      ...rest,
      name: filename,
      value: best,
      savedAt: Date.parse(String(savedAt)),
      resume: {
        initialEpoch: Number(rest.epoch) + 1,
        learningRate: (rest.config as { optimizer: { learningRate: number } }).optimizer.learningRate,
        callbackState: '{}',
      },
    }),
  },
};

describe('record migration', () => {
  it('brings a version 0 record up to the current shape before validating it', () => {
    const decoded = decodeRecord(version0, withVersion0);
    expect(decoded).toEqual({
      ok: true,
      value: expect.objectContaining({
        v: 2,
        name: 'best.keras',
        value: 0.25,
        savedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
        resume: { initialEpoch: 5, learningRate: 0.01, callbackState: '{}' },
        history: null,
      }) as unknown,
    });
  });

  it('names what is wrong when a record fails validation after migration', () => {
    const decoded = decodeRecord({ ...version0, epoch: -1 }, withVersion0);
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/^checkpoint record is invalid: epoch: /) as unknown });
  });

  it('refuses versions it has no step for, newer versions and invalid versions', () => {
    expect(decodeRecord(version0, checkpointRecordFormat)).toEqual({ ok: false, reason: 'checkpoint record: no migration from record version 0' });
    expect(decodeRecord({ v: 3 }, checkpointRecordFormat)).toEqual({
      ok: false,
      reason: 'checkpoint record: record version 3 is newer than this app understands (2)',
    });
    expect(decodeRecord({ v: 'one' }, checkpointRecordFormat)).toEqual({ ok: false, reason: 'checkpoint record has an invalid version: one' });
    expect(decodeRecord([1], checkpointRecordFormat)).toEqual({ ok: false, reason: 'checkpoint record is not an object' });
  });

  it('runs the steps in order, one version at a time', () => {
    const trail: number[] = [];
    const steps = {
      0: (raw: Record<string, unknown>) => (trail.push(Number(raw.v ?? 0)), { ...raw, a: 1 }),
      1: (raw: Record<string, unknown>) => (trail.push(Number(raw.v)), { ...raw, b: 2 }),
    };
    expect(migrate({}, 0, 2, steps)).toEqual({ ok: true, value: { a: 1, b: 2, v: 2 } });
    expect(trail).toEqual([0, 1]);
  });

  it('reports a step that throws', () => {
    const throwing: RecordFormat<typeof checkpointRecordSchema> = {
      ...checkpointRecordFormat,
      steps: {
        0: () => {
          throw new Error('bad');
        },
      },
    };
    expect(decodeRecord({}, throwing)).toEqual({ ok: false, reason: 'checkpoint record could not be migrated from version 0: Error: bad' });
  });
});
