/** The embed's controls: Train and Stop, how far the run is, and the backend it runs on. */
import { useMemo } from 'react';
import { blockingReason, type ConfigStore } from '../state/configStore';
import { frameThrottled, useStore } from '../state/useStore';
import { epochCounter } from '../watch/runFigures';
import { isActive, type RunSessionStore } from '../watch/runSession';
import type { TrainingControls } from '../watch/useTrainingSession';

interface EmbedControlsProps {
  config: ConfigStore;
  session: RunSessionStore;
  controls: TrainingControls;
}

export function EmbedControls({ config, session, controls }: EmbedControlsProps) {
  const throttled = useMemo(() => frameThrottled(session), [session]);
  const state = useStore(throttled, (current) => current);
  const validation = useStore(config, (current) => current.validation);
  const blocked = useStore(config, blockingReason);
  const active = isActive(state.status);

  return (
    <section className="embed-controls" aria-label="Run controls">
      <div className="embed-buttons">
        <button
          type="button"
          className="primary"
          disabled={active || !validation.ok || blocked !== null}
          aria-describedby={blocked ? 'train-blocked' : undefined}
          onClick={() => validation.ok && blocked === null && controls.train(validation.config)}
        >
          Train
        </button>
        <button type="button" onClick={controls.stop} disabled={!active}>
          Stop
        </button>
        <span className="run-counters">
          Epoch <strong data-testid="run-epoch">{epochCounter(state)}</strong>
        </span>
        <span className={`status-badge status-${state.status}`} data-testid="run-status">
          {state.status}
        </span>
        <span className="backend-badge" data-testid="run-backend" title={state.backend?.reason ?? 'The backend is chosen when training starts.'}>
          {state.backend ? state.backend.name : 'backend: at start'}
        </span>
      </div>
      {blocked && !active && (
        <p id="train-blocked" className="blocked-reason" data-testid="train-blocked">
          {blocked}
        </p>
      )}
      {state.error && (
        <p role="alert" className="run-error" data-testid="run-error">
          {state.error}
        </p>
      )}
    </section>
  );
}
