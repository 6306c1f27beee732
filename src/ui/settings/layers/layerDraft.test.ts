import { expect, test } from 'vitest';
import { modelConfigSchema } from '../../../config/modelConfig';
import { mlpAsLayers, moveLayer, newLayer, removeLayer, withParam } from './layerDraft';

test('the MLP becomes the same Keras layers, with Flatten first for images', () => {
  const model = modelConfigSchema.parse({ hiddenLayers: [{ units: 32, dropout: 0.5 }, { units: 8, activation: 'tanh' }] });
  expect(mlpAsLayers(model, true)).toEqual([
    { type: 'Flatten' },
    { type: 'Dense', units: 32, activation: 'relu' },
    { type: 'Dropout', rate: 0.5 },
    { type: 'Dense', units: 8, activation: 'tanh' },
  ]);
  expect(mlpAsLayers(modelConfigSchema.parse({ hiddenLayers: [] }), false)).toEqual([newLayer('Dense')]);
});

test('layers move, go and change one parameter at a time', () => {
  const layers = [newLayer('Conv2D'), newLayer('MaxPooling2D'), newLayer('Flatten')];
  expect(moveLayer(layers, 2, -1).map((layer) => layer.type)).toEqual(['Conv2D', 'Flatten', 'MaxPooling2D']);
  expect(moveLayer(layers, 0, -1)).toEqual(layers);
  expect(removeLayer(layers, 1).map((layer) => layer.type)).toEqual(['Conv2D', 'Flatten']);
  expect(withParam(layers[0]!, 'kernelSize', 5)).toMatchObject({ type: 'Conv2D', kernelSize: 5, filters: 16 });
});
