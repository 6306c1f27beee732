/**
 * The model as a Keras layer list: each layer with its parameters and the
 * shape it outputs (as `model.summary()` prints it), add, move, remove; the
 * output layer follows from the data. Layers that do not fit say why at the
 * field. "Back to the MLP" returns to the simple hidden-layer form.
 */
import { useState } from 'react';
import { LAYER_TYPES, type LayerSpec, type LayerType } from '../../../config/layerSchemas';
import { describeShape, inputShapeOf, layerShapes } from '../../../config/layerShapes';
import type { RunDraft } from '../../state/runDraft';
import { LayerRow } from './LayerRow';
import { moveLayer, newLayer, removeLayer, replaceLayer } from './layerDraft';
import './layers.css';

interface LayerListEditorProps {
  draft: RunDraft;
  layers: LayerSpec[];
  problemAt: (path: string) => string | null;
  onChange: (layers: LayerSpec[] | null) => void;
}

export function LayerListEditor({ draft, layers, problemAt, onChange }: LayerListEditorProps) {
  const [adding, setAdding] = useState<LayerType>('Dense');
  const input = inputShapeOf(draft.dataset);
  const { shapes } = layerShapes(input, layers);
  const listProblem = problemAt('model.layers');
  return (
    <div className="layer-list">
      <p className="muted" data-testid="layer-input">
        Input {describeShape(input)}; the output layer (units and activation from the data) comes after these.
      </p>
      <ol className="layer-rows">
        {layers.map((layer, index) => (
          <LayerRow
            key={`${index}-${layer.type}`}
            index={index}
            count={layers.length}
            layer={layer}
            output={shapes[index]}
            problemAt={problemAt}
            onChange={(next) => onChange(replaceLayer(layers, index, next))}
            onMove={(by) => onChange(moveLayer(layers, index, by))}
            onRemove={() => onChange(layers.length > 1 ? removeLayer(layers, index) : null)}
          />
        ))}
      </ol>
      {listProblem && <span className="field-error">{listProblem}</span>}
      <div className="button-row">
        <label htmlFor="layer-add-type" className="visually-hidden">
          Layer to add
        </label>
        <select id="layer-add-type" value={adding} onChange={(event) => setAdding(event.target.value as LayerType)}>
          {LAYER_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
        <button type="button" onClick={() => onChange([...layers, newLayer(adding)])}>
          Add layer
        </button>
        <button type="button" onClick={() => onChange(null)}>
          Back to the simple MLP
        </button>
      </div>
    </div>
  );
}
