/**
 * `&autostart=1`: trains once, as soon as the run is valid and no code waits
 * for the reader's consent. Code that came with a link never starts by
 * itself: the run waits until the reader has read and accepted it.
 */
import { useEffect, useRef } from 'react';
import { blockingReason, type ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import type { TrainingControls } from '../watch/useTrainingSession';

export function useAutostart(enabled: boolean, config: ConfigStore, train: TrainingControls['train']): void {
  const validation = useStore(config, (state) => state.validation);
  const blocked = useStore(config, (state) => blockingReason(state) !== null);
  const started = useRef(false);
  useEffect(() => {
    if (!enabled || started.current || blocked || !validation.ok) return;
    started.current = true;
    train(validation.config);
  }, [enabled, blocked, validation, train]);
}
