/**
 * The Model part of the settings: the simple MLP (hidden units and one
 * activation), the default for tables, or a Keras layer list (Conv2D,
 * MaxPooling2D, Flatten, Dense, Dropout) for images and anyone who wants
 * to write the model as their tutorial does.
 */
import { ACTIVATIONS, type ModelConfig } from '../../config/modelConfig';
import { inputShapeOf } from '../../config/layerShapes';
import { problemAt, type ConfigStore, type Validation } from '../state/configStore';
import { updateSection } from '../state/runDraft';
import { useStore } from '../state/useStore';
import { mlpAsLayers } from './layers/layerDraft';
import { LayerListEditor } from './layers/LayerListEditor';

function layersProblem(validation: Validation): string | null {
  if (validation.ok) return null;
  return validation.problems.find((problem) => problem.path.startsWith('model.hiddenLayers'))?.message ?? null;
}

function parseUnits(text: string, previous: ModelConfig['hiddenLayers']): ModelConfig['hiddenLayers'] {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const activation = previous[0]?.activation ?? 'relu';
  return parts.map((part) => ({ units: Number(part), activation, dropout: 0 }));
}

export function ModelSettings({ store }: { store: ConfigStore }) {
  const draft = useStore(store, (state) => state.draft);
  const validation = useStore(store, (state) => state.validation);
  const { model } = draft;
  const edit = store.edit;
  const activation = model.hiddenLayers[0]?.activation ?? 'relu';
  const images = inputShapeOf(draft.dataset).kind === 'image';

  if (model.layers) {
    return (
      <fieldset>
        <legend>Model</legend>
        <LayerListEditor draft={draft} layers={model.layers} problemAt={(path) => problemAt(validation, path)} onChange={(layers) => edit((current) => updateSection(current, 'model', { layers }))} />
      </fieldset>
    );
  }
  return (
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
      <div className="button-row">
        <button type="button" onClick={() => edit((current) => updateSection(current, 'model', { layers: mlpAsLayers(current.model, images) }))}>
          Edit as Keras layers
        </button>
        {images && <span className="setting-hint">Conv2D and MaxPooling2D need the layer list.</span>}
      </div>
    </fieldset>
  );
}
