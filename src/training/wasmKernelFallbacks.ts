/**
 * A kernel tfjs's wasm backend (4.22) lacks: without `Conv2DBackpropFilter`
 * no Conv2D trains on wasm ("Kernel 'Conv2DBackpropFilter' not registered
 * for backend 'wasm'"). It is written here with wasm's own kernels, so it
 * runs in XNNPACK as the rest of the step does: the filter's gradient is a
 * convolution of the (padded) input, batch and channels swapped, with the
 * output gradient as its filter, dilated by the forward pass's strides:
 *
 *   dW[kh, kw, ci, co] = Σ_{n, oh, ow} x[n, oh·s + kh − pad, ow·s + kw − pad, ci] · dy[n, oh, ow, co]
 *
 * tfjs-backend-cpu's kernel computes the same sum with plain loops (the test compares them).
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmSlice } from './wasmSlice';

type Info = tf.TensorInfo;

interface FilterGradAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
}

function run(backend: BackendWasm, kernelName: string, inputs: Record<string, Info>, attrs: object): Info {
  const kernel = tf.getKernel(kernelName, 'wasm');
  if (!kernel) throw new Error(`the wasm backend has no ${kernelName} kernel`);
  return kernel.kernelFunc({ inputs, attrs: attrs as tf.NamedAttrMap, backend }) as Info;
}

function conv2dBackpropFilter(x: Info, dy: Info, attrs: FilterGradAttrs, backend: BackendWasm): Info {
  if (attrs.dataFormat !== 'NHWC') throw new Error('Conv2DBackpropFilter on wasm: only NHWC (channels last) is supported');
  const strides = typeof attrs.strides === 'number' ? [attrs.strides, attrs.strides] : attrs.strides;
  const info = tf.backend_util.computeConv2DInfo(x.shape as [number, number, number, number], attrs.filterShape, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
  const [kh, kw, ci, co] = attrs.filterShape;
  const { top, bottom, left, right } = info.padInfo;
  const temporary: Info[] = [];
  const keep = (made: Info) => {
    temporary.push(made);
    return made;
  };
  try {
    const padded = top + bottom + left + right > 0 ? keep(run(backend, 'PadV2', { x }, { paddings: [[0, 0], [top, bottom], [left, right], [0, 0]], constantValue: 0 })) : x;
    const input = keep(run(backend, 'Transpose', { x: padded }, { perm: [3, 1, 2, 0] }));
    const filter = keep(run(backend, 'Transpose', { x: dy }, { perm: [1, 2, 0, 3] }));
    let grad = keep(run(backend, 'Conv2D', { x: input, filter }, { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: strides, dimRoundingMode: undefined }));
    // Rows and columns past the kernel (when the stride does not divide the padded size) belong to no weight.
    if (grad.shape[1] !== kh || grad.shape[2] !== kw) grad = keep(run(backend, 'Slice', { x: grad }, { begin: [0, 0, 0, 0], size: [ci, kh, kw, co] }));
    return run(backend, 'Transpose', { x: grad }, { perm: [1, 2, 0, 3] });
  } finally {
    for (const made of temporary) backend.disposeData(made.dataId);
  }
}

/** Registers the missing kernel, and the slice that copies only what it returns (wasmSlice.ts), once; a later call does nothing. */
export function registerWasmFallbacks(): void {
  registerWasmSlice();
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { x, dy } = inputs as { x: Info; dy: Info };
      return conv2dBackpropFilter(x, dy, attrs as unknown as FilterGradAttrs, backend as BackendWasm);
    },
  });
}
