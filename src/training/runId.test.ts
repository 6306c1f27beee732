import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newRunId } from './runId';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newRunId', () => {
  it('makes distinct UUIDs without crypto.randomUUID, as in a frame on an http:// page', () => {
    const insecure = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => webcrypto.getRandomValues(array) };
    const ids = Array.from({ length: 50 }, () => newRunId(insecure));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(50);
  });

  it('uses crypto.randomUUID where there is one', () => {
    expect(newRunId()).toMatch(UUID_V4);
  });
});
