import { expect, test, type Locator } from '@playwright/test';
import { compareBase, pasteCompareSetup } from './compareSetupField';
import { collectErrors } from './pageErrors';

/** Logs the loss of the very first batch: computed with the initial weights, before any step, so a schedule cannot change it. */
const FIRST_BATCH_PROBE = [
  'class FirstBatchLoss extends Callback {',
  '  onTrainBatchEnd(batch, logs) {',
  '    if (this.seen) return;',
  '    this.seen = true;',
  "    this.log('first_batch_loss', logs.loss);",
  '  }',
  '}',
].join('\n');

const EPOCHS = 6;
const base = compareBase(EPOCHS);
const probe = { type: 'CustomCallback', params: { source: FIRST_BATCH_PROBE } };
const cosine = { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: 40, warmupTarget: 0.02, warmupSteps: 8 } };
const compareSetup = {
  v: 1,
  base,
  variants: [
    {
      name: 'Plateau',
      colour: '#2563eb',
      config: { ...base, callbacks: [probe, { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 1 } }] },
    },
    { name: 'Cosine', colour: '#ea580c', config: { ...base, optimizer: { ...base.optimizer, schedule: cosine }, callbacks: [probe] } },
  ],
};

test('two variants train side by side from the same weights, on one chart, and fill the table', async ({ page }) => {
  const errors = collectErrors(page);
  const panel = await pasteCompareSetup(page, compareSetup);

  // Code from a pasted setup runs only once the learner accepted it.
  const run = panel.getByRole('button', { name: 'Run 2 variants together' });
  await expect(run).toBeDisabled();
  await expect(panel.getByRole('alert')).toContainText('class FirstBatchLoss extends Callback');
  await panel.getByRole('button', { name: /allow it to run/ }).click();
  await run.click();

  await expect(panel.getByTestId('epochs-0')).toHaveText(String(EPOCHS), { timeout: 90_000 });
  await expect(panel.getByTestId('epochs-1')).toHaveText(String(EPOCHS), { timeout: 90_000 });

  // Both runs on one chart, each with its own line.
  for (const chart of ['compare-loss', 'compare-val-loss', 'compare-lr']) {
    const figure = panel.getByTestId(`runs-chart-${chart}`);
    await expect(figure).toHaveAttribute('data-curves', '2');
    await expect(figure.locator('path.recharts-line-curve')).toHaveCount(2);
  }

  // Same seed, data and initial weights: each worker's loss before its first step is the same number.
  const startLoss = await panel.getByTestId('start-loss-0').textContent();
  expect(startLoss).toMatch(/^\d\.\d{5}/);
  await expect(panel.getByTestId('start-loss-1')).toHaveText(startLoss ?? '');
  const sameStart = panel.getByTestId('same-start');
  await expect(sameStart).toHaveAttribute('data-same', 'true');
  await expect(sameStart).toContainText(`Same start: every variant began at loss ${startLoss}, val_loss`);
  // The user's code ran too: the probe logged the first batch's loss, also taken before any step.
  await expect(panel.getByTestId('custom-0')).toHaveText(/^first_batch_loss = \d/);
  await expect(panel.getByTestId('custom-1')).toHaveText((await panel.getByTestId('custom-0').textContent()) ?? '');

  // Which won, and when, in words.
  await expect(panel.getByTestId('compare-verdict')).toHaveText(/^(Plateau|Cosine) reached the lowest val_loss, \d\.\d{3,} at epoch \d+.*\. (Plateau|Cosine) \d\.\d{3,} at epoch \d+\. One seed per variant cannot settle it/);

  // The table filled: a best value for each run, and the callbacks that acted.
  await expect(panel.getByTestId('best-0')).toHaveText(/^\d/);
  await expect(panel.getByTestId('best-1')).toHaveText(/^\d/);
  const table = panel.getByTestId('compare-table');
  await expect(table).toContainText('val_loss');

  // The legend toggles a run off the chart.
  const loss = panel.getByTestId('runs-chart-compare-loss');
  await loss.getByRole('button', { name: 'Cosine' }).click();
  await expect(loss).toHaveAttribute('data-curves', '1');

  // What-if: the cosine run's losses replayed under the plateau stack, labelled as a replay.
  await panel.getByLabel('Recorded run').selectOption({ label: "Cosine's run" });
  await panel.getByLabel('Stack to replay').selectOption({ label: "Plateau's stack" });
  await panel.getByRole('button', { name: 'Replay (no training)' }).click();
  await expect(panel.getByTestId('replay-result')).toContainText("replay: Plateau's stack over Cosine's losses");
  await expect(panel.getByTestId('runs-chart-compare-lr')).toHaveAttribute('data-curves', '3');

  expect(errors).toEqual([]);
});

test('one click runs constant + ReduceLROnPlateau against cosine with warm-up and says which won and when', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('8');
  const panel = page.getByTestId('compare-panel');
  // Two plain variants first: the one-click setup must replace them, inputs included.
  await panel.getByRole('button', { name: 'Compare variants of this setup' }).click();
  await panel.getByRole('button', { name: 'Run: constant + ReduceLROnPlateau vs cosine decay with warm-up' }).click();
  await expect(panel.getByTestId('variant-1').getByLabel('Learning-rate schedule')).toHaveValue('CosineDecay');
  await expect(panel.getByTestId('variant-1').getByRole('spinbutton', { name: 'Learning rate' })).toBeDisabled();
  await expect(panel.getByTestId('variant-0').getByLabel('Learning-rate schedule')).toHaveValue('');
  await expect(panel.getByTestId('epochs-0')).toHaveText('8', { timeout: 90_000 });
  await expect(panel.getByTestId('epochs-1')).toHaveText('8', { timeout: 90_000 });
  await expect(panel.getByTestId('same-start')).toHaveAttribute('data-same', 'true');
  const names = '(Constant \\+ ReduceLROnPlateau|Cosine decay with warm-up)';
  await expect(panel.getByTestId('compare-verdict')).toHaveText(new RegExp(`^${names} reached the lowest val_loss, \\d\\.\\d+ at epoch [1-8](; its best so far led from (the first epoch|epoch \\d on))?\\. ${names} \\d\\.\\d+ at epoch [1-8]\\. One seed per variant cannot settle it: another seed can change the ranking\\.`));
  expect(errors).toEqual([]);
});

/** How many pixels of the chart's canvas are close to each colour: a line drawn in it leaves dozens. */
async function canvasPixelsOf(chart: Locator, colours: readonly string[]): Promise<number[]> {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement, hexes) => {
    const context = canvas.getContext('2d');
    if (!context) return hexes.map(() => 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const targets = hexes.map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
    const counts = hexes.map(() => 0);
    for (let index = 0; index < data.length; index += 4) {
      if ((data[index + 3] ?? 0) < 200) continue;
      targets.forEach((target, which) => {
        if (target.every((value, channel) => Math.abs(value - (data[index + channel] ?? 0)) < 40)) counts[which] = (counts[which] ?? 0) + 1;
      });
    }
    return counts;
  }, colours);
}

test('while the variants train, their curves are painted on canvases; when they end, the recharts charts with tooltips replace them', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('400');
  const panel = page.getByTestId('compare-panel');
  await panel.getByRole('button', { name: 'Run: constant + ReduceLROnPlateau vs cosine decay with warm-up' }).click();
  const charts = ['compare-loss', 'compare-val-loss', 'compare-lr'].map((id) => panel.getByTestId(`runs-chart-${id}`));
  for (const chart of charts) {
    await expect(chart.getByTestId('canvas-chart')).toBeVisible({ timeout: 60_000 });
    await expect(chart.locator('.recharts-wrapper')).toHaveCount(0);
  }
  // Both variants' lines are on the live canvas, each in its colour.
  await expect.poll(async () => Math.min(...(await canvasPixelsOf(charts[0] as Locator, ['#2563eb', '#ea580c']))), { timeout: 30_000 }).toBeGreaterThan(20);
  await panel.getByRole('button', { name: 'Stop all' }).click();
  for (const chart of charts) {
    await expect(chart.locator('path.recharts-line-curve')).toHaveCount(2);
    await expect(chart.getByTestId('canvas-chart')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a variant can be renamed, duplicated and removed, and the others keep what was typed into them', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  const panel = page.getByTestId('compare-panel');
  await panel.getByRole('button', { name: 'Compare variants of this setup' }).click();
  const name = (index: number) => panel.getByTestId(`variant-${index}`).getByLabel('Name');
  await name(0).fill('Slow');
  await name(1).fill('Fast');
  await panel.getByTestId('variant-0').getByRole('button', { name: 'Duplicate' }).click();
  // The copy comes right after its original.
  await expect(panel.locator('.variant-card')).toHaveCount(3);
  await expect(name(0)).toHaveValue('Slow');
  await expect(name(1)).toHaveValue('Slow (2)');
  await expect(name(2)).toHaveValue('Fast');
  await name(1).fill('Medium');
  await panel.getByTestId('variant-0').getByRole('button', { name: 'Remove' }).last().click();
  await expect(panel.locator('.variant-card')).toHaveCount(2);
  await expect(name(0)).toHaveValue('Medium');
  await expect(name(1)).toHaveValue('Fast');
  await expect(panel.getByRole('button', { name: 'Run 2 variants together' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('the preview redraws the learning rate as soon as a schedule parameter changes', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  const preview = page.getByTestId('lr-preview');
  await expect(preview.getByTestId('lr-preview-note')).toContainText('Constant');
  await page.getByLabel('Learning-rate schedule').first().selectOption('ExponentialDecay');
  await expect(preview.getByTestId('lr-preview-note')).toContainText('Exact: ExponentialDecay per optimizer step');
  await expect(preview.locator('path.recharts-line-curve')).toHaveCount(1);
  // On a log axis every exponential decay is a straight line: the range, not the shape, shows the change.
  const range = preview.getByTestId('lr-preview-range');
  const before = await range.textContent();
  expect(before).toMatch(/^Rate from 0\.0100 at the start/);
  await page.locator('#setting-schedule-decayRate').fill('0.01');
  await expect(range).not.toHaveText(before ?? '');
  expect(errors).toEqual([]);
});

test('while the next run trains, the preview stays on the last finished run and keeps its chart', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A plateau gets its learning rate cut' }).click();
  const epochs = page.getByLabel('Epochs', { exact: true });
  const train = page.getByRole('button', { name: 'Train', exact: true });
  const preview = page.getByTestId('lr-preview');
  const note = preview.getByTestId('lr-preview-note');
  await epochs.fill('12');
  await train.click();
  await expect(page.getByTestId('run-summary')).toBeVisible({ timeout: 45_000 });
  await expect(note).toContainText("your last run's losses (");
  const ran = /last run's losses \((\d+) epochs/.exec((await note.textContent()) ?? '')?.[1];
  // Count the preview's recharts chart being taken down from here on: neither a new setup nor a new run
  // should empty it and draw it again from scratch (a long main-thread task, issue 10).
  await preview.evaluate((section) => {
    const seen = { removals: 0 };
    Object.assign(window, { previewChartRemovals: seen });
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.removedNodes])) {
        if (node instanceof Element && (node.matches('.recharts-wrapper') || node.querySelector('.recharts-wrapper'))) seen.removals += 1;
      }
    }).observe(section, { childList: true, subtree: true });
  });
  await epochs.fill('300');
  const lastRun = `it has only ${ran ?? '?'} of the 300 epochs`;
  await expect(note).toContainText(lastRun);
  await expect(preview.locator('path.recharts-line-curve')).toHaveCount(1);

  await train.click();
  await expect.poll(async () => Number(await page.getByTestId('chart-loss').getAttribute('data-points')), { timeout: 30_000 }).toBeGreaterThan(1);
  // The run in progress is not the last run yet; the one before still is.
  await expect(note).toContainText(lastRun);
  expect(await page.evaluate(() => (window as unknown as { previewChartRemovals: { removals: number } }).previewChartRemovals.removals)).toBe(0);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('with a schedule, the page offers no way to set the learning rate, and says why as Keras does', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  const rate = page.getByRole('group', { name: 'Optimizer' }).getByRole('spinbutton', { name: 'Learning rate' });
  const palette = page.getByRole('group', { name: 'Add a callback' });
  await expect(rate).toBeEnabled();
  await expect(palette.getByRole('button', { name: /ReduceLROnPlateau/ })).toBeEnabled();

  await page.getByLabel('Learning-rate schedule').first().selectOption('CosineDecay');
  const reason = /A schedule sets the rate at every step, so callbacks cannot change it\./;
  await expect(rate).toBeDisabled();
  await expect(rate).toHaveAccessibleDescription(reason);
  // Keras's own TypeError is one click away, not in the learner's face.
  const optimizer = page.getByRole('group', { name: 'Optimizer' });
  const keras = optimizer.getByText(/hence its learning rate is not settable/);
  await expect(keras).toBeHidden();
  await optimizer.getByText("Keras's message").click();
  await expect(keras).toBeVisible();
  for (const name of [/ReduceLROnPlateau/, /LearningRateScheduler/]) {
    await expect(palette.getByRole('button', { name })).toBeDisabled();
    await expect(palette.getByRole('button', { name })).toHaveAccessibleDescription(reason);
  }
  await expect(palette.getByRole('button', { name: /EarlyStopping/ })).toBeEnabled();

  // Each variant of a comparison inherits the schedule, and its rate field is locked the same way.
  const panel = page.getByTestId('compare-panel');
  await panel.getByRole('button', { name: 'Compare variants of this setup' }).click();
  const variantRate = panel.getByTestId('variant-0').getByRole('spinbutton', { name: 'Learning rate' });
  await expect(variantRate).toBeDisabled();
  await expect(variantRate).toHaveAccessibleDescription(reason);
  await panel.getByTestId('variant-0').getByText("Keras's message").click();
  await expect(panel.getByTestId('variant-0').getByText(/hence its learning rate is not settable/)).toBeVisible();

  // Without the schedule the rate is the user's again.
  await page.getByLabel('Learning-rate schedule').first().selectOption('');
  await expect(rate).toBeEnabled();
  await expect(palette.getByRole('button', { name: /ReduceLROnPlateau/ })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('Copy compare link carries the variants: opening it restores them, holding their code until accepted; a damaged one says what was wrong', async ({ page, context }) => {
  const errors = collectErrors(page);
  const panel = await pasteCompareSetup(page, compareSetup);
  await panel.getByRole('button', { name: /allow it to run/ }).click();
  await panel.getByRole('button', { name: 'Copy compare link' }).click();
  await expect(panel.getByTestId('compare-link')).toBeVisible();
  const link = page.url();
  expect(new URL(link).hash).toMatch(/^#c1\./);

  const reader = await context.newPage();
  await reader.goto(link);
  const opened = reader.getByTestId('compare-panel');
  const run = opened.getByRole('button', { name: 'Run 2 variants together' });
  await expect(run).toBeDisabled();
  await expect(opened.getByRole('alert')).toContainText('class FirstBatchLoss extends Callback');
  await expect(opened.getByTestId('variant-1')).toBeVisible();
  await opened.getByRole('button', { name: /allow it to run/ }).click();
  await expect(run).toBeEnabled();

  const url = new URL(link);
  url.hash = url.hash.slice(0, -6);
  await reader.goto(url.toString());
  await reader.reload();
  await expect(reader.getByTestId('compare-link-problems')).toContainText('This compare link could not be opened');
  await expect(reader.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  expect(errors).toEqual([]);
});
