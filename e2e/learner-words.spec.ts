import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pasteRunConfig } from './runConfigField';

const run = (epochs: number) => JSON.stringify({ fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 }, callbacks: [] });

test('a run of one epoch says "1 epoch", and a finished run shows no samples/s', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await pasteRunConfig(page, run(1));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 1 epoch in', { timeout: 60_000 });
  await expect(page.getByTestId('run-status')).toHaveText('done');
  await expect(page.getByTestId('run-speed')).toHaveText('–');
});

test('a run the learner stops says "Stopped by you", and its badge says stopped', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await pasteRunConfig(page, run(400));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-epoch')).toHaveText(/^[1-9]\d* \/ 400$/, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Stopped by you', { timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toHaveText('stopped');
  // The backend is a short phrase; why it was chosen is one click away.
  const backend = page.getByTestId('run-backend');
  await expect(backend.locator('summary')).toHaveText('wasm, forced');
  await expect(backend.getByText('forced with ?backend=wasm')).toBeHidden();
  await backend.locator('summary').click();
  await expect(backend.getByText('forced with ?backend=wasm')).toBeVisible();
});

test('the NaN lesson: the loss chart shows the healthy epochs and the blow-up, with distinct ticks and readable numbers', async ({ page }) => {
  await page.goto('/?backend=wasm&preset=nan-caught');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Stopped by TerminateOnNaN', { timeout: 60_000 });
  const chart = page.getByTestId('chart-loss');
  await expect(chart.locator('.chart-title')).toContainText('(log scale)');
  const ticks = chart.locator('.recharts-yAxis-tick-labels text');
  await expect(ticks.first()).toBeVisible();
  const labels = await ticks.allTextContents();
  expect(labels.length).toBeGreaterThan(2);
  expect(new Set(labels).size).toBe(labels.length);
  // The epochs before the blow-up are not flattened onto one line: each lies at a height of its own.
  const path = (await chart.locator('.recharts-line path').first().getAttribute('d')) ?? '';
  const heights = [...path.matchAll(/[ML]\s*[-\d.e]+[ ,]([-\d.e]+)/g)].map((match) => Number(match[1]));
  expect(heights.length).toBeGreaterThan(2);
  expect(new Set(heights.map((y) => Math.round(y))).size).toBe(heights.length);
  // No number with a dozen digits in the run bar or its outcome: a blown-up value reads as 9.908e+18.
  await expect(page.getByRole('region', { name: 'How the run ended' })).toContainText('Held-out test set');
  for (const name of ['Run controls', 'How the run ended']) await expect(page.getByRole('region', { name })).not.toContainText(/\d{10}/);
  // The sticky run bar stays compact after a run: how it ended is below it, not in it.
  const bar = await page.getByRole('region', { name: 'Run controls' }).boundingBox();
  expect(bar?.height ?? Infinity).toBeLessThan(160);

  // A downloaded chart carries its title and legend, which are HTML on the page.
  const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download the Loss chart as SVG' }).click()]);
  const svg = await readFile((await svgFile.path()) ?? '', 'utf8');
  expect(svg).toMatch(/<text[^>]*>Loss<\/text>/);
  expect(svg).toMatch(/<text[^>]*>val_loss<\/text>/);
  const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download the Loss chart as PNG' }).click()]);
  expect(pngFile.suggestedFilename()).toBe('plateau-loss.png');
});

test('a schedule form shows every Keras parameter, the optional ones folded', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const optimizer = page.getByRole('group', { name: 'Optimizer' });
  await optimizer.getByLabel('Learning-rate schedule').selectOption('ExponentialDecay');
  const more = optimizer.locator('details.schedule-more');
  await expect(more.locator('summary')).toHaveText('More parameters: staircase, at their defaults');
  await more.locator('summary').click();
  await more.getByLabel('staircase').check();
  await expect(more.locator('summary')).toHaveText('More parameters (1 changed)');
  const json = async () => (JSON.parse(await page.getByLabel('Run config').inputValue()) as { optimizer: { schedule: { params: Record<string, unknown> } } }).optimizer.schedule.params;
  await expect.poll(json).toMatchObject({ staircase: true });

  await optimizer.getByLabel('Learning-rate schedule').selectOption('CyclicLR');
  await optimizer.locator('details.schedule-more summary').click();
  await optimizer.getByLabel('mode').selectOption('exp_range');
  await optimizer.getByLabel('gamma').fill('0.99');
  await expect.poll(json).toMatchObject({ mode: 'exp_range', gamma: 0.99 });
});
