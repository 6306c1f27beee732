/**
 * The run's settings in one compact panel: data, model, optimizer and fit.
 * The defaults train a good first run in a few seconds.
 */
import type { ComponentProps } from 'react';
import { OPTIMIZERS, type FitConfig } from '../../config/modelConfig';
import { rateLockedReason } from '../../config/runConfig';
import { problemAt, type ConfigStore } from '../state/configStore';
import { updateSection } from '../state/runDraft';
import { useStore } from '../state/useStore';
import type { CsvInbox } from './csvInbox';
import { DataSettings } from './DataSettings';
import { ModelSettings } from './ModelSettings';
import { FitArguments } from './FitArguments';
import { NumberSetting } from './NumberSetting';
import { OptimizerArguments } from './OptimizerArguments';
import { SchedulePicker } from '../preview/SchedulePicker';
import { stepsPerEpoch } from '../preview/runShape';
import { isActive, type RunSessionStore } from '../watch/runSession';
import type { TrainingControls } from '../watch/useTrainingSession';
import { RangeTestBox } from '../rangeTest/RangeTestBox';

interface SettingsPanelProps {
  store: ConfigStore;
  csvInbox: CsvInbox;
  session: RunSessionStore;
  findLearningRate: TrainingControls['findLearningRate'];
  prepareWorker: () => void;
}

/**
 * The range test's box, blocked while a run trains: the one part of the
 * settings that follows the run session, so a run's start renders it again,
 * not every form of the panel.
 */
function RangeTestWhileIdle({ session, setupValid, rateLockedBy, ...box }: Omit<ComponentProps<typeof RangeTestBox>, 'blockedBy'> & { session: RunSessionStore; setupValid: boolean; rateLockedBy: ReturnType<typeof rateLockedReason> }) {
  const training = useStore(session, (state) => isActive(state.status));
  return <RangeTestBox blockedBy={rangeTestBlocked(setupValid, training, rateLockedBy)} {...box} />;
}

export function SettingsPanel({ store, csvInbox, session, findLearningRate, prepareWorker }: SettingsPanelProps) {
  const draft = useStore(store, (state) => state.draft);
  const validation = useStore(store, (state) => state.validation);
  const { dataset, optimizer, fit } = draft;
  const edit = store.edit;
  const at = (path: string) => problemAt(validation, path);

  return (
    <section className="panel settings-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Run settings</h2>
      <DataSettings store={store} csvInbox={csvInbox} />
      <ModelSettings store={store} />
      <fieldset>
        <legend>Optimizer</legend>
        <div className="setting-row">
          <div className="setting">
            <label htmlFor="setting-optimizer">Optimizer</label>
            <select
              id="setting-optimizer"
              value={optimizer.kind}
              onChange={(event) => edit((current) => updateSection(current, 'optimizer', { kind: event.target.value as (typeof OPTIMIZERS)[number] }))}
            >
              {OPTIMIZERS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </div>
          <NumberSetting id="setting-lr" label="Learning rate" value={optimizer.learningRate} step={0.001} problem={at('optimizer.learningRate')} rateLockedBy={rateLockedReason(optimizer)} onChange={(learningRate) => edit((current) => updateSection(current, 'optimizer', { learningRate }))} />
        </div>
        <RangeTestWhileIdle
          session={session}
          setupValid={validation.ok}
          rateLockedBy={rateLockedReason(draft.optimizer)}
          prepare={prepareWorker}
          find={(settings) => (validation.ok ? findLearningRate(validation.config, settings) : Promise.reject(new Error('the setup has problems')))}
          onUse={(learningRate) => edit((current) => updateSection(current, 'optimizer', { learningRate }))}
        />
        {(optimizer.kind === 'sgd' || optimizer.kind === 'rmsprop') && (
          <NumberSetting id="setting-momentum" label="Momentum" value={optimizer.momentum} step={0.1} problem={at('optimizer.momentum')} onChange={(momentum) => edit((current) => updateSection(current, 'optimizer', { momentum }))} />
        )}
        <OptimizerArguments config={optimizer} problemAt={at} onChange={(changes) => edit((current) => updateSection(current, 'optimizer', changes))} />
        <SchedulePicker
          id="setting-schedule"
          value={optimizer.schedule}
          totalSteps={Number.isFinite(fit.epochs * stepsPerEpoch({ dataset, fit })) ? fit.epochs * stepsPerEpoch({ dataset, fit }) : 100}
          learningRate={optimizer.learningRate}
          onChange={(schedule) => edit((current) => updateSection(current, 'optimizer', { schedule }))}
        />
      </fieldset>
      <fieldset>
        <legend>Fit</legend>
        <div className="setting-row">
          <NumberSetting id="setting-epochs" label="Epochs" value={fit.epochs} step={1} problem={at('fit.epochs')} onChange={(epochs) => edit((current) => updateSection(current, 'fit', { epochs }))} />
          <NumberSetting id="setting-batch" label="Batch size" value={fit.batchSize} step={1} problem={at('fit.batchSize')} onChange={(batchSize) => edit((current) => updateSection(current, 'fit', { batchSize }))} />
        </div>
        <div className="setting-row">
          <NumberSetting id="setting-validation" label="Validation split" value={fit.validationSplit} step={0.05} problem={at('fit.validationSplit')} hint="Share of the rest held out for val_ metrics" onChange={(validationSplit) => edit((current) => updateSection(current, 'fit', { validationSplit }))} />
          <NumberSetting id="setting-test" label="Test split" value={fit.testSplit} step={0.05} problem={at('fit.testSplit')} hint="Held out, scored once when training ends" onChange={(testSplit) => edit((current) => updateSection(current, 'fit', { testSplit }))} />
        </div>
        <div className="setting-row">
          <NumberSetting id="setting-seed" label="Seed" value={fit.seed} step={1} problem={at('fit.seed')} onChange={(seed) => edit((current) => updateSection(current, 'fit', { seed }))} />
        </div>
        {/* A draft may hold what the learner typed before it reads (as NumberSetting's NaN); the schema names it at the field. */}
        <FitArguments fit={fit} problemAt={at} onChange={(changes) => edit((current) => updateSection(current, 'fit', changes as Partial<FitConfig>))} />
      </fieldset>
    </section>
  );
}

function rangeTestBlocked(valid: boolean, training: boolean, rateLocked: string | null): string | null {
  if (training) return 'The range test waits until the run ends.';
  if (rateLocked) return 'A schedule sets the learning rate; remove it to use the range test.';
  if (!valid) return 'Fix the setup’s problems first.';
  return null;
}
