import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('evaluate:lr options', () => {
  it('defaults to the full protocol on cpu, stacked', () => {
    expect(parseOptions([])).toEqual({ quick: false, seeds: 20, backend: 'cpu', solo: false, outcomesFile: null, horizon: null });
    expect(parseOptions(['--quick'])).toMatchObject({ quick: true, seeds: 2 });
  });

  it('reads seeds, backend, solo and the outcomes file', () => {
    expect(parseOptions(['--seeds=5', '--backend=wasm', '--solo', '--outcomes=out.json', '--horizon=6'])).toEqual({ quick: false, seeds: 5, backend: 'wasm', solo: true, outcomesFile: 'out.json', horizon: 6 });
  });

  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--seeds=0'])).toThrow(/at least 1/);
    expect(() => parseOptions(['--horizon=0'])).toThrow(/at least 1/);
    expect(() => parseOptions(['--backend=webgl'])).toThrow(/cpu or --backend=wasm/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
  });
});
