import { describe, expect, it } from 'vitest';
import type { DatasetConfig } from '../../config/datasetConfig';
import { loadDataset, splitDataset } from '../datasets';
import { boundaryData, gridInputs, hasBoundary } from './boundaryGrid';

function split(kind: 'spiral' | 'iris' | 'sine') {
  const config: DatasetConfig = kind === 'iris' ? { kind } : { kind, size: 200, noise: 0.1 };
  const { dataset, scaleFeatures } = loadDataset(config, 3);
  return splitDataset(dataset, { validationSplit: 0.25, testSplit: 0 }, 5, scaleFeatures);
}

describe('the decision-boundary grid', () => {
  it('exists only for two features with classes', () => {
    expect(hasBoundary(split('spiral'))).toBe(true);
    expect(hasBoundary(split('iris'))).toBe(false);
    expect(hasBoundary(split('sine'))).toBe(false);
  });

  it('covers every point, train and validation, with their class', () => {
    const data = split('spiral');
    const boundary = boundaryData(data, 10);
    expect(boundary.train.label).toHaveLength(150);
    expect(boundary.validation?.label).toHaveLength(50);
    const { extent } = boundary;
    for (const set of [boundary.train, boundary.validation!]) {
      for (let r = 0; r < set.label.length; r++) {
        expect(set.xy[2 * r]).toBeGreaterThan(extent.xMin);
        expect(set.xy[2 * r]).toBeLessThan(extent.xMax);
        expect(set.xy[2 * r + 1]).toBeGreaterThan(extent.yMin);
        expect(set.xy[2 * r + 1]).toBeLessThan(extent.yMax);
      }
    }
    expect(Array.from(boundary.train.label)).toEqual(Array.from(data.train.y, (value) => (value >= 0.5 ? 1 : 0)));
    expect(new Set(boundary.train.label)).toEqual(new Set([0, 1]));
  });

  it('lists cell centres row by row from the top left', () => {
    const inputs = gridInputs({ xMin: 0, xMax: 4, yMin: 0, yMax: 2 }, 2);
    expect(Array.from(inputs)).toEqual([1, 1.5, 3, 1.5, 1, 0.5, 3, 0.5]);
  });
});
