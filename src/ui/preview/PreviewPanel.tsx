/**
 * Before training: the learning rate the setup would produce over its
 * epochs, redrawn as soon as a setting changes. Exact for schedules and
 * LearningRateScheduler; for plateau-style callbacks, what the stack would do
 * over the last run's losses or a typical curve, and labelled so.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Logs } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import { RunsChart } from '../compare/RunsChart';
import type { ChartMark } from '../compare/chartCurve';
import { useHeld } from '../state/useHeld';
import { stackOutcome, type LrPoint, type StackOutcome } from './lrCurve';
import { planPreview } from './previewPlan';
import { simulateSafely } from './simulateOffPage';

interface PreviewPanelProps {
  /** The validated setup, or null while it has problems. */
  config: RunConfig | null;
  /** Epoch logs of the last run, if any. */
  lastRun: readonly Logs[] | null;
}

interface Shown {
  curve: LrPoint[];
  stoppedAfter: StackOutcome['stoppedAfter'];
  error: string | null;
}

const PREVIEW_COLOUR = '#7c3aed';

export function PreviewPanel({ config, lastRun }: PreviewPanelProps) {
  const plan = useMemo(() => {
    if (!config) return null;
    try {
      return planPreview(config, lastRun);
    } catch (error) {
      return { kind: 'failed' as const, note: error instanceof Error ? error.message : String(error) };
    }
  }, [config, lastRun]);
  const [simulated, setSimulated] = useState<{ for: typeof plan; shown: Shown } | null>(null);

  useEffect(() => {
    if (plan?.kind !== 'simulate') return;
    let current = true;
    void simulateSafely(plan.input).then((answer) => {
      if (!current) return;
      const shown: Shown = answer.ok ? stackOutcome(answer.output) : { curve: [], stoppedAfter: null, error: answer.message };
      setSimulated({ for: plan, shown });
    });
    return () => {
      current = false;
    };
  }, [plan]);

  const ready = useMemo((): Shown | null => {
    if (plan?.kind === 'curve') return { curve: plan.curve, stoppedAfter: null, error: null };
    if (plan?.kind === 'simulate' && simulated?.for === plan) return simulated.shown;
    if (plan?.kind === 'failed') return { curve: [], stoppedAfter: null, error: plan.note };
    return null;
  }, [plan, simulated]);
  // While the new curve is worked out (a worker for user code: a few hundred ms), the old one stays drawn:
  // emptying the chart and drawing it again would take a recharts chart down and build it anew, one
  // main-thread task of 50–120 ms, where updating the drawn one costs a fraction of that.
  const working = plan?.kind === 'simulate' && simulated?.for !== plan;
  const shown = useHeld(ready, working);
  const marks: ChartMark[] = shown?.stoppedAfter ? [{ x: shown.stoppedAfter.epoch, colour: '#dc2626', label: `${shown.stoppedAfter.by} stops` }] : [];

  return (
    <section className="panel preview-panel" aria-labelledby="preview-heading" aria-busy={working} data-testid="lr-preview">
      <h2 id="preview-heading">Learning rate, before training</h2>
      {!config && <p className="chart-note">Fix the setup's problems to see the preview.</p>}
      {plan && plan.kind !== 'failed' && (
        <p className="chart-note" data-testid="lr-preview-note">
          {plan.note}
        </p>
      )}
      {shown?.error && <p className="field-error">{shown.error}</p>}
      {shown && shown.curve.length > 0 && (
        <p className="visually-hidden" data-testid="lr-preview-range">
          {`Rate from ${shown.curve[0]?.lr.toPrecision(3)} at the start to ${shown.curve.at(-1)?.lr.toPrecision(3)} at the end.`}
        </p>
      )}
      <RunsChart
        id="lr-preview"
        title="Learning rate (preview)"
        curves={[{ id: 'preview', label: 'planned rate', colour: PREVIEW_COLOUR, points: (shown?.curve ?? []).map(({ x, lr }) => ({ x, y: lr })), dashed: plan?.kind === 'simulate' && plan.note.includes('would') }]}
        scale="log"
        stepped
        marks={marks}
        empty={plan?.kind === 'simulate' ? 'Working out the curve…' : 'No preview yet.'}
        height={160}
      />
    </section>
  );
}
