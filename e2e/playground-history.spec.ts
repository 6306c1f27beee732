import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function downloaded(page: Page, name: RegExp): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('history downloads as CSV with Keras’s CSVLogger header, and as JSON, once epochs have run', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const csvButton = page.getByRole('button', { name: /Download history as CSV/ });
  await expect(csvButton).toBeDisabled();
  await page.getByLabel('Epochs', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 5 epochs', { timeout: 45_000 });

  const csv = await downloaded(page, /Download history as CSV/);
  expect(csv.fileName).toBe('history.csv');
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe('epoch,accuracy,loss,val_accuracy,val_loss');
  expect(lines.slice(1, 6).map((line) => line.split(',')[0])).toEqual(['0', '1', '2', '3', '4']);
  expect(lines[1]).toMatch(/^0(,\d\.\d+(e-\d+)?){4}$/);
  expect(lines[6]).toBe('');

  const json = await downloaded(page, /Download history as JSON/);
  expect(json.fileName).toBe('history.json');
  const history = JSON.parse(json.text) as { epoch: number[]; history: Record<string, number[]> };
  expect(history.epoch).toEqual([0, 1, 2, 3, 4]);
  expect(Object.keys(history.history).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
  expect(history.history['loss']).toHaveLength(5);
});
