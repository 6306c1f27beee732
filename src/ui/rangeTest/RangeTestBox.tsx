/**
 * "Find a learning rate": runs the range test in the training worker on a
 * copy of the run's model, draws its curve with the suggestions, and puts
 * the chosen one into the optimizer's learning rate.
 */
import { useState } from 'react';
import { DEFAULT_RANGE_TEST, rangeTestSettingsProblem, type RangeTestSettings } from '../../callbacks/rangeTest/rangeTestSettings';
import type { SuggestionName } from '../../callbacks/rangeTest/suggestions';
import type { RangeTestOutcome } from '../../training/protocol';
import { NumberSetting } from '../settings/NumberSetting';
import { LazyRangeTestChart, preloadRangeTestChart } from './LazyRangeTestChart';
import { SUGGESTION_COLOURS } from './suggestionColours';
import { endNote, finishedTest, roundedRate, type RangeTestState } from './rangeTestState';

export interface RangeTestBoxProps {
  find: (settings: RangeTestSettings) => Promise<RangeTestOutcome>;
  /** Why the test cannot run now (a problem in the setup, a run training, a schedule locking the rate), or null. */
  blockedBy: string | null;
  onUse: (rate: number) => void;
  /** Called when a click is likely (pointer over or focus on the button): the worker and its backend start early. */
  prepare: () => void;
}

export function RangeTestBox({ find, blockedBy, onUse, prepare }: RangeTestBoxProps) {
  const [settings, setSettings] = useState<RangeTestSettings>(DEFAULT_RANGE_TEST);
  const [state, setState] = useState<RangeTestState>({ kind: 'idle' });
  const [chosen, setChosen] = useState<SuggestionName>('valley');
  const [used, setUsed] = useState<number | null>(null);
  const problem = rangeTestSettingsProblem(settings);

  const run = () => {
    setState({ kind: 'running' });
    void preloadRangeTestChart();
    setUsed(null);
    setChosen('valley');
    find(settings).then(
      (outcome) => setState(finishedTest(outcome.curve, outcome.backend.name)),
      (error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  const suggestions = state.kind === 'done' ? state.result.suggestions : [];
  const picked = suggestions.find((suggestion) => suggestion.name === chosen) ?? suggestions[0];
  return (
    <div className="range-test" aria-label="Learning-rate range test">
      <div className="button-row">
        <button type="button" className="range-test-run" disabled={blockedBy !== null || problem !== null || state.kind === 'running'} onClick={run} onPointerEnter={prepare} onFocus={prepare}>
          {state.kind === 'running' ? 'Finding a learning rate…' : 'Find a learning rate'}
        </button>
        <span className="setting-hint">{blockedBy ?? 'Raises the rate each batch on a copy of the model; your run is not changed.'}</span>
      </div>
      <details className="more-parameters">
        <summary>Range test settings</summary>
        <div className="setting-row">
          <NumberSetting problem={null} id="range-test-start" label="Start rate" value={settings.startLr} onChange={(startLr) => setSettings((current) => ({ ...current, startLr }))} />
          <NumberSetting problem={null} id="range-test-end" label="End rate" value={settings.endLr} onChange={(endLr) => setSettings((current) => ({ ...current, endLr }))} />
          <NumberSetting problem={null} id="range-test-steps" label="Steps" value={settings.steps} onChange={(steps) => setSettings((current) => ({ ...current, steps }))} />
        </div>
        {problem && <span className="field-error">{`Range test ${problem.field === 'startLr' ? 'start rate' : problem.field === 'endLr' ? 'end rate' : 'steps'} ${problem.message}`}</span>}
      </details>
      {state.kind === 'failed' && (
        <p className="field-error" role="alert">
          The range test could not run: {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div className="range-test-result">
          <LazyRangeTestChart points={state.curve.points} suggestions={suggestions} height={180} />
          <p className="setting-hint">
            Smoothed loss against learning rate (log axis), on {state.backend}. {endNote(state.curve)}
          </p>
          {state.result.noValley && (
            <p className="range-test-no-valley" role="status">
              {state.result.noValley}
            </p>
          )}
          {suggestions.length > 0 && (
            <fieldset className="range-test-suggestions">
              <legend>Suggested rates</legend>
              {suggestions.map((suggestion) => (
                <label key={suggestion.name} className="range-test-suggestion">
                  <input type="radio" name="range-test-suggestion" value={suggestion.name} checked={picked?.name === suggestion.name} onChange={() => setChosen(suggestion.name)} />
                  <span className="range-test-swatch" style={{ background: SUGGESTION_COLOURS[suggestion.name] }} aria-hidden="true" />
                  <span className="range-test-explanation">{suggestion.explanation}</span>
                </label>
              ))}
              <div className="button-row">
                <button
                  type="button"
                  className="range-test-use"
                  disabled={!picked || blockedBy !== null}
                  onClick={() => {
                    if (!picked) return;
                    const rate = roundedRate(picked.rate);
                    onUse(rate);
                    setUsed(rate);
                  }}
                >
                  Use this rate
                </button>
                {used !== null && <span role="status">Learning rate set to {used}.</span>}
              </div>
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}
