/**
 * The run's settings in one compact panel: data, model, optimizer and fit.
 * The defaults train a good first run in a few seconds.
 */
import { ACTIVATIONS, OPTIMIZERS, type ModelConfig } from '../../config/modelConfig';
import { rateLockedReason } from '../../config/runConfig';
import { problemAt, type ConfigStore, type Validation } from '../state/configStore';
import { setDataset, updateSection } from '../state/runDraft';
import { useStore } from '../state/useStore';
import { DATASET_CHOICES, datasetFor, type OfferedDatasetKind } from './datasetChoices';
import { NumberSetting } from './NumberSetting';
import { SchedulePicker } from '../preview/SchedulePicker';
import { stepsPerEpoch } from '../preview/runShape';

function layersProblem(validation: Validation): string | null {
  if (validation.ok) return null;
  return validation.problems.find((problem) => problem.path.startsWith('model.hiddenLayers'))?.message ?? null;
}

function parseUnits(text: string, previous: ModelConfig['hiddenLayers']): ModelConfig['hiddenLayers'] {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const activation = previous[0]?.activation ?? 'relu';
  return parts.map((part) => ({ units: Number(part), activation, dropout: 0 }));
}

export function SettingsPanel({ store }: { store: ConfigStore }) {
  const draft = useStore(store, (state) => state.draft);
  const validation = useStore(store, (state) => state.validation);
  const { dataset, optimizer, fit, model } = draft;
  const edit = store.edit;
  const at = (path: string) => problemAt(validation, path);
  const activation = model.hiddenLayers[0]?.activation ?? 'relu';

  return (
    <section className="panel settings-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Run settings</h2>
      <fieldset>
        <legend>Data</legend>
        <div className="setting">
          <label htmlFor="setting-dataset">Dataset</label>
          <select
            id="setting-dataset"
            value={dataset.kind}
            onChange={(event) => edit((current) => setDataset(current, datasetFor(event.target.value as OfferedDatasetKind, current.dataset)))}
          >
            {DATASET_CHOICES.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {'size' in dataset && (
          <div className="setting-row">
            <NumberSetting id="setting-size" label="Samples" value={dataset.size} step={10} problem={at('dataset.size')} onChange={(size) => edit((current) => setDataset(current, { ...dataset, size }))} />
            <NumberSetting id="setting-noise" label="Noise" value={dataset.noise} step={0.05} problem={at('dataset.noise')} onChange={(noise) => edit((current) => setDataset(current, { ...dataset, noise }))} />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Model</legend>
        <div className="setting">
          <label htmlFor="setting-layers">Hidden layers (units)</label>
          <input
            id="setting-layers"
            type="text"
            defaultValue={model.hiddenLayers.map((layer) => layer.units).join(', ')}
            aria-describedby="setting-layers-hint"
            aria-invalid={layersProblem(validation) ? true : undefined}
            onChange={(event) => edit((current) => updateSection(current, 'model', { hiddenLayers: parseUnits(event.target.value, current.model.hiddenLayers) }))}
          />
          <span id="setting-layers-hint" className="setting-hint">
            Comma-separated, e.g. 16, 16
          </span>
          {layersProblem(validation) && <span className="field-error">{layersProblem(validation)}</span>}
        </div>
        <div className="setting">
          <label htmlFor="setting-activation">Activation</label>
          <select
            id="setting-activation"
            value={activation}
            onChange={(event) => {
              const chosen = event.target.value as (typeof ACTIVATIONS)[number];
              edit((current) => updateSection(current, 'model', { hiddenLayers: current.model.hiddenLayers.map((layer) => ({ ...layer, activation: chosen })) }));
            }}
          >
            {ACTIVATIONS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
      </fieldset>
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
        {optimizer.kind === 'sgd' && (
          <NumberSetting id="setting-momentum" label="Momentum" value={optimizer.momentum} step={0.1} problem={at('optimizer.momentum')} onChange={(momentum) => edit((current) => updateSection(current, 'optimizer', { momentum }))} />
        )}
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
      </fieldset>
    </section>
  );
}
