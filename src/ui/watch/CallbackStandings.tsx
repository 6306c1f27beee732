/** Where each plateau-style callback stands after the newest epoch: why the rate is about to drop or training about to stop. */
import { useMemo } from 'react';
import type { CallbackStates } from '../../training/protocol';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { callbackStandings } from './callbackStandings';

export function CallbackStandings({ config, states, learningRate }: { config: ConfigStore; states: CallbackStates; learningRate: number | undefined }) {
  const validation = useStore(config, (current) => current.validation);
  const standings = useMemo(() => (validation.ok ? callbackStandings(validation.config, states, learningRate) : []), [validation, states, learningRate]);
  if (standings.length === 0) return null;
  return (
    <ul className="callback-standings" aria-label="Where each callback stands" data-testid="callback-standings">
      {standings.map(({ label, text }) => (
        <li key={label}>
          <strong>{label.replace(/^callbacks\[\d+\] /, '')}</strong> {text}
        </li>
      ))}
    </ul>
  );
}
