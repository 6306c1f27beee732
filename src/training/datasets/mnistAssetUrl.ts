/** Where the worker fetches the MNIST asset: a file Vite serves or emits (scripts/mnistAssetPlugin.ts), never inlined in a chunk. */
import url from '../../data/mnist/generated/mnist-digits.bin?url';

export async function fetchMnistAsset(): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the MNIST digits could not be loaded (${response.status} ${response.statusText} for ${url})`);
  return new Uint8Array(await response.arrayBuffer());
}
