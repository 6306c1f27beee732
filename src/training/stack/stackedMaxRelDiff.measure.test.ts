/**
 * The bench's `stackedMaxRelDiff` (DESIGN.md §3): sixteen variants of the
 * default lesson trained as one stack and each alone, on the cpu backend,
 * and the largest relative difference over every epoch's loss and val_loss.
 * The variants: a learning-rate grid, and variants that stop early, restore
 * their best weights, follow a LearningRateScheduler or a schedule, cut
 * their rate on a plateau, train from another seed, save checkpoints.
 * `PLATEAU_MEASURE=1 PLATEAU_STACK_EPOCHS=20 npx vitest run <this file>`;
 * prints `stackedMaxRelDiff=<x>`.
 */
import { expect, it } from 'vitest';
import { defaultRunConfig, runConfigSchema, type RunConfig } from '../../config/runConfig';
import { MemoryCheckpointSink } from '../checkpointSink';
import { prepareRun } from '../prepareRun';
import { RunControl } from '../runControl';
import { runTraining, useCpuBackend } from '../trainerTestKit';
import { trainStacked } from './stackedTrainer';

function variants(epochs: number): RunConfig[] {
  const base = defaultRunConfig();
  const fit = { ...base.fit, epochs };
  const variant = (optimizer: Record<string, unknown>, callbacks: unknown[] = [], fitChanges: Record<string, unknown> = {}): RunConfig =>
    runConfigSchema.parse({ ...base, optimizer: { ...base.optimizer, ...optimizer }, fit: { ...fit, ...fitChanges }, callbacks });
  const grid = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1].map((learningRate) => variant({ learningRate }));
  return [
    ...grid,
    variant({ learningRate: 0.05 }, [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 1, restoreBestWeights: true } }]),
    variant({ learningRate: 0.02 }, [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => (epoch < 3 ? lr : lr * 0.8)' } }]),
    variant({ learningRate: 0.02, schedule: { kind: 'CosineDecay', params: { initialLearningRate: 0.02, decaySteps: 100, alpha: 0.1 } } }),
    variant({ learningRate: 0.03 }, [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', patience: 1, factor: 0.5 } }]),
    variant({ learningRate: 0.01 }, [], { seed: 7, splitSeed: base.fit.seed }),
    variant({ learningRate: 0.01 }, [], { seed: 8, splitSeed: base.fit.seed }),
    variant({ learningRate: 0.01 }, [{ type: 'ModelCheckpoint', params: { filepath: 'best.keras', saveBestOnly: true } }]),
    variant({ learningRate: 5 }, [{ type: 'TerminateOnNaN', params: {} }]),
    variant({ learningRate: 0.01 }, [{ type: 'EarlyStopping', params: { monitor: 'loss', patience: 0, minDelta: 1 } }]),
  ];
}

it.skipIf(!process.env['PLATEAU_MEASURE'])('stackedMaxRelDiff: 16 variants in one stack against each alone (cpu)', async () => {
  await useCpuBackend();
  const configs = variants(Number(process.env['PLATEAU_STACK_EPOCHS'] ?? 20));
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const started = performance.now();
  const stacked = await trainStacked({ configs, data: prepared.data, sinks: configs.map(() => new MemoryCheckpointSink()), control: new RunControl() });
  const stackedSeconds = (performance.now() - started) / 1000;
  let worst = 0;
  let soloSeconds = 0;
  for (const [index, config] of configs.entries()) {
    const soloStarted = performance.now();
    const solo = await runTraining(config);
    soloSeconds += (performance.now() - soloStarted) / 1000;
    solo.prepared.compiled.dispose();
    const records = stacked[index]?.records ?? [];
    expect(records).toHaveLength(solo.epochs.length);
    records.forEach((record, epoch) => {
      for (const key of ['loss', 'val_loss']) {
        const a = record.logs[key] as number;
        const b = solo.epochs[epoch]?.logs[key] as number;
        if (Number.isNaN(a) && Number.isNaN(b)) continue;
        worst = Math.max(worst, a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), 1e-12));
      }
    });
  }
  console.log(`16 variants: stacked ${stackedSeconds.toFixed(1)} s, alone one after another ${soloSeconds.toFixed(1)} s (cpu, node)`);
  console.log(`stackedMaxRelDiff=${worst}`);
  expect(Number.isFinite(worst)).toBe(true);
});
