import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';
import { pasteRunConfig } from './runConfigField';

/** The default run with a few overrides, as the panel's JSON field takes it. */
function runConfig(overrides: { dataset?: object; fit?: object; callbacks?: object[] } = {}): string {
  return JSON.stringify({
    dataset: overrides.dataset ?? { kind: 'spiral', size: 500, noise: 0.1 },
    fit: { epochs: 50, batchSize: 32, validationSplit: 0.2, seed: 42, ...overrides.fit },
    callbacks: overrides.callbacks ?? [],
  });
}

async function train(page: Page, config: string): Promise<void> {
  await pasteRunConfig(page, config);
  await page.getByRole('button', { name: 'Train' }).click();
}

function epochOf(text: string | null): number {
  return Number(/^(\d+) \//.exec(text ?? '')?.[1] ?? 0);
}

test('a run trains in the worker on wasm: epochs advance with loss, learning rate and backend', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  // Long enough that Pause lands mid-run even on a fast machine.
  await train(page, runConfig({ fit: { epochs: 150 } }));

  await expect(page.getByTestId('run-backend')).toContainText('wasm, forced');
  await expect
    .poll(async () => epochOf(await page.getByTestId('run-epoch').textContent()), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  const early = epochOf(await page.getByTestId('run-epoch').textContent());

  // The page stays usable while the worker trains: it takes a Pause and a Resume mid-run.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('run-status')).not.toHaveText('paused');

  await expect(page.getByTestId('run-summary')).toContainText('Finished: 150 epochs', { timeout: 120_000 });
  expect(epochOf(await page.getByTestId('run-epoch').textContent())).toBeGreaterThan(early);
  expect(Number(await page.getByTestId('run-loss').textContent())).toBeLessThan(0.7);
  expect(Number(await page.getByTestId('run-val-loss').textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('run-lr')).toHaveText('0.01000');
  // The final model, scored once on the 100 rows (a fifth of 500) held out of training and validation.
  await expect(page.getByTestId('run-test')).toHaveText(/^Held-out test set: test loss \d\.\d{4} · test accuracy \d\.\d{4} \(100 samples\)$/);
  await expect(page.getByTestId('run-log')).toContainText(/evaluateHeld-out test set: test loss \d\.\d{4} · test accuracy \d\.\d{4} \(100 samples\)/);
  // No tensor leaks: the worker holds as many tensors after epoch 150 as after epoch 5.
  const [latest, fifth] = (/^(\d+) \(after epoch 5: (\d+)\)$/.exec((await page.getByTestId('run-tensors').textContent()) ?? '') ?? []).slice(1);
  expect(latest).toBeDefined();
  expect(latest).toBe(fifth);
  expect(errors).toEqual([]);
});

test('auto times the backends on the model, takes the fastest, says why in one line, and measures once', async ({ page }) => {
  await page.goto('/');
  await train(page, runConfig({ fit: { epochs: 2 } }));
  const backend = page.getByTestId('run-backend');
  // Which of wasm and cpu wins is the machine's call; the line names the winner first with its time.
  await expect(backend.locator('summary')).toHaveText(/^(wasm|cpu): [\d.]+ m?s an epoch; (wasm|cpu) [\d.]+ m?s$/);
  await backend.locator('summary').click();
  // The software adapters are not timed, and the details say so.
  await expect(backend).toContainText('webgpu not timed: software adapter');
  await expect(backend).toContainText('webgl not timed: software adapter');
  await expect(backend).toContainText('measured now on a few batches of this model');
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 30_000 });

  // A new page (a new worker) finds the timings cached for this model and device.
  await page.reload();
  await train(page, runConfig({ fit: { epochs: 2 } }));
  await backend.locator('summary').click();
  await expect(backend).toContainText('measured earlier on this model and device');
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 30_000 });
});

test('?backend=cpu trains and is shown', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await train(page, runConfig({ fit: { epochs: 5 } }));
  await expect(page.getByTestId('run-backend')).toContainText('cpu, forced');
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 5 epochs', { timeout: 30_000 });
  await expect(page.getByTestId('run-epoch')).toHaveText('5 / 5');
});

test('?backend=webgpu trains on the software adapter', async ({ page }) => {
  await page.goto('/?backend=webgpu');
  await train(page, runConfig({ dataset: { kind: 'xor', size: 40, noise: 0 }, fit: { epochs: 2, batchSize: 16 } }));
  await expect(page.getByTestId('run-backend')).toContainText('webgpu, forced', { timeout: 30_000 });
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 50_000 });
  expect(Number(await page.getByTestId('run-loss').textContent())).toBeGreaterThan(0);
});

test('a custom callback that throws is reported with its line, and the page trains again', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const source = [
    'class Boom extends Callback {',
    '  onEpochEnd(epoch, logs) {',
    '    if (epoch === 1) {',
    "      throw new Error('boom at the second epoch');",
    '    }',
    '  }',
    '}',
  ].join('\n');
  await train(page, runConfig({ fit: { epochs: 10 }, callbacks: [{ type: 'CustomCallback', params: { source } }] }));
  const error = page.getByTestId('run-error');
  await expect(error).toContainText('boom at the second epoch');
  await expect(error).toContainText('line 4');
  await expect(error).toContainText('epoch 2');

  await train(page, runConfig({ fit: { epochs: 3 } }));
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 30_000 });
  await expect(page.getByTestId('run-error')).toHaveCount(0);
});

test('a loop that never ends is stopped at its line, and the page trains again', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?backend=wasm');
  const source = 'class Spin extends Callback {\n  onEpochEnd(epoch) {\n    if (epoch === 1) while (true) {}\n  }\n}';
  await train(page, runConfig({ fit: { epochs: 10 }, callbacks: [{ type: 'CustomCallback', params: { source } }] }));
  await expect(page.getByTestId('run-error')).toContainText('this loop ran for more than 5 s in one call', { timeout: 30_000 });
  await expect(page.getByTestId('run-error')).toContainText('line 3');
  await train(page, runConfig({ fit: { epochs: 2 } }));
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 30_000 });
});

test('a callback stuck where no loop guard reaches is cut off: the worker is replaced and the page says so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?backend=wasm');
  // Catastrophic backtracking: one built-in call that does not return for a very long time.
  const source = "class Stuck extends Callback {\n  onEpochEnd(epoch) {\n    if (epoch === 1) /^(a+)+$/.test('a'.repeat(40) + 'b');\n  }\n}";
  await train(page, runConfig({ fit: { epochs: 10 }, callbacks: [{ type: 'CustomCallback', params: { source } }] }));
  await expect(page.getByTestId('run-error')).toContainText('did not respond', { timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toHaveText('failed');

  await train(page, runConfig({ fit: { epochs: 2 } }));
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 30_000 });
});

test('after 250 epochs in one worker the page starts a fresh one between runs, and the next run trains in it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const trainingWorkers: string[] = [];
  page.on('worker', (worker) => {
    if (/training\.worker/.test(worker.url())) trainingWorkers.push(worker.url());
  });
  await page.goto('/?backend=wasm');
  await train(page, runConfig({ fit: { epochs: 260 } }));
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 260 epochs', { timeout: 150_000 });
  // Its successor starts as the run ends, so loading tfjs does not hold up the next run.
  await expect.poll(() => trainingWorkers.length).toBe(2);

  await train(page, runConfig({ fit: { epochs: 3 } }));
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 30_000 });
  await expect(page.getByTestId('run-backend')).toContainText('wasm');
  expect(trainingWorkers).toHaveLength(2);
  expect(errors).toEqual([]);
});
