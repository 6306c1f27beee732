import { describe, expect, it } from 'vitest';
import { monitorChoices } from './monitorChoices';

describe('monitor choices', () => {
  it('offers loss and accuracy with their val_ twins for a classification dataset', () => {
    expect(monitorChoices({ kind: 'spiral', size: 500, noise: 0.1 }, 0.2)).toEqual(['val_loss', 'val_accuracy', 'loss', 'accuracy']);
  });

  it('offers mae for a regression dataset', () => {
    expect(monitorChoices({ kind: 'sine', size: 400, noise: 0.1 }, 0.2)).toEqual(['val_loss', 'val_mae', 'loss', 'mae']);
    expect(monitorChoices({ kind: 'wages' }, 0.2)).toContain('val_mae');
  });

  it('drops the val_ twins when nothing is held out', () => {
    expect(monitorChoices({ kind: 'iris' }, 0)).toEqual(['loss', 'accuracy']);
  });

  it('offers both metrics when a CSV task is still to be detected', () => {
    expect(monitorChoices({ kind: 'csv', name: 'a.csv', text: 'x,y\n1,2', target: 'y', task: 'auto' }, 0.2)).toEqual([
      'val_loss', 'val_accuracy', 'val_mae', 'loss', 'accuracy', 'mae',
    ]);
  });
});
