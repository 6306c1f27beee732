/**
 * The class views of a classification run with validation data: a few
 * validation images (image data only) predicted between epochs, at most
 * every `intervalMs`, and at the end every validation row predicted once
 * for the confusion matrix. As the boundary probe, a frame's values ride
 * on the loop's next read, so it costs no read of its own.
 */
import type { ClassFrame, ClassSamples } from './classesProtocol';
import { classesOf, confusionCounts } from './confusion';
import type { SplitDataset } from './datasets/split';
import type { EpochProbe, Predictor } from './trainer';

export const CLASS_PROBE_INTERVAL_MS = 500;
/** Images in the grid: four rows of eight fit the panel's width. */
export const GRID_SAMPLES = 32;

/** The samples the page is sent before training, or null when the run has no class views (regression, no validation rows). */
export function classSamples(data: SplitDataset, count = GRID_SAMPLES): ClassSamples | null {
  const { dataset, validation, outputs } = data;
  if (dataset.task === 'regression' || !validation || validation.rows === 0 || !dataset.classes) return null;
  const truth = classesOf(validation.y, validation.rows, outputs);
  const image = dataset.image ?? null;
  const shown = image ? Math.min(count, validation.rows) : 0;
  const area = image ? image.height * image.width : 0;
  const pixels = new Uint8Array(shown * area);
  // Grey images only (channels = 1, as MNIST): the first channel of each pixel.
  const channels = image?.channels ?? 1;
  for (let index = 0; index < pixels.length; index++) pixels[index] = Math.round((validation.x[index * channels] as number) * 255);
  return {
    classes: dataset.classes,
    count: shown,
    pixels,
    height: image?.height ?? 0,
    width: image?.width ?? 0,
    labels: truth.slice(0, shown),
    validationRows: validation.rows,
  };
}

export class ClassProbe implements EpochProbe {
  private lastAt = -Infinity;
  private readonly truth: Uint8Array;

  constructor(
    private readonly data: SplitDataset,
    private readonly samples: ClassSamples,
    private readonly report: (frame: ClassFrame) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = CLASS_PROBE_INTERVAL_MS,
  ) {
    const validation = data.validation;
    this.truth = validation ? classesOf(validation.y, validation.rows, data.outputs) : new Uint8Array(0);
  }

  afterEpoch(epoch: number, predict: Predictor): void {
    if (this.samples.count === 0 || this.now() - this.lastAt < this.intervalMs) return;
    this.lastAt = this.now();
    const rows = this.samples.count;
    // A frame whose read failed is dropped: the read's own caller reports the failure.
    predict(this.data.validation?.x.subarray(0, rows * this.data.features) ?? new Float32Array(0), rows)
      .then((values) => this.report({ epoch, predicted: classesOf(values, rows, this.data.outputs), confusion: null }))
      .catch(() => undefined);
  }

  /** Every validation row, with the weights the run ends with. */
  async afterTrain(lastEpoch: number, predict: Predictor): Promise<void> {
    const validation = this.data.validation;
    if (!validation) return;
    const predicted = classesOf(await predict(validation.x, validation.rows), validation.rows, this.data.outputs);
    const confusion = confusionCounts(this.truth, predicted, this.samples.classes.length);
    this.report({ epoch: lastEpoch, predicted: predicted.slice(0, this.samples.count), confusion });
  }
}

/** Several probes as one: each sees every epoch; the run ends when all have. */
export function allProbes(probes: readonly EpochProbe[]): EpochProbe | null {
  if (probes.length === 0) return null;
  if (probes.length === 1) return probes[0] as EpochProbe;
  return {
    afterEpoch: (epoch, predict) => probes.forEach((probe) => probe.afterEpoch(epoch, predict)),
    afterTrain: async (lastEpoch, predict) => void (await Promise.all(probes.map((probe) => probe.afterTrain(lastEpoch, predict)))),
  };
}
