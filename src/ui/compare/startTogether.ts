/**
 * Variants of a comparison start training at the same moment: each worker
 * builds its data and model and evaluates its initial loss on its own
 * clock (loading tfjs in four workers at once takes a second or more on a
 * small machine), so without a gate the first one ready trains alone for
 * a while. Each run is paused as it starts; once every variant has begun
 * (its `trainBegin`) or ended without beginning, all are released at once.
 */
export class StartTogether {
  private readonly settled: boolean[];
  private released = false;

  constructor(
    count: number,
    private readonly release: () => void,
  ) {
    this.settled = Array.from({ length: count }, () => false);
  }

  /** Variant `index` is ready to train (or ended, and will never be). */
  settle(index: number): void {
    if (this.released || index < 0 || index >= this.settled.length) return;
    this.settled[index] = true;
    if (this.settled.every(Boolean)) {
      this.released = true;
      this.release();
    }
  }
}
