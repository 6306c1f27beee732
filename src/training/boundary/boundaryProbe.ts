/**
 * Predicts the decision-boundary grid between epochs, at most every
 * `intervalMs` (a fast model trains many epochs in that time; the page could
 * not show more frames anyway), and once more at the end of the run so the
 * last picture shows the final weights (after EarlyStopping restored any).
 * Between epochs the grid's values arrive with the loop's next read, so the
 * frame is reported a batch later and costs no read of its own.
 */
import type { BoundaryData, BoundaryFrame } from '../boundaryProtocol';
import type { EpochProbe, Predictor } from '../trainer';
import { gridInputs } from './boundaryGrid';

export const BOUNDARY_INTERVAL_MS = 250;

export class BoundaryProbe implements EpochProbe {
  private readonly inputs: Float32Array;
  private readonly rows: number;
  private lastAt = -Infinity;

  constructor(
    data: BoundaryData,
    private readonly report: (frame: BoundaryFrame) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = BOUNDARY_INTERVAL_MS,
  ) {
    this.inputs = gridInputs(data.extent, data.resolution);
    this.rows = data.resolution * data.resolution;
  }

  afterEpoch(epoch: number, predict: Predictor): void {
    if (this.now() - this.lastAt < this.intervalMs) return;
    // A frame whose read failed is dropped: the read's own caller reports the failure.
    this.probe(epoch, predict).catch(() => undefined);
  }

  afterTrain(lastEpoch: number, predict: Predictor): Promise<void> {
    return this.probe(lastEpoch, predict);
  }

  /** Predicts now (a predict hook that throws, throws here); reports once the values are read. */
  private probe(epoch: number, predict: Predictor): Promise<void> {
    this.lastAt = this.now();
    return predict(this.inputs, this.rows).then((values) => this.report({ epoch, values }));
  }
}
