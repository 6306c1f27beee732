import { describe, expect, it } from 'vitest';
import { IDLE_SESSION, startedSession, type RunSessionState } from '../watch/runSession';
import { lastFinishedHistory } from './lastFinishedHistory';

const row = (epoch: number) => ({ epoch, logs: { loss: 1 / (epoch + 1) } }) as unknown as RunSessionState['history'][number];

describe('lastFinishedHistory', () => {
  it('keeps the last finished run while the next one trains, and takes the new one once it ends', () => {
    const select = lastFinishedHistory();
    const first: RunSessionState = { ...IDLE_SESSION, status: 'done', history: [row(0), row(1)] };
    expect(select(first)).toBe(first.history);
    const next = startedSession(5, 0);
    expect(select(next)).toBe(first.history);
    expect(select({ ...next, status: 'running', history: [row(0)] })).toBe(first.history);
    const ended: RunSessionState = { ...next, status: 'failed', history: [row(0), row(1), row(2)] };
    expect(select(ended)).toBe(ended.history);
  });

  it('has no finished run to give while the first run trains', () => {
    const select = lastFinishedHistory();
    expect(select({ ...startedSession(5, 0), status: 'running', history: [row(0)] })).toBeNull();
  });
});
