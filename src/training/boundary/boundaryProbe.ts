/**
 * Predicts the decision-boundary grid between epochs, at most every
 * `intervalMs` (a fast model trains many epochs in that time; the page could
 * not show more frames anyway), and once more at the end of the run so the
 * last picture shows the final weights (after EarlyStopping restored any).
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

  async afterEpoch(epoch: number, predict: Predictor): Promise<void> {
    if (this.now() - this.lastAt < this.intervalMs) return;
    await this.probe(epoch, predict);
  }

  async afterTrain(lastEpoch: number, predict: Predictor): Promise<void> {
    await this.probe(lastEpoch, predict);
  }

  private async probe(epoch: number, predict: Predictor): Promise<void> {
    this.lastAt = this.now();
    this.report({ epoch, values: await predict(this.inputs, this.rows) });
  }
}
