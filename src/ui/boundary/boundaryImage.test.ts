import { describe, expect, it } from 'vitest';
import type { BoundaryData } from '../../training/protocol';
import { binaryCellColor, classColor, multiclassCellColor } from './boundaryColors';
import { boundaryPixels, describeBoundary, predictedClasses } from './boundaryImage';

// A 2 × 2 grid over [-1, 1]²: cells top-left, top-right, bottom-left, bottom-right.
function twoClasses(): BoundaryData {
  return {
    extent: { xMin: -1, xMax: 1, yMin: -1, yMax: 1 },
    resolution: 2,
    featureNames: ['x', 'y'],
    classes: ['0', '1'],
    train: { xy: Float32Array.from([-0.5, 0.5, 0.5, 0.5, 0.5, -0.5]), label: Uint8Array.from([0, 1, 0]) },
    validation: { xy: Float32Array.from([-0.5, -0.5]), label: Uint8Array.from([0]) },
  };
}

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((c, i) => c - (b[i] as number)));

describe('boundary colours', () => {
  it('diverge from a neutral grey at 0.5 to orange for class 0 and blue for class 1, as in the Playground', () => {
    const [r0, , b0] = binaryCellColor(0);
    const [r1, , b1] = binaryCellColor(1);
    expect(r0).toBeGreaterThan(b0);
    expect(b1).toBeGreaterThan(r1);
    // Surer means further from the grey of 0.5, the same on both sides.
    const fromGrey = (p: number) => distance(binaryCellColor(p), binaryCellColor(0.5));
    expect(fromGrey(0.9)).toBeGreaterThan(fromGrey(0.7));
    expect(fromGrey(0.1) / fromGrey(0)).toBeCloseTo(fromGrey(0.9) / fromGrey(1));
  });

  it('give each of several classes its own hue, pale where the model is unsure', () => {
    const hues = [0, 1, 2].map((index) => classColor(index, 3).join());
    expect(new Set(hues).size).toBe(3);
    const grey = multiclassCellColor([1 / 3, 1 / 3, 1 / 3], 3);
    expect(distance(multiclassCellColor([0.34, 0.33, 0.33], 3), grey)).toBeLessThan(3);
    expect(distance(multiclassCellColor([0.05, 0.05, 0.9], 3), grey)).toBeGreaterThan(60);
    expect(new Set(Array.from({ length: 12 }, (_, index) => classColor(index, 12).join())).size).toBe(12);
  });

  it('never crash on NaN predictions', () => {
    expect(binaryCellColor(NaN)).toHaveLength(3);
    expect(multiclassCellColor([NaN, NaN], 2)).toHaveLength(3);
  });
});

describe('boundary image', () => {
  it('has one opaque pixel per cell, row by row from the top', () => {
    const frame = { epoch: 3, values: Float32Array.from([0, 1, 0.5, 0]) };
    const pixels = boundaryPixels(twoClasses(), frame);
    expect(pixels).toHaveLength(16);
    expect(Array.from(pixels.subarray(4, 7))).toEqual(binaryCellColor(1).map(Math.round));
    expect(pixels[3]).toBe(255);
  });

  it('draws nothing from a grid of the wrong size', () => {
    expect(Array.from(boundaryPixels(twoClasses(), { epoch: 0, values: new Float32Array(3) })).every((v) => v === 0)).toBe(true);
  });

  it('reads the predicted class of each cell, for two classes and more', () => {
    expect(Array.from(predictedClasses(twoClasses(), { epoch: 0, values: Float32Array.from([0.2, 0.8, 0.5, 0.49]) }))).toEqual([0, 1, 1, 0]);
    const three = { ...twoClasses(), classes: ['a', 'b', 'c'] };
    const values = Float32Array.from([0.1, 0.2, 0.7, 0.6, 0.3, 0.1, 0.3, 0.4, 0.3, 0.2, 0.2, 0.6]);
    expect(Array.from(predictedClasses(three, { epoch: 0, values }))).toEqual([2, 0, 1, 2]);
  });

  it('tells a screen reader what it shows: the areas and how many points lie on their side', () => {
    const data = twoClasses();
    expect(describeBoundary(data, null)).toContain('no prediction yet');
    const text = describeBoundary(data, { epoch: 3, values: Float32Array.from([0.1, 0.9, 0.9, 0.9]) });
    expect(text).toContain('after epoch 4');
    expect(text).toContain('class 0 25 %, class 1 75 %');
    // Training: (-0.5, 0.5)→0 ✓, (0.5, 0.5)→1 ✓, (0.5, -0.5)→1 ✗; validation (-0.5, -0.5)→1 ✗.
    expect(text).toContain('67 % of training points and 0 % of validation points lie on their class');
  });
});
