import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

function stack(epochs: number, append: boolean): string {
  return JSON.stringify({
    dataset: { kind: 'spiral', size: 300, noise: 0.1 },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 },
    callbacks: [
      { type: 'ReduceLROnPlateau', params: { monitor: 'loss', patience: 1 } },
      { type: 'CSVLogger', params: { filename: 'logs/run.csv', separator: ';', append } },
    ],
  });
}

async function trainAndDownload(page: Page, epochs: number, append: boolean): Promise<{ name: string; text: string }> {
  await page.getByLabel('Run config').fill(stack(epochs, append));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText(`Finished: ${epochs} epochs`, { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download logs/run.csv, the file CSVLogger wrote' }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test("CSVLogger's own file downloads under its filename, as Keras writes it: its separator, one header, rows appended by a later run with append=True", async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  const first = await trainAndDownload(page, 3, false);
  expect(first.name).toBe('run.csv');
  const lines = first.text.split('\r\n');
  expect(lines[0]).toBe('epoch;accuracy;learning_rate;loss;val_accuracy;val_loss');
  expect(lines.slice(1, 4).map((line) => line.split(';')[0])).toEqual(['0', '1', '2']);
  expect(lines[4]).toBe('');
  // Python's repr of each float: the learning rate Keras logs as float32.
  expect(lines[1]?.split(';')[2]).toBe('0.009999999776482582');
  // The run log's epoch lines (ProgbarLogger, 4 decimals) show the same losses.
  const loss = Number(lines[1]?.split(';')[3]);
  await expect(page.getByTestId('run-log')).toContainText(`loss: ${loss.toFixed(4)}`);

  // A reload later, append=True adds the next run's rows to the same file, without a second header.
  await page.reload();
  const appended = await trainAndDownload(page, 2, true);
  expect(appended.text.startsWith(first.text)).toBe(true);
  expect(appended.text.split('\r\n').filter(Boolean).map((line) => line.split(';')[0])).toEqual(['epoch', '0', '1', '2', '0', '1']);
  // The history download stays as it was: this run's epochs, under its own name.
  const [history] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download history as CSV/ }).click()]);
  expect(history.suggestedFilename()).toBe('history.csv');
  expect(errors).toEqual([]);
});
