import { describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import { decodeBody, decodeHead, encodeRun, RUN_RECORD_VERSION } from './runRecord';
import { sampleRun } from './runTestKit';

describe('the run record', () => {
  it('encodes a head and a body that decode back, with the size of both counted', () => {
    const { head, body } = encodeRun(sampleRun('a', 5, 4));
    expect(head.v).toBe(RUN_RECORD_VERSION);
    expect(head.bytes).toBeGreaterThan(JSON.stringify(body).length);
    const decodedHead = decodeHead(head);
    expect(decodedHead.ok && decodedHead.value.config).toEqual(defaultRunConfig());
    const decodedBody = decodeBody(body);
    expect(decodedBody.ok && decodedBody.value.history).toHaveLength(4);
  });

  it('keeps an imported run without a setup', () => {
    const { head } = encodeRun(sampleRun('i', 5, 2, { config: null, origin: { kind: 'imported', file: 'log.csv', format: 'csv' }, ending: 'imported' }));
    const decoded = decodeHead(head);
    expect(decoded.ok && decoded.value).toMatchObject({ config: null, configProblem: null, origin: { kind: 'imported' } });
  });

  it('refuses records of an unknown version, or with no version, and says why', () => {
    const { head } = encodeRun(sampleRun('a', 5));
    expect(decodeHead({ ...head, v: RUN_RECORD_VERSION + 1 })).toMatchObject({ ok: false, reason: expect.stringMatching(/newer than this app understands/) as unknown });
    const { v: _v, ...unversioned } = head;
    expect(decodeHead(unversioned)).toMatchObject({ ok: false, reason: expect.stringMatching(/no migration from record version 0/) as unknown });
  });

  it('keeps a run whose setup this page cannot read, saying why', () => {
    const { head } = encodeRun(sampleRun('a', 5, 1, { config: { v: 2, fit: { epochs: -3 } } as never }));
    const decoded = decodeHead(head);
    expect(decoded.ok && decoded.value.config).toBeNull();
    expect(decoded.ok && decoded.value.configProblem).toMatch(/fit\.epochs/);
  });
});
