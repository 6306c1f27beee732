/** A replay's result: the recorded curve with where the stack would have stopped and saved, and its learning rate against the recorded one, dashed and labelled as a replay. */
import type { StoredEpoch } from '../../storage';
import type { ChartCurve, ChartMark } from '../compare/chartCurve';
import { RunsChart } from '../compare/RunsChart';
import type { RunReplay } from './runReplay';

const RECORDED = '#2563eb';
const REPLAY = '#db2777';

export interface ReplayShown {
  runLabel: string;
  history: readonly StoredEpoch[];
  replay: RunReplay | null;
  /** The replay could not run (code that did not finish, an invalid stack). */
  problem: string | null;
}

export function RunReplayView({ shown, onClose }: { shown: ReplayShown; onClose: () => void }) {
  const { replay, history } = shown;
  const key = history.some((row) => 'val_loss' in row.logs) ? 'val_loss' : 'loss';
  const recorded: ChartCurve = { id: 'recorded', label: `${shown.runLabel} (recorded)`, colour: RECORDED, points: history.map((row) => ({ x: row.epoch + 1, y: row.logs[key] ?? null })) };
  const marks: ChartMark[] = [
    ...(replay?.stoppedAfter ? [{ x: replay.stoppedAfter.epoch, colour: REPLAY, label: `replay: ${replay.stoppedAfter.by} stops` }] : []),
    ...(replay?.checkpoints ?? []).map((checkpoint) => ({ x: checkpoint.epoch, colour: '#0d9488', label: `replay saves ${checkpoint.name}` })),
  ];
  const rateCurves: ChartCurve[] = [
    ...(replay && replay.recordedLr.length > 0 ? [{ id: 'recorded', label: `${shown.runLabel} (recorded)`, colour: RECORDED, points: replay.recordedLr.map(({ x, lr }) => ({ x, y: lr })) }] : []),
    ...(replay ? [{ id: 'replay', label: 'replay: current stack', colour: REPLAY, dashed: true, points: replay.replayLr.map(({ x, lr }) => ({ x, y: lr })) }] : []),
  ];
  return (
    <div className="run-replay" data-testid="run-replay" role="region" aria-label="Replay">
      <div className="panel-heading">
        <h3>{replay?.label ?? `Replay (no training) over ${shown.runLabel}’s recorded logs`}</h3>
        <button type="button" className="link-button" onClick={onClose}>
          Close replay
        </button>
      </div>
      <p className="setting-hint">The losses are the recorded ones: this shows what the current stack would have decided over them. Nothing trained.</p>
      {shown.problem && <p className="field-error">{shown.problem}</p>}
      {replay && (
        <>
          <p data-testid="replay-verdict">
            {replay.stoppedAfter ? `The current stack would have stopped after epoch ${replay.stoppedAfter.epoch} (${replay.stoppedAfter.by}), of ${history.length}.` : `The current stack would have trained all ${history.length} epochs.`}{' '}
            {replay.checkpoints.length > 0 ? `It would have saved ${replay.checkpoints.length} checkpoint${replay.checkpoints.length === 1 ? '' : 's'}, the last ${replay.checkpoints.at(-1)?.name ?? ''}.` : 'It would have saved no checkpoint.'}
          </p>
          {replay.error && <p className="field-error">{replay.error}</p>}
          <div className="chart-grid">
            <RunsChart id="replay-loss" title={key} curves={[recorded]} scale="linear" stepped={false} marks={marks} empty="No epochs." />
            <RunsChart id="replay-lr" title="Learning rate (replay dashed)" curves={rateCurves} scale="log" stepped empty="No learning rate to draw." />
          </div>
          {replay.actions.length > 0 && (
            <ul className="replay-actions">
              {replay.actions.slice(0, 12).map((action, index) => (
                <li key={index}>{action}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
