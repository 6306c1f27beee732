/**
 * LR Coach, live: for each coach in the run, whether it started cold or from
 * memory, its last decision (each factor's predicted change of the monitored
 * loss ± its spread, and the one taken), and the rules its coefficients read
 * as. Below, the memory of this task kind: shown, exported, imported, reset.
 */
import { learnedRules } from '../../callbacks/lrCoach/coachPolicy';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { coachSnapshots, taskKindOf } from './coachRun';
import { CoachMemoryControls } from './CoachMemoryControls';

function signed(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = Number(Math.abs(value).toPrecision(2)).toString();
  return value < 0 ? `−${text}` : `+${text}`;
}

export function CoachPanel({ session }: { session: RunSessionStore }) {
  const config = useStore(session, (state) => state.config);
  const states = useStore(session, (state) => state.callbackStates);
  const status = useStore(session, (state) => state.status);
  if (!config || !config.callbacks.some((spec) => spec.type === 'LRCoach' && spec.enabled !== false)) return null;
  const coaches = coachSnapshots(config, states);
  return (
    <section className="panel coach-panel" aria-labelledby="coach-heading" data-testid="coach-panel">
      <h2 id="coach-heading">LR Coach</h2>
      {coaches.length === 0 && <p className="setting-hint">{status === 'done' || status === 'failed' ? 'The coach made no decision in this run.' : 'The coach decides at its first epoch end (or after its first N batches).'}</p>}
      {coaches.map(({ index, factors, snapshot }) => {
        const monitor = (config.callbacks[index]?.params as { monitor?: string } | undefined)?.monitor ?? 'val_loss';
        const rules = learnedRules(snapshot.models, factors);
        return (
          <div key={index} className="coach-entry">
            <p className="coach-start" data-testid="coach-start">
              {snapshot.fromMemory ? 'Started from memory' : 'Started cold (nothing remembered)'}; {snapshot.decisions} decision{snapshot.decisions === 1 ? '' : 's'} so far.
            </p>
            {snapshot.last && (
              <table className="coach-decision">
                <caption>Last decision, epoch {snapshot.last.epoch + 1}: predicted Δ{monitor} over the horizon</caption>
                <thead>
                  <tr>
                    <th scope="col">factor</th>
                    <th scope="col">predicted Δ{monitor}</th>
                    <th scope="col">taken</th>
                  </tr>
                </thead>
                <tbody>
                  {factors.map((factor, action) => (
                    <tr key={factor} className={action === snapshot.last?.chosen ? 'coach-chosen' : undefined}>
                      <td>×{factor}</td>
                      <td>
                        {signed(snapshot.last?.means[action] ?? Number.NaN)} ± {Number((snapshot.last?.sds[action] ?? Number.NaN).toPrecision(2))}
                      </td>
                      <td>{action === snapshot.last?.chosen ? '✓' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>What it has learned</h3>
            {rules.length === 0 ? <p className="setting-hint">No rule yet: the data so far does not separate any factor from keeping the rate.</p> : (
              <ul className="coach-rules">
                {rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <CoachMemoryControls taskKind={taskKindOf(config.dataset)} />
      <p className="setting-hint">
        Plateau’s own callback, not Keras’s: <a href="lr-coach.html" target="_blank" rel="noreferrer">how the coach works</a>.
      </p>
    </section>
  );
}
