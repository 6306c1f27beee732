/**
 * MNIST digits: the first `size` images of Plateau's MNIST asset (already
 * shuffled, so every digit is there in about equal shares), pixels scaled
 * to 0–1 as the Keras tutorials do (`x / 255`), labels one-hot over 10
 * classes. The asset is fetched once per worker, when a run first asks for
 * digits (`loadDigits`); building the dataset afterwards is synchronous.
 */
import { DatasetError } from '../../data/datasetError';
import { decodeDigits, gunzip, type DigitImages } from '../../data/mnist/mnistAsset';
import { fromFlat, type Dataset } from './dataset';

export interface DigitsLoad {
  /** Compressed bytes fetched, and the milliseconds from the request to decoded images. */
  bytes: number;
  milliseconds: number;
}

let loaded: DigitImages | null = null;
let loading: Promise<DigitsLoad> | null = null;

/** Hands the worker images directly (tests, node). */
export function provideDigits(images: DigitImages): void {
  loaded = images;
}

/** Fetches and decodes the asset once; later calls resolve at once with the first load's figures. */
export function loadDigits(fetchAsset: () => Promise<Uint8Array<ArrayBuffer>>, now: () => number = () => performance.now()): Promise<DigitsLoad> {
  if (loaded && !loading) return Promise.resolve({ bytes: 0, milliseconds: 0 });
  loading ??= (async () => {
    const started = now();
    const compressed = await fetchAsset();
    loaded = decodeDigits(await gunzip(compressed));
    return { bytes: compressed.byteLength, milliseconds: now() - started };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export const MNIST_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export function mnistDataset(size: number): Dataset {
  if (!loaded) throw new DatasetError('the MNIST digits are not loaded yet');
  const { rows, cols, count, labels, pixels } = loaded;
  if (size > count) throw new DatasetError(`the MNIST asset holds ${count} digits, fewer than the ${size} asked for`);
  const width = rows * cols;
  const x = new Float32Array(size * width);
  for (let index = 0; index < x.length; index++) x[index] = (pixels[index] as number) / 255;
  const y = new Float32Array(size * 10);
  for (let row = 0; row < size; row++) y[row * 10 + (labels[row] as number)] = 1;
  return fromFlat(
    {
      name: 'mnist',
      task: 'multiclass',
      featureNames: Array.from({ length: width }, (_, index) => `pixel ${Math.floor(index / cols)},${index % cols}`),
      targetName: 'digit',
      classes: MNIST_CLASSES,
      image: { height: rows, width: cols, channels: 1 },
    },
    x,
    y,
  );
}
