/**
 * tfjs's wasm backend (4.22) copies the whole input out of the wasm heap for
 * every `Slice` (`readSync` of all of `x`, then the few rows wanted): a
 * batch of 32 MNIST rows sliced from 1,200 copied 3.8 MB, and the trainer's
 * batches, validation and predictions all slice. A contiguous slice (whole
 * rows, as every batch is) is copied here straight from the heap, only the
 * rows wanted; any other slice goes to tfjs's own kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

interface SliceAttrs {
  begin: number | number[];
  size?: number | number[];
}

/** The wasm kernel that reads only the rows it returns, in front of `original` for the slices it does not handle. */
export function contiguousSlice(original: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    const { begin, size } = args.attrs as unknown as SliceAttrs;
    const backend = args.backend as BackendWasm;
    if (x.dtype === 'string') return original(args);
    const [start = [], extent = []] = tf.slice_util.parseSliceParams(x, begin, size);
    if (!tf.slice_util.isSliceContinous(x.shape, start, extent)) return original(args);
    // The output first: allocating may grow the heap, which would detach a view taken before.
    const out = backend.makeOutput(extent, x.dtype);
    const offset = tf.slice_util.computeFlatOffset(start, tf.util.computeStrides(x.shape));
    const length = tf.util.sizeFromShape(extent);
    backend.typedArrayFromHeap(out).set(backend.typedArrayFromHeap(x).subarray(offset, offset + length));
    return out;
  };
}

let replaced: tf.KernelFunc | null = null;

/** Puts the contiguous slice in front of wasm's `Slice`, once (before or after the backend starts). */
export function registerWasmSlice(): void {
  const kernel = tf.getKernel('Slice', 'wasm');
  if (!kernel || kernel.kernelFunc === replaced) return;
  const fast = contiguousSlice(kernel.kernelFunc);
  tf.unregisterKernel('Slice', 'wasm');
  tf.registerKernel({ ...kernel, kernelFunc: fast });
  replaced = fast;
}
