/**
 * `npm run measure:checkpoint-bytes` (skipped in `npm test`): the bytes one ModelCheckpoint
 * save puts into IndexedDB, by part, at epochs 10, 60 and 200 of a run that
 * saves every epoch (`{epoch:03d}`, as `npm run measure:checkpoint-save`).
 * The run trains on tfjs's CPU backend in node; its saves are then written one
 * by one through the worker's sink into fake-indexeddb, whose `put` is
 * watched. Sizes are those of the stored values (strings a byte a character,
 * numbers 8, buffers their length), about what Chromium serialises.
 */
import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { it } from 'vitest';
import { runConfigSchema, type RunConfig } from '../config/runConfig';
import { PRESETS } from '../config/presets';
import { openCheckpointStore } from '../storage';
import { freshIdb } from '../storage/checkpointTestKit';
import { MemoryCheckpointSink } from './checkpointSink';
import { IndexedDbCheckpointSink } from './indexedDbCheckpointSink';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { train } from './trainer';

const EPOCHS = 200;
const REPORTED_EPOCHS = [10, 60, 200];

function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return 8;
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + sizeOf(item), 2);
  if (typeof value === 'object') return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + sizeOf(item), 2);
  return 0;
}

/** Bytes by part name: `payload.weightData`, `checkpoint.config`, ... and `<kind>.key` for the keys. */
type Parts = Map<string, number>;

function watchPuts(): { take: () => Parts } {
  let parts: Parts = new Map();
  const add = (part: string, bytes: number) => parts.set(part, (parts.get(part) ?? 0) + bytes);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const kind = Array.isArray(key) && typeof key[0] === 'string' ? key[0] : 'other';
    add(`${kind}.key`, sizeOf(key));
    if (typeof value === 'object' && value !== null && !(value instanceof ArrayBuffer)) {
      for (const [field, item] of Object.entries(value)) add(`${kind}.${field}`, field.length + sizeOf(item));
    } else {
      add(`${kind}.value`, sizeOf(value));
    }
    return put.call(this, value, key);
  };
  return {
    take: () => {
      const taken = parts;
      parts = new Map();
      return taken;
    },
  };
}

async function savesOf(config: RunConfig): Promise<MemoryCheckpointSink['saved']> {
  const prepared = prepareRun(config);
  const sink = new MemoryCheckpointSink();
  await train({ config, ...prepared, sink, control: new RunControl(), listener: {} });
  prepared.compiled.model.dispose();
  return sink.saved;
}

async function measure(title: string, config: RunConfig): Promise<void> {
  const saves = await savesOf(config);
  const store = await openCheckpointStore({ idb: freshIdb() });
  const sink = new IndexedDbCheckpointSink({ store: () => Promise.resolve(store), runId: crypto.randomUUID(), config, report: () => undefined, minWriteGapMs: 0 });
  const puts = watchPuts();
  const rows: { epoch: number; parts: Parts }[] = [];
  for (const save of saves) {
    await sink.save(save);
    const parts = puts.take();
    const epoch = save.request.epoch + 1;
    if (REPORTED_EPOCHS.includes(epoch)) rows.push({ epoch, parts });
  }
  console.log(`\n${title}: ${saves.length} saves`);
  const names = [...new Set(rows.flatMap(({ parts }) => [...parts.keys()]))].sort();
  console.log(['part'.padEnd(28), ...rows.map(({ epoch }) => `epoch ${epoch}`.padStart(10))].join(''));
  for (const name of names) console.log([name.padEnd(28), ...rows.map(({ parts }) => String(parts.get(name) ?? 0).padStart(10))].join(''));
  const total = (parts: Parts) => [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(['total'.padEnd(28), ...rows.map(({ parts }) => String(total(parts)).padStart(10))].join(''));
}

function everyEpoch(raw: Record<string, unknown>): RunConfig {
  const base = runConfigSchema.parse(raw);
  const checkpoint = { type: 'ModelCheckpoint', params: { filepath: 'time-{epoch:03d}.keras' } };
  const others = base.callbacks.filter((callback) => callback.type !== 'ModelCheckpoint');
  return runConfigSchema.parse({ ...raw, fit: { ...base.fit, epochs: EPOCHS }, callbacks: [...others, checkpoint] });
}

it.skipIf(!process.env['PLATEAU_MEASURE'])('bytes per checkpoint save, by part', async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  const fullStack = PRESETS.find((preset) => preset.id === 'full-stack');
  await measure("the measure spec's run (default config, ModelCheckpoint every epoch)", everyEpoch({ fit: { batchSize: 32, validationSplit: 0.2, seed: 42 } }));
  if (fullStack) {
    const stack = { ...fullStack.config, callbacks: (fullStack.config.callbacks ?? []).filter((callback) => callback.type !== 'EarlyStopping') };
    await measure('the full-stack lesson (without EarlyStopping, so it runs 200 epochs), saving every epoch', everyEpoch(stack));
  }
}, 600_000);
