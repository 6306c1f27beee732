import { describe, expect, it } from 'vitest';
import { backendPhrase, describeTest, formatFixed4, speedReadout } from './runFigures';

describe('run figures', () => {
  it('prints four decimals, and a blown-up value in exponent form', () => {
    expect(formatFixed4(0.30123)).toBe('0.3012');
    expect(formatFixed4(0)).toBe('0.0000');
    expect(formatFixed4(9908170748475527168)).toBe('9.908e+18');
    expect(formatFixed4(0.0000123)).toBe('1.230e-5');
    expect(formatFixed4(Number.NaN)).toBe('NaN');
    expect(describeTest({ logs: { loss: 9908170748475527168, mae: 1.5 }, samples: 100 })).toBe('test loss 9.908e+18 · test mae 1.5000 (100 samples)');
  });

  it('names the backend in a few words', () => {
    expect(backendPhrase({ name: 'wasm', requested: 'auto', reason: 'webgpu: skipped the software adapter …' })).toBe('wasm, chosen automatically');
    const timings = [
      { name: 'cpu' as const, msPerEpoch: 45.2, note: null },
      { name: 'webgpu' as const, msPerEpoch: null, note: 'software adapter' },
      { name: 'wasm' as const, msPerEpoch: 31.4, note: null },
    ];
    expect(backendPhrase({ name: 'wasm', requested: 'auto', reason: '…', timings, measured: 'now' })).toBe('wasm: 31 ms an epoch; cpu 45 ms');
    expect(backendPhrase({ name: 'cpu', requested: 'cpu', reason: 'forced with ?backend=cpu' })).toBe('cpu, forced');
    expect(backendPhrase({ name: 'wasm', requested: 'webgpu', reason: 'webgpu (requested) failed: …' })).toBe('wasm (webgpu failed)');
  });

  it('shows no speed once a run has ended', () => {
    expect(speedReadout({ samplesPerSecond: 812.4 }, true)).toBe('812');
    expect(speedReadout({ samplesPerSecond: 812.4 }, false)).toBe('–');
    expect(speedReadout({ samplesPerSecond: 0 }, true)).toBe('–');
    expect(speedReadout(null, true)).toBe('–');
  });
});
