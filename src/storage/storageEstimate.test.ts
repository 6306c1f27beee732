import { describe, expect, it } from 'vitest';
import { storageEstimate } from './storageEstimate';

describe('storageEstimate', () => {
  it('reports usage and quota when the browser estimates them', async () => {
    const storage = { estimate: () => Promise.resolve({ usage: 1_500, quota: 1_000_000 }) };
    expect(await storageEstimate(storage)).toEqual({ usageBytes: 1_500, quotaBytes: 1_000_000 });
  });

  it('is null without navigator.storage, with an incomplete estimate, or when the estimate fails', async () => {
    expect(await storageEstimate(undefined)).toBeNull();
    expect(await storageEstimate({ estimate: () => Promise.resolve({ usage: 10 }) })).toBeNull();
    expect(await storageEstimate({ estimate: () => Promise.reject(new Error('blocked')) })).toBeNull();
  });
});
