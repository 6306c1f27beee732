/**
 * Train, pause, resume and stop; why Train is disabled; the progress of the
 * run with its backend, and the checkpoint it carries on from if it was resumed; and how it ended.
 */
import { useMemo } from 'react';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { readoutThrottled } from './readoutThrottle';
import { backendPhrase, describeTest, epochCounter, etaSeconds, formatDuration, formatNumber, speedReadout, tensorReadout } from './runFigures';
import { describeEnding, describeResume, isActive, statusLabel, type RunSessionStore } from './runSession';
import { CallbackStandings } from './CallbackStandings';
import { TrainBlockedReason, TrainButton } from './TrainButton';
import type { TrainingControls } from './useTrainingSession';

interface RunBarProps {
  config: ConfigStore;
  session: RunSessionStore;
  controls: TrainingControls;
}

export function RunBar({ config, session, controls }: RunBarProps) {
  const throttled = useMemo(() => readoutThrottled(session), [session]);
  const state = useStore(throttled, (current) => current);
  const active = isActive(state.status);
  const last = state.history.at(-1);
  const logs = last?.logs ?? {};
  const learningRate = state.progress?.learningRate ?? last?.lrAfter;
  const done = state.history.length;

  return (
    <>
      <section className="panel run-bar" aria-label="Run controls" id="run-controls" tabIndex={-1}>
        <div className="run-buttons">
          <TrainButton config={config} active={active} controls={controls} />
          {state.status === 'paused' ? (
            <button type="button" onClick={controls.resume}>
              Resume
            </button>
          ) : (
            <button type="button" onClick={controls.pause} disabled={state.status !== 'running'}>
              Pause
            </button>
          )}
          <button type="button" onClick={controls.stop} disabled={!active}>
            Stop
          </button>
          <div className="run-progress">
            <progress max={Math.max(1, state.totalEpochs)} value={done} aria-label="Epochs done" />
            <span className="run-counters">
              Epoch <strong data-testid="run-epoch">{epochCounter(state)}</strong>
              {state.progress && active && <> · batch {state.progress.batch + 1}/{state.progress.steps}</>}
              {' · '}
              <span data-testid="run-speed">{speedReadout(state.progress, active)}</span> samples/s · ETA {formatDuration(active ? etaSeconds(state) : null)}
            </span>
          </div>
          <span className={`status-badge status-${state.status}`} data-testid="run-status">
            {statusLabel(state.status, state.summary)}
          </span>
        </div>
        <TrainBlockedReason config={config} active={active} />
        {state.resumedFrom && (
          <p className="run-resumed" data-testid="run-resumed" role="status">
            {describeResume(state.resumedFrom, state.totalEpochs)}
          </p>
        )}
        <dl className="run-readout">
          <div>
            <dt>loss</dt>
            <dd data-testid="run-loss">{formatNumber(logs['loss'])}</dd>
          </div>
          <div>
            <dt>val_loss</dt>
            <dd data-testid="run-val-loss">{formatNumber(logs['val_loss'])}</dd>
          </div>
          <div>
            <dt>metric</dt>
            <dd data-testid="run-metric">
              {Object.entries(logs)
                .filter(([key]) => key !== 'loss' && key !== 'val_loss' && key !== 'learning_rate')
                .map(([key, value]) => `${key} ${formatNumber(value)}`)
                .join(', ') || '–'}
            </dd>
          </div>
          <div>
            <dt>learning rate</dt>
            <dd data-testid="run-lr">{formatNumber(learningRate)}</dd>
          </div>
          <div className="backend">
            <dt>backend</dt>
            <dd data-testid="run-backend">
              {state.backend ? (
                <details className="backend-details">
                  <summary>{backendPhrase(state.backend)}</summary>
                  <span className="backend-reason">{state.backend.reason}</span>
                </details>
              ) : (
                '–'
              )}
            </dd>
          </div>
          {state.dataLoad && (
            <div className="data-load">
              <dt>data</dt>
              <dd data-testid="run-data-load">{`${state.dataLoad.name}: ${(state.dataLoad.bytes / 1e6).toFixed(2)} MB in ${Math.round(state.dataLoad.milliseconds)} ms`}</dd>
            </div>
          )}
          <div className="tensors">
            <dt>worker tensors</dt>
            <dd data-testid="run-tensors">{tensorReadout(state)}</dd>
          </div>
        </dl>
        <CallbackStandings config={config} states={state.callbackStates} learningRate={learningRate} />
      </section>
      {(state.error || state.summary) && (
        // How the run ended sits below the sticky bar, not in it, so the bar stays a few lines high over the charts.
        <section className="panel run-outcome" aria-label="How the run ended">
          {state.error && (
            <p role="alert" className="run-error" data-testid="run-error">
              {state.error}
            </p>
          )}
          {state.summary && !state.summary.failure && (
            <p className="run-summary" data-testid="run-summary" role="status">
              {describeEnding(state.summary, state.resumedFrom?.initialEpoch)}
            </p>
          )}
          {state.summary?.test && (
            <p className="run-summary" data-testid="run-test" role="status">
              {`Held-out test set: ${describeTest(state.summary.test)}`}
            </p>
          )}
        </section>
      )}
    </>
  );
}
