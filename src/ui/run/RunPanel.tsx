/**
 * A bare run panel until the full UI lands: a config as JSON, Train, Pause,
 * Stop, and a live readout of the run (epoch, losses, learning rate, the
 * backend and why). `?backend=cpu|wasm|webgl|webgpu` forces a backend.
 */
import { useMemo, useState } from 'react';
import { problemsToText } from '../../config/parseResult';
import { defaultRunConfig, parseRunConfig } from '../../config/runConfig';
import { isBackendRequest, type BackendRequest } from '../../training/protocol';
import { createRunStore } from './runStore';
import { useRunController } from './useRunController';

function backendFromUrl(): BackendRequest {
  const requested = new URLSearchParams(window.location.search).get('backend');
  return isBackendRequest(requested) ? requested : 'auto';
}

function formatNumber(value: number | undefined): string {
  if (value === undefined) return '–';
  return Number.isFinite(value) ? value.toPrecision(4) : String(value);
}

/** The worker's tensor count now and after epoch 5, where a leak would show as growth. */
function describeTensors(counts: readonly number[]): string {
  const latest = counts.at(-1);
  if (latest === undefined) return '–';
  const fifth = counts[4];
  return fifth === undefined ? String(latest) : `${latest} (after epoch 5: ${fifth})`;
}

export function RunPanel() {
  const store = useMemo(() => createRunStore(), []);
  const backendRequest = useMemo(() => backendFromUrl(), []);
  const { state, start, pause, resume, stop } = useRunController(store, backendRequest);
  const [configText, setConfigText] = useState(() => JSON.stringify(defaultRunConfig(), null, 2));
  const [configProblem, setConfigProblem] = useState<string | null>(null);
  const active = state.status === 'starting' || state.status === 'running' || state.status === 'paused' || state.status === 'stopping';

  const onTrain = () => {
    let raw: unknown;
    try {
      raw = JSON.parse(configText);
    } catch (error) {
      setConfigProblem(`The config is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const parsed = parseRunConfig(raw);
    if (!parsed.ok) {
      setConfigProblem(problemsToText(parsed.problems));
      return;
    }
    setConfigProblem(null);
    start(parsed.value, parsed.value.fit.epochs);
  };

  const logs = state.lastEpoch?.logs ?? {};
  const learningRate = state.progress?.learningRate ?? state.lastEpoch?.lrAfter;
  return (
    <section className="panel" aria-label="Training run">
      <h2>Training run</h2>
      <label>
        Run config (JSON)
        <textarea aria-label="Run config" rows={8} value={configText} onChange={(event) => setConfigText(event.target.value)} />
      </label>
      {configProblem && <p role="alert" className="problem">{configProblem}</p>}
      <div className="run-controls">
        <button type="button" onClick={onTrain} disabled={active}>Train</button>
        {state.status === 'paused' ? (
          <button type="button" onClick={resume}>Resume</button>
        ) : (
          <button type="button" onClick={pause} disabled={state.status !== 'running'}>Pause</button>
        )}
        <button type="button" onClick={stop} disabled={!active}>Stop</button>
      </div>
      <dl className="run-readout">
        <dt>Status</dt>
        <dd data-testid="run-status">{state.status}</dd>
        <dt>Backend</dt>
        <dd data-testid="run-backend">{state.backend ? `${state.backend.name} (${state.backend.reason})` : '–'}</dd>
        <dt>Epoch</dt>
        <dd data-testid="run-epoch">{state.lastEpoch ? `${state.lastEpoch.epoch + 1} / ${state.totalEpochs}` : '–'}</dd>
        <dt>loss</dt>
        <dd data-testid="run-loss">{formatNumber(logs['loss'])}</dd>
        <dt>val_loss</dt>
        <dd data-testid="run-val-loss">{formatNumber(logs['val_loss'])}</dd>
        <dt>Metric</dt>
        <dd data-testid="run-metric">
          {Object.entries(logs)
            .filter(([key]) => key !== 'loss' && key !== 'val_loss')
            .map(([key, value]) => `${key} ${formatNumber(value)}`)
            .join(', ') || '–'}
        </dd>
        <dt>Learning rate</dt>
        <dd data-testid="run-lr">{formatNumber(learningRate)}</dd>
        <dt>Tensors</dt>
        <dd data-testid="run-tensors">{describeTensors(state.tensorCounts)}</dd>
        <dt>Samples/s</dt>
        <dd data-testid="run-speed">{state.progress ? Math.round(state.progress.samplesPerSecond) : '–'}</dd>
      </dl>
      {state.error && <p role="alert" className="problem" data-testid="run-error">{state.error}</p>}
      {state.summary && !state.summary.failure && <p data-testid="run-summary">{`Finished: ${state.summary.epochsRun} epochs in ${state.summary.seconds.toFixed(1)} s.`}</p>}
      <ol className="run-log" aria-label="Run log">
        {state.log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
