/**
 * Values the page wants now and then (the decision-boundary grid) wait on
 * the device for the loop's next read and ride in it, so that they cost the
 * loop no read of their own: at most one read a batch (DESIGN.md §3). A read
 * waits for the device to finish, which on a GPU stalls its queue.
 */
import * as tf from '@tensorflow/tfjs';

interface Rider {
  tensor: tf.Tensor;
  resolve: (values: Float32Array) => void;
  reject: (error: unknown) => void;
}

export class RideAlongReads {
  private riders: Rider[] = [];

  /** Resolves with `tensor`'s values (float32) at the next read; owns and disposes `tensor`. */
  ride(tensor: tf.Tensor): Promise<Float32Array> {
    return new Promise((resolve, reject) => this.riders.push({ tensor, resolve, reject }));
  }

  /** Reads `tensor` (float32, 1-D) together with every waiting rider, in one read; returns `tensor`'s values. */
  async read(tensor: tf.Tensor1D): Promise<Float32Array> {
    const riders = this.riders.splice(0);
    if (riders.length === 0) return (await tensor.data()) as Float32Array;
    const packed = tf.tidy(() => tf.concat([tensor, ...riders.map((rider) => tf.reshape<tf.Rank.R1>(rider.tensor, [-1]))]));
    try {
      const values = (await packed.data()) as Float32Array;
      let offset = tensor.size;
      for (const rider of riders) {
        rider.resolve(values.slice(offset, offset + rider.tensor.size));
        offset += rider.tensor.size;
      }
      return values.subarray(0, tensor.size);
    } catch (error) {
      for (const rider of riders) rider.reject(error);
      throw error;
    } finally {
      packed.dispose();
      tf.dispose(riders.map((rider) => rider.tensor));
    }
  }

  /** Reads the waiting riders on their own (the run has no read left to share). */
  async flush(): Promise<void> {
    if (this.riders.length === 0) return;
    const empty = tf.zeros<tf.Rank.R1>([0]);
    try {
      await this.read(empty);
    } finally {
      empty.dispose();
    }
  }
}
