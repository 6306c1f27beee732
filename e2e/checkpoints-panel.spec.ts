import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

/** The default run (2→16→16→1 on spiral) with a ModelCheckpoint, as the JSON field takes it. */
function runConfig(epochs: number, checkpoint: object): string {
  return JSON.stringify({
    dataset: { kind: 'spiral', size: 500, noise: 0.1 },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 },
    callbacks: [{ type: 'ModelCheckpoint', params: checkpoint }],
  });
}

async function train(page: Page, config: string): Promise<void> {
  await page.getByLabel('Run config').fill(config);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
}

const entries = (page: Page) => page.getByTestId('checkpoint-entry');

test('ModelCheckpoint(saveBestOnly): the entry appears, survives a reload, restores to its metric and downloads as files tfjs loads', async ({ page }) => {
  const errors = collectErrors(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?backend=wasm');
  await expect(page.getByTestId('checkpoint-empty')).toBeVisible();
  await train(page, runConfig(30, { filepath: 'best.keras', monitor: 'val_loss', saveBestOnly: true }));

  await expect(entries(page)).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 30 epochs', { timeout: 30_000 });
  const entry = entries(page).first();
  await expect(entry).toContainText('best.keras');
  const id = await entry.getAttribute('data-id');
  expect(id).toMatch(/^[0-9a-f-]{36}\/best\.keras$/);
  const valueText = await entry.getByTestId('checkpoint-value').textContent();
  expect(valueText).toMatch(/^val_loss 0\.\d{5}$/);
  await expect(page.getByTestId('checkpoint-usage')).toContainText(/Browser storage: .* of .* used/);

  await page.reload();
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toHaveAttribute('data-id', id ?? '');
  await expect(entries(page).first().getByTestId('checkpoint-value')).toHaveText(valueText ?? '');

  await entries(page).first().getByRole('button', { name: 'Restore' }).click();
  const restored = page.getByTestId('checkpoint-restore-result');
  await expect(restored).toHaveAttribute('data-evaluated', /\d/, { timeout: 30_000 });
  const evaluated = Number(await restored.getAttribute('data-evaluated'));
  const stored = Number(await restored.getAttribute('data-stored'));
  expect(evaluated).toBe(stored);
  expect(valueText).toBe(`val_loss ${stored.toFixed(5)}`);
  await expect(restored).toContainText('val_accuracy');

  const downloads: { name: string; path: string }[] = [];
  page.on('download', (download) => {
    void download.path().then((path) => downloads.push({ name: download.suggestedFilename(), path }));
  });
  await entries(page).first().getByRole('button', { name: 'Download tfjs model.json + model.weights.bin' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const files = new Map(downloads.map(({ name, path }) => [name, path]));
  const modelJson = JSON.parse(await readFile(files.get('model.json') ?? '', 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  };
  expect(modelJson.weightsManifest[0]?.paths).toEqual(['model.weights.bin']);
  const bytes = await readFile(files.get('model.weights.bin') ?? '');
  await tf.setBackend('cpu');
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest[0]?.weights ?? [],
      weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    }),
  );
  expect(model.weights.map((weight) => weight.shape)).toEqual([[2, 16], [16], [16, 16], [16], [16, 1], [1]]);
  const prediction = model.predict(tf.tensor2d([[0.1, -0.2]])) as tf.Tensor;
  expect(prediction.shape).toEqual([1, 1]);
  const [probability] = await prediction.data();
  expect(probability).toBeGreaterThan(0);
  expect(probability).toBeLessThan(1);

  await entries(page).first().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('checkpoint-empty')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a run closed mid-training resumes from its last checkpoint in the main run: counter, charts and run bar carry on', async ({ page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'Delete all checkpoints' }).click({ timeout: 2_000 }).catch(() => undefined);
  await train(page, runConfig(400, { filepath: 'last.keras' }));
  await expect.poll(async () => Number(await entries(page).first().getAttribute('data-epoch')), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  // A run that trains in the page cannot be replaced by a resumed one.
  await expect(entries(page).first().getByRole('button', { name: 'Resume training' })).toBeDisabled();
  await page.close();

  const reopened = await context.newPage();
  const errors = collectErrors(reopened);
  await reopened.goto('/?backend=wasm');
  const entry = entries(reopened).first();
  await expect(entry).toContainText('last.keras');
  const savedEpoch = Number(await entry.getAttribute('data-epoch'));
  expect(savedEpoch).toBeGreaterThanOrEqual(4);
  expect(savedEpoch).toBeLessThan(399);

  await entry.getByRole('button', { name: 'Resume training' }).click();
  // The run bar names the checkpoint and the epoch training goes on from (1-based, the one after the save).
  const resumed = reopened.getByTestId('run-resumed');
  await expect(resumed).toContainText(`Resumed from checkpoint last.keras (epoch ${savedEpoch + 1})`);
  await expect(resumed).toContainText(`training from epoch ${savedEpoch + 2} of 400`, { timeout: 30_000 });
  // The page shows the setup that trains: the checkpoint's, not the page's default.
  await expect(reopened.getByLabel('Run config')).toHaveValue(/"filepath": "last\.keras"/);
  await expect(reopened.getByLabel('Run config')).toHaveValue(/"epochs": 400/);
  await expect(entry.getByRole('button', { name: 'Resume training' })).toBeDisabled();

  // The stored history comes first, so the counter starts where the closed run saved, then goes on.
  const counter = reopened.getByTestId('run-epoch');
  const epochsShown = async () => Number((await counter.textContent())?.split(' / ')[0]);
  await expect.poll(epochsShown).toBeGreaterThan(savedEpoch + 3);
  await expect(counter).toHaveText(/ \/ 400$/);
  // The loss chart holds the stored epochs and the new ones: at least as many points as the counter says.
  const counted = await epochsShown();
  await expect.poll(async () => Number(await reopened.getByTestId('chart-loss').getAttribute('data-points'))).toBeGreaterThanOrEqual(counted);

  // Pause and Stop act on the resumed run.
  await reopened.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(reopened.getByTestId('run-status')).toHaveText('paused');
  await reopened.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(reopened.getByTestId('run-status')).toHaveText('running');
  await reopened.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(reopened.getByTestId('run-summary')).toContainText('Stopped by you');
  await expect(reopened.getByTestId('run-summary')).toContainText(`since resuming`);
  await expect(entry.getByRole('button', { name: 'Resume training' })).toBeEnabled();

  // The checkpoint now holds a later epoch of the same run.
  await expect.poll(async () => Number(await entries(reopened).first().getAttribute('data-epoch'))).toBeGreaterThan(savedEpoch + 2);
  await expect(entries(reopened)).toHaveCount(1);
  expect(errors).toEqual([]);
});
