import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../../config/runConfig';
import { openRunStore } from '../../storage';
import { freshRunIdb } from '../../storage/runTestKit';
import { createRunSessionStore, startedSession } from '../watch/runSession';
import { createRunsController } from './runsController';
import { recordSession } from './sessionRecorder';

const row = (epoch: number) => ({ epoch, logs: { loss: 1 / (epoch + 1), val_loss: 1 }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.1, tensors: 10 });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the page’s run, kept as it trains', () => {
  it('keeps a run from its first epoch, then once more when it ends, and a second run beside it', async () => {
    const runStore = await openRunStore({ idb: freshRunIdb() });
    const runs = createRunsController(() => Promise.resolve(runStore));
    const session = createRunSessionStore();
    const stop = recordSession(session, runs);
    const config = defaultRunConfig();

    session.setState(startedSession(5, 1, config));
    session.setState({ status: 'running', history: [row(0)] });
    await settle();
    let listing = await runStore.listRuns();
    expect(listing.runs).toHaveLength(1);
    expect(listing.runs[0]).toMatchObject({ ending: 'running', epochs: 1 });

    session.setState({ history: [row(0), row(1), row(2)] });
    session.setState({ status: 'done', summary: { epochsRun: 3, stopped: { epoch: 2, batch: null, by: 'EarlyStopping' }, failure: null, test: null, files: {}, tensorsAfterRun: 0, seconds: 1 } });
    await settle();
    listing = await runStore.listRuns();
    expect(listing.runs[0]).toMatchObject({ ending: 'stopped', epochs: 3 });
    expect(runs.getState().listing?.runs).toHaveLength(1);

    session.setState(startedSession(5, 2, { ...config, fit: { ...config.fit, epochs: 7 } }));
    await settle();
    expect((await runStore.listRuns()).runs).toHaveLength(1);
    session.setState({ status: 'running', history: [row(0)] });
    await settle();
    listing = await runStore.listRuns();
    expect(listing.runs.map((run) => run.config?.fit.epochs)).toEqual([7, 50]);
    stop();
  });

  it('keeps nothing of a run that failed before its first epoch', async () => {
    const runStore = await openRunStore({ idb: freshRunIdb() });
    const runs = createRunsController(() => Promise.resolve(runStore));
    const session = createRunSessionStore();
    recordSession(session, runs);
    session.setState(startedSession(5, 1, defaultRunConfig()));
    session.setState({ status: 'failed', error: 'no backend' });
    await settle();
    expect((await runStore.listRuns()).runs).toEqual([]);
  });
});
