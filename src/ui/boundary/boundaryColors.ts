/**
 * The decision boundary's colours, after TensorFlow Playground: two classes
 * on a diverging scale (orange for class 0, through a light grey at 0.5, to
 * blue for class 1); more classes each get a hue, shaded by how sure the
 * model is. Pure, so the page and the tests agree on every pixel.
 */

export type Rgb = readonly [number, number, number];

const ORANGE: Rgb = [245, 147, 34];
const BLUE: Rgb = [8, 119, 189];
const NEUTRAL: Rgb = [232, 234, 235];
const MORE_HUES: readonly Rgb[] = [ORANGE, BLUE, [44, 160, 44], [214, 39, 40], [148, 103, 189], [140, 86, 75], [227, 119, 194], [23, 190, 207]];
/** The heatmap stays lighter than the points drawn on it, as in the Playground. */
const HEATMAP_STRENGTH = 0.7;

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const t = Math.min(Math.max(amount, 0), 1);
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t];
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => 255 * (lightness - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return [channel(0), channel(8), channel(4)];
}

/** The colour of class `index` among `count` classes (points, legend). */
export function classColor(index: number, count: number): Rgb {
  if (count <= MORE_HUES.length) return MORE_HUES[index] ?? NEUTRAL;
  return hslToRgb((index * 360) / count, 0.65, 0.45);
}

export function cssColor([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Two classes: the colour for a probability of class 1, diverging around 0.5. */
export function binaryCellColor(probability: number): Rgb {
  if (!Number.isFinite(probability)) return NEUTRAL;
  const towards = probability >= 0.5 ? BLUE : ORANGE;
  return mix(NEUTRAL, towards, Math.abs(probability - 0.5) * 2 * HEATMAP_STRENGTH);
}

/** More classes: the likeliest class's hue, stronger the surer the model (1/count is not sure at all). */
export function multiclassCellColor(probabilities: ArrayLike<number>, count: number): Rgb {
  let best = 0;
  for (let c = 1; c < count; c++) if ((probabilities[c] ?? -1) > (probabilities[best] ?? -1)) best = c;
  const top = probabilities[best] ?? NaN;
  if (!Number.isFinite(top)) return NEUTRAL;
  const chance = 1 / count;
  return mix(NEUTRAL, classColor(best, count), ((top - chance) / (1 - chance)) * HEATMAP_STRENGTH);
}
