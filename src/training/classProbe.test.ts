import { expect, test } from 'vitest';
import { allProbes, ClassProbe, classSamples } from './classProbe';
import type { ClassFrame } from './classesProtocol';
import type { SplitDataset } from './datasets/split';
import type { EpochProbe, Predictor } from './trainer';

/** Three 2×2 "images" of three classes, one-hot labels 0, 1, 2. */
function digits(image: boolean): SplitDataset {
  const x = new Float32Array([0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0.5, 0]);
  const y = new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const dataset = {
    name: 'digits',
    task: 'multiclass' as const,
    featureNames: ['a', 'b', 'c', 'd'],
    targetName: 'digit',
    classes: ['zero', 'one', 'two'],
    rows: 3,
    x,
    y,
    ...(image ? { image: { height: 2, width: 2, channels: 1 } } : {}),
  };
  return { dataset, features: 4, outputs: 3, train: { rows: 3, x, y }, validation: { rows: 3, x, y }, test: null };
}

/** Predicts class (row + 1) % 3 for every row: every answer wrong. */
const shifted: Predictor = (_x, rows) => {
  const values = new Float32Array(rows * 3);
  for (let row = 0; row < rows; row++) values[row * 3 + ((row + 1) % 3)] = 1;
  return Promise.resolve(values);
};

test('image data sends its grey levels and labels once; other data only the classes', () => {
  const samples = classSamples(digits(true), 2);
  expect(samples).toMatchObject({ count: 2, height: 2, width: 2, classes: ['zero', 'one', 'two'], validationRows: 3 });
  expect([...(samples?.pixels ?? [])]).toEqual([0, 255, 255, 0, 255, 255, 255, 255]);
  expect([...(samples?.labels ?? [])]).toEqual([0, 1]);
  expect(classSamples(digits(false))).toMatchObject({ count: 0, pixels: new Uint8Array(0) });
  expect(classSamples({ ...digits(true), validation: null })).toBeNull();
});

test('between epochs the shown images are predicted; at the end every validation row, with the confusion matrix', async () => {
  const data = digits(true);
  const frames: ClassFrame[] = [];
  const probe = new ClassProbe(data, classSamples(data, 2) as NonNullable<ReturnType<typeof classSamples>>, (frame) => frames.push(frame), () => 0, 500);
  probe.afterEpoch(0, shifted);
  await Promise.resolve();
  await Promise.resolve();
  expect(frames[0]).toEqual({ epoch: 0, predicted: new Uint8Array([1, 2]), confusion: null });
  await probe.afterTrain(4, shifted);
  expect(frames.at(-1)).toEqual({ epoch: 4, predicted: new Uint8Array([1, 2]), confusion: [0, 1, 0, 0, 0, 1, 1, 0, 0] });
});

test('probes combined each see the run', async () => {
  const seen: string[] = [];
  const probe = (name: string): EpochProbe => ({ afterEpoch: () => void seen.push(`${name} epoch`), afterTrain: () => Promise.resolve(void seen.push(`${name} end`)) });
  expect(allProbes([])).toBeNull();
  const both = allProbes([probe('a'), probe('b')]) as EpochProbe;
  both.afterEpoch(0, shifted);
  await both.afterTrain(0, shifted);
  expect(seen).toEqual(['a epoch', 'b epoch', 'a end', 'b end']);
});
