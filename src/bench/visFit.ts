/**
 * What users do today: the same model and data trained on the main thread
 * with tfjs-vis's `fitCallbacks` drawing loss and accuracy live, as its
 * docs show (rendered into a container div rather than the visor).
 */
import type { Tensor2D } from '@tensorflow/tfjs';
import type { BackendName } from '../training/protocol';

export interface VisFit {
  seconds: number;
  epochs: number;
}

export async function visFit(rawConfig: unknown, backend: BackendName, container: HTMLElement): Promise<VisFit> {
  const [tf, tfvis, { parseRunConfig }, { prepareRun }, { browserBackendEnvironment }, { tfjsOptimizer }] = await Promise.all([
    import('@tensorflow/tfjs'),
    import('@tensorflow/tfjs-vis'),
    import('../config/runConfig'),
    import('../training/prepareRun'),
    import('../training/backendEnvironment'),
    import('./tfjsOptimizer'),
  ]);
  if (tf.getBackend() !== backend) {
    const failure = await browserBackendEnvironment.initialize(backend);
    if (failure !== null) throw new Error(`main-thread ${backend}: ${failure}`);
  }
  const parsed = parseRunConfig(rawConfig);
  if (!parsed.ok) throw new Error(`invalid bench config: ${JSON.stringify(parsed.problems)}`);
  const config = parsed.value;
  const { data, compiled } = prepareRun(config);
  const metric = compiled.metric.name;
  const loss = compiled.task === 'binary' ? 'binaryCrossentropy' : compiled.task === 'multiclass' ? 'categoricalCrossentropy' : 'meanSquaredError';
  compiled.model.compile({ optimizer: tfjsOptimizer(config.optimizer), loss, metrics: [metric] });
  const logKey = metric === 'accuracy' ? 'acc' : metric;
  const x = tf.tensor2d(data.train.x, [data.train.rows, data.features]);
  const y = tf.tensor2d(data.train.y, [data.train.rows, data.outputs]);
  const validation: [Tensor2D, Tensor2D] | null = data.validation
    ? [tf.tensor2d(data.validation.x, [data.validation.rows, data.features]), tf.tensor2d(data.validation.y, [data.validation.rows, data.outputs])]
    : null;
  container.replaceChildren();
  const callbacks = tfvis.show.fitCallbacks(container, ['loss', 'val_loss', logKey, `val_${logKey}`]);
  try {
    const started = performance.now();
    const history = await compiled.model.fit(x, y, {
      epochs: config.fit.epochs,
      batchSize: config.fit.batchSize,
      shuffle: true,
      callbacks,
      ...(validation ? { validationData: validation } : {}),
    });
    return { seconds: (performance.now() - started) / 1000, epochs: history.epoch.length };
  } finally {
    tf.dispose([x, y, ...(validation ?? [])]);
    compiled.dispose();
  }
}
