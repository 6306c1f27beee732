/** One layer of the list: its Keras name, its parameters, the shape it outputs, and its problem at the field. */
import { ACTIVATIONS } from '../../../config/activations';
import type { LayerSpec } from '../../../config/layerSchemas';
import { describeShape, type DataShape } from '../../../config/layerShapes';
import { NumberSetting } from '../NumberSetting';
import { withParam } from './layerDraft';

interface LayerRowProps {
  index: number;
  count: number;
  layer: LayerSpec;
  /** The layer's output shape, when every layer up to it fits. */
  output: DataShape | undefined;
  problemAt: (path: string) => string | null;
  onChange: (layer: LayerSpec) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const NUMBER_PARAMS: Record<LayerSpec['type'], readonly { name: string; label: string; step: number }[]> = {
  Conv2D: [
    { name: 'filters', label: 'filters', step: 1 },
    { name: 'kernelSize', label: 'kernel_size', step: 1 },
    { name: 'strides', label: 'strides', step: 1 },
  ],
  MaxPooling2D: [{ name: 'poolSize', label: 'pool_size', step: 1 }],
  Flatten: [],
  Dense: [{ name: 'units', label: 'units', step: 1 }],
  Dropout: [{ name: 'rate', label: 'rate', step: 0.05 }],
};

export function LayerRow({ index, count, layer, output, problemAt, onChange, onMove, onRemove }: LayerRowProps) {
  const id = `layer-${index}`;
  const path = `model.layers[${index}]`;
  const params = layer as unknown as Record<string, unknown>;
  const whole = problemAt(path);
  return (
    <li className="layer-row" data-testid="layer-row">
      <div className="layer-head">
        <strong>{layer.type}</strong>
        <span className="muted" data-testid="layer-shape">
          {output ? `→ ${describeShape(output)}` : ''}
        </span>
        <span className="layer-buttons">
          <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${layer.type} ${index + 1} up`}>
            ↑
          </button>
          <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${layer.type} ${index + 1} down`}>
            ↓
          </button>
          <button type="button" onClick={onRemove} aria-label={`Remove ${layer.type} ${index + 1}`}>
            ✕
          </button>
        </span>
      </div>
      <div className="setting-row">
        {NUMBER_PARAMS[layer.type].map((param) => (
          <NumberSetting
            key={param.name}
            id={`${id}-${param.name}`}
            label={param.label}
            value={Number(params[param.name])}
            step={param.step}
            problem={problemAt(`${path}.${param.name}`)}
            onChange={(value) => onChange(withParam(layer, param.name, value))}
          />
        ))}
        {layer.type === 'Conv2D' && (
          <div className="setting">
            <label htmlFor={`${id}-padding`}>padding</label>
            <select id={`${id}-padding`} value={layer.padding} onChange={(event) => onChange(withParam(layer, 'padding', event.target.value))}>
              <option>valid</option>
              <option>same</option>
            </select>
          </div>
        )}
        {(layer.type === 'Conv2D' || layer.type === 'Dense') && (
          <div className="setting">
            <label htmlFor={`${id}-activation`}>activation</label>
            <select id={`${id}-activation`} value={layer.activation} onChange={(event) => onChange(withParam(layer, 'activation', event.target.value))}>
              {ACTIVATIONS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </div>
        )}
      </div>
      {whole && (
        <span className="field-error" data-testid="layer-problem">
          {whole}
        </span>
      )}
    </li>
  );
}
