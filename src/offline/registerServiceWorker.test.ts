import { describe, expect, it } from 'vitest';
import { quietAfter, serviceWorkerAllowed, type RunActivity } from './registerServiceWorker';

describe('serviceWorkerAllowed', () => {
  it('registers in production builds on https and on http://localhost', () => {
    expect(serviceWorkerAllowed({ protocol: 'https:', hostname: 'plateau.example' }, true)).toBe(true);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'localhost' }, true)).toBe(true);
  });

  it('never on the dev server, on plain http elsewhere, or from a file', () => {
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'localhost' }, false)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'plateau.example' }, true)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: '192.168.1.5' }, true)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'file:', hostname: '' }, true)).toBe(false);
  });
});

describe('quietAfter', () => {
  function activity(busy: boolean): RunActivity & { set(busy: boolean): void } {
    const listeners = new Set<() => void>();
    let now = busy;
    return {
      busy: () => now,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      set(next) {
        now = next;
        for (const listener of [...listeners]) listener();
      },
    };
  }
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('waits the delay, then resolves at once when no run trains', async () => {
    let fire = (): void => {};
    const delays: number[] = [];
    let resolved = false;
    void quietAfter(8_000, activity(false), (task, ms) => ((fire = task), delays.push(ms))).then(() => (resolved = true));
    await flush();
    expect(resolved).toBe(false);
    fire();
    await flush();
    expect(resolved).toBe(true);
    expect(delays).toEqual([8_000]);
  });

  it('after the delay, waits for a training run to end', async () => {
    const runs = activity(true);
    let resolved = false;
    void quietAfter(0, runs, (task) => task()).then(() => (resolved = true));
    await flush();
    expect(resolved).toBe(false);
    runs.set(true);
    await flush();
    expect(resolved).toBe(false);
    runs.set(false);
    await flush();
    expect(resolved).toBe(true);
  });
});
