import { expect, test, type Page } from '@playwright/test';

async function train(page: Page, epochs: number) {
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText(`${epochs} epochs`, { timeout: 45_000 });
}

test('every run is kept: train twice with one change, overlay the first, read the diff, and find both after a reload', async ({ page }) => {
  await page.goto('/?backend=cpu');
  const runs = page.getByTestId('runs-panel');
  await expect(runs.getByTestId('runs-empty')).toBeVisible();

  await page.getByRole('button', { name: 'A plateau gets its learning rate cut' }).click();
  await train(page, 4);
  await expect(runs.getByTestId('run-item')).toHaveCount(1);
  await expect(runs.getByTestId('run-item').first()).toContainText('finished');
  await runs.getByRole('textbox', { name: /^Name of / }).first().fill('patience 3');
  await runs.getByRole('textbox', { name: /^Name of / }).first().press('Enter');

  await page.getByLabel('patience', { exact: true }).first().fill('5');
  await train(page, 4);
  const items = runs.getByTestId('run-item');
  await expect(items).toHaveCount(2);
  // Newest first, saying what it changed from the run before it.
  await expect(items.first().getByTestId('run-change')).toHaveText('vs. the run before: ReduceLROnPlateau patience 3 → 5');
  await expect(items.nth(1).getByRole('textbox', { name: /^Name of / })).toHaveValue('patience 3');
  await expect(items.first().getByTestId('run-best')).toContainText(/val_loss \d\.\d+ \(epoch \d\)/);

  // The first run, faded under the current one, named in the legend.
  await runs.getByRole('checkbox', { name: 'Overlay patience 3' }).check();
  const loss = page.getByTestId('chart-loss');
  await expect(loss.locator('.legend-past')).toHaveText(['patience 3: loss', 'patience 3: val_loss']);
  await expect(page.getByTestId('chart-learning_rate').locator('.legend-past')).toHaveText(['patience 3: learning rate']);

  // Two ticked: their setups side by side, the differing field highlighted.
  await items.first().getByRole('checkbox').check();
  const diff = runs.getByTestId('run-diff');
  await expect(diff).toContainText('1 field differs');
  const differing = diff.locator('tr.differs');
  await expect(differing).toHaveCount(1);
  await expect(differing).toContainText('ReduceLROnPlateau patience');
  await expect(differing.locator('td')).toHaveText(['3', '5']);

  // Load the first run's setup back into the forms.
  await items.nth(1).getByRole('button', { name: 'Load setup' }).click();
  await expect(page.getByLabel('patience', { exact: true }).first()).toHaveValue('3');

  await page.reload();
  await expect(runs.getByTestId('run-item')).toHaveCount(2);
  await expect(runs.getByTestId('run-item').nth(1).getByRole('textbox', { name: /^Name of / })).toHaveValue('patience 3');
  await expect(runs.getByTestId('run-item').first().getByTestId('run-change')).toContainText('patience 3 → 5');

  page.once('dialog', (dialog) => void dialog.accept());
  await runs.getByTestId('run-item').first().getByRole('button', { name: 'Delete' }).click();
  await expect(runs.getByTestId('run-item')).toHaveCount(1);
});

const CSV_LOGGER = [
  'epoch,accuracy,learning_rate,loss,val_accuracy,val_loss',
  ...[1.0, 0.8, 0.7, 0.71, 0.72, 0.73, 0.74, 0.75, 0.76, 0.77].map((value, epoch) => `${epoch},0.5,0.009999999776482582,${value},0.5,${value}`),
  '',
].join('\r\n');

test('a Keras CSVLogger file becomes an imported run, and the current stack replays over it; a damaged record is reported, not listed', async ({ page }) => {
  await page.goto('/?backend=cpu');
  const runs = page.getByTestId('runs-panel');
  await expect(runs.getByTestId('runs-empty')).toBeVisible();

  // Bad input first: refused with a reason, nothing kept.
  await runs.getByLabel('Keras CSVLogger or history JSON file').setInputFiles({ name: 'steps.csv', mimeType: 'text/csv', buffer: Buffer.from('step,loss\n0,1\n') });
  await expect(runs.getByTestId('history-import-problems')).toContainText('there is no epoch column');
  await expect(runs.getByTestId('runs-empty')).toBeVisible();

  await runs.getByLabel('Keras CSVLogger or history JSON file').setInputFiles({ name: 'training.log', mimeType: 'text/csv', buffer: Buffer.from(CSV_LOGGER) });
  await expect(runs.getByTestId('history-imported')).toContainText('Imported training.log: 10 epochs');
  const item = runs.getByTestId('run-item').first();
  await expect(item).toContainText('imported CSV');
  await expect(item.getByTestId('run-best')).toContainText('val_loss 0.7000 (epoch 3)');
  await expect(item.getByRole('button', { name: 'Load setup' })).toBeDisabled();

  // Charted like any run: overlaid on the idle page's charts.
  await item.getByRole('checkbox').check();
  await expect(page.getByTestId('chart-loss').locator('.legend-past')).toHaveText(['training.log: loss', 'training.log: val_loss']);

  await page.getByRole('button', { name: 'Stop early, keep the best weights' }).click();
  await page.getByLabel('patience', { exact: true }).first().fill('3');
  await item.getByRole('button', { name: 'Replay with another stack' }).click();
  const replay = runs.getByTestId('run-replay');
  await expect(replay.getByRole('heading')).toHaveText('Replay (no training): the current stack over training.log’s recorded logs');
  await expect(replay.getByTestId('replay-verdict')).toContainText('would have stopped after epoch 6 (EarlyStopping), of 10');
  await expect(replay.getByTestId('runs-chart-replay-lr')).toHaveAttribute('data-curves', '2');

  await page.reload();
  await expect(runs.getByTestId('run-item')).toHaveCount(1);
  await expect(runs.getByTestId('run-item').first().getByRole('textbox', { name: 'Name of training.log' })).toHaveAttribute('placeholder', 'training.log');

  // A record damaged in storage is reported, with why, and the others still list.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('plateau-runs');
        request.onerror = () => reject(new Error('could not open plateau-runs'));
        request.onsuccess = () => {
          const transaction = request.result.transaction('runs', 'readwrite');
          transaction.objectStore('runs').put({ v: 1, id: 'broken', epochs: 'many' }, ['run-head', 'broken']);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(new Error('could not write'));
        };
      }),
  );
  await page.reload();
  await expect(runs.getByTestId('runs-damaged')).toContainText('broken: run record is invalid');
  await expect(runs.getByTestId('run-item')).toHaveCount(1);
  await runs.getByTestId('runs-damaged').getByRole('button', { name: 'Delete it' }).click();
  await expect(runs.getByTestId('runs-damaged')).toHaveCount(0);
  await expect(runs.getByTestId('run-item')).toHaveCount(1);
});

test('each variant of a comparison is kept as a run when the comparison ends', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  const compare = page.getByTestId('compare-panel');
  await compare.getByRole('button', { name: 'Compare variants of this setup' }).click();
  await compare.getByRole('button', { name: 'Run 2 variants together' }).click();
  await expect(compare.getByTestId('epochs-1')).toHaveText('3', { timeout: 90_000 });
  const items = page.getByTestId('runs-panel').getByTestId('run-item');
  await expect(items).toHaveCount(2);
  await expect(items.getByRole('textbox', { name: /^Name of A \(compare\)/ })).toHaveCount(1);
  await expect(items.getByRole('textbox', { name: /^Name of B \(compare\)/ })).toHaveCount(1);
  await expect(items.first()).toContainText('3 epochs');
});
