import { describe, expect, it, vi } from 'vitest';
import { StartTogether } from './startTogether';

describe('StartTogether', () => {
  it('releases once, when the last variant is ready', () => {
    const release = vi.fn();
    const gate = new StartTogether(3, release);
    gate.settle(0);
    gate.settle(2);
    gate.settle(0);
    expect(release).not.toHaveBeenCalled();
    gate.settle(1);
    expect(release).toHaveBeenCalledTimes(1);
    gate.settle(1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('does not hold the others for a variant that failed before it began', () => {
    const release = vi.fn();
    const gate = new StartTogether(2, release);
    gate.settle(1);
    gate.settle(0);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('ignores indexes outside the comparison', () => {
    const release = vi.fn();
    const gate = new StartTogether(1, release);
    gate.settle(5);
    expect(release).not.toHaveBeenCalled();
  });
});
