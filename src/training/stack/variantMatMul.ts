/**
 * The stacked model's per-variant matmul, `[K, m, k] @ [K, k, n]`, with
 * the leading axis of `a` allowed to be 1 (rows shared by every variant).
 *
 * Why not just `tf.matMul` on wasm: tfjs-backend-wasm 4.22 runs XNNPACK's
 * SIMD kernel only when both batch sizes are 1, and a scalar triple loop
 * otherwise (`batch_mat_mul_impl.cc`), about five times slower for the
 * stacked MLP's `[16, 32, 32]` products; those products were 40 % of a
 * 16-variant epoch. Here each variant's product is one XNNPACK call on a
 * view of its slice: its heap offset registered under a fresh id, as the
 * backend registers its own tensors, and unregistered after the call. The
 * gradient is two more such products on transposed operands. Every other
 * backend (the cpu backend, where stacked runs are bit-exact against solo
 * ones) keeps `tf.matMul`.
 */
import * as tf from '@tensorflow/tfjs';

/** The parts of tfjs-backend-wasm's `BackendWasm` this file uses (pinned tfjs 4.22.0). */
interface WasmBackendInternals {
  dataIdMap: { get(dataId: object): { memoryOffset: number } };
  dataIdNextNumber: number;
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  wasm: {
    cwrap(name: string, returns: null, args: readonly string[]): (...args: (number | Uint8Array | boolean)[]) => void;
    tfjs: { registerTensor(id: number, size: number, memoryOffset: number): void; disposeData(id: number): void };
  };
}

const F32_BYTES = 4;
let batchMatMulOf: { backend: WasmBackendInternals; call: (...args: (number | Uint8Array | boolean)[]) => void } | null = null;

function wasmBatchMatMul(backend: WasmBackendInternals): (...args: (number | Uint8Array | boolean)[]) => void {
  if (batchMatMulOf?.backend !== backend) {
    // The signature the backend's own BatchMatMul kernel wraps: ids, shapes as bytes, ranks, transposes, output id.
    const call = backend.wasm.cwrap('BatchMatMul', null, ['number', 'array', 'number', 'number', 'array', 'number', 'number', 'number', 'number']);
    batchMatMulOf = { backend, call };
  }
  return batchMatMulOf.call;
}

const shapeBytes = (shape: readonly number[]): Uint8Array => new Uint8Array(new Int32Array(shape).buffer);

/** `a @ b` per variant on the wasm backend, one XNNPACK call per variant. */
function perVariantProduct(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  const backend = tf.backend() as unknown as WasmBackendInternals;
  const call = wasmBatchMatMul(backend);
  const [aVariants, m, inner] = a.shape;
  const [variants, , n] = b.shape;
  const out = backend.makeOutput([variants, m, n], 'float32');
  const offsets = [a, b, out].map((tensor) => backend.dataIdMap.get(tensor.dataId).memoryOffset) as [number, number, number];
  const sizes = [m * inner, inner * n, m * n] as const;
  const aShape = shapeBytes([1, m, inner]);
  const bShape = shapeBytes([1, inner, n]);
  for (let variant = 0; variant < variants; variant++) {
    const ids = sizes.map(() => backend.dataIdNextNumber++) as [number, number, number];
    backend.wasm.tfjs.registerTensor(ids[0], sizes[0], offsets[0] + (aVariants === 1 ? 0 : variant * sizes[0] * F32_BYTES));
    backend.wasm.tfjs.registerTensor(ids[1], sizes[1], offsets[1] + variant * sizes[1] * F32_BYTES);
    backend.wasm.tfjs.registerTensor(ids[2], sizes[2], offsets[2] + variant * sizes[2] * F32_BYTES);
    call(ids[0], aShape, 3, ids[1], bShape, 3, false, false, ids[2]);
    // Unregistering a view frees nothing (the memory is its tensor's) and drops the XNNPACK operator cached on it.
    for (const id of ids) backend.wasm.tfjs.disposeData(id);
  }
  return tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor3D;
}

const swapLastAxes = (tensor: tf.Tensor3D): tf.Tensor3D => tf.transpose(tensor, [0, 2, 1]);

const wasmVariantMatMul = tf.customGrad((a, b, save) => {
  const [left, right] = [a as tf.Tensor3D, b as tf.Tensor3D];
  (save as tf.GradSaveFunc)([left, right]);
  return {
    value: perVariantProduct(left, right),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [savedA, savedB] = saved as [tf.Tensor3D, tf.Tensor3D];
      const gradient = dy as tf.Tensor3D;
      const dA = perVariantProduct(gradient, swapLastAxes(savedB));
      // Rows shared by every variant get the sum of the variants' gradients.
      return [savedA.shape[0] === 1 && gradient.shape[0] !== 1 ? tf.sum(dA, 0, true) : dA, perVariantProduct(swapLastAxes(savedA), gradient)];
    },
  };
});

export function variantMatMul(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  if (tf.getBackend() !== 'wasm' || a.dtype !== 'float32' || b.dtype !== 'float32') return tf.matMul(a, b);
  return wasmVariantMatMul(a, b);
}
