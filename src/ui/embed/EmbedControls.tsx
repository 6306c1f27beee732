/** The embed's controls: Train and Stop, how far the run is, and the backend it runs on. */
import { useMemo } from 'react';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { readoutThrottled } from '../watch/readoutThrottle';
import { epochCounter } from '../watch/runFigures';
import { isActive, statusLabel, type RunSessionStore } from '../watch/runSession';
import { TrainBlockedReason, TrainButton } from '../watch/TrainButton';
import type { TrainingControls } from '../watch/useTrainingSession';

interface EmbedControlsProps {
  config: ConfigStore;
  session: RunSessionStore;
  controls: TrainingControls;
}

export function EmbedControls({ config, session, controls }: EmbedControlsProps) {
  const throttled = useMemo(() => readoutThrottled(session), [session]);
  const state = useStore(throttled, (current) => current);
  const active = isActive(state.status);

  return (
    <section className="embed-controls" aria-label="Run controls">
      <div className="embed-buttons">
        <TrainButton config={config} active={active} controls={controls} />
        <button type="button" onClick={controls.stop} disabled={!active}>
          Stop
        </button>
        <span className="run-counters">
          Epoch <strong data-testid="run-epoch">{epochCounter(state)}</strong>
        </span>
        <span className={`status-badge status-${state.status}`} data-testid="run-status">
          {statusLabel(state.status, state.summary)}
        </span>
        <span className="backend-badge" data-testid="run-backend" title={state.backend?.reason ?? 'The backend is chosen when training starts.'}>
          {state.backend ? state.backend.name : 'backend: at start'}
        </span>
      </div>
      <TrainBlockedReason config={config} active={active} />
      {state.error && (
        <p role="alert" className="run-error" data-testid="run-error">
          {state.error}
        </p>
      )}
    </section>
  );
}
