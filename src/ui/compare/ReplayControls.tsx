/**
 * What-if: pick a recorded run and another variant's stack; the engine
 * replays the run's logs under that stack (no training) and the charts
 * overlay what the stack would have done, dashed and labelled "replay".
 */
import { useState } from 'react';
import { withSharedSettings, type CompareConfig } from '../../config/compareConfig';
import { stackOutcome, type LrPoint } from '../preview/lrCurve';
import { simulateSafely } from '../preview/simulateOffPage';
import { replayInput, replayScheduleCurve } from './replay';
import type { VariantRun } from './variantRun';

export interface ReplayResult {
  label: string;
  colour: string;
  curve: LrPoint[];
  stoppedAfter: { epoch: number; by: string } | null;
  actions: string[];
  error: string | null;
}

interface ReplayControlsProps {
  setup: CompareConfig;
  runs: readonly VariantRun[];
  onReplay: (result: ReplayResult | null) => void;
}

export function ReplayControls({ setup, runs, onReplay }: ReplayControlsProps) {
  const [recorded, setRecorded] = useState(0);
  const [stack, setStack] = useState(Math.min(1, setup.variants.length - 1));
  const history = runs[recorded]?.history ?? [];
  const names = setup.variants.map((variant) => variant.name);

  const replay = async () => {
    const target = setup.variants[stack];
    if (!target || history.length === 0) return;
    const config = withSharedSettings(target.config, setup.base);
    const answer = await simulateSafely(replayInput(history, config));
    const label = `replay: ${names[stack]}'s stack over ${names[recorded]}'s losses`;
    if (!answer.ok) {
      onReplay({ label, colour: target.colour, curve: [], stoppedAfter: null, actions: [], error: answer.message });
      return;
    }
    const outcome = stackOutcome(answer.output);
    const actions = answer.output.events.filter((event) => event.kind !== 'csv_row' && event.kind !== 'checkpoint_not_improved').map((event) => event.message);
    const curve = replayScheduleCurve(config, answer.output.epochsRun) ?? outcome.curve;
    onReplay({ label, colour: target.colour, curve, stoppedAfter: outcome.stoppedAfter, actions, error: outcome.error });
  };

  return (
    <div className="replay-controls" role="group" aria-label="What-if replay">
      <span>What if</span>
      <label>
        <span className="visually-hidden">Recorded run</span>
        <select aria-label="Recorded run" value={recorded} onChange={(event) => setRecorded(Number(event.target.value))}>
          {names.map((name, index) => (
            <option key={index} value={index} disabled={(runs[index]?.history.length ?? 0) === 0}>
              {name}'s run
            </option>
          ))}
        </select>
      </label>
      <span>had used</span>
      <label>
        <span className="visually-hidden">Stack to replay</span>
        <select aria-label="Stack to replay" value={stack} onChange={(event) => setStack(Number(event.target.value))}>
          {names.map((name, index) => (
            <option key={index} value={index}>
              {name}'s stack
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={history.length === 0} onClick={() => void replay()}>
        Replay (no training)
      </button>
      <button type="button" className="link-button" onClick={() => onReplay(null)}>
        Clear replay
      </button>
    </div>
  );
}
