import { expect, test } from 'vitest';
import { layerSpecSchema, type LayerSpec } from './layerSchemas';
import { layerShapes, type DataShape } from './layerShapes';

const digits: DataShape = { kind: 'image', height: 28, width: 28, channels: 1 };
const tableRow: DataShape = { kind: 'flat', width: 2 };
const layers = (specs: unknown[]): LayerSpec[] => specs.map((spec) => layerSpecSchema.parse(spec));

test('Keras defaults: Conv2D linear, stride 1, valid; MaxPooling2D pool 2', () => {
  expect(layerSpecSchema.parse({ type: 'Conv2D', filters: 8, kernelSize: 3 })).toEqual({ type: 'Conv2D', filters: 8, kernelSize: 3, strides: 1, padding: 'valid', activation: 'linear' });
  expect(layerSpecSchema.parse({ type: 'MaxPooling2D' })).toEqual({ type: 'MaxPooling2D', poolSize: 2 });
});

test('a small CNN on digits: the shapes Keras prints in model.summary()', () => {
  const cnn = layers([
    { type: 'Conv2D', filters: 8, kernelSize: 3, activation: 'relu' },
    { type: 'MaxPooling2D' },
    { type: 'Conv2D', filters: 16, kernelSize: 3, padding: 'same', strides: 2 },
    { type: 'Flatten' },
    { type: 'Dropout', rate: 0.5 },
    { type: 'Dense', units: 32 },
  ]);
  const { shapes, problems } = layerShapes(digits, cnn);
  expect(problems).toEqual([]);
  expect(shapes).toEqual([
    { kind: 'image', height: 26, width: 26, channels: 8 },
    { kind: 'image', height: 13, width: 13, channels: 8 },
    { kind: 'image', height: 7, width: 7, channels: 16 },
    { kind: 'flat', width: 784 },
    { kind: 'flat', width: 784 },
    { kind: 'flat', width: 32 },
  ]);
});

test.each([
  ['a kernel larger than its input', digits, [{ type: 'MaxPooling2D', poolSize: 4 }, { type: 'MaxPooling2D', poolSize: 2 }, { type: 'Conv2D', filters: 4, kernelSize: 5 }], { index: 2, field: 'kernelSize', message: '5×5 is larger than its 3×3 input' }],
  ['Dense before Flatten on images', digits, [{ type: 'Dense', units: 10 }], { index: 0, field: null, message: 'Dense on images of shape (28, 28, 1): add Flatten before it' }],
  ['images left at the output', digits, [{ type: 'Conv2D', filters: 4, kernelSize: 3 }], { index: 0, field: null, message: 'the output layer needs a flat input, but the last layer leaves images of shape (26, 26, 4): end with Flatten' }],
  ['Conv2D on a table', tableRow, [{ type: 'Conv2D', filters: 4, kernelSize: 1 }], { index: 0, field: null, message: 'Conv2D needs images (height, width, channels), but its input is a table row of shape (2,)' }],
])('%s is refused at the field, with the reason', (_name, input, specs, problem) => {
  expect(layerShapes(input, layers(specs)).problems).toEqual([problem]);
});
