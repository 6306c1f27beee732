import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from './createStore';
import { frameThrottled } from './useStore';

describe('frameThrottled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('tells a subscriber once a frame however many changes, and always the last one', () => {
    const store = createStore({ count: 0 });
    const seen: number[] = [];
    frameThrottled(store).subscribe(() => seen.push(store.getState().count));
    for (let index = 1; index <= 50; index++) store.setState({ count: index });
    vi.advanceTimersByTime(20);
    expect(seen).toEqual([50]);
  });

  it('keeps at least the minimum interval between deliveries, adaptively', () => {
    const store = createStore({ count: 0 });
    let interval = 300;
    const seen: number[] = [];
    frameThrottled(store, { minIntervalMs: () => interval }).subscribe(() => seen.push(Date.now()));
    for (let step = 0; step < 100; step++) {
      store.setState({ count: step });
      vi.advanceTimersByTime(10);
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(4);
    interval = 0;
    const before = seen.length;
    store.setState({ count: 1_000 });
    vi.advanceTimersByTime(400);
    expect(seen.length).toBe(before + 1);
  });

  it('spaces deliveries by what the last one cost, the microtasks after it included', async () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const store = createStore({ count: 0 });
    const costs: number[] = [];
    const seen: number[] = [];
    frameThrottled(store, {
      minIntervalMs: (lastDeliveryMs) => {
        costs.push(lastDeliveryMs);
        return lastDeliveryMs * 10;
      },
    }).subscribe(() => {
      seen.push(store.getState().count);
      // The render React does after the listener returns, in a microtask, takes 30 ms.
      queueMicrotask(() => (now += 30));
    });
    store.setState({ count: 1 });
    await vi.advanceTimersByTimeAsync(20);
    expect(seen).toEqual([1]);
    store.setState({ count: 2 });
    expect(costs.at(-1)).toBe(30);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual([1]);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual([1, 2]);
  });

  it('delivers an urgent change at the next frame, without waiting out the interval', () => {
    const store = createStore({ status: 'running', count: 0 });
    const seen: string[] = [];
    frameThrottled(store, { minIntervalMs: 250, urgent: (delivered, current) => delivered.status !== current.status }).subscribe(() => {
      const { status, count } = store.getState();
      seen.push(`${status} ${count}`);
    });
    store.setState({ count: 1 });
    vi.advanceTimersByTime(20);
    store.setState({ count: 2 });
    vi.advanceTimersByTime(50);
    expect(seen).toEqual(['running 1']);
    store.setState({ status: 'done' });
    vi.advanceTimersByTime(20);
    expect(seen).toEqual(['running 1', 'done 2']);
    store.setState({ status: 'idle' });
    vi.advanceTimersByTime(20);
    expect(seen).toEqual(['running 1', 'done 2', 'idle 2']);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['running 1', 'done 2', 'idle 2']);
  });

  it('delivers an immediate change in the task that made it, and carries on throttling after it', () => {
    const store = createStore({ rows: 0 });
    const seen: number[] = [];
    frameThrottled(store, { minIntervalMs: 250, immediate: (delivered, current) => delivered.rows === 0 && current.rows > 0 }).subscribe(() => seen.push(store.getState().rows));
    store.setState({ rows: 1 });
    expect(seen).toEqual([1]);
    store.setState({ rows: 2 });
    store.setState({ rows: 3 });
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
  });

  it('puts the deliveries of stores on the same beat in the same frame, whatever their intervals', () => {
    vi.setSystemTime(0);
    const store = createStore({ count: 0 });
    const frames: { view: string; at: number }[] = [];
    const watch = (view: string, minIntervalMs: number) =>
      frameThrottled(store, { minIntervalMs, beatMs: 250 }).subscribe(() => frames.push({ view, at: Date.now() }));
    watch('counter', 250);
    watch('chart', 200);
    watch('boundary', 0);
    vi.advanceTimersByTime(1);
    for (let step = 1; step <= 150; step++) {
      store.setState({ count: step });
      vi.advanceTimersByTime(7);
    }
    const at = (view: string) => frames.filter((frame) => frame.view === view).map((frame) => frame.at);
    // A change every 7 ms for a second: each view once a beat, one frame after it, all in the same frames.
    expect(at('counter')).toEqual([266, 516, 766, 1016]);
    expect(at('chart')).toEqual(at('counter'));
    expect(at('boundary')).toEqual(at('counter'));
  });

  it('delivers on its phase of the beat: views on another phase change in frames of their own', () => {
    vi.setSystemTime(0);
    const store = createStore({ count: 0 });
    const frames: { view: string; at: number }[] = [];
    const watch = (view: string, beatPhaseMs: number) =>
      frameThrottled(store, { minIntervalMs: 250, beatMs: 250, beatPhaseMs }).subscribe(() => frames.push({ view, at: Date.now() }));
    watch('readout', 0);
    watch('chart', 125);
    vi.advanceTimersByTime(1);
    for (let step = 1; step <= 100; step++) {
      store.setState({ count: step });
      vi.advanceTimersByTime(7);
    }
    const at = (view: string) => frames.filter((frame) => frame.view === view).map((frame) => frame.at);
    expect(at('readout')).toEqual([266, 516]);
    expect(at('chart')).toEqual([141, 391, 641]);
  });

  it('stops telling after unsubscribe', () => {
    const store = createStore({ count: 0 });
    const listener = vi.fn();
    const unsubscribe = frameThrottled(store).subscribe(listener);
    store.setState({ count: 1 });
    unsubscribe();
    vi.advanceTimersByTime(50);
    expect(listener).not.toHaveBeenCalled();
  });
});
