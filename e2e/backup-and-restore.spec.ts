import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

/** The default run with BackupAndRestore first in its stack, as the JSON field takes it. */
function stack(epochs: number): string {
  return JSON.stringify({
    dataset: { kind: 'spiral', size: 500, noise: 0.1 },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 },
    callbacks: [
      { type: 'BackupAndRestore', params: { backupDir: 'e2e/backup' } },
      { type: 'ReduceLROnPlateau', params: { monitor: 'loss', patience: 3 } },
    ],
  });
}

const backupEntry = (page: Page) => page.getByTestId('checkpoint-run').filter({ hasText: 'BackupAndRestore backup in e2e/backup' }).getByTestId('checkpoint-entry');

test('BackupAndRestore: the tab closes mid-run; the same stack trained again resumes from the backup at the epoch after it, and the backup goes at the end', async ({ page, context }) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?backend=wasm');
  await page.getByLabel('Run config').fill(stack(400));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(async () => Number(await backupEntry(page).first().getAttribute('data-epoch')), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
  await page.close();

  const reopened = await context.newPage();
  const errors = collectErrors(reopened);
  await reopened.goto('/?backend=wasm');
  await expect(backupEntry(reopened)).toHaveCount(1);
  const saved = Number(await backupEntry(reopened).getAttribute('data-epoch'));
  expect(saved).toBeGreaterThanOrEqual(4);
  expect(saved).toBeLessThan(400);

  // The learner presses Train again with the same stack: no checkpoint chosen, the callback finds its backup.
  await reopened.getByLabel('Run config').fill(stack(400));
  await reopened.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(reopened.getByTestId('run-resumed')).toHaveText(`Resumed from the BackupAndRestore backup in e2e/backup, made after epoch ${saved} · training from epoch ${saved + 1} of 400`, { timeout: 30_000 });
  const log = reopened.getByTestId('run-log');
  await expect(log).toContainText(`Restored the backup in e2e/backup: resuming at epoch ${saved + 1}.`);
  await expect(log.getByText(`Epoch ${saved + 1}/400`, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(log.getByText('Epoch 1/400', { exact: true })).toHaveCount(0);
  // The stored history comes first: the counter goes on from the backup.
  const counter = reopened.getByTestId('run-epoch');
  await expect.poll(async () => Number((await counter.textContent())?.split(' / ')[0])).toBeGreaterThan(saved + 1);

  // Stopped from the page, the run keeps its backup, as an interrupted fit does.
  await reopened.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(reopened.getByTestId('run-summary')).toContainText('Stopped by you');
  await expect(log).toContainText('The backup in e2e/backup is kept: the run was stopped before its end');
  await reopened.reload();
  await expect(backupEntry(reopened)).toHaveCount(1);
  const stoppedAt = Number(await backupEntry(reopened).getAttribute('data-epoch'));
  expect(stoppedAt).toBeGreaterThan(saved);

  // A run that reaches its end removes the backup; the next run starts afresh.
  await reopened.getByLabel('Run config').fill(stack(stoppedAt + 2));
  await reopened.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(reopened.getByTestId('run-resumed')).toContainText(`training from epoch ${stoppedAt + 1} of ${stoppedAt + 2}`, { timeout: 30_000 });
  await expect(reopened.getByTestId('run-summary')).toContainText(`Finished: ${stoppedAt + 2} epochs`, { timeout: 60_000 });
  await reopened.reload();
  await expect(reopened.getByTestId('checkpoint-run')).toHaveCount(0);
  await reopened.getByLabel('Run config').fill(stack(3));
  await reopened.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(reopened.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 60_000 });
  await expect(reopened.getByTestId('run-resumed')).toHaveCount(0);
  expect(errors).toEqual([]);
});
