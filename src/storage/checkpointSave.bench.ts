/**
 * `npx vitest bench --run src/storage`: one save of the default 2→16→16→1
 * model in fake-indexeddb. Node's fake IndexedDB is not the browser's, so
 * this guards against regressions only; `npm run bench` measures the real
 * figure (checkpointSaveMs) in Chromium.
 */
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, sampleInput } from './checkpointTestKit';

const store = await openCheckpointStore({ idb: freshIdb() });
const input = sampleInput();
let epoch = 0;

describe('checkpoint save, default model', () => {
  bench('save, overwriting the best (saveBestOnly)', async () => {
    epoch += 1;
    await store.saveCheckpoint({ ...input, epoch });
  });

  bench('save under a new name each epoch', async () => {
    epoch += 1;
    await store.saveCheckpoint({ ...input, name: `model-${epoch}.keras`, epoch });
  });

  bench('load', async () => {
    await store.loadCheckpoint('run-a/best.keras');
  });
});
