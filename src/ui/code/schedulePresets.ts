/** Ready-made learning-rate schedules for LearningRateScheduler: `(epoch, lr) => newLr`, epoch from 0. */
export interface CodePreset {
  name: string;
  description: string;
  source: string;
}

export const SCHEDULE_PRESETS: readonly CodePreset[] = [
  {
    name: 'Keras docs example',
    description: 'Keep the rate for 10 epochs, then shrink it by e^-0.1 each epoch (the example in the Keras docs).',
    source: '(epoch, lr) => (epoch < 10 ? lr : lr * Math.exp(-0.1))',
  },
  {
    name: 'Step decay',
    description: 'Halve the rate every 10 epochs.',
    source: '(epoch, lr) => (epoch > 0 && epoch % 10 === 0 ? lr * 0.5 : lr)',
  },
  {
    name: 'Exponential decay',
    description: 'Start at 0.01 and decay smoothly: 0.01 · e^(-0.05 · epoch).',
    source: '(epoch, lr) => 0.01 * Math.exp(-0.05 * epoch)',
  },
  {
    name: 'Warm-up',
    description: 'Climb linearly to 0.01 over 5 epochs, then keep the rate.',
    source: ['(epoch, lr) => {', '  const target = 0.01;', '  const warmupEpochs = 5;', '  return epoch < warmupEpochs ? (target * (epoch + 1)) / warmupEpochs : lr;', '}'].join('\n'),
  },
];
