/**
 * Two-class point clouds like TensorFlow Playground's (spiral, circles, XOR,
 * gaussian blobs) and a noisy sine for regression. Coordinates lie in about
 * [-1, 1] so that the default network learns them quickly; `noise` (0–1)
 * jitters the points by up to that fraction of the domain. Written for
 * Plateau after the Playground's descriptions, not copied from its code.
 */
import { fromRows, type Dataset } from './dataset';
import { mulberry32, normal, uniform, type Random } from './prng';

export type SyntheticKind = 'spiral' | 'circles' | 'xor' | 'gaussian';

interface Point {
  x: number;
  y: number;
  label: number;
}

function spiral(size: number, noise: number, random: Random): Point[] {
  const points: Point[] = [];
  const perClass = Math.floor(size / 2);
  for (const label of [0, 1]) {
    const count = label === 0 ? perClass : size - perClass;
    for (let i = 0; i < count; i++) {
      const r = i / count;
      const t = 1.75 * r * 2 * Math.PI + label * Math.PI;
      points.push({
        x: r * Math.sin(t) + uniform(random, -1, 1) * noise,
        y: r * Math.cos(t) + uniform(random, -1, 1) * noise,
        label,
      });
    }
  }
  return points;
}

function circles(size: number, noise: number, random: Random): Point[] {
  const points: Point[] = [];
  const half = Math.floor(size / 2);
  for (let i = 0; i < size; i++) {
    const inner = i < half;
    const r = inner ? uniform(random, 0, 0.5) : uniform(random, 0.7, 1);
    const angle = uniform(random, 0, 2 * Math.PI);
    const x = r * Math.sin(angle) + uniform(random, -1, 1) * noise;
    const y = r * Math.cos(angle) + uniform(random, -1, 1) * noise;
    points.push({ x, y, label: inner ? 1 : 0 });
  }
  return points;
}

function xor(size: number, noise: number, random: Random): Point[] {
  const points: Point[] = [];
  const padding = 0.05;
  for (let i = 0; i < size; i++) {
    let x = uniform(random, -1, 1);
    x += x > 0 ? padding : -padding;
    let y = uniform(random, -1, 1);
    y += y > 0 ? padding : -padding;
    const label = x * y >= 0 ? 1 : 0;
    points.push({ x: x + uniform(random, -1, 1) * noise, y: y + uniform(random, -1, 1) * noise, label });
  }
  return points;
}

function gaussian(size: number, noise: number, random: Random): Point[] {
  const points: Point[] = [];
  const spread = 0.1 + noise * 0.4;
  const half = Math.floor(size / 2);
  for (let i = 0; i < size; i++) {
    const label = i < half ? 1 : 0;
    const centre = label === 1 ? 0.4 : -0.4;
    points.push({ x: centre + normal(random) * spread, y: centre + normal(random) * spread, label });
  }
  return points;
}

const GENERATORS: Record<SyntheticKind, (size: number, noise: number, random: Random) => Point[]> = {
  spiral,
  circles,
  xor,
  gaussian,
};

export function syntheticClassification(kind: SyntheticKind, size: number, noise: number, seed: number): Dataset {
  const points = GENERATORS[kind](size, noise, mulberry32(seed));
  return fromRows(
    { name: kind, task: 'binary', featureNames: ['x1', 'x2'], targetName: 'label', classes: ['0', '1'] },
    points.map((point) => [point.x, point.y]),
    points.map((point) => point.label),
  );
}

/** y = sin(πx) plus gaussian noise of standard deviation `noise`, x uniform in [-1, 1]. */
export function noisySine(size: number, noise: number, seed: number): Dataset {
  const random = mulberry32(seed);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < size; i++) {
    const x = uniform(random, -1, 1);
    xs.push([x]);
    ys.push(Math.sin(Math.PI * x) + normal(random) * noise);
  }
  return fromRows({ name: 'sine', task: 'regression', featureNames: ['x'], targetName: 'y', classes: null }, xs, ys);
}
