import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrameAt } from './frameAt';

describe('inFrameAt', () => {
  let frames: FrameRequestCallback[];
  const renderFrame = () => {
    const callbacks = frames;
    frames = [];
    for (const callback of callbacks) callback(performance.now());
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs everything scheduled for one time in one frame, not before that time', () => {
    const ran: string[] = [];
    const at = performance.now() + 250;
    inFrameAt(at, () => ran.push('chart'));
    inFrameAt(at, () => ran.push('counter'));
    inFrameAt(at + 250, () => ran.push('later'));
    vi.advanceTimersByTime(249);
    renderFrame();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(frames).toHaveLength(1);
    renderFrame();
    expect(ran).toEqual(['chart', 'counter']);
    vi.advanceTimersByTime(250);
    renderFrame();
    expect(ran).toEqual(['chart', 'counter', 'later']);
  });

  it('does not run what was cancelled, also between the timer and the frame', () => {
    const ran: string[] = [];
    const at = performance.now() + 100;
    const cancelEarly = inFrameAt(at, () => ran.push('early'));
    const cancelLate = inFrameAt(at, () => ran.push('late'));
    inFrameAt(at, () => ran.push('kept'));
    cancelEarly();
    vi.advanceTimersByTime(100);
    cancelLate();
    renderFrame();
    expect(ran).toEqual(['kept']);
  });
});
