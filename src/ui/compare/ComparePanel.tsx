/**
 * Compare 2–16 variants of the current setup side by side: they train as
 * stacked models (useCompareRuns.ts), each as it would alone, from the same
 * data, initial weights and shuffling; shared
 * charts of loss, val_loss and learning rate; a table of who won and when;
 * and a what-if replay of a recorded run under another variant's stack.
 */
import { useCallback, useMemo, useState, type SetStateAction } from 'react';
import {
  duplicateVariant,
  MAX_VARIANTS,
  MIN_VARIANTS,
  parseCompareConfig,
  removeVariant,
  compareFromBase,
  type CompareConfig,
  type CompareVariant,
} from '../../config/compareConfig';
import { encodeCompareLink } from '../../config/compareLink';
import { seedRuns, stacksProblem } from '../../config/seedRuns';
import type { RunConfig } from '../../config/runConfig';
import type { BackendRequest } from '../../training/protocol';
import type { RunsController } from '../runs/runsController';
import { useKeepCompareRuns } from '../runs/useKeepCompareRuns';
import { SWITCH_STAGGER_MS } from '../charts/useLiveMode';
import { putLinkInAddressBar } from '../share/addressBar';
import { ProblemList } from '../share/ProblemList';
import { lrCurves, logCurves } from './compareCurves';
import type { CompareLinkOutcome } from './compareLinkOnOpen';
import { loadCompareJson, userCodeIn } from './compareJson';
import { CompareTable } from './CompareTable';
import { ReplayControls, type ReplayResult } from './ReplayControls';
import { RunsChart } from './RunsChart';
import type { ChartCurve, ChartMark } from './chartCurve';
import { plateauVersusCosine } from './showdown';
import { QuickComparisons } from './QuickComparisons';
import { variantSeeds } from './seedGroups';
import { useCompareRuns } from './useCompareRuns';
import { IDLE_RUN } from './variantRun';
import { VariantCard } from './VariantCard';

const NO_PROBLEMS: readonly string[] = [];

interface ComparePanelProps {
  /** The editor's validated setup, or null while it has problems. */
  current: RunConfig | null;
  backend: BackendRequest;
  /** The compare link the page was opened with, if any. */
  opened?: CompareLinkOutcome;
  /** Where the variants' runs are kept once a comparison ends (the Runs list). */
  runs?: RunsController;
}

function problemsByVariant(setup: CompareConfig): string[][] {
  const parsed = parseCompareConfig(setup);
  const byVariant: string[][] = setup.variants.map(() => []);
  if (parsed.ok) {
    const stacks = stacksProblem(seedRuns(parsed.value));
    if (stacks) byVariant[byVariant.length - 1]?.push(`variant: ${stacks}`);
    return byVariant;
  }
  for (const problem of parsed.problems) {
    const index = Number(/^variants\[(\d+)\]/.exec(problem.path)?.[1] ?? 0);
    byVariant[index]?.push(`${problem.path.replace(/^variants\[\d+\]\.?/, '') || 'variant'}: ${problem.message}`);
  }
  return byVariant;
}

export function ComparePanel({ current, backend, opened = { kind: 'none' }, runs }: ComparePanelProps) {
  const linked = opened.kind === 'loaded' ? opened.setup : null;
  const [setup, setSetup] = useState<CompareConfig | null>(linked);
  /** Bumped when variants are replaced, added or removed, so no card keeps the inputs of the variant that was there before. */
  const [generation, setGeneration] = useState(0);
  const replaceVariants = useCallback((next: SetStateAction<CompareConfig | null>) => {
    setSetup(next);
    setGeneration((current) => current + 1);
  }, []);
  // The same functions from render to render, so the cards (memoised) skip the panel's redraws while runs train.
  const changeVariant = useCallback((index: number, next: CompareVariant) => {
    setSetup((current) => current && { ...current, variants: current.variants.map((entry, at) => (at === index ? next : entry)) });
  }, []);
  const duplicateAt = useCallback((index: number) => replaceVariants((current) => current && duplicateVariant(current, index)), [replaceVariants]);
  const removeAt = useCallback((index: number) => replaceVariants((current) => current && removeVariant(current, index)), [replaceVariants]);
  const [jsonText, setJsonText] = useState('');
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  // Code that came with a link runs only once the user accepted it.
  const [codeAccepted, setCodeAccepted] = useState(() => linked === null || userCodeIn(linked).length === 0);
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  const [replay, setReplay] = useState<ReplayResult | null>(null);
  const compare = useCompareRuns(backend);
  useKeepCompareRuns(runs, compare.ranSetup, compare.plan, compare.runs, compare.running);
  const problems = useMemo(() => (setup ? problemsByVariant(setup) : []), [setup]);
  const valid = problems.every((list) => list.length === 0);
  const code = useMemo(() => (setup ? userCodeIn(setup) : []), [setup]);

  const start = (next: CompareConfig) => {
    setReplay(null);
    compare.run(next);
  };
  const begin = (next: CompareConfig, accepted = true) => {
    replaceVariants(next);
    setCodeAccepted(accepted);
    setReplay(null);
  };

  const shown = compare.ranSetup ?? setup;
  const runCount = setup ? seedRuns(setup).length : 0;
  const groups = useMemo(() => (compare.ranSetup ? variantSeeds(compare.ranSetup, compare.plan, compare.runs) : []), [compare.ranSetup, compare.plan, compare.runs]);
  const firstSeeds = useMemo(() => groups.map((group) => group.runs[0] ?? IDLE_RUN), [groups]);
  const replayCurve: ChartCurve[] = replay ? [{ id: 'replay', label: replay.label, colour: replay.colour, points: replay.curve.map(({ x, lr }) => ({ x, y: lr })), dashed: true }] : [];
  const replayMarks: ChartMark[] = replay?.stoppedAfter ? [{ x: replay.stoppedAfter.epoch, colour: replay.colour, label: `replay: ${replay.stoppedAfter.by} stops` }] : [];

  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading" data-testid="compare-panel">
      <h2 id="compare-heading">Compare schedules</h2>
      <div className="button-row">
        <button type="button" disabled={!current || compare.running} onClick={() => current && begin(compareFromBase(current))}>
          Compare variants of this setup
        </button>
        <button
          type="button"
          disabled={!current || compare.running}
          onClick={() => {
            if (!current) return;
            const next = plateauVersusCosine(current);
            begin(next);
            start(next);
          }}
        >
          Run: constant + ReduceLROnPlateau vs cosine decay with warm-up
        </button>
      </div>
      <QuickComparisons current={current} setup={setup} disabled={compare.running} onBuild={(next, keepConsent) => begin(next, keepConsent || codeAccepted)} />
      {opened.kind === 'refused' && (
        <div role="alert" className="blocked-reason" data-testid="compare-link-problems">
          This compare link could not be opened:
          <ProblemList problems={opened.problems} />
        </div>
      )}
      <details className="compare-json">
        <summary>Compare setup as JSON</summary>
        <label htmlFor="compare-json-text">Paste a compare setup, or copy this one</label>
        <textarea id="compare-json-text" rows={6} value={jsonText || (setup ? JSON.stringify(setup, null, 2) : '')} onChange={(event) => setJsonText(event.target.value)} />
        <button
          type="button"
          onClick={() => {
            const loaded = loadCompareJson(jsonText);
            if (!loaded.ok) {
              setJsonProblem(loaded.message);
              return;
            }
            setJsonProblem(null);
            setJsonText('');
            begin(loaded.setup, userCodeIn(loaded.setup).length === 0);
          }}
        >
          Load compare setup
        </button>
        {jsonProblem && <pre className="field-error">{jsonProblem}</pre>}
      </details>
      {setup && !codeAccepted && (
        <div className="code-consent" role="alert">
          <p>This setup contains code. It runs in the training workers only after you accept it:</p>
          {code.map(({ where, source }) => (
            <div key={where}>
              <p className="setting-hint">{where}</p>
              <pre>{source}</pre>
            </div>
          ))}
          <button type="button" onClick={() => setCodeAccepted(true)}>
            I have read this code: allow it to run
          </button>
        </div>
      )}
      {setup && (
        <>
          <div className="variant-grid">
            {setup.variants.map((variant, index) => (
              <VariantCard
                key={`${generation}-${index}`}
                index={index}
                variant={variant}
                base={setup.base}
                editorStack={current?.callbacks ?? null}
                problems={problems[index] ?? NO_PROBLEMS}
                canDuplicate={setup.variants.length < MAX_VARIANTS}
                canRemove={setup.variants.length > MIN_VARIANTS}
                onChange={changeVariant}
                onDuplicate={duplicateAt}
                onRemove={removeAt}
              />
            ))}
          </div>
          <div className="button-row">
            <button type="button" disabled={!current || compare.running} onClick={() => current && setSetup({ ...setup, base: current })}>
              Take data, model and fit settings from the editor
            </button>
            <button type="button" className="primary" disabled={!valid || !codeAccepted || compare.running} onClick={() => start(setup)}>
              {runCount > setup.variants.length ? `Run ${setup.variants.length} variants, ${runCount} runs, together` : `Run ${setup.variants.length} variants together`}
            </button>
            <button type="button" disabled={!compare.running} onClick={compare.stop}>
              Stop all
            </button>
            <button type="button" disabled={!valid} onClick={() => setCopiedLink(putLinkInAddressBar(encodeCompareLink(setup)))}>
              Copy compare link
            </button>
          </div>
          {copiedLink && (
            <p className="muted" data-testid="compare-link">
              The address bar now holds these variants: <code>{copiedLink.length > 80 ? `${copiedLink.slice(0, 77)}…` : copiedLink}</code>
            </p>
          )}
          <p className="setting-hint">
            The variants train together as one stacked model, each exactly as it would alone: the same data, initial weights and shuffled order (seed {setup.base.fit.seed}).
          </p>
        </>
      )}
      {shown && compare.runs.length > 0 && (
        <>
          <div className="chart-grid">
            <RunsChart id="compare-loss" live={compare.running} switchDelayMs={0} title="loss" curves={logCurves(groups, 'loss')} scale="linear" stepped={false} marks={replayMarks} empty="Waiting for the first epoch…" />
            <RunsChart id="compare-val-loss" live={compare.running} switchDelayMs={SWITCH_STAGGER_MS} title="val_loss" curves={logCurves(groups, 'val_loss')} scale="linear" stepped={false} marks={replayMarks} empty="No validation split, or no epoch yet." />
            <RunsChart id="compare-lr" live={compare.running} switchDelayMs={2 * SWITCH_STAGGER_MS} title="Learning rate" curves={[...lrCurves(groups), ...replayCurve]} scale="log" stepped marks={replayMarks} empty="Waiting for the first epoch…" />
          </div>
          <CompareTable groups={groups} />
          <ReplayControls setup={shown} runs={firstSeeds} onReplay={setReplay} />
          {replay && (
            <div className="replay-result" data-testid="replay-result">
              <p>
                <strong>{replay.label}</strong> (dashed): the recorded losses with this stack's decisions; training did not run again.
              </p>
              {replay.error && <p className="field-error">{replay.error}</p>}
              <ul>
                {replay.actions.slice(0, 12).map((action, index) => (
                  <li key={index}>{action}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
