/**
 * The MNIST digits as Plateau ships them: one binary asset made at build
 * time from the `mnist` package (scripts/mnistAssetPlugin.ts), gzip-
 * compressed, fetched by the worker only when a run trains on digits.
 *
 * Layout before compression (all one byte per value, counts little-endian):
 *   "PMN1"  magic and format version (4 bytes)
 *   rows, cols  image height and width (1 byte each), then 2 bytes of zero
 *   count   number of images (uint32)
 *   labels  count bytes, 0–9
 *   pixels  count × rows × cols bytes, 0 (paper) to 255 (ink), row-major
 * The images come in a seeded shuffled order, so any prefix (the 1,000 or
 * 2,000 of a smaller lesson) holds every digit in about equal shares.
 */
import { DatasetError } from '../datasetError';

export interface DigitImages {
  rows: number;
  cols: number;
  count: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

const MAGIC = [0x50, 0x4d, 0x4e, 0x31]; // "PMN1"
const HEADER_BYTES = 12;

export function encodeDigits(images: DigitImages): Uint8Array {
  const size = images.rows * images.cols;
  if (images.labels.length !== images.count || images.pixels.length !== images.count * size) {
    throw new Error(`expected ${images.count} labels and ${images.count * size} pixels, got ${images.labels.length} and ${images.pixels.length}`);
  }
  const bytes = new Uint8Array(HEADER_BYTES + images.count * (1 + size));
  bytes.set(MAGIC, 0);
  bytes[4] = images.rows;
  bytes[5] = images.cols;
  new DataView(bytes.buffer).setUint32(8, images.count, true);
  bytes.set(images.labels, HEADER_BYTES);
  bytes.set(images.pixels, HEADER_BYTES + images.count);
  return bytes;
}

/** Reads the asset's bytes (after decompression); the result views `bytes`, without a copy. */
export function decodeDigits(bytes: Uint8Array): DigitImages {
  if (bytes.length < HEADER_BYTES || MAGIC.some((byte, index) => bytes[index] !== byte)) {
    throw new DatasetError('the MNIST asset is damaged: it does not start with PMN1');
  }
  const rows = bytes[4] as number;
  const cols = bytes[5] as number;
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const expected = HEADER_BYTES + count * (1 + rows * cols);
  if (bytes.length !== expected) throw new DatasetError(`the MNIST asset is damaged: ${bytes.length} bytes, expected ${expected}`);
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  if (labels.some((label) => label > 9)) throw new DatasetError('the MNIST asset is damaged: a label is not a digit');
  return { rows, cols, count, labels, pixels: bytes.subarray(HEADER_BYTES + count) };
}

/** Decompresses a gzip stream's bytes (DecompressionStream: browsers and node 18+). */
export async function gunzip(compressed: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
