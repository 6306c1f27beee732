import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../config/runConfig';
import { exportKerasPython } from './kerasPython';
import { LR_COACH_PYTHON } from './kerasLrCoach';

const hasPython = spawnSync('python3', ['-c', 'import numpy']).status === 0;

/** The class with a stand-in Callback and model, driven through 20 epochs of a falling val_loss. */
const DRIVER = `
import json, types
import numpy as np
callbacks = types.SimpleNamespace(Callback=type("Callback", (), {"__init__": lambda self: None}))
${LR_COACH_PYTHON.join('\n')}
rates = []
for run in range(2):
    coach = LRCoach(seed=run, verbose=0, task_kind="binary")
    coach.model = types.SimpleNamespace(optimizer=types.SimpleNamespace(learning_rate=0.01))
    coach.params = {"epochs": 20, "steps": 10}
    coach.on_train_begin()
    for epoch in range(20):
        coach.on_epoch_begin(epoch)
        coach.on_epoch_end(epoch, {"loss": 0.9 / (1 + 0.1 * epoch), "val_loss": 1 / (1 + 0.1 * epoch)})
        rates.append(float(coach.model.optimizer.learning_rate))
    coach.on_train_end()
print(json.dumps({"rates": rates, "remembered": sorted(LRCoach.memory["binary"].keys()), "n": sum(m["n"] for m in LRCoach.memory["binary"].values())}))
`;

describe('LRCoach in the Keras export', () => {
  it.skipIf(!hasPython)('runs as a Keras 3 Callback with the same rule, and remembers in its class variable', () => {
    const result = spawnSync('python3', ['-c', DRIVER], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { rates, remembered, n } = JSON.parse(result.stdout) as { rates: number[]; remembered: number[]; n: number };
    expect(rates.length).toBe(40);
    for (const rate of rates) {
      expect(rate).toBeGreaterThanOrEqual(0.001 - 1e-9);
      expect(rate).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    expect(remembered).toEqual([0.5, 0.8, 1, 1.25, 2]);
    // The second run learned on top of the first: 17 judged decisions each.
    expect(n).toBe(34);
  });

  it('writes the class once and calls it with its parameters', () => {
    const parsed = parseRunConfig({ callbacks: [{ type: 'LRCoach', params: { horizon: 2, actions: [0.5, 1, 2] } }, { type: 'LRCoach', params: {} }] });
    if (!parsed.ok) throw new Error('config');
    const script = exportKerasPython(parsed.value);
    expect(script.match(/^class LRCoach\(callbacks\.Callback\):/gm)?.length).toBe(1);
    expect(script).toContain('LRCoach(actions=[0.5, 1.0, 2.0], horizon=2)');
    expect(script).not.toContain('callbacks.LRCoach');
  });
});
