/** Train, disabled while the setup is invalid or holds code not yet accepted; the reason is shown by TrainBlockedReason. */
import { blockingReason, type ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import type { TrainingControls } from './useTrainingSession';

interface TrainGateProps {
  config: ConfigStore;
  /** A run is under way: Train waits for it to end. */
  active: boolean;
}

export function TrainButton({ config, active, controls }: TrainGateProps & { controls: TrainingControls }) {
  const validation = useStore(config, (current) => current.validation);
  const blocked = useStore(config, blockingReason);
  const prepared = useStore(controls.prepared, (state) => state.config);
  return (
    <button
      type="button"
      className="primary"
      disabled={active || !validation.ok || blocked !== null}
      aria-describedby={blocked ? 'train-blocked' : undefined}
      // The worker has built this very setup: a press goes straight to training (tests and the bench read it).
      data-prepared={validation.ok && prepared === validation.config ? 'yes' : undefined}
      onClick={() => validation.ok && blocked === null && controls.train(validation.config)}
    >
      Train
    </button>
  );
}

export function TrainBlockedReason({ config, active }: TrainGateProps) {
  const blocked = useStore(config, blockingReason);
  if (!blocked || active) return null;
  return (
    <p id="train-blocked" className="blocked-reason" data-testid="train-blocked">
      {blocked}
    </p>
  );
}
